-- Interrupts and limits: statement_timeout fires inside the extension's long loops
-- (model fitting, the CLV sum over months, pattern compilation, big single-user
-- groups) and the session stays usable; requests for more than the limits allow are
-- refused with 54000 / 22023, not a crash.  The inputs make the work take minutes, far
-- longer than the timeout, so the timeout certainly fires; nothing here is timed.
-- (Cancelling a running query from a second session: test/concurrency/run.sh.)
\set ON_ERROR_STOP 1
\set QUIET 1
SET client_min_messages = warning;
BEGIN;
SELECT plan(18);

-- throws_ok cannot see a cancel (PL/pgSQL's WHEN OTHERS excludes query_canceled)
CREATE FUNCTION ir_cancelled(q text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE q;
  RETURN 'completed';
EXCEPTION WHEN query_canceled THEN
  RETURN SQLSTATE || ': ' || SQLERRM;
END $$;

-- 100,000 customers, 95,053 distinct histories: the fit takes well over a minute
CREATE TABLE ir_hist AS
SELECT f::float8 AS f, CASE WHEN f = 0 THEN 0 ELSE (i % 97) / 97.0 * t END::float8 AS r, t::float8 AS t
FROM generate_series(1, 100000) i, LATERAL (SELECT i % 20 AS f, 50 + i % 53 AS t) x;

SET LOCAL statement_timeout = '1s';
SELECT is(ir_cancelled($$SELECT bgnbd_fit(f, r, t) FROM ir_hist$$),
  '57014: canceling statement due to statement timeout', 'statement_timeout fires inside bgnbd_fit');
SELECT is((SELECT count(*) FROM ir_hist), 100000::bigint, 'the session is usable after the timeout in bgnbd_fit');

-- the CLV sum over 2^31 - 1 months (about half a day of work)
SELECT is(ir_cancelled($$SELECT customer_lifetime_value(
    '(r=0.24, alpha=4.41, a=0.79, b=2.43, log_likelihood=-9582.43, customers=2357, iterations=30, converged=true)',
    '(p=6.25, q=3.74, v=15.45, log_likelihood=-4020.5, customers=946, iterations=20, converged=true)',
    2, 30.43, 38.86, 22.35, 2147483647, 0.01, 4.345)$$),
  '57014: canceling statement due to statement timeout', 'statement_timeout fires inside customer_lifetime_value');
SELECT is(customer_lifetime_value(
    '(r=0.24, alpha=4.41, a=0.79, b=2.43, log_likelihood=-9582.43, customers=2357, iterations=30, converged=true)',
    '(p=6.25, q=3.74, v=15.45, log_likelihood=-4020.5, customers=946, iterations=20, converged=true)',
    2, 30.43, 38.86, 22.35, 0, 0.01, 4.345), 0::float8, 'the session is usable after the timeout in customer_lifetime_value');

-- a pattern of 400,000 elements over 200,000 events: O(elements x events) = 8e10 steps
SELECT is(ir_cancelled($$SELECT sequence_count(repeat('.*(?1)', 200000) || '(?t<=1)(?1)', now() + i * interval '1 s', true) FROM generate_series(1, 200000) i$$),
  '57014: canceling statement due to statement timeout', 'statement_timeout fires inside the sequence matcher with a huge pattern');
SELECT is(sequence_count('(?1)', now(), true), 1::bigint, 'the session is usable after the timeout in sequence_count');

-- one user with 20,000,000 events: window_funnel, funnel_detail and sequence_count over one group
SELECT is(ir_cancelled($$SELECT window_funnel('1 hour', t, i % 3 = 0, i % 3 = 1, i % 3 = 2)
    FROM (SELECT i, '2024-01-01'::timestamptz + i * interval '1 ms' t FROM generate_series(1, 20000000) i) s$$),
  '57014: canceling statement due to statement timeout', 'statement_timeout fires in window_funnel over one huge group');
SELECT is(ir_cancelled($$SELECT funnel_detail('1 hour', t, i % 3 = 0, i % 3 = 1, i % 3 = 2)
    FROM (SELECT i, '2024-01-01'::timestamptz + i * interval '1 ms' t FROM generate_series(1, 20000000) i) s$$),
  '57014: canceling statement due to statement timeout', 'statement_timeout fires in funnel_detail over one huge group');
SELECT is(ir_cancelled($$SELECT sequence_count('(?1).*(?t<=3600)(?2).*(?3)', t, i % 3 = 0, i % 3 = 1, i % 3 = 2)
    FROM (SELECT i, '2024-01-01'::timestamptz + i * interval '1 ms' t FROM generate_series(1, 20000000) i) s$$),
  '57014: canceling statement due to statement timeout', 'statement_timeout fires in sequence_count over one huge group');
SELECT is(window_funnel('1 hour', now(), true), 1, 'the session is usable after the timeouts in the event aggregates');
RESET statement_timeout;

-- ---------- limits: refused with an error, never an allocation beyond MaxAllocSize ----------

SELECT throws_ok($$SELECT 'version=1 bins=1000000000 n=5 recency=[2,4] frequency=[4,8] monetary=[6,12] mean=[3,6,9] median=[3,6,9]'::rfm_model$$,
  '22P02', NULL, 'rfm_model text claiming a billion bins is refused before allocating');
SELECT throws_ok($$SELECT 'version=1 bins=3 n=99999999999999999999 recency=[2,4] frequency=[4,8] monetary=[6,12] mean=[3,6,9] median=[3,6,9]'::rfm_model$$,
  '22P02', NULL, 'rfm_model text claiming more customers than a bigint holds is refused');
SELECT throws_ok($$SELECT window_funnel('1 day', now(), VARIADIC array_fill(true, ARRAY[10000000]))$$,
  '54000', 'a funnel has at most 32 steps', 'ten million funnel steps: 54000');
SELECT throws_ok($$SELECT window_funnel('1 day', now(), 'a', array_fill('a'::text, ARRAY[1000000]))$$,
  '54000', 'a funnel has at most 32 steps', 'a million funnel step names: 54000');
SELECT throws_ok($$SELECT retention(VARIADIC array_fill(true, ARRAY[10000000]))$$,
  '54000', 'retention accepts at most 32 conditions', 'ten million retention conditions: 54000');
SELECT throws_ok($$SELECT sequence_match('(?1)', now(), VARIADIC array_fill(true, ARRAY[10000000]))$$,
  '54000', 'sequence_match/sequence_count accepts at most 32 conditions', 'ten million sequence conditions: 54000');
SELECT throws_ok($$SELECT funnel_counts(1, 2147483647)$$,
  '22023', 'nsteps of funnel_counts must be between 1 and 32', 'funnel_counts with 2^31 - 1 steps: 22023');
SELECT is((SELECT count(*) FROM funnel_report(array_fill(1::bigint, ARRAY[200000]), array_fill(repeat('步', 100), ARRAY[200000]))),
  200000::bigint, 'funnel_report over 200,000 steps with long labels works');

SELECT * FROM finish();
ROLLBACK;
