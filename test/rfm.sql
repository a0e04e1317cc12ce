-- rfm: properties of rfm_agg, rfm_model, rfm_score, rfm_segment and rfm_class
-- against independent plain-SQL oracles, parallel plans, round trips, errors.
\set ON_ERROR_STOP 1
\set QUIET 1
SET client_min_messages = warning;
BEGIN;
SELECT plan(79);

-- ---------------------------------------------------------------- data
SELECT setseed(0.4242);

-- customers with heavy ties in every dimension, negative monetary (net refunds),
-- and a few rows with a NULL that rfm_model must skip
CREATE TABLE rfm_t_cust AS
SELECT i AS id,
       CASE WHEN i % 997 = 0 THEN NULL ELSE floor(random() * 40)::float8 END AS rec,
       CASE WHEN i % 991 = 0 THEN NULL ELSE (1 + floor(power(random(), 3) * 8))::float8 END AS freq,
       CASE WHEN i % 983 = 0 THEN NULL ELSE (round(random() * 60) * 5 - 20)::float8 END AS mon
FROM generate_series(1, 4000) i;
CREATE TEMP VIEW rfm_t_ok AS
  SELECT * FROM rfm_t_cust WHERE rec IS NOT NULL AND freq IS NOT NULL AND mon IS NOT NULL;

-- oracle cut points: percentile_disc at (double) k / bins, k = 1 .. bins - 1
CREATE TEMP TABLE rfm_t_oracle AS
SELECT b,
       (SELECT percentile_disc(fr) WITHIN GROUP (ORDER BY rec) FROM rfm_t_ok) AS rc,
       (SELECT percentile_disc(fr) WITHIN GROUP (ORDER BY freq) FROM rfm_t_ok) AS fc,
       (SELECT percentile_disc(fr) WITHIN GROUP (ORDER BY mon) FROM rfm_t_ok) AS mc,
       (SELECT rfm_model(rec, freq, mon, b) FROM rfm_t_cust) AS model
FROM (SELECT b, ARRAY(SELECT k::float8 / b FROM generate_series(1, b - 1) k) AS fr
      FROM unnest(ARRAY[2, 3, 4, 5, 7, 10, 13, 20]) b) x;

-- ---------------------------------------------------------------- rfm_model
SELECT is((SELECT count(*) FROM rfm_t_oracle WHERE model IS NOT NULL), 8::bigint,
          'rfm_model builds a model for every bins value');
SELECT is_empty($$
  SELECT b FROM rfm_t_oracle
  WHERE rfm_model_cuts(model, 'recency') IS DISTINCT FROM rc
     OR rfm_model_cuts(model, 'frequency') IS DISTINCT FROM fc
     OR rfm_model_cuts(model, 'monetary') IS DISTINCT FROM mc
$$, 'cut points equal percentile_disc(k/bins) WITHIN GROUP for bins 2, 3, 4, 5, 7, 10, 13, 20');
SELECT is((SELECT rfm_model(rec, freq, mon)::text FROM rfm_t_cust),
          (SELECT model::text FROM rfm_t_oracle WHERE b = 5),
          'the 3-argument rfm_model means bins = 5');
SELECT is((SELECT array_agg(DISTINCT rfm_model_n(model)) FROM rfm_t_oracle),
          (SELECT ARRAY[count(*)] FROM rfm_t_ok),
          'n counts the customers with no NULL value (rows with a NULL are skipped)');
SELECT is((SELECT array_agg(DISTINCT rfm_model_bins(model) ORDER BY rfm_model_bins(model)) FROM rfm_t_oracle),
          ARRAY[2, 3, 4, 5, 7, 10, 13, 20], 'rfm_model_bins reads the bins back');
