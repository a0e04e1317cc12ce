-- Every error path of the funnel functions, with its SQLSTATE.
\set ON_ERROR_STOP 1
\set QUIET 1
SET client_min_messages = warning;
BEGIN;
SELECT plan(40);

SELECT throws_ok($q$SELECT window_funnel('1 hour', now(), VARIADIC array_fill(true, ARRAY[33]))$q$, '54000', $q$a funnel has at most 32 steps$q$);
SELECT throws_ok($q$SELECT window_funnel('1 hour', now(), VARIADIC ARRAY[]::bool[])$q$, '22023', $q$a funnel needs at least one step$q$);
SELECT throws_ok($q$SELECT window_funnel('1 hour', now(), VARIADIC ARRAY[[true, false]])$q$, '22023', $q$steps of window_funnel must be a one-dimensional array$q$);
SELECT throws_ok($q$SELECT window_funnel('1 month', now(), true)$q$, '22023', $q$window must not contain months or years$q$);
SELECT throws_ok($q$SELECT window_funnel('-1 hour', now(), true)$q$, '22023', $q$window must be zero or positive$q$);
SELECT throws_ok($q$SELECT window_funnel(NULL, now(), true)$q$, '22023', $q$window of window_funnel must not be NULL$q$);
SELECT throws_ok($q$SELECT window_funnel('1 hour', now(), 'strict_ordr', true)$q$, '22023', $q$unknown window_funnel mode "strict_ordr"$q$);
SELECT throws_ok($q$SELECT window_funnel('1 hour', now(), 'strict_order,,strict_increase', true)$q$, '22023', $q$invalid window_funnel mode "strict_order,,strict_increase"$q$);
SELECT throws_ok($q$SELECT window_funnel('1 hour', now(), 'allow_reentry', true)$q$, '22023', $q$window_funnel mode allow_reentry requires strict_order$q$);
SELECT throws_ok($q$SELECT window_funnel('1 hour', now(), 'strict', true)$q$, '22023', $q$unknown window_funnel mode "strict"$q$);
SELECT throws_ok($q$SELECT window_funnel('1 hour', now(), NULL::text, true)$q$, '22023', $q$mode of window_funnel must not be NULL$q$);
SELECT throws_ok($q$SELECT window_funnel('1 hour', now(), 'view', NULL::text[])$q$, '22023', $q$steps of window_funnel must not be NULL$q$);
SELECT throws_ok($q$SELECT window_funnel('1 hour', now(), 'view', '{}'::text[])$q$, '22023', $q$a funnel needs at least one step$q$);
SELECT throws_ok($q$SELECT window_funnel('1 hour', now(), 'view', array_fill('x'::text, ARRAY[33]))$q$, '54000', $q$a funnel has at most 32 steps$q$);
SELECT throws_ok($q$SELECT window_funnel('1 hour', now(), 'view', ARRAY[['a'], ['b']])$q$, '22023', $q$steps of window_funnel must be a one-dimensional array$q$);
SELECT throws_ok($q$SELECT window_funnel('1 hour', now(), 'view', ARRAY['a'], 'bogus')$q$, '22023', $q$unknown window_funnel mode "bogus"$q$);
SELECT throws_ok($q$SELECT window_funnel('1 hour', 'infinity'::timestamptz, true)$q$, '22008', $q$event time must be a finite timestamp$q$);
SELECT throws_ok($q$SELECT window_funnel('1 hour', '-infinity'::timestamp, 'strict_order', false)$q$, '22008', $q$event time must be a finite timestamp$q$);
SELECT throws_ok($q$SELECT funnel_detail('1 hour', now(), VARIADIC array_fill(true, ARRAY[40]))$q$, '54000', $q$a funnel has at most 32 steps$q$);
SELECT throws_ok($q$SELECT funnel_detail('1 day 1 month', now()::timestamp, 'e', ARRAY['e'])$q$, '22023', $q$window must not contain months or years$q$);
SELECT throws_ok($q$SELECT window_funnel('1 hour', t, VARIADIC s) FROM (VALUES (now(), ARRAY[true]), (now(), ARRAY[true, false])) AS v(t, s)$q$, '22023', $q$every row of a window_funnel group must have the same number of steps$q$);
SELECT throws_ok($q$SELECT window_funnel('1 hour', now(), e, s) FROM (VALUES ('a', ARRAY['a']), ('a', ARRAY['a', 'b'])) AS v(e, s)$q$, '22023', $q$every row of a window_funnel group must have the same number of steps$q$);
SELECT throws_ok($q$SELECT window_funnel(w, now(), true) FROM (VALUES (interval '1 hour'), (interval '2 hours')) AS v(w)$q$, '22023', $q$window of window_funnel must be the same in every row of a group$q$);
SELECT throws_ok($q$SELECT window_funnel('1 hour', now(), m, true) FROM (VALUES ('strict_order'), ('')) AS v(m)$q$, '22023', $q$mode of window_funnel must be the same in every row of a group$q$);
-- the same checks through the fixed-arity boolean forms and with non-constant arguments
SELECT throws_ok($q$SELECT window_funnel(NULL, now(), true, false)$q$, '22023', $q$window of window_funnel must not be NULL$q$);
SELECT throws_ok($q$SELECT funnel_detail('1 hour', now(), NULL::text, true, false, true)$q$, '22023', $q$mode of window_funnel must not be NULL$q$);
SELECT throws_ok($q$SELECT window_funnel(w, now(), true, false) FROM (VALUES (interval '1 hour'), (interval '60 minutes'), (interval '2 hours')) AS v(w)$q$, '22023', $q$window of window_funnel must be the same in every row of a group$q$);
SELECT throws_ok($q$SELECT window_funnel('1 hour', now(), m, true, false) FROM (VALUES ('strict_order'), ('strict_order'), ('')) AS v(m)$q$, '22023', $q$mode of window_funnel must be the same in every row of a group$q$);
SELECT throws_ok($q$SELECT window_funnel('1 hour', t, true, false) FROM (VALUES (now()), ('infinity'::timestamptz)) AS v(t)$q$, '22008', $q$event time must be a finite timestamp$q$);
SELECT throws_ok($q$SELECT funnel_counts(4, 3)$q$, '22023', $q$level of funnel_counts must be between 0 and nsteps$q$);
SELECT throws_ok($q$SELECT funnel_counts(-1, 3)$q$, '22023', $q$level of funnel_counts must be between 0 and nsteps$q$);
SELECT throws_ok($q$SELECT funnel_counts(0, 0)$q$, '22023', $q$nsteps of funnel_counts must be between 1 and 32$q$);
SELECT throws_ok($q$SELECT funnel_counts(0, 33)$q$, '22023', $q$nsteps of funnel_counts must be between 1 and 32$q$);
SELECT throws_ok($q$SELECT funnel_counts(1, n) FROM (VALUES (2), (3)) AS v(n)$q$, '22023', $q$every row of a funnel_counts group must have the same nsteps$q$);
SELECT throws_ok($q$SELECT * FROM funnel_report(ARRAY[1, NULL]::bigint[])$q$, '22023', $q$counts of funnel_report must not contain NULL$q$);
SELECT throws_ok($q$SELECT * FROM funnel_report(ARRAY[1, -1]::bigint[])$q$, '22023', $q$counts of funnel_report must not be negative$q$);
SELECT throws_ok($q$SELECT * FROM funnel_report(ARRAY[1, 1]::bigint[], ARRAY['a'])$q$, '22023', $q$funnel_report needs one label per step$q$);
SELECT throws_ok($q$SELECT * FROM funnel_report(ARRAY[[1, 1]]::bigint[])$q$, '22023', $q$counts of funnel_report must be a one-dimensional array$q$);
SELECT throws_ok($q$SELECT * FROM funnel_report(ARRAY[1]::bigint[], ARRAY[['a']])$q$, '22023', $q$labels of funnel_report must be a one-dimensional array$q$);

SELECT lives_ok($q$SELECT window_funnel('1 hour', t, 'strict_order, strict_deduplication, strict_increase', true) FROM (VALUES (now())) v(t)$q$, 'all three strict modes combine');

SELECT * FROM finish();
ROLLBACK;
