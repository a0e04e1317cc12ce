-- rfm: documented examples, NULLs, empty sets and every error of the RFM capability.

-- ---------- rfm_agg ----------
-- per customer, as of 2024-07-01: customer 3's only order is later, so NULL
SELECT customer, (rfm_agg(ts, amount, '2024-07-01 00:00:00+00')).*
FROM (VALUES (1, '2024-06-30 12:00:00+00'::timestamptz, 120.50::numeric),
             (1, '2024-05-01 09:00:00+00', 80.25),
             (1, '2024-07-15 10:00:00+00', 999),
             (2, '2024-01-10 00:00:00+00', 35),
             (2, '2024-02-10 00:00:00+00', -5),
             (3, '2024-08-01 00:00:00+00', 10)) AS o(customer, ts, amount)
GROUP BY customer ORDER BY customer;

-- replaying history: the same orders as of an earlier date
SELECT (rfm_agg(ts, amount, '2024-06-01 00:00:00+00')).*
FROM (VALUES ('2024-06-30 12:00:00+00'::timestamptz, 120.50::numeric),
             ('2024-05-01 09:00:00+00', 80.25)) AS o(ts, amount);

-- exact monetary sum; float8 amounts are summed as amount::numeric
SELECT (rfm_agg(ts, a, '2024-01-02')).monetary AS numeric_sum
FROM (VALUES ('2024-01-01'::timestamptz, 0.1::numeric), ('2024-01-01', 0.2), ('2024-01-01', 1e-20)) v(ts, a);
SELECT (rfm_agg(ts, a, '2024-01-02')).monetary AS float8_sum
FROM (VALUES ('2024-01-01'::timestamptz, 0.1::float8), ('2024-01-01', 0.2)) v(ts, a);

-- NULL rows are skipped; no rows at all, or only NULL rows: NULL
SELECT (rfm_agg(ts, a, '2024-01-02')).frequency
FROM (VALUES ('2024-01-01'::timestamptz, 1::numeric), (NULL, 2), ('2024-01-01', NULL)) v(ts, a);
SELECT rfm_agg(ts, a, '2024-01-02') IS NULL AS empty_is_null
FROM (VALUES ('2024-01-01'::timestamptz, 1::numeric)) v(ts, a) WHERE false;
SELECT rfm_agg(ts, a, NULL) IS NULL AS null_as_of_is_null
FROM (VALUES ('2024-01-01'::timestamptz, 1::numeric)) v(ts, a);

-- ---------- rfm_model ----------
SELECT rfm_model(r, f, m)
FROM (VALUES (1::float8, 9::float8, 900::float8), (3, 7, 700), (5, 5, 500), (7, 3, 300), (9, 1, 100),
             (2, 8, 800), (4, 6, 600), (6, 4, 400), (8, 2, 200), (10, 1, 50)) AS c(r, f, m);

SELECT rfm_model(g::float8, (g % 4)::float8, g * 10.0, 3) FROM generate_series(1, 9) g;
SELECT rfm_model_cuts(rfm_model(g::float8, (g % 4)::float8, g * 10.0, 3), 'recency') AS recency_cuts,
       rfm_model_cuts(rfm_model(g::float8, (g % 4)::float8, g * 10.0, 3), 'frequency') AS frequency_cuts,
       rfm_model_mean(rfm_model(g::float8, (g % 4)::float8, g * 10.0, 3), 'm') AS mean_m,
       rfm_model_median(rfm_model(g::float8, (g % 4)::float8, g * 10.0, 3), 'f') AS median_f,
       rfm_model_n(rfm_model(g::float8, (g % 4)::float8, g * 10.0, 3)) AS n,
       rfm_model_bins(rfm_model(g::float8, (g % 4)::float8, g * 10.0, 3)) AS bins
FROM generate_series(1, 9) g;

-- the cut points are percentile_disc((double) k / bins)
SELECT percentile_disc(ARRAY[1/3.0::float8, 2/3.0::float8]) WITHIN GROUP (ORDER BY g::float8) AS recency_cuts
FROM generate_series(1, 9) g;

-- NULL rows skipped, empty set NULL
SELECT rfm_model_n(rfm_model(r, f, m))
FROM (VALUES (1::float8, 1::float8, 1::float8), (NULL, 2, 2), (3, NULL, 3), (4, 4, NULL)) v(r, f, m);
SELECT rfm_model(g, g, g) IS NULL AS empty_is_null FROM generate_series(1, 0) g;

-- text round trip
SELECT 'version=1 bins=2 n=4 recency=[3] frequency=[1.5] monetary=[-2] mean=[2.5,1.75,0.25] median=[3,1.5,-2]'::rfm_model;
SELECT m::text::rfm_model::text = m::text AS round_trip
FROM (SELECT rfm_model(g / 7.0, g / 3.0, g * 0.1) AS m FROM generate_series(1, 100) g) s;

-- ---------- rfm_score ----------
WITH c(id, r, f, m) AS (
  VALUES (1, 1::float8, 9::float8, 900::float8), (2, 3, 7, 700), (3, 5, 5, 500), (4, 7, 3, 300), (5, 9, 1, 100),
         (6, 2, 8, 800), (7, 4, 6, 600), (8, 6, 4, 400), (9, 8, 2, 200), (10, 10, 1, 50)),
model AS (SELECT rfm_model(r, f, m) AS mo FROM c)
SELECT c.id, c.r, c.f, c.m, (rfm_score(mo, c.r, c.f, c.m)).*
FROM c, model ORDER BY c.id;