SELECT is((SELECT ARRAY[rfm_model_median(model, 'r'), rfm_model_median(model, 'f'), rfm_model_median(model, 'm')]
           FROM rfm_t_oracle WHERE b = 5),
          (SELECT ARRAY[percentile_disc(0.5) WITHIN GROUP (ORDER BY rec),
                        percentile_disc(0.5) WITHIN GROUP (ORDER BY freq),
                        percentile_disc(0.5) WITHIN GROUP (ORDER BY mon)] FROM rfm_t_ok),
          'medians equal percentile_disc(0.5)');
SELECT ok((SELECT abs(rfm_model_mean(o.model, 'recency') - a.r) < 1e-9
              AND abs(rfm_model_mean(o.model, 'frequency') - a.f) < 1e-9
              AND abs(rfm_model_mean(o.model, 'monetary') - a.m) < 1e-9
           FROM rfm_t_oracle o, (SELECT avg(rec) r, avg(freq) f, avg(mon) m FROM rfm_t_ok) a WHERE o.b = 5),
          'means agree with avg()');
SELECT ok((SELECT rfm_model(x, x, x) IS NULL FROM (VALUES (NULL::float8)) v(x) WHERE false),
          'a model over zero rows is NULL');
SELECT ok((SELECT rfm_model(x, 1, 1) IS NULL FROM (VALUES (NULL::float8), (NULL)) v(x)),
          'a model over only NULL rows is NULL');
SELECT is((SELECT rfm_model(r, f, m)::text
           FROM (VALUES (3::float8, 1::float8, 10::float8), (1, 4, 10), (2, 2, -5)) v(r, f, m)),
          (SELECT rfm_model(r, f, m)::text
           FROM (VALUES (2::float8, 2::float8, -5::float8), (3, 1, 10), (1, 4, 10)) v(r, f, m)),
          'the model does not depend on row order');
SELECT is((SELECT rfm_model(0, 0, 0)::text), 'version=1 bins=5 n=1 recency=[0,0,0,0] frequency=[0,0,0,0] monetary=[0,0,0,0] mean=[0,0,0] median=[0,0,0]',
          'a one-customer model has every cut point equal to its values');

