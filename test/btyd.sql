-- btyd: pgTAP properties of btyd_summary, bgnbd_fit, gamma_gamma_fit and the predictions.
\set ON_ERROR_STOP 1
\set QUIET 1
SET client_min_messages = warning;
BEGIN;
SELECT plan(58);

-- ---------- helpers: seeded simulators and independent oracles ----------
CREATE SCHEMA btyd_t;
CREATE FUNCTION btyd_t.rgamma(k float8) RETURNS float8 LANGUAGE plpgsql AS $$
DECLARE d float8; c float8; z float8; w float8; v float8;
BEGIN
  IF k < 1 THEN RETURN btyd_t.rgamma(k + 1) * power(1 - random(), 1 / k); END IF;
  d := k - 1.0 / 3; c := 1 / sqrt(9 * d);
  LOOP
    z := sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random());
    w := 1 + c * z;
    IF w > 0 THEN
      v := w * w * w;
      IF ln(1 - random()) < 0.5 * z * z + d - d * v + d * ln(v) THEN RETURN d * v; END IF;
    END IF;
  END LOOP;
END $$;
CREATE FUNCTION btyd_t.sim_bgnbd(n int, r float8, alpha float8, a float8, b float8, tmin float8, tmax float8)
RETURNS TABLE (id int, x float8, tx float8, tt float8) LANGUAGE plpgsql AS $$
DECLARE lam float8; p float8; ga float8; t float8; w float8;
BEGIN
  FOR i IN 1..n LOOP
    lam := greatest(btyd_t.rgamma(r) / alpha, 1e-300);
    ga := btyd_t.rgamma(a);
    p := ga / (ga + btyd_t.rgamma(b));
    tt := tmin + (tmax - tmin) * random();
    x := 0; tx := 0; t := 0;
    LOOP
      w := -ln(1 - random()) / lam;
      EXIT WHEN t + w > tt;
      t := t + w; x := x + 1; tx := t;
      EXIT WHEN random() < p;
    END LOOP;
    id := i;
    RETURN NEXT;
  END LOOP;
END $$;
CREATE FUNCTION btyd_t.sim_gg(n int, p float8, q float8, v float8)
RETURNS TABLE (id int, x float8, m float8) LANGUAGE plpgsql AS $$
DECLARE nu float8;
BEGIN
  FOR i IN 1..n LOOP
    x := 1 + floor(random() * 8);
    nu := btyd_t.rgamma(q) / v;
    m := btyd_t.rgamma(p * x) / (nu * x);
    id := i;
    RETURN NEXT;
  END LOOP;
END $$;

