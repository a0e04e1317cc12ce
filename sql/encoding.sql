-- Databases that are not UTF-8: the install script is ASCII-only, so the extension
-- installs in any encoding; Chinese labels are converted to the database encoding
-- (or refused with 22P05 where it cannot represent them), funnel bars fall back to '#'.
SELECT count(*) AS non_ascii_comments
FROM pg_description d JOIN pg_depend e ON e.classid = d.classoid AND e.objid = d.objoid
WHERE e.refclassid = 'pg_extension'::regclass AND e.deptype = 'e'
  AND e.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'customer_analytics')
  AND d.description ~ '[^\x01-\x7f]';

CREATE DATABASE ca_latin1 TEMPLATE template0 ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C';
CREATE DATABASE ca_euc_cn TEMPLATE template0 ENCODING 'EUC_CN' LC_COLLATE 'C' LC_CTYPE 'C';

\c ca_latin1
SET client_encoding = 'UTF8';
CREATE EXTENSION customer_analytics;
SELECT rfm_segment(5, 5, 5, 'en') AS en, rfm_class('version=1 bins=3 n=5 recency=[2,4] frequency=[4,8] monetary=[6,12] mean=[3,6,9] median=[3,6,9]', 1, 9, 10, 'en') AS class_en;
SELECT rfm_segment(5, 5, 5, 'zh');
SELECT step, label, users, bar FROM funnel_report('{100,60,7,0}', ARRAY['view', 'cart', 'pay', 'refund']);
SELECT 1 AS alive;

\c ca_euc_cn
SET client_encoding = 'UTF8';
CREATE EXTENSION customer_analytics;
SELECT rfm_segment(5, 5, 5, 'zh') AS zh, rfm_segment(1, 1, 1, 'zh') AS zh_lost,
       rfm_class('version=1 bins=3 n=5 recency=[2,4] frequency=[4,8] monetary=[6,12] mean=[3,6,9] median=[3,6,9]', 1, 9, 10) AS class_zh;
SELECT step, label, users, bar FROM funnel_report('{100,60,7,0}', ARRAY['浏览', '加购', '支付', '退款']);

\c contrib_regression
DROP DATABASE ca_latin1;
DROP DATABASE ca_euc_cn;