-- the final function may run many times (window aggregate): each prefix equals its own model
SELECT is_empty($$
  WITH w AS (
    SELECT id, rfm_model(rec, freq, mon, 4) OVER (ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS wm
    FROM rfm_t_cust WHERE id <= 300)
  SELECT id FROM w
  WHERE wm::text IS DISTINCT FROM
        (SELECT rfm_model(rec, freq, mon, 4)::text FROM rfm_t_cust c WHERE c.id <= w.id)
$$, 'running rfm_model over a window equals the model of each prefix (final called repeatedly)');

-- ---------------------------------------------------------------- rfm_score
SELECT is_empty($$
  SELECT o.b, c.id
  FROM rfm_t_oracle o CROSS JOIN rfm_t_ok c
  CROSS JOIN LATERAL (
    SELECT (o.b - (SELECT count(*) FROM unnest(o.rc) x WHERE c.rec > x))::int AS r,
           (1 + (SELECT count(*) FROM unnest(o.fc) x WHERE c.freq > x))::int AS f,
           (1 + (SELECT count(*) FROM unnest(o.mc) x WHERE c.mon > x))::int AS m) s
  WHERE rfm_score(o.model, c.rec, c.freq, c.mon) IS DISTINCT FROM
        ROW(s.r, s.f, s.m,
            CASE WHEN o.b < 10 THEN s.r::text || s.f::text || s.m::text
                 ELSE s.r::text || '-' || s.f::text || '-' || s.m::text END)::rfm_score
$$, 'rfm_score equals the percentile_disc oracle for every customer and every bins value');
SELECT is_empty($$
  SELECT o.b, c.rec, c.freq, c.mon
  FROM rfm_t_oracle o CROSS JOIN rfm_t_ok c
  GROUP BY o.b, c.rec, c.freq, c.mon
  HAVING count(DISTINCT (rfm_score(o.model, c.rec, c.freq, c.mon)).code) > 1
$$, 'customers with equal values always get equal scores (ties are never split)');
SELECT is_empty($$
  SELECT o.b FROM rfm_t_oracle o CROSS JOIN rfm_t_ok c
  CROSS JOIN LATERAL (SELECT (rfm_score(o.model, c.rec, c.freq, c.mon)).*) s
  WHERE s.r NOT BETWEEN 1 AND o.b OR s.f NOT BETWEEN 1 AND o.b OR s.m NOT BETWEEN 1 AND o.b
$$, 'scores lie in 1 .. bins');
SELECT ok((SELECT bool_and(s1.r >= s2.r) FROM rfm_t_oracle o,
             LATERAL (SELECT (rfm_score(o.model, 3, 1, 1)).*) s1,
             LATERAL (SELECT (rfm_score(o.model, 30, 1, 1)).*) s2),
          'a more recent customer never scores lower on R');
SELECT is((SELECT (rfm_score(model, 0, 1000, 1e6)).code FROM rfm_t_oracle WHERE b = 13), '13-13-13',
          'codes for bins >= 10 separate the scores with hyphens');
SELECT is((SELECT (rfm_score(model, 1e6, 0, -1e6)).code FROM rfm_t_oracle WHERE b = 5), '111',
          'the worst customer scores 111');
SELECT is((SELECT rfm_score(model, NULL, 1, 1) FROM rfm_t_oracle WHERE b = 5), NULL,
          'rfm_score is NULL for a NULL value');

-- ---------------------------------------------------------------- text round trip
SELECT is_empty($$
  SELECT b FROM rfm_t_oracle
  WHERE model::text::rfm_model::text IS DISTINCT FROM model::text
     OR rfm_model_cuts(model::text::rfm_model, 'm') IS DISTINCT FROM rfm_model_cuts(model, 'm')
     OR rfm_model_mean(model::text::rfm_model, 'r') IS DISTINCT FROM rfm_model_mean(model, 'r')
$$, 'rfm_model text output reads back to an identical value');
SELECT is((SELECT rfm_model(r, f, m)::text::rfm_model::text
           FROM (VALUES (0.1::float8, 1e-300::float8, 1.0000000000000002::float8),
                        (1/3.0, 2e300, -0.30000000000000004)) v(r, f, m)),
          (SELECT rfm_model(r, f, m)::text
           FROM (VALUES (0.1::float8, 1e-300::float8, 1.0000000000000002::float8),
                        (1/3.0, 2e300, -0.30000000000000004)) v(r, f, m)),
          'awkward doubles survive the text round trip');
SELECT is(rfm_model_cuts(' version = 1 bins=2 n=3 recency=[ 1 ] frequency=[2] monetary=[-3.5] mean=[1,2,-3.5] median=[1,2,-3.5] '::rfm_model, 'monetary'),
          ARRAY[-3.5]::float8[], 'text input accepts spaces between tokens');

-- a model stored in a table scores like the original
CREATE TEMP TABLE rfm_t_store (m rfm_model);
INSERT INTO rfm_t_store SELECT model FROM rfm_t_oracle WHERE b = 5;
SELECT is_empty($$
  SELECT c.id FROM rfm_t_ok c, rfm_t_store s, rfm_t_oracle o
  WHERE o.b = 5 AND rfm_score(s.m, c.rec, c.freq, c.mon) IS DISTINCT FROM rfm_score(o.model, c.rec, c.freq, c.mon)
$$, 'a model stored in a table scores every customer the same');

-- ---------------------------------------------------------------- rfm_segment
CREATE TEMP TABLE rfm_t_seg AS
SELECT r, f, m,
       CASE
         WHEN r = 5 AND f + m >= 7 THEN 'Champions'
         WHEN r IN (3, 4) AND f + m >= 7 THEN 'Loyal Customers'
         WHEN r IN (4, 5) AND f + m BETWEEN 3 AND 6 THEN 'Potential Loyalist'
         WHEN r = 5 AND f + m = 2 THEN 'New Customers'
         WHEN r = 4 AND f + m = 2 THEN 'Promising'
         WHEN r = 3 AND f + m IN (5, 6) THEN 'Need Attention'
         WHEN r = 3 AND f + m <= 4 THEN 'About To Sleep'
         WHEN r IN (1, 2) AND f + m >= 9 THEN 'Cannot Lose Them'
         WHEN r IN (1, 2) AND f + m BETWEEN 5 AND 8 THEN 'At Risk'
         WHEN r = 2 AND f + m <= 4 THEN 'Hibernating'
         WHEN r = 1 AND f + m <= 4 THEN 'Lost'
       END AS oracle
FROM generate_series(1, 5) r, generate_series(1, 5) f, generate_series(1, 5) m;

SELECT is((SELECT count(*) FROM rfm_t_seg WHERE oracle IS NOT NULL), 125::bigint,
          'the oracle covers all 125 combinations');
SELECT is_empty($$ SELECT r, f, m FROM rfm_t_seg WHERE rfm_segment(r, f, m) IS DISTINCT FROM oracle $$,
                'rfm_segment equals the independent CASE oracle on all 125 combinations');
SELECT is((SELECT count(DISTINCT rfm_segment(r, f, m)) FROM rfm_t_seg), 11::bigint,
          'all 11 segments are reachable');
SELECT is((SELECT count(DISTINCT rfm_segment(r, f, m, 'zh')) FROM rfm_t_seg), 11::bigint,
          'the 11 Chinese labels are distinct');
SELECT is_empty($$
  SELECT en FROM (SELECT rfm_segment(r, f, m) en, rfm_segment(r, f, m, 'zh') zh FROM rfm_t_seg) x
  GROUP BY en HAVING count(DISTINCT zh) <> 1
$$, 'each English segment has exactly one Chinese label');
SELECT is(ARRAY[rfm_segment(5, 5, 5, 'zh'), rfm_segment(1, 1, 1, 'zh'), rfm_segment(2, 5, 5, 'zh'), rfm_segment(3, 2, 1, 'zh')],
          ARRAY['冠军客户', '已流失', '不能失去', '即将沉睡'], 'Chinese labels');
SELECT is(rfm_segment(4, 4, 4, 'EN'), 'Loyal Customers', 'lang is case-insensitive');

-- ---------------------------------------------------------------- rfm_class
SELECT is_empty($$
  SELECT ctr, c.id
  FROM rfm_t_oracle o, rfm_t_ok c, unnest(ARRAY['mean', 'median']) ctr
  CROSS JOIN LATERAL (
    SELECT CASE ctr WHEN 'mean' THEN rfm_model_mean(o.model, 'r') ELSE rfm_model_median(o.model, 'r') END AS cr,
           CASE ctr WHEN 'mean' THEN rfm_model_mean(o.model, 'f') ELSE rfm_model_median(o.model, 'f') END AS cf,
           CASE ctr WHEN 'mean' THEN rfm_model_mean(o.model, 'm') ELSE rfm_model_median(o.model, 'm') END AS cm) z
  WHERE o.b = 5
    AND rfm_class(o.model, c.rec, c.freq, c.mon, 'zh', ctr) IS DISTINCT FROM
        CASE WHEN c.mon > z.cm THEN
               CASE WHEN c.rec < z.cr AND c.freq > z.cf THEN '重要价值客户'
                    WHEN c.rec < z.cr THEN '重要发展客户'
                    WHEN c.freq > z.cf THEN '重要保持客户'
                    ELSE '重要挽留客户' END
             ELSE
               CASE WHEN c.rec < z.cr AND c.freq > z.cf THEN '一般价值客户'
                    WHEN c.rec < z.cr THEN '一般发展客户'
                    WHEN c.freq > z.cf THEN '一般保持客户'
                    ELSE '一般挽留客户' END
        END
$$, 'rfm_class equals the high/low oracle for every customer, against the mean and the median');
SELECT is((SELECT count(DISTINCT rfm_class(o.model, c.rec, c.freq, c.mon, 'en', 'median'))
           FROM rfm_t_oracle o, rfm_t_ok c WHERE o.b = 5), 8::bigint,
          'all 8 classes occur on the test population');
SELECT is_empty($$
  SELECT en FROM (SELECT rfm_class(o.model, c.rec, c.freq, c.mon, 'en') en, rfm_class(o.model, c.rec, c.freq, c.mon) zh
                  FROM rfm_t_oracle o, rfm_t_ok c WHERE o.b = 5) x
  GROUP BY en HAVING count(DISTINCT zh) <> 1
$$, 'each English class has exactly one Chinese label (zh is the default)');
SELECT is(rfm_class('version=1 bins=2 n=2 recency=[10] frequency=[2] monetary=[100] mean=[10,2,100] median=[10,2,100]', 10, 2, 100, 'en'),
          'General Win-back', 'a value equal to the center counts as low in every dimension');
SELECT is(rfm_class('version=1 bins=2 n=2 recency=[10] frequency=[2] monetary=[100] mean=[10,2,100] median=[10,2,100]', 9, 3, 101, 'en'),
          'Important Value', 'strictly better than the center in every dimension is Important Value');

-- ---------------------------------------------------------------- rfm_agg against a SQL oracle
CREATE TABLE rfm_t_orders AS
SELECT (i % 6000) AS cid,
       timestamptz '2024-01-01 00:00:00+00' + random() * interval '400 days' AS ts,
       CASE WHEN i % 101 = 0 THEN -round((random() * 50)::numeric, 2)
            ELSE round((random() * 300)::numeric, 2) END AS amount
FROM generate_series(1, 120000) i;
INSERT INTO rfm_t_orders VALUES (7000, NULL, 5), (7000, '2024-03-01', NULL), (7001, '2025-06-01', 10);
ANALYZE rfm_t_orders;

SELECT is_empty($$
  WITH a AS (
    SELECT cid, rfm_agg(ts, amount, '2024-12-01 00:00:00+00') AS x FROM rfm_t_orders GROUP BY cid),
  o AS (
    SELECT cid, count(*) AS n, sum(amount) AS s, min(ts) AS f, max(ts) AS l,
           extract(epoch FROM timestamptz '2024-12-01 00:00:00+00' - max(ts))::float8 / 86400 AS rd
    FROM rfm_t_orders WHERE ts <= '2024-12-01 00:00:00+00' AND amount IS NOT NULL GROUP BY cid)
  SELECT cid FROM a FULL JOIN o USING (cid)
  WHERE (a.x).frequency IS DISTINCT FROM o.n OR (a.x).monetary IS DISTINCT FROM o.s
     OR (a.x).first_order IS DISTINCT FROM o.f OR (a.x).last_order IS DISTINCT FROM o.l
     OR abs((a.x).recency_days - o.rd) > 1e-9
     OR (a.x IS NULL) <> (o.n IS NULL)
$$, 'rfm_agg equals count / exact sum / min / max / recency of the orders on or before as_of, per customer');
SELECT is((SELECT rfm_agg(ts, amount, '2024-12-01') IS NULL FROM rfm_t_orders WHERE cid = 7001), true,
          'a customer whose only order is after as_of gets NULL');
SELECT is((SELECT rfm_agg(ts, amount, '2024-12-01') IS NULL FROM rfm_t_orders WHERE cid = 7000), true,
          'a customer with only NULL rows gets NULL');
SELECT is((SELECT rfm_agg(ts, amount::float8, '2024-12-01')::text FROM rfm_t_orders WHERE cid = 17),
          (SELECT rfm_agg(ts, amount::float8::numeric, '2024-12-01')::text FROM rfm_t_orders WHERE cid = 17),
          'the float8 overload sums amount::numeric exactly');
SELECT is((SELECT (rfm_agg(ts, a, '2024-01-02')).monetary
           FROM (VALUES ('2024-01-01'::timestamptz, 0.1::numeric), ('2024-01-01', 0.2), ('2024-01-01', 1e-20), ('2024-01-01', 123456789012345678901234567890)) v(ts, a)),
          123456789012345678901234567890.30000000000000000001::numeric, 'the monetary sum is exact');
SELECT is((SELECT (rfm_agg(ts, a, '2024-01-02')).monetary
           FROM (VALUES ('2024-01-01'::timestamptz, 0.1::float8), ('2024-01-01', 0.2)) v(ts, a)),
          0.3::numeric, 'float8 amounts are summed as numeric (0.1 + 0.2 = 0.3)');
SELECT is((SELECT (rfm_agg(ts, 1, '2024-01-02')).frequency
           FROM (VALUES ('2024-01-01'::timestamptz), ('2024-01-01'), ('2024-01-02')) v(ts)),
          3::bigint, 'an order exactly at as_of counts; duplicate timestamps are separate orders');

-- running rfm_agg: final called repeatedly with more rows in between
SELECT is_empty($$
  WITH w AS (SELECT id, rfm_agg(timestamptz '2024-01-01' + id * interval '1 hour', id::numeric, '2024-01-03')
                        OVER (ORDER BY id) AS x FROM generate_series(1, 60) id)
  SELECT id FROM w WHERE (x).frequency <> least(id, 48) OR (x).monetary <> least(id, 48) * (least(id, 48) + 1) / 2
$$, 'running rfm_agg over a window is correct at every row');

-- ---------------------------------------------------------------- parallel plans
\ir include/plan.sql

CREATE TABLE rfm_t_big AS
SELECT i AS id, (i * 7 % 365)::float8 AS rec, (1 + i % 13)::float8 AS freq, ((i * 31) % 997 - 50)::float8 AS mon
FROM generate_series(1, 200000) i;
ANALYZE rfm_t_big;

SET LOCAL max_parallel_workers_per_gather = 0;
CREATE TEMP TABLE rfm_t_serial AS
SELECT (SELECT rfm_model(rec, freq, mon)::text FROM rfm_t_big) AS model5,
       (SELECT rfm_model(rec, freq, mon, 20)::text FROM rfm_t_big) AS model20;
CREATE TEMP TABLE rfm_t_agg_serial AS
SELECT cid, rfm_agg(ts, amount, '2024-12-01')::text AS x FROM rfm_t_orders GROUP BY cid;
CREATE TEMP TABLE rfm_t_one_serial AS
SELECT rfm_agg(ts, amount, '2024-12-01')::text AS x FROM rfm_t_orders;

SET LOCAL parallel_setup_cost = 0;
SET LOCAL parallel_tuple_cost = 0;
SET LOCAL min_parallel_table_scan_size = 0;
SET LOCAL max_parallel_workers_per_gather = 2;
SET LOCAL parallel_leader_participation = off;

SELECT matches(pg_temp.explain_text('SELECT rfm_model(rec, freq, mon) FROM rfm_t_big'),
               'Partial Aggregate', 'rfm_model gets a parallel plan with a Partial Aggregate');
SELECT is((SELECT rfm_model(rec, freq, mon)::text FROM rfm_t_big), (SELECT model5 FROM rfm_t_serial),
          'rfm_model: the parallel plan gives the serial model (bins = 5)');
SELECT is((SELECT rfm_model(rec, freq, mon, 20)::text FROM rfm_t_big), (SELECT model20 FROM rfm_t_serial),
          'rfm_model: the parallel plan gives the serial model (bins = 20)');
SELECT matches(pg_temp.explain_text($$SELECT cid, rfm_agg(ts, amount, '2024-12-01') FROM rfm_t_orders GROUP BY cid$$),
               'Partial (Hash|Group)?Aggregate', 'rfm_agg grouped by customer gets a partial aggregate plan');
SELECT is_empty($$
  (SELECT cid, rfm_agg(ts, amount, '2024-12-01')::text FROM rfm_t_orders GROUP BY cid
   EXCEPT SELECT * FROM rfm_t_agg_serial)
  UNION ALL
  (SELECT * FROM rfm_t_agg_serial
   EXCEPT SELECT cid, rfm_agg(ts, amount, '2024-12-01')::text FROM rfm_t_orders GROUP BY cid)
$$, 'rfm_agg grouped by customer: the parallel plan equals the serial run');
SELECT matches(pg_temp.explain_text($$SELECT rfm_agg(ts, amount, '2024-12-01') FROM rfm_t_orders$$),
               'Partial Aggregate', 'ungrouped rfm_agg gets a Partial Aggregate');
SELECT is((SELECT rfm_agg(ts, amount, '2024-12-01')::text FROM rfm_t_orders),
          (SELECT x FROM rfm_t_one_serial),
          'ungrouped rfm_agg: combining partial states gives the serial one-pass answer');

-- ---------------------------------------------------------------- errors
SELECT throws_ok($$SELECT rfm_agg(ts, 1, a) FROM (VALUES ('2024-01-01'::timestamptz, '2024-02-01'::timestamptz), ('2024-01-02', '2024-02-02')) v(ts, a)$$,
                 '22023', 'rfm_agg as_of must be the same in every row of a group', 'rfm_agg: as_of varying within a group');
SELECT throws_ok($$SELECT rfm_agg('infinity'::timestamptz, 1, '2024-01-01')$$,
                 '22008', 'rfm_agg order_ts must be a finite timestamp', 'rfm_agg: infinite order_ts');
SELECT throws_ok($$SELECT rfm_agg('2024-01-01'::timestamptz, 1, '-infinity')$$,
                 '22008', 'rfm_agg as_of must be a finite timestamp', 'rfm_agg: infinite as_of');
SELECT throws_ok($$SELECT rfm_agg('2024-01-01'::timestamptz, 'NaN'::numeric, '2024-02-01')$$,
                 '22023', 'rfm_agg amount must be a finite number', 'rfm_agg: NaN amount');
SELECT throws_ok($$SELECT rfm_agg('2024-01-01'::timestamptz, '-Infinity'::float8, '2024-02-01')$$,
                 '22023', 'rfm_agg amount must be a finite number', 'rfm_agg: infinite float8 amount');
SELECT throws_ok($$SELECT rfm_model(1, 1, 1, 1)$$, '22023', 'rfm_model bins must be between 2 and 20', 'rfm_model: bins 1');
SELECT throws_ok($$SELECT rfm_model(1, 1, 1, 21)$$, '22023', 'rfm_model bins must be between 2 and 20', 'rfm_model: bins 21');
SELECT throws_ok($$SELECT rfm_model(1, 1, 1, NULL)$$, '22023', 'rfm_model bins must not be NULL', 'rfm_model: NULL bins');
SELECT throws_ok($$SELECT rfm_model(1, 1, 1, b) FROM (VALUES (3), (4)) v(b)$$,
                 '22023', 'rfm_model bins must be the same in every row of a group', 'rfm_model: bins varying');
SELECT throws_ok($$SELECT rfm_model(-1, 1, 1)$$, '22023', 'rfm_model recency must not be negative', 'rfm_model: negative recency');
SELECT throws_ok($$SELECT rfm_model(1, -0.5, 1)$$, '22023', 'rfm_model frequency must not be negative', 'rfm_model: negative frequency');
SELECT throws_ok($$SELECT rfm_model('NaN', 1, 1)$$, '22023', 'rfm_model recency must be a finite number', 'rfm_model: NaN recency');
SELECT throws_ok($$SELECT rfm_model(1, 1, 'Infinity')$$, '22023', 'rfm_model monetary must be a finite number', 'rfm_model: infinite monetary');
SELECT throws_ok($$SELECT 'version=1 bins=3 n=5 recency=[1] frequency=[1,2] monetary=[1,2] mean=[1,1,1] median=[1,1,1]'::rfm_model$$,
                 '22P02', NULL, 'rfm_model input: too few cut points');
SELECT throws_ok($$SELECT 'version=1 bins=2 n=5 recency=[1] frequency=[1] monetary=[1] mean=[1,1,1] median=[1,1,1] x'::rfm_model$$,
                 '22P02', 'invalid input syntax for type rfm_model: "version=1 bins=2 n=5 recency=[1] frequency=[1] monetary=[1] mean=[1,1,1] median=[1,1,1] x"',
                 'rfm_model input: trailing junk');
SELECT throws_ok($$SELECT 'version=1 bins=3 n=5 recency=[2,1] frequency=[1,2] monetary=[1,2] mean=[1,1,1] median=[1,1,1]'::rfm_model$$,
                 '22P02', NULL, 'rfm_model input: non-monotone cut points');
SELECT throws_ok($$SELECT 'version=1 bins=21 n=5 recency=[1] frequency=[1] monetary=[1] mean=[1,1,1] median=[1,1,1]'::rfm_model$$,
                 '22P02', NULL, 'rfm_model input: bins out of range');
SELECT throws_ok($$SELECT 'version=1 bins=2 n=5 recency=[NaN] frequency=[1] monetary=[1] mean=[1,1,1] median=[1,1,1]'::rfm_model$$,
                 '22P02', NULL, 'rfm_model input: NaN');
SELECT throws_ok($$SELECT 'version=2 bins=2 n=5 recency=[1] frequency=[1] monetary=[1] mean=[1,1,1] median=[1,1,1]'::rfm_model$$,
                 '22P02', NULL, 'rfm_model input: unknown version');
SELECT throws_ok($$SELECT 'version=1 bins=2 n=5 recency=[-1] frequency=[1] monetary=[1] mean=[1,1,1] median=[1,1,1]'::rfm_model$$,
                 '22P02', NULL, 'rfm_model input: negative recency cut point');
SELECT throws_ok($$SELECT ''::rfm_model$$, '22P02', NULL, 'rfm_model input: empty string');
SELECT throws_ok($$SELECT rfm_score('version=1 bins=2 n=2 recency=[1] frequency=[1] monetary=[1] mean=[1,1,1] median=[1,1,1]', -1, 1, 1)$$,
                 '22023', 'rfm_score recency must not be negative', 'rfm_score: negative recency');
SELECT throws_ok($$SELECT rfm_score('version=1 bins=2 n=2 recency=[1] frequency=[1] monetary=[1] mean=[1,1,1] median=[1,1,1]', 1, 1, 'NaN')$$,
                 '22023', 'rfm_score monetary must be a finite number', 'rfm_score: NaN monetary');
SELECT throws_ok($$SELECT rfm_model_cuts('version=1 bins=2 n=2 recency=[1] frequency=[1] monetary=[1] mean=[1,1,1] median=[1,1,1]', 'x')$$,
                 '22023', 'unknown rfm dimension "x"', 'rfm_model_cuts: unknown dimension');
SELECT throws_ok($$SELECT rfm_segment(0, 3, 3)$$, '22023', 'rfm_segment recency score must be between 1 and 5', 'rfm_segment: score 0');
SELECT throws_ok($$SELECT rfm_segment(3, 3, 6)$$, '22023', 'rfm_segment monetary score must be between 1 and 5', 'rfm_segment: score 6');
SELECT throws_ok($$SELECT rfm_segment(3, 3, 3, 'fr')$$, '22023', 'unknown label language "fr"', 'rfm_segment: unknown lang');
SELECT throws_ok($$SELECT rfm_class('version=1 bins=2 n=2 recency=[1] frequency=[1] monetary=[1] mean=[1,1,1] median=[1,1,1]', 1, 1, 1, 'zh', 'mode')$$,
                 '22023', 'unknown rfm_class center "mode"', 'rfm_class: unknown center');
SELECT throws_ok($$SELECT rfm_class('version=1 bins=2 n=2 recency=[1] frequency=[1] monetary=[1] mean=[1,1,1] median=[1,1,1]', 1, 1, 1, 'de')$$,
                 '22023', 'unknown label language "de"', 'rfm_class: unknown lang');

SELECT * FROM finish();
ROLLBACK;