-- The textbook series of 2F1(a, b; c; z), no transformation (0 <= z < 1).
CREATE FUNCTION btyd_t.hyp(a float8, b float8, c float8, z float8) RETURNS float8 LANGUAGE plpgsql AS $$
DECLARE s float8 := 1; t float8 := 1; n int := 0;
BEGIN
  LOOP
    t := t * (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
    s := s + t;
    n := n + 1;
    EXIT WHEN n > 5 AND abs(t) < 1e-18 * abs(s);
    IF n > 200000 THEN RAISE EXCEPTION 'oracle series did not converge'; END IF;
  END LOOP;
  RETURN s;
END $$;

-- FHL (2005) eq. 10 exactly as printed, with the plain series.
CREATE FUNCTION btyd_t.expected(r float8, alpha float8, a float8, b float8, h float8, x float8, tx float8, tt float8)
RETURNS float8 LANGUAGE sql AS $$
  SELECT (a + b + x - 1) / (a - 1)
         * (1 - power((alpha + tt) / (alpha + tt + h), r + x) * btyd_t.hyp(r + x, b + x, a + b + x - 1, h / (alpha + tt + h)))
         / (1 + CASE WHEN x > 0 THEN a / (b + x - 1) * power((alpha + tt) / (alpha + tx), r + x) ELSE 0 END)
$$;

\ir include/plan.sql
CREATE FUNCTION btyd_t.plan_is_partial(q text) RETURNS boolean LANGUAGE sql AS $$
  SELECT pg_temp.explain_text(q) ~ 'Partial (Hash|Group)?Aggregate'
$$;

CREATE TABLE btyd_t.models (name text, m bgnbd_model);
INSERT INTO btyd_t.models VALUES
  ('cdnow', '(r=0.243, alpha=4.414, a=0.793, b=2.426, log_likelihood=-9582.4, customers=2357, iterations=0, converged=true)'),
  ('a>1',   '(r=1.7, alpha=12.5, a=2.3, b=5.1, log_likelihood=0, customers=0, iterations=0, converged=true)'),
  ('small', '(r=0.05, alpha=0.9, a=0.2, b=0.6, log_likelihood=0, customers=0, iterations=0, converged=true)');

-- ---------- CDNOW: the published figures (needs ../shared/data/cdnow) ----------
\set have_data `test -f ../shared/data/cdnow/CDNOW_sample.txt && test -f ../shared/data/cdnow/cdnow_calib_holdout_derived.csv && echo 1 || echo 0`
\if :have_data
CREATE TABLE btyd_t.raw (line text);
\copy btyd_t.raw FROM '../shared/data/cdnow/CDNOW_sample.txt'
CREATE TABLE btyd_t.cd AS
  SELECT f[2]::int AS id, to_date(f[3], 'YYYYMMDD')::timestamp AS ts, f[5]::numeric AS sales
  FROM (SELECT regexp_split_to_array(btrim(line, E' \r'), '\s+') AS f FROM btyd_t.raw) z;
CREATE TABLE btyd_t.ref (customer_id int, x float8, t_x float8, t_cal float8, zbar float8,
                         x_star int, holdout_spend numeric, first_purchase date);
\copy btyd_t.ref FROM '../shared/data/cdnow/cdnow_calib_holdout_derived.csv' WITH (FORMAT csv, HEADER)
CREATE TABLE btyd_t.summ AS
  SELECT id, (btyd_summary(ts, sales, '1997-09-30'::timestamp, '1 day', '7 days')).* FROM btyd_t.cd GROUP BY id;

SELECT is((SELECT count(*) FROM btyd_t.cd), 6919::bigint, 'CDNOW sample: 6,919 transactions loaded');
SELECT is((SELECT count(*) FROM btyd_t.summ s JOIN btyd_t.ref r ON r.customer_id = s.id
           WHERE s.frequency = r.x AND abs(s.recency - r.t_x) <= 5.1e-7 AND abs(s.t - r.t_cal) <= 5.1e-7
             AND abs(s.monetary_value - r.zbar) <= 5.1e-5),
          2357::bigint, 'btyd_summary(ts, amount, 1997-09-30, 1 day, 7 days) reproduces all 2,357 CDNOW customers');
SELECT is((SELECT sum(frequency) FROM btyd_t.summ), 2457::float8, 'CDNOW: 2,457 repeat purchases');
SELECT is((SELECT count(*) FROM btyd_t.summ s
           JOIN (SELECT id, (btyd_summary(ts, sales, '1997-09-30'::timestamp)).* FROM btyd_t.cd GROUP BY id) d USING (id)
           WHERE d.frequency = s.frequency AND d.recency / 7 = s.recency AND d.t / 7 = s.t AND d.monetary_value = s.monetary_value),
          2357::bigint, 'period 1 day then divided by 7 equals time_unit 7 days');
SET LOCAL TimeZone = 'UTC';
SELECT is((SELECT count(*) FROM btyd_t.summ s
           JOIN (SELECT id, (btyd_summary(ts::timestamptz, sales, '1997-09-30'::timestamptz, '1 day', '7 days')).* FROM btyd_t.cd GROUP BY id) d USING (id)
           WHERE (d.*)::text = (s.*)::text),
          2357::bigint, 'the timestamptz form buckets UTC days like the timestamp form under TimeZone UTC');
RESET TimeZone;

CREATE TABLE btyd_t.fit AS SELECT (bgnbd_params(bgnbd_fit(frequency, recency, t))).* FROM btyd_t.summ;
SELECT is((SELECT ARRAY[round(r::numeric, 3), round(alpha::numeric, 3), round(a::numeric, 3), round(b::numeric, 3)] FROM btyd_t.fit),
          ARRAY[0.243, 4.414, 0.793, 2.426], 'BG/NBD on CDNOW: r, alpha, a, b = 0.243, 4.414, 0.793, 2.426 (FHL 2005)');
SELECT is((SELECT round(log_likelihood::numeric, 2) FROM btyd_t.fit), -9582.43, 'BG/NBD on CDNOW: LL = -9582.43');
SELECT ok((SELECT converged AND customers = 2357 FROM btyd_t.fit), 'BG/NBD on CDNOW converged over 2,357 customers');
SELECT ok((SELECT abs(bgnbd_expected_purchases(f, 39, 2, 30.43, 38.86) - 1.226) < 0.001
           FROM (SELECT bgnbd_fit(frequency, recency, t) AS f FROM btyd_t.summ) z),
          'E[Y(39) | x=2, t_x=30.43, T=38.86] = 1.226 (Hardie''s spreadsheet, lifetimes test)');
SELECT ok((SELECT bool_and(abs(bgnbd_unconditional(f, h) - e) < 0.001)
           FROM (SELECT bgnbd_fit(frequency, recency, t) AS f FROM btyd_t.summ) z,
                (VALUES (0.1429, 0.0078), (1.0, 0.0532), (3.0, 0.1506), (31.8571, 1.0405), (32.0, 1.0437), (78.0, 1.8576)) v(h, e)),
          'E[X(t)] at t = 0.1429 .. 78 weeks matches Hardie''s spreadsheet to 3 decimals');
CREATE TABLE btyd_t.ggfit AS SELECT (gamma_gamma_params(gamma_gamma_fit(frequency, monetary_value))).* FROM btyd_t.summ;
SELECT is((SELECT ARRAY[round(p::numeric, 2), round(q::numeric, 2), round(v::numeric, 2)] FROM btyd_t.ggfit),
          ARRAY[6.25, 3.74, 15.44], 'Gamma-Gamma on CDNOW: p, q, v = 6.25, 3.74, 15.44');
SELECT is((SELECT ARRAY[round(log_likelihood::numeric, 2), customers] FROM btyd_t.ggfit),
          ARRAY[-4055.92, 946], 'Gamma-Gamma on CDNOW: LL = -4055.92 over the 946 repeat buyers');
\else
SELECT skip('../shared/data/cdnow absent: CDNOW checks skipped', 12);
\endif

-- ---------- oracles on generated cases ----------
SELECT setseed(0.17);
CREATE TABLE btyd_t.cases AS
  SELECT name, m, x, CASE WHEN x = 0 THEN 0 ELSE round((tt * random())::numeric, 3)::float8 END AS tx, tt, h
  FROM btyd_t.models,
       LATERAL (SELECT g, floor(random() * 16)::float8 AS x, round((1 + 59 * random())::numeric, 3)::float8 AS tt,
                       round((0.5 + 80 * random())::numeric, 3)::float8 AS h
                FROM generate_series(1, 700) g) c;
SELECT is((SELECT count(*) FROM btyd_t.cases c, bgnbd_params(c.m) p
           WHERE abs(bgnbd_expected_purchases(c.m, c.h, c.x, c.tx, c.tt) - btyd_t.expected(p.r, p.alpha, p.a, p.b, c.h, c.x, c.tx, c.tt))
                 > 1e-9 * greatest(1, abs(btyd_t.expected(p.r, p.alpha, p.a, p.b, c.h, c.x, c.tx, c.tt)))),
          0::bigint, 'bgnbd_expected_purchases equals the untransformed FHL formula with a plain 2F1 series (2,100 cases, 3 models)');
SELECT is((SELECT count(*) FROM btyd_t.cases c, bgnbd_params(c.m) p
           WHERE abs(bgnbd_p_alive(c.m, c.x, c.tx, c.tt)
                     - CASE WHEN c.x = 0 THEN 1 ELSE 1 / (1 + p.a / (p.b + c.x - 1) * power((p.alpha + c.tt) / (p.alpha + c.tx), p.r + c.x)) END) > 1e-12),
          0::bigint, 'bgnbd_p_alive equals the closed form (2,100 cases)');
SELECT is((SELECT count(*) FROM btyd_t.cases c
           WHERE bgnbd_unconditional(c.m, c.h) IS DISTINCT FROM bgnbd_expected_purchases(c.m, c.h, 0, 0, 0)),
          0::bigint, 'bgnbd_unconditional(h) = bgnbd_expected_purchases(h, 0, 0, 0)');
SELECT is((SELECT count(*) FROM btyd_t.cases c, bgnbd_params(c.m) p
           WHERE abs(bgnbd_unconditional(c.m, c.h) - btyd_t.expected(p.r, p.alpha, p.a, p.b, c.h, 0, 0, 0)) > 1e-9 * greatest(1, bgnbd_unconditional(c.m, c.h))),
          0::bigint, 'bgnbd_unconditional equals FHL eq. 9 with a plain series');
SELECT ok((SELECT bool_and(bgnbd_expected_purchases(c.m, c.h + 1, c.x, c.tx, c.tt) > bgnbd_expected_purchases(c.m, c.h, c.x, c.tx, c.tt)) FROM btyd_t.cases c),
          'expected purchases increase with the horizon');
SELECT ok((SELECT bool_and(bgnbd_expected_purchases(c.m, 0, c.x, c.tx, c.tt) = 0) FROM btyd_t.cases c), 'expected purchases in a zero horizon are 0');
-- the removable singularity at a = 1
SELECT ok((SELECT abs(bgnbd_expected_purchases('(r=0.5, alpha=5, a=1, b=3, log_likelihood=0, customers=0, iterations=0, converged=true)', 20, 3, 10, 30)
                  - bgnbd_expected_purchases('(r=0.5, alpha=5, a=1.00001, b=3, log_likelihood=0, customers=0, iterations=0, converged=true)', 20, 3, 10, 30)) < 1e-4),
          'a = 1 is continuous with a = 1.00001');
-- far horizons go through the 1 - z connection formula
SELECT ok((SELECT abs(bgnbd_unconditional(m, 5000) - btyd_t.expected(0.243, 4.414, 0.793, 2.426, 5000, 0, 0, 0)) < 1e-8 * bgnbd_unconditional(m, 5000)
           FROM btyd_t.models WHERE name = 'cdnow'),
          'a horizon of 5,000 weeks (z = 0.999) agrees with the plain series');

SELECT is((SELECT count(*) FROM (SELECT '(p=6.25, q=3.74, v=15.44, log_likelihood=0, customers=0, iterations=0, converged=true)'::gamma_gamma_model AS g) z,
                  btyd_t.cases c
           WHERE abs(gamma_gamma_expected_spend(g, c.x, c.h) - 6.25 * (15.44 + c.x * c.h) / (6.25 * c.x + 3.74 - 1)) > 1e-12 * (1 + c.h)),
          0::bigint, 'gamma_gamma_expected_spend = p (v + x m) / (p x + q - 1)');
SELECT is((SELECT count(*) FROM btyd_t.models b, (SELECT '(p=6.25, q=3.74, v=15.44, log_likelihood=0, customers=0, iterations=0, converged=true)'::gamma_gamma_model AS g) z,
                  (SELECT * FROM btyd_t.cases WHERE name = 'cdnow' LIMIT 40) c
           WHERE abs(customer_lifetime_value(b.m, g, c.x, c.tx, c.tt, c.h, 12, 0.01, 4.345)
                     - (SELECT sum((bgnbd_expected_purchases(b.m, i * 4.345, c.x, c.tx, c.tt) - bgnbd_expected_purchases(b.m, (i - 1) * 4.345, c.x, c.tx, c.tt))
                                   * gamma_gamma_expected_spend(g, c.x, c.h) / power(1.01, i))
                        FROM generate_series(1, 12) i)) > 1e-9),
          0::bigint, 'customer_lifetime_value = sum of monthly expected purchases x spend / (1+d)^i');
SELECT is(customer_lifetime_value(m, '(p=6.25, q=3.74, v=15.44, log_likelihood=0, customers=0, iterations=0, converged=true)', 2, 30, 38, 20, 12, 0.01),
          customer_lifetime_value(m, '(p=6.25, q=3.74, v=15.44, log_likelihood=0, customers=0, iterations=0, converged=true)', 2, 30, 38, 20, 12, 0.01, 30),
          'periods_per_month defaults to 30 (a model in days)')
  FROM btyd_t.models WHERE name = 'cdnow';

-- ---------- model text I/O ----------
SELECT is((SELECT count(*) FROM btyd_t.models WHERE m::text::bgnbd_model::text <> m::text), 0::bigint, 'bgnbd_model text reads back identical');
SELECT is(('(r=0.1, alpha=2, a=3, b=4, log_likelihood=-1.5, customers=7, iterations=3, converged=false)'::bgnbd_model)::text,
          '(r=0.1, alpha=2, a=3, b=4, log_likelihood=-1.5, customers=7, iterations=3, converged=false)', 'bgnbd_model canonical text');

-- ---------- parameter recovery on simulated customers ----------
-- 60,000 BG/NBD customers from r=0.25, alpha=4, a=0.8, b=2.5, T ~ U(26, 39).  Over six seeds
-- at 30,000 customers the estimates' standard deviations were 0.004, 0.10, 0.06, 0.26; at
-- 60,000 they shrink by sqrt(2), and the tolerances below are about 4 standard deviations.
SELECT setseed(0.42);
CREATE TABLE btyd_t.sim AS SELECT * FROM btyd_t.sim_bgnbd(60000, 0.25, 4, 0.8, 2.5, 26, 39);
SELECT setseed(0.42);
CREATE TABLE btyd_t.simgg AS SELECT * FROM btyd_t.sim_gg(40000, 6, 4, 15);
CREATE TABLE btyd_t.simfit AS SELECT (bgnbd_params(bgnbd_fit(x, tx, tt))).* FROM btyd_t.sim;
SELECT ok((SELECT converged FROM btyd_t.simfit), 'simulated BG/NBD fit converged');
SELECT ok((SELECT abs(r - 0.25) < 0.012 FROM btyd_t.simfit), 'r recovered within 0.012 of 0.25');
SELECT ok((SELECT abs(alpha - 4) < 0.3 FROM btyd_t.simfit), 'alpha recovered within 0.3 of 4');
SELECT ok((SELECT abs(a - 0.8) < 0.17 FROM btyd_t.simfit), 'a recovered within 0.17 of 0.8');
SELECT ok((SELECT abs(b - 2.5) < 0.75 FROM btyd_t.simfit), 'b recovered within 0.75 of 2.5');
-- Gamma-Gamma: 40,000 repeat buyers from p=6, q=4, v=15; six-seed SDs at 20,000 were 0.22, 0.05, 0.55
CREATE TABLE btyd_t.simggfit AS SELECT (gamma_gamma_params(gamma_gamma_fit(x, m))).* FROM btyd_t.simgg;
SELECT ok((SELECT converged AND abs(p - 6) < 0.65 AND abs(q - 4) < 0.15 AND abs(v - 15) < 1.6 FROM btyd_t.simggfit),
          'Gamma-Gamma p, q, v recovered within 0.65, 0.15, 1.6 of 6, 4, 15');
SELECT ok((SELECT (SELECT bgnbd_fit(x, tx, tt, 0.0)::text FROM btyd_t.sim) = (SELECT bgnbd_fit(x, tx, tt)::text FROM btyd_t.sim)),
          'penalizer 0 is the plain fit');
SELECT ok((SELECT p.a < f.a AND p.b < f.b FROM btyd_t.simfit f, (SELECT (bgnbd_params(bgnbd_fit(x, tx, tt, 0.1))).* FROM btyd_t.sim) p),
          'a penalizer shrinks the parameters');

-- ---------- non-convergence is flagged, never silent ----------
SET LOCAL client_min_messages = error;
SELECT is((SELECT (bgnbd_params(bgnbd_fit(0, 0, t))).converged FROM generate_series(1, 50) t), false,
          'no repeat buyer: the MLE does not exist, converged = false (with a WARNING)');
SET LOCAL client_min_messages = warning;

-- ---------- parallel aggregation equals serial ----------
CREATE TABLE btyd_t.tx AS
  SELECT g % 3000 AS cust, timestamp '2024-01-01' + (g * 7919 % 400) * interval '1 day' + (g % 24) * interval '1 hour' AS ts,
         ((g * 31) % 997 + 1) / 10.0 AS amount
  FROM generate_series(1, 120000) g;
ANALYZE btyd_t.sim; ANALYZE btyd_t.simgg; ANALYZE btyd_t.tx;
SET LOCAL max_parallel_workers_per_gather = 0;
SELECT bgnbd_fit(x, tx, tt)::text AS ser_bg FROM btyd_t.sim \gset
SELECT gamma_gamma_fit(x, m)::text AS ser_gg FROM btyd_t.simgg \gset
SELECT btyd_summary(ts, amount, '2025-03-01', '1 day', '7 days')::text AS ser_sum FROM btyd_t.tx \gset
SELECT string_agg(s::text, ';' ORDER BY cust) AS ser_grp FROM (SELECT cust, btyd_summary(ts, amount, '2025-03-01') s FROM btyd_t.tx GROUP BY cust) z \gset
SET LOCAL parallel_setup_cost = 0;
SET LOCAL parallel_tuple_cost = 0;
SET LOCAL min_parallel_table_scan_size = 0;
SET LOCAL max_parallel_workers_per_gather = 2;
SELECT ok(btyd_t.plan_is_partial('SELECT bgnbd_fit(x, tx, tt) FROM btyd_t.sim'), 'bgnbd_fit plan is a Partial Aggregate');
SELECT ok(btyd_t.plan_is_partial('SELECT gamma_gamma_fit(x, m) FROM btyd_t.simgg'), 'gamma_gamma_fit plan is a Partial Aggregate');
SELECT ok(btyd_t.plan_is_partial($$SELECT btyd_summary(ts, amount, '2025-03-01', '1 day', '7 days') FROM btyd_t.tx$$),
          'btyd_summary plan is a Partial Aggregate');
SELECT ok(btyd_t.plan_is_partial($$SELECT cust, btyd_summary(ts, amount, '2025-03-01') FROM btyd_t.tx GROUP BY cust$$),
          'grouped btyd_summary plan is a partial aggregate');
SELECT bgnbd_fit(x, tx, tt)::text AS par_bg FROM btyd_t.sim \gset
SELECT gamma_gamma_fit(x, m)::text AS par_gg FROM btyd_t.simgg \gset
SELECT btyd_summary(ts, amount, '2025-03-01', '1 day', '7 days')::text AS par_sum FROM btyd_t.tx \gset
SELECT string_agg(s::text, ';' ORDER BY cust) AS par_grp FROM (SELECT cust, btyd_summary(ts, amount, '2025-03-01') s FROM btyd_t.tx GROUP BY cust) z \gset
SELECT is(:'par_bg'::text, :'ser_bg'::text, 'parallel bgnbd_fit equals the serial model exactly');
SELECT is(:'par_gg'::text, :'ser_gg'::text, 'parallel gamma_gamma_fit equals the serial model exactly');
SELECT is(:'par_sum'::text, :'ser_sum'::text, 'parallel btyd_summary equals serial');
SELECT is(:'par_grp'::text, :'ser_grp'::text, 'parallel grouped btyd_summary equals serial');
RESET max_parallel_workers_per_gather;

-- ---------- errors ----------
SELECT throws_ok($$SELECT bgnbd_fit('NaN', 0, 1)$$, '22023', 'frequency must be a finite number', 'NaN frequency');
SELECT throws_ok($$SELECT bgnbd_fit(1, -1, 1)$$, '22023', 'recency must not be negative', 'negative recency');
SELECT throws_ok($$SELECT bgnbd_fit(1, 5, 4)$$, '22023', 'recency must not exceed t', 'recency > t');
SELECT throws_ok($$SELECT bgnbd_fit(0, 1, 4)$$, '22023', 'recency must be 0 when frequency is 0', 'frequency 0 with recency > 0');
SELECT throws_ok($$SELECT bgnbd_fit(1.5, 1, 4)$$, '22023', 'frequency must be a whole number', 'fractional frequency');
SELECT throws_ok($$SELECT bgnbd_fit(1, 1, 4, -0.1)$$, '22023', 'penalizer must not be negative', 'negative penalizer');
SELECT throws_ok($$SELECT bgnbd_p_alive(m, 1, 5, 4) FROM btyd_t.models$$, '22023', 'recency must not exceed t', 'p_alive checks its arguments');
SELECT throws_ok($$SELECT bgnbd_unconditional(m, -1) FROM btyd_t.models$$, '22023', 'horizon must not be negative', 'negative horizon');
SELECT throws_ok($$SELECT '(r=1, alpha=2, a=3)'::bgnbd_model$$, '22P02', 'invalid input syntax for type bgnbd_model: "(r=1, alpha=2, a=3)"', 'truncated model text');
SELECT throws_ok($$SELECT '(r=-1, alpha=2, a=3, b=4, log_likelihood=0, customers=0, iterations=0, converged=true)'::bgnbd_model$$, '22P02', NULL, 'negative r in model text');
SELECT throws_ok($$SELECT '(p=1, q=2, v=NaN, log_likelihood=0, customers=0, iterations=0, converged=true)'::gamma_gamma_model$$, '22P02', NULL, 'NaN v in gamma_gamma_model text');
SELECT throws_ok($$SELECT gamma_gamma_fit(2, 0)$$, '22023', 'monetary_value must be positive for a repeat buyer', 'zero spend of a repeat buyer');
SELECT throws_ok($$SELECT gamma_gamma_expected_spend('(p=1, q=0.5, v=2, log_likelihood=0, customers=0, iterations=0, converged=true)', 0, 0)$$,
                 '22023', 'the expected spend is infinite for this gamma_gamma_model', 'q <= 1 and no repeat purchase');
SELECT throws_ok($$SELECT btyd_summary(now(), 1, now(), '1 month')$$, '22023', 'period must not contain months or years', 'month periods are refused');
SELECT throws_ok($$SELECT btyd_summary(ts, 1, ts) FROM (VALUES (timestamp '2024-01-01'), ('2024-01-02')) v(ts)$$,
                 '22023', 'as_of must be the same in every row of a group', 'as_of varying within a group');
SELECT throws_ok($$SELECT btyd_summary(timestamp '2024-01-01', 'NaN', timestamp '2024-02-01')$$, '22023', 'amount must be a finite number', 'NaN amount');

SELECT * FROM finish();
ROLLBACK;
