-- cohort_retention: one-pass cohort x period retention
SET TimeZone = 'Europe/Berlin';

-- the documented example: cohorts by first-order month, 3 periods
WITH orders(customer, ordered_at) AS (
  VALUES (1, date '2024-01-05'), (1, '2024-02-10'), (1, '2024-03-02'),
         (2, '2024-01-20'), (2, '2024-03-15'),
         (3, '2024-01-28'),
         (4, '2024-02-03'), (4, '2024-03-09'), (4, '2024-04-21'),
         (5, '2024-02-14'), (5, '2024-02-20'),
         (6, '2024-02-25'), (6, '2024-04-01'))
SELECT (c).cohort::date AS cohort, retention_sum((c).retained) AS customers,
       retention_rates(retention_sum((c).retained)) AS rates
FROM (SELECT cohort_retention(ordered_at, 'month', 3) AS c FROM orders GROUP BY customer) s
GROUP BY 1 ORDER BY 1;

-- per user; rows in any order; a row before the current first one moves the cohort back
SELECT uid, cohort_retention(ts, 'month', 4) AS c
FROM (VALUES (1, timestamptz '2024-03-02 10:00'), (1, '2024-01-05 09:00'), (1, '2023-12-31 23:30'),
             (2, '2024-02-01 00:10'), (2, '2024-01-31 23:59:59.999999'),
             (3, '2024-05-20'), (3, '2023-01-01')) t(uid, ts)
GROUP BY uid ORDER BY uid;

-- the cohort is date_trunc in the session TimeZone: the same instant is in January in
-- Berlin and in December in New York
SELECT cohort_retention(ts, 'month', 2) FROM (VALUES (timestamptz '2024-01-01 03:00+01')) t(ts);
SET TimeZone = 'America/New_York';
SELECT cohort_retention(ts, 'month', 2) FROM (VALUES (timestamptz '2024-01-01 03:00+01')) t(ts);
SET TimeZone = 'Europe/Berlin';

-- every unit; weeks are ISO weeks starting on Monday (2024-01-07 is a Sunday)
SELECT u, cohort_retention(d, u, 3) AS c
FROM (VALUES ('day'), ('week'), ('month'), ('quarter'), ('year')) uu(u),
     (VALUES (timestamp '2024-01-07 12:00'), ('2024-01-08 00:00'), ('2024-04-01'), ('2025-06-30')) v(d)
GROUP BY u ORDER BY u;

-- date_trunc's spellings of the unit, any case
SELECT cohort_retention(d, 'MONS', 2) AS mons, cohort_retention(d, 'qtr', 2) AS qtr
FROM (VALUES (timestamp '2024-03-31'), ('2024-04-01')) v(d);

-- the timestamp overload ignores TimeZone
SELECT cohort_retention(d, 'day', 3) FROM (VALUES (timestamp '2024-03-31 01:00'), ('2024-04-02 23:00')) v(d);

-- periods crossing the 64-bit word boundary
SELECT (c).retained[63:66] AS around_64, array_length((c).retained, 1) AS n
FROM (SELECT cohort_retention(d, 'day', 100) AS c
      FROM (VALUES (timestamp '2024-03-01'), ('2024-05-04'), ('2024-05-05'), ('2024-06-30')) v(d)) s;

-- NULL timestamps are skipped; no rows or only NULLs give NULL
SELECT cohort_retention(ts, 'week', 2) FROM (VALUES (timestamptz '2024-01-03'), (NULL)) t(ts);
SELECT cohort_retention(ts, 'week', 2) IS NULL AS only_nulls FROM (VALUES (NULL::timestamptz)) t(ts);
SELECT cohort_retention(ts, 'week', 2) IS NULL AS empty FROM (VALUES (now())) t(ts) WHERE false;

-- errors
SELECT cohort_retention(ts, 'fortnight', 3) FROM (VALUES (now())) t(ts);
SELECT cohort_retention(ts, 'hour', 3) FROM (VALUES (now())) t(ts);
SELECT cohort_retention(ts, NULL, 3) FROM (VALUES (now())) t(ts);
SELECT cohort_retention(ts, 'day', NULL) FROM (VALUES (now())) t(ts);
SELECT cohort_retention(ts, 'day', 0) FROM (VALUES (now())) t(ts);
SELECT cohort_retention(ts, 'day', 1025) FROM (VALUES (now())) t(ts);
SELECT cohort_retention(ts, u, 3) FROM (VALUES (now(), 'day'), (now(), 'week')) t(ts, u);
SELECT cohort_retention(ts, 'day', 3) FROM (VALUES (timestamptz 'infinity')) t(ts);
SELECT cohort_retention(ts, 'day', 3) FROM (VALUES (timestamp '-infinity')) t(ts);
