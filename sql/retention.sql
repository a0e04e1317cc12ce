-- retention, retention_sum, retention_rates
-- ClickHouse documentation example: users active on 2020-01-01 (cond1), -02 and -03.
WITH t(uid, date) AS (
  VALUES (0, date '2020-01-01'), (0, '2020-01-02'), (1, '2020-01-01'), (1, '2020-01-03'),
         (2, '2020-01-02'), (3, '2020-01-01'), (3, '2020-01-02'), (3, '2020-01-03'),
         (4, '2020-01-01'))
SELECT uid,
       retention(date = '2020-01-01', date = '2020-01-02', date = '2020-01-03') AS r
FROM t GROUP BY uid ORDER BY uid;

-- element k needs cond1 on some row and cond k on some (possibly other) row
SELECT retention(c1, c2) FROM (VALUES (true, false), (false, true)) v(c1, c2);
-- without cond1 everything is 0
SELECT retention(c1, c2, c3) FROM (VALUES (false, true, true)) v(c1, c2, c3);
-- NULL conditions count as false
SELECT retention(c1, c2) FROM (VALUES (true, NULL::bool), (NULL, NULL)) v(c1, c2);
-- a single condition
SELECT retention(x > 2) FROM generate_series(1, 3) x;
-- a NULL array (VARIADIC NULL) is skipped; no rows at all → NULL
SELECT retention(VARIADIC NULL::bool[]) IS NULL AS all_skipped;
SELECT retention(true, false) IS NULL AS empty FROM generate_series(1, 0);
-- 32 conditions is the maximum
SELECT retention(VARIADIC array_fill(true, ARRAY[32]));

-- cohort sums and rates
WITH t(uid, date) AS (
  VALUES (0, date '2020-01-01'), (0, '2020-01-02'), (1, '2020-01-01'), (1, '2020-01-03'),
         (2, '2020-01-02'), (3, '2020-01-01'), (3, '2020-01-02'), (3, '2020-01-03'),
         (4, '2020-01-01')),
r AS (SELECT uid, retention(date = '2020-01-01', date = '2020-01-02', date = '2020-01-03') AS r
      FROM t GROUP BY uid)
SELECT retention_sum(r) AS counts, retention_rates(retention_sum(r)) AS rates FROM r;
SELECT retention_sum(r) FROM (VALUES ('{1,0}'::smallint[]), (NULL), ('{1,1}')) v(r);
SELECT retention_sum(r) IS NULL AS empty FROM (VALUES ('{1,0}'::smallint[])) v(r) WHERE false;
SELECT retention_rates('{4,3,0}'), retention_rates('{0,0}'), retention_rates('{}');

-- errors
SELECT retention(VARIADIC array_fill(true, ARRAY[33]));
SELECT retention(VARIADIC ARRAY[]::bool[]);
SELECT retention(VARIADIC ARRAY[[true, false]]);
SELECT retention(VARIADIC c) FROM (VALUES (ARRAY[true, false]), (ARRAY[true])) v(c);
SELECT retention_sum(r) FROM (VALUES ('{1,0}'::smallint[]), ('{1,1,1}')) v(r);
SELECT retention_sum(r) FROM (VALUES ('{1,NULL}'::smallint[])) v(r);
SELECT retention_rates('{1,NULL}');
SELECT retention_rates('{-1,0}');
