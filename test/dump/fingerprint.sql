-- One line per object of test/dump/setup.sql: name, row count, md5 of its rows in order.
-- The same output before a dump and after a restore means the same data and the same answers.
SELECT 'reports.rfm', count(*), md5(string_agg(t::text, E'\n' ORDER BY t::text)) FROM reports.rfm t
UNION ALL SELECT 'reports.funnel', count(*), md5(string_agg(t::text, E'\n' ORDER BY t::text)) FROM reports.funnel t
UNION ALL SELECT 'reports.paths', count(*), md5(string_agg(t::text, E'\n' ORDER BY t::text)) FROM reports.paths t
UNION ALL SELECT 'reports.cohorts', count(*), md5(string_agg(t::text, E'\n' ORDER BY t::text)) FROM reports.cohorts t
UNION ALL SELECT 'reports.churn', count(*), md5(string_agg(t::text, E'\n' ORDER BY t::text)) FROM reports.churn t
UNION ALL SELECT 'reports.btyd', count(*), md5(string_agg(t::text, E'\n' ORDER BY t::text)) FROM reports.btyd t
UNION ALL SELECT 'reports.models', count(*), md5(string_agg(t::text, E'\n' ORDER BY t::text)) FROM reports.models t
UNION ALL SELECT 'reports.clv', count(*), md5(string_agg(t::text, E'\n' ORDER BY t::text)) FROM reports.clv t
UNION ALL
-- the expression index answers a lookup by Chinese segment label
SELECT 'reports.rfm by segment_zh', count(*), md5(string_agg(customer_id::text, ',' ORDER BY customer_id))
FROM reports.rfm WHERE rfm_segment(r, f, m, 'zh') = (SELECT rfm_segment(5, 5, 5, 'zh'))
ORDER BY 1;