-- ties never split: five equal customers out of six get the same score
WITH c(r, f, m) AS (VALUES (1::float8, 1::float8, 1::float8), (1, 1, 1), (1, 1, 1), (1, 1, 1), (1, 1, 1), (2, 2, 2))
SELECT r, f, m, (rfm_score(mo, r, f, m)).code, count(*)
FROM c, (SELECT rfm_model(r, f, m) mo FROM c) s GROUP BY 1, 2, 3, 4 ORDER BY 1;

-- codes with 10 bins or more
SELECT (rfm_score(rfm_model(g::float8, g::float8, g::float8, 12), 5, 100, 1)).code
FROM generate_series(1, 24) g;
SELECT rfm_score('version=1 bins=2 n=2 recency=[1] frequency=[1] monetary=[1] mean=[1,1,1] median=[1,1,1]', NULL, 1, 1) IS NULL AS null_in_null_out;

-- ---------- rfm_segment ----------
SELECT r, f, m, rfm_segment(r, f, m) AS en, rfm_segment(r, f, m, 'zh') AS zh
FROM (VALUES (5, 5, 5), (4, 4, 4), (5, 3, 2), (5, 1, 1), (4, 1, 1), (3, 3, 3),
             (3, 1, 2), (2, 4, 3), (1, 5, 5), (2, 2, 1), (1, 1, 2)) AS s(r, f, m);

-- ---------- rfm_class ----------
WITH c(id, r, f, m) AS (
  VALUES (1, 5::float8, 8::float8, 900::float8), (2, 10, 1, 800), (3, 90, 9, 700), (4, 120, 1, 600),
         (5, 3, 6, 50), (6, 20, 1, 40), (7, 70, 7, 30), (8, 200, 1, 20)),
model AS (SELECT rfm_model(r, f, m) AS mo FROM c)
SELECT id, rfm_class(mo, r, f, m) AS zh, rfm_class(mo, r, f, m, 'en') AS en,
       rfm_class(mo, r, f, m, 'en', 'median') AS en_median
FROM c, model ORDER BY id;

-- ---------- errors ----------
SELECT rfm_agg(ts, 1, a) FROM (VALUES ('2024-01-01'::timestamptz, '2024-02-01'::timestamptz), ('2024-01-02', '2024-02-02')) v(ts, a);
SELECT rfm_agg('infinity'::timestamptz, 1, '2024-01-01');
SELECT rfm_agg('2024-01-01'::timestamptz, 1, '-infinity');
SELECT rfm_agg('2024-01-01'::timestamptz, 'NaN'::numeric, '2024-02-01');
SELECT rfm_agg('2024-01-01'::timestamptz, 'Infinity'::float8, '2024-02-01');
SELECT rfm_model(1, 1, 1, 1);
SELECT rfm_model(1, 1, 1, 21);
SELECT rfm_model(1, 1, 1, NULL);
SELECT rfm_model(1, 1, 1, b) FROM (VALUES (3), (4)) v(b);
SELECT rfm_model(-1, 1, 1);
SELECT rfm_model(1, -1, 1);
SELECT rfm_model('NaN', 1, 1);
SELECT rfm_model(1, 1, '-Infinity');
SELECT 'version=1 bins=3 n=5 recency=[1] frequency=[1,2] monetary=[1,2] mean=[1,1,1] median=[1,1,1]'::rfm_model;
SELECT 'version=1 bins=2 n=5 recency=[1] frequency=[1] monetary=[1] mean=[1,1,1] median=[1,1,1] junk'::rfm_model;
SELECT 'version=1 bins=3 n=5 recency=[2,1] frequency=[1,2] monetary=[1,2] mean=[1,1,1] median=[1,1,1]'::rfm_model;
SELECT 'version=1 bins=1 n=5 recency=[] frequency=[] monetary=[] mean=[1,1,1] median=[1,1,1]'::rfm_model;
SELECT 'version=1 bins=2 n=5 recency=[NaN] frequency=[1] monetary=[1] mean=[1,1,1] median=[1,1,1]'::rfm_model;
SELECT 'version=1 bins=2 n=0 recency=[1] frequency=[1] monetary=[1] mean=[1,1,1] median=[1,1,1]'::rfm_model;
SELECT 'version=1 bins=2 n=5 recency=[1] frequency=[-1] monetary=[1] mean=[1,1,1] median=[1,1,1]'::rfm_model;
SELECT rfm_score('version=1 bins=2 n=2 recency=[1] frequency=[1] monetary=[1] mean=[1,1,1] median=[1,1,1]', 1, -2, 1);
SELECT rfm_model_cuts('version=1 bins=2 n=2 recency=[1] frequency=[1] monetary=[1] mean=[1,1,1] median=[1,1,1]', 'value');
SELECT rfm_segment(0, 1, 1);
SELECT rfm_segment(1, 6, 1);
SELECT rfm_segment(1, 1, 1, 'fr');
SELECT rfm_class('version=1 bins=2 n=2 recency=[1] frequency=[1] monetary=[1] mean=[1,1,1] median=[1,1,1]', 1, 1, 1, 'zh', 'mode');
SELECT rfm_class('version=1 bins=2 n=2 recency=[1] frequency=[1] monetary=[1] mean=[1,1,1] median=[1,1,1]', 1, 1, 1, 'ja');
