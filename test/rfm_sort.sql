-- rfm_model's radix sort: cut points, medians and means over full-range doubles
-- (both signs, subnormals, huge magnitudes, zeros written -0 and 0, heavy ties)
-- against percentile_disc and avg, whatever the order the rows arrive in.
\set ON_ERROR_STOP 1
\set QUIET 1
SET client_min_messages = warning;
BEGIN;
SELECT plan(9);

SELECT setseed(0.2718);
CREATE TEMP TABLE rs AS
SELECT i,
       CASE i % 5 WHEN 0 THEN floor(random() * 365) WHEN 1 THEN random() * 1e-300 WHEN 2 THEN random() * 1e290
                  WHEN 3 THEN random() ELSE 5e-324 * floor(random() * 1000) END::float8 AS r,
       CASE WHEN i % 7 = 0 THEN 0 ELSE random() * 100 END::float8 AS f,
       CASE i % 6 WHEN 0 THEN -random() * 1e6 WHEN 1 THEN '-0'::float8 WHEN 2 THEN 0 WHEN 3 THEN round(random() * 1000)
                  WHEN 4 THEN -random() * 1e-310 ELSE (random() - 0.5) * 1e280 END::float8 AS m
FROM generate_series(1, 30000) i;

CREATE TEMP TABLE rs_oracle AS
SELECT b,
       (SELECT percentile_disc(fr) WITHIN GROUP (ORDER BY r) FROM rs) AS rc,
       (SELECT percentile_disc(fr) WITHIN GROUP (ORDER BY f) FROM rs) AS fc,
       (SELECT percentile_disc(fr) WITHIN GROUP (ORDER BY m) FROM rs) AS mc,
       (SELECT rfm_model(r, f, m, b) FROM rs) AS model
FROM (SELECT b, ARRAY(SELECT k::float8 / b FROM generate_series(1, b - 1) k) AS fr
      FROM generate_series(2, 20) b) x;

SELECT is_empty($$
  SELECT b FROM rs_oracle
  WHERE rfm_model_cuts(model, 'recency') IS DISTINCT FROM rc
     OR rfm_model_cuts(model, 'frequency') IS DISTINCT FROM fc
     OR rfm_model_cuts(model, 'monetary') IS DISTINCT FROM mc
$$, 'full-range doubles: cut points equal percentile_disc(k/bins) for bins 2 to 20');
SELECT is((SELECT ARRAY[rfm_model_median(model, 'r'), rfm_model_median(model, 'f'), rfm_model_median(model, 'm')]
           FROM rs_oracle WHERE b = 5),
          (SELECT ARRAY[percentile_disc(0.5) WITHIN GROUP (ORDER BY r), percentile_disc(0.5) WITHIN GROUP (ORDER BY f),
                        percentile_disc(0.5) WITHIN GROUP (ORDER BY m)] FROM rs),
          'full-range doubles: medians equal percentile_disc(0.5)');
SELECT ok((SELECT abs(rfm_model_mean(o.model, 'r') - a.r) <= 1e-12 * abs(a.r)
              AND abs(rfm_model_mean(o.model, 'f') - a.f) <= 1e-12 * abs(a.f)
              AND abs(rfm_model_mean(o.model, 'm') - a.m) <= 1e-9 * abs(a.m)
           FROM rs_oracle o, (SELECT sum(r) / count(*) r, sum(f) / count(*) f, sum(m) / count(*) m FROM rs) a WHERE o.b = 5),
          'full-range doubles: means agree with sum() / count()');
SELECT is((SELECT rfm_model(r, f, m, 9)::text FROM (SELECT * FROM rs ORDER BY m DESC, r DESC) s),
          (SELECT model::text FROM rs_oracle WHERE b = 9),
          'the same model from rows in descending order');
SELECT is((SELECT rfm_model(r, f, m, 9)::text FROM (SELECT * FROM rs ORDER BY f, m) s),
          (SELECT model::text FROM rs_oracle WHERE b = 9),
          'the same model from rows in ascending order');
SELECT is((SELECT rfm_model(r, f, m, 9)::text FROM (SELECT * FROM rs ORDER BY random()) s),
          (SELECT model::text FROM rs_oracle WHERE b = 9),
          'the same model from rows in random order');
SELECT is((SELECT rfm_model_cuts(rfm_model(r, f, m), 'monetary')::text FROM (VALUES (1, 1, '-0'::float8), (1, 1, 0), (1, 1, -0.0), (1, 1, -1e-320)) v(r, f, m)),
          '{-1e-320,0,0,0}', 'negative zero is stored as zero and sorts with it, a negative subnormal before it');
SELECT is((SELECT rfm_model(r, f, m)::text FROM (VALUES (3, 2, -7.5)) v(r, f, m)),
          'version=1 bins=5 n=1 recency=[3,3,3,3] frequency=[2,2,2,2] monetary=[-7.5,-7.5,-7.5,-7.5] mean=[3,2,-7.5] median=[3,2,-7.5]',
          'one customer');
SELECT is((SELECT rfm_model_cuts(rfm_model(r, f, m, 2), 'm') FROM (VALUES (1, 1, 1e300), (1, 1, -1e300)) v(r, f, m)),
          '{-1e300}'::float8[], 'two customers at opposite extremes');

SELECT * FROM finish();
ROLLBACK;
