-- Bad input, part 1: every function and aggregate of the extension, NULL in every
-- argument position, empty groups and groups of only skipped rows, and the support
-- functions that SQL cannot call.  Coverage is checked against the catalog: a new
-- function of the extension without a sample call here fails the first test.
--
-- Each user-callable function has one valid sample call (bi_sample).  Aggregates run
-- over generate_series(1, 3) g(i).  For argument k the call is repeated with NULL in
-- that position (for an aggregate: on row 2 only) and the outcome must be the
-- documented one: a STRICT function gives NULL, an aggregate skips the row (its
-- result equals the result without row 2), and the listed exceptions raise their
-- documented error.
\set ON_ERROR_STOP 1
\set QUIET 1
-- the fits over three rows warn that they did not converge: not what is tested here
SET client_min_messages = error;
BEGIN;
SELECT plan(1531);

CREATE FUNCTION bi_try(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE r text;
BEGIN
  EXECUTE q INTO r;
  RETURN coalesce('= ' || r, 'NULL');
EXCEPTION WHEN OTHERS THEN
  RETURN 'ERROR ' || SQLSTATE || ': ' || SQLERRM;
END $$;

-- one valid sample call per user-callable function; aggregates run over
-- generate_series(1,3) g(i), their arguments may use i
CREATE TABLE bi_sample (fn regprocedure PRIMARY KEY, args text[] NOT NULL);
\set T '''2024-01-01 00:00+00''::timestamptz + i * ''1 hour''::interval'
\set L '''2024-01-01 00:00''::timestamp + i * ''1 hour''::interval'
\set D '''2024-01-01 00:00+00''::timestamptz + i * ''1 day''::interval'
\set DL '''2024-01-01 00:00''::timestamp + i * ''1 day''::interval'
\set A '''2024-02-01 00:00+00''::timestamptz'
\set AL '''2024-02-01 00:00''::timestamp'
\set RM '''version=1 bins=3 n=5 recency=[2,4] frequency=[4,8] monetary=[6,12] mean=[3,6,9] median=[3,6,9]''::rfm_model'
\set BG '''(r=3.1591383467490664, alpha=19.746839986218284, a=3.1861762399169542e-06, b=15922.668891007032, log_likelihood=-33.52591293541187, customers=7, iterations=53, converged=true)''::bgnbd_model'
\set GG '''(p=4.642898073431619, q=155840215411.48773, v=527888665527.74567, log_likelihood=-15.666015625, customers=5, iterations=157, converged=false)''::gamma_gamma_model'
INSERT INTO bi_sample VALUES
 ('rfm_agg(timestamptz,numeric,timestamptz)', ARRAY[:'T', '(10 * i)::numeric', :'A']),
 ('rfm_agg(timestamptz,float8,timestamptz)', ARRAY[:'T', '(10 * i)::float8', :'A']),
 ('rfm_model_in(cstring)', ARRAY['''version=1 bins=3 n=5 recency=[2,4] frequency=[4,8] monetary=[6,12] mean=[3,6,9] median=[3,6,9]''::cstring']),
 ('rfm_model_out(rfm_model)', ARRAY[:'RM']),
 ('rfm_model_send(rfm_model)', ARRAY[:'RM']),
 ('rfm_model(float8,float8,float8)', ARRAY['i::float8', '(2 * i)::float8', '(3 * i)::float8']),
 ('rfm_model(float8,float8,float8,integer)', ARRAY['i::float8', '(2 * i)::float8', '(3 * i)::float8', '3']),
 ('rfm_model_cuts(rfm_model,text)', ARRAY[:'RM', '''recency''']),
 ('rfm_model_mean(rfm_model,text)', ARRAY[:'RM', '''frequency''']),
 ('rfm_model_median(rfm_model,text)', ARRAY[:'RM', '''monetary''']),
 ('rfm_model_n(rfm_model)', ARRAY[:'RM']),
 ('rfm_model_bins(rfm_model)', ARRAY[:'RM']),
 ('rfm_score(rfm_model,float8,float8,float8)', ARRAY[:'RM', '3', '5', '7']),
 ('rfm_segment(integer,integer,integer,text)', ARRAY['5', '4', '3', '''en''']),
 ('rfm_class(rfm_model,float8,float8,float8,text,text)', ARRAY[:'RM', '3', '5', '7', '''en''', '''mean''']),
 ('window_funnel(interval,timestamptz,boolean[])', ARRAY['''1 day''::interval', :'T', 'VARIADIC ARRAY[i = 1, i = 2, i = 3]']),
 ('window_funnel(interval,timestamptz,text,boolean[])', ARRAY['''1 day''::interval', :'T', '''strict_order''', 'VARIADIC ARRAY[i = 1, i = 2, i = 3]']),
 ('window_funnel(interval,timestamptz,text,text[])', ARRAY['''1 day''::interval', :'T', '''e'' || i', 'ARRAY[''e1'', ''e2'', ''e3'']']),
 ('window_funnel(interval,timestamptz,text,text[],text)', ARRAY['''1 day''::interval', :'T', '''e'' || i', 'ARRAY[''e1'', ''e2'', ''e3'']', '''strict_order''']),
 ('window_funnel(interval,timestamp,boolean[])', ARRAY['''1 day''::interval', :'L', 'VARIADIC ARRAY[i = 1, i = 2, i = 3]']),
 ('window_funnel(interval,timestamp,text,boolean[])', ARRAY['''1 day''::interval', :'L', '''strict_order''', 'VARIADIC ARRAY[i = 1, i = 2, i = 3]']),
 ('window_funnel(interval,timestamp,text,text[])', ARRAY['''1 day''::interval', :'L', '''e'' || i', 'ARRAY[''e1'', ''e2'', ''e3'']']),
 ('window_funnel(interval,timestamp,text,text[],text)', ARRAY['''1 day''::interval', :'L', '''e'' || i', 'ARRAY[''e1'', ''e2'', ''e3'']', '''strict_order''']),
 ('funnel_detail(interval,timestamptz,boolean[])', ARRAY['''1 day''::interval', :'T', 'VARIADIC ARRAY[i = 1, i = 2, i = 3]']),
 ('funnel_detail(interval,timestamptz,text,boolean[])', ARRAY['''1 day''::interval', :'T', '''strict_order''', 'VARIADIC ARRAY[i = 1, i = 2, i = 3]']),
 ('funnel_detail(interval,timestamptz,text,text[])', ARRAY['''1 day''::interval', :'T', '''e'' || i', 'ARRAY[''e1'', ''e2'', ''e3'']']),
 ('funnel_detail(interval,timestamptz,text,text[],text)', ARRAY['''1 day''::interval', :'T', '''e'' || i', 'ARRAY[''e1'', ''e2'', ''e3'']', '''strict_order''']),
 ('funnel_detail(interval,timestamp,boolean[])', ARRAY['''1 day''::interval', :'L', 'VARIADIC ARRAY[i = 1, i = 2, i = 3]']),
 ('funnel_detail(interval,timestamp,text,boolean[])', ARRAY['''1 day''::interval', :'L', '''strict_order''', 'VARIADIC ARRAY[i = 1, i = 2, i = 3]']),
 ('funnel_detail(interval,timestamp,text,text[])', ARRAY['''1 day''::interval', :'L', '''e'' || i', 'ARRAY[''e1'', ''e2'', ''e3'']']),
 ('funnel_detail(interval,timestamp,text,text[],text)', ARRAY['''1 day''::interval', :'L', '''e'' || i', 'ARRAY[''e1'', ''e2'', ''e3'']', '''strict_order''']),
 ('funnel_counts_trans(bigint[],integer,integer)', ARRAY['''{}''::bigint[]', '1', '3']),
 ('funnel_counts_combine(bigint[],bigint[])', ARRAY['''{1,2,3,4}''::bigint[]', '''{4,3,2,1}''::bigint[]']),
 ('funnel_counts_final(bigint[])', ARRAY['''{1,2,3,4}''::bigint[]']),
 ('funnel_counts(integer,integer)', ARRAY['i - 1', '3']),
 ('funnel_report(bigint[],text[])', ARRAY['ARRAY[3, 2, 1]::bigint[]', 'ARRAY[''a'', ''b'', ''c'']']),
 ('retention(boolean[])', ARRAY['VARIADIC ARRAY[true, i = 2, i > 2]']),
 ('retention_sum_trans(bigint[],smallint[])', ARRAY['''{1,1}''::bigint[]', '''{1,0}''::smallint[]']),
 ('retention_sum_combine(bigint[],bigint[])', ARRAY['''{3,1}''::bigint[]', '''{2,2}''::bigint[]']),
 ('retention_sum(smallint[])', ARRAY['ARRAY[1, i % 2]::smallint[]']),
 ('retention_rates(bigint[])', ARRAY['''{4,2,1}''::bigint[]']),
 ('cohort_retention(timestamptz,text,integer)', ARRAY[:'D', '''month''', '3']),
 ('cohort_retention(timestamp,text,integer)', ARRAY[:'DL', '''month''', '3']),
 ('sequence_match(text,timestamptz,boolean[])', ARRAY['''(?1)(?1)(?2)''', :'T', 'VARIADIC ARRAY[i <= 2, i = 3]']),
 ('sequence_match(text,timestamp,boolean[])', ARRAY['''(?1)(?1)(?2)''', :'L', 'VARIADIC ARRAY[i <= 2, i = 3]']),
 ('sequence_count(text,timestamptz,boolean[])', ARRAY['''(?1)(?1)(?2)''', :'T', 'VARIADIC ARRAY[i <= 2, i = 3]']),
 ('sequence_count(text,timestamp,boolean[])', ARRAY['''(?1)(?1)(?2)''', :'L', 'VARIADIC ARRAY[i <= 2, i = 3]']),
 ('churn_signals(timestamptz,numeric,timestamptz)', ARRAY[:'T', '(10 * i)::numeric', :'A']),
 ('churn_signals(timestamptz,numeric,timestamptz,float8)', ARRAY[:'T', '(10 * i)::numeric', :'A', '2.0']),
 ('churn_signals(timestamptz,numeric,timestamptz,float8,float8)', ARRAY[:'T', '(10 * i)::numeric', :'A', '2.0', '0.5']),
 ('churn_signals(timestamptz,numeric,timestamptz,float8,float8,integer)', ARRAY[:'T', '(10 * i)::numeric', :'A', '2.0', '0.5', '2']),
 ('churn_flag(timestamptz,timestamptz,interval)', ARRAY['''2024-01-01 00:00+00''::timestamptz', :'A', '''30 days''::interval']),
 ('activity_drop(timestamptz,float8,timestamptz,interval)', ARRAY['''2024-01-31 00:00+00''::timestamptz - i * ''1 day''::interval', 'i::float8', :'A', '''2 days''::interval']),
 ('activity_drop(timestamptz,float8,timestamptz,interval,float8)', ARRAY['''2024-01-31 00:00+00''::timestamptz - i * ''1 day''::interval', 'i::float8', :'A', '''2 days''::interval', '0.5']),
 ('btyd_summary(timestamptz,numeric,timestamptz)', ARRAY[:'D', '(10 * i)::numeric', :'A']),
 ('btyd_summary(timestamptz,numeric,timestamptz,interval)', ARRAY[:'D', '(10 * i)::numeric', :'A', '''1 hour''::interval']),
 ('btyd_summary(timestamptz,numeric,timestamptz,interval,interval)', ARRAY[:'D', '(10 * i)::numeric', :'A', '''1 hour''::interval', '''1 day''::interval']),
 ('btyd_summary(timestamp,numeric,timestamp)', ARRAY[:'DL', '(10 * i)::numeric', :'AL']),
 ('btyd_summary(timestamp,numeric,timestamp,interval)', ARRAY[:'DL', '(10 * i)::numeric', :'AL', '''1 hour''::interval']),
 ('btyd_summary(timestamp,numeric,timestamp,interval,interval)', ARRAY[:'DL', '(10 * i)::numeric', :'AL', '''1 hour''::interval', '''1 day''::interval']),
 ('bgnbd_model_in(cstring)', ARRAY['''(r=1, alpha=2, a=0.5, b=3, log_likelihood=-10, customers=7, iterations=5, converged=true)''::cstring']),
 ('bgnbd_model_out(bgnbd_model)', ARRAY[:'BG']),
 ('bgnbd_fit(float8,float8,float8)', ARRAY['(i - 1)::float8', '(2 * i - 2)::float8', '10::float8']),
 ('bgnbd_fit(float8,float8,float8,float8)', ARRAY['(i - 1)::float8', '(2 * i - 2)::float8', '10::float8', '0.1']),
 ('bgnbd_params(bgnbd_model)', ARRAY[:'BG']),
 ('bgnbd_p_alive(bgnbd_model,float8,float8,float8)', ARRAY[:'BG', '2', '5', '10']),
 ('bgnbd_expected_purchases(bgnbd_model,float8,float8,float8,float8)', ARRAY[:'BG', '10', '2', '5', '10']),
 ('bgnbd_unconditional(bgnbd_model,float8)', ARRAY[:'BG', '10']),
 ('gamma_gamma_model_in(cstring)', ARRAY['''(p=4, q=3, v=20, log_likelihood=-15, customers=5, iterations=10, converged=true)''::cstring']),
 ('gamma_gamma_model_out(gamma_gamma_model)', ARRAY[:'GG']),
 ('gamma_gamma_fit(float8,float8)', ARRAY['i::float8', '(10 * i)::float8']),
 ('gamma_gamma_fit(float8,float8,float8)', ARRAY['i::float8', '(10 * i)::float8', '0.1']),
 ('gamma_gamma_params(gamma_gamma_model)', ARRAY[:'GG']),
 ('gamma_gamma_expected_spend(gamma_gamma_model,float8,float8)', ARRAY[:'GG', '2', '20']),
 ('customer_lifetime_value(bgnbd_model,gamma_gamma_model,float8,float8,float8,float8,integer,float8,float8)',
   ARRAY[:'BG', :'GG', '2', '5', '10', '20', '12', '0.01', '30']);

-- the fixed-arity boolean-step forms of window_funnel and funnel_detail (2 to 8 steps)
INSERT INTO bi_sample
SELECT p.oid::regprocedure,
       ARRAY['''1 day''::interval', CASE WHEN p.proargtypes[1] = 'timestamptz'::regtype THEN :'T' ELSE :'L' END]
       || CASE WHEN p.proargtypes[2] = 'text'::regtype THEN ARRAY['''strict_order'''] ELSE '{}'::text[] END
       || (SELECT array_agg(format('i = %s', k) ORDER BY k)
             FROM generate_series(1, p.pronargs - 2 - (p.proargtypes[2] = 'text'::regtype)::int) k)
FROM pg_proc p
WHERE p.proname IN ('window_funnel', 'funnel_detail') AND p.prokind = 'a' AND p.provariadic = 0
  AND p.proargtypes[p.pronargs - 1] = 'boolean'::regtype
  AND p.pronamespace = (SELECT extnamespace FROM pg_extension WHERE extname = 'customer_analytics');

-- the fixed-arity forms of sequence_match / sequence_count and retention (1 to 8 conditions)
INSERT INTO bi_sample
SELECT p.oid::regprocedure,
       CASE WHEN p.proname = 'retention' THEN '{}'::text[]
            ELSE ARRAY[CASE WHEN p.pronargs = 3 THEN '''(?1)(?1)''' ELSE '''(?1)(?1)(?2)''' END,
                       CASE WHEN p.proargtypes[1] = 'timestamptz'::regtype THEN :'T' ELSE :'L' END] END
       || (SELECT array_agg(CASE k WHEN 1 THEN 'i <= 2' WHEN 2 THEN 'i = 3' ELSE format('i > %s', k - 2) END ORDER BY k)
             FROM generate_series(1, p.pronargs - CASE WHEN p.proname = 'retention' THEN 0 ELSE 2 END) k)
FROM pg_proc p
WHERE p.proname IN ('sequence_match', 'sequence_count', 'retention') AND p.prokind = 'a' AND p.provariadic = 0
  AND p.pronamespace = (SELECT extnamespace FROM pg_extension WHERE extname = 'customer_analytics');

-- the sample call of fn, with argument k (1-based, 0 = none) replaced
CREATE FUNCTION bi_call(s bi_sample, k int, how text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  a text[] := s.args;
  isagg bool := (SELECT prokind = 'a' FROM pg_proc WHERE oid = s.fn);
  name text := (SELECT proname FROM pg_proc WHERE oid = s.fn);
  typ text;
  v text;
  tail text := '';
BEGIN
  IF how = 'row' AND NOT isagg THEN how := 'null'; END IF;
  IF k > 0 AND how <> 'without' THEN
    typ := format_type((SELECT proargtypes[k - 1] FROM pg_proc WHERE oid = s.fn), NULL);
    v := a[k];
    IF v LIKE 'VARIADIC %' THEN
      v := substr(v, 10);
      a[k] := 'VARIADIC ' || CASE how WHEN 'row' THEN format('CASE WHEN i = 2 THEN NULL ELSE %s END', v) ELSE format('NULL::%s', typ) END;
    ELSE
      a[k] := CASE how WHEN 'row' THEN format('CASE WHEN i = 2 THEN NULL ELSE %s END', v)
                       WHEN 'false' THEN format('CASE WHEN i = 2 THEN false ELSE %s END', v)
                       ELSE format('NULL::%s', typ) END;
    END IF;
  END IF;
  IF how = 'without' THEN tail := ' WHERE i <> 2'; END IF;
  IF name = 'funnel_report' THEN
    RETURN format('SELECT array_agg(r::text ORDER BY step)::text FROM funnel_report(%s) r', array_to_string(a, ', '));
  ELSIF isagg THEN
    RETURN format('SELECT %s(%s)::text FROM generate_series(1, 3) g(i)%s', name, array_to_string(a, ', '), tail);
  ELSE
    RETURN format('SELECT %s(%s)::text', name, array_to_string(a, ', '));
  END IF;
END $$;

-- the extension's functions
CREATE TABLE bi_ext AS
SELECT p.oid::regprocedure AS fn, p.proname::text AS name, p.prokind, p.proisstrict,
       'internal'::regtype = ANY (p.proargtypes) AS takes_internal
FROM pg_depend d JOIN pg_proc p ON p.oid = d.objid
WHERE d.classid = 'pg_proc'::regclass AND d.refclassid = 'pg_extension'::regclass
  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'customer_analytics')
  AND d.deptype = 'e';

-- support functions taking internal: SQL cannot call them (no value of type internal
-- can be written), so they are covered by checking exactly that
CREATE TABLE bi_internal AS SELECT fn FROM bi_ext WHERE takes_internal;

-- the documented outcome of the sample call of fn with NULL in argument k
CREATE FUNCTION bi_null_expect(f regprocedure, k int) RETURNS text LANGUAGE sql AS $$
SELECT CASE
  WHEN e.name IN ('window_funnel', 'funnel_detail') AND a IN ('window', 'mode', 'steps')
    THEN format('ERROR 22023: %s of window_funnel must not be NULL', a)
  WHEN e.name IN ('sequence_match', 'sequence_count') AND a = 'pattern'
    THEN 'ERROR 22023: sequence pattern must not be null'
  WHEN e.name IN ('churn_signals', 'activity_drop') AND a NOT IN ('ts', 'amount', 'value')
    THEN format('ERROR 22004: %s must not be NULL', a)
  WHEN e.name = 'rfm_model' AND a = 'bins' THEN 'ERROR 22023: rfm_model bins must not be NULL'
  WHEN e.name = 'cohort_retention' AND a IN ('unit', 'periods')
    THEN format('ERROR 22023: cohort_retention %s must not be NULL', a)
  WHEN e.name IN ('bgnbd_fit', 'gamma_gamma_fit') AND a = 'penalizer'
    THEN 'ERROR 22023: penalizer must not be NULL'
  WHEN e.name = 'retention_sum_trans'
    THEN 'ERROR 0A000: retention_sum_trans called in non-aggregate context'
  -- funnel_report (not STRICT): NULL counts give no rows; NULL labels give "step N"
  WHEN e.name = 'funnel_report' AND k = 1 THEN 'NULL'
  WHEN e.name = 'funnel_report' AND k = 2 THEN
    '= {"(1,\"step 1\",3,,1,,████████████████████████████████████████)","(2,\"step 2\",2,0.6667,0.6667,1,██████████████████████████▋)","(3,\"step 3\",1,0.5,0.3333,1,█████████████▍)"}'
  -- the fixed-arity boolean-step forms: a NULL condition is false, as in the VARIADIC form
  WHEN e.name IN ('window_funnel', 'funnel_detail') AND a ~ '^step[0-9]+$' THEN 'false'
  WHEN e.name IN ('sequence_match', 'sequence_count', 'retention') AND a ~ '^cond[0-9]+$' THEN 'false'
  WHEN e.prokind = 'a' THEN 'skip'
  WHEN e.proisstrict THEN 'NULL'
  ELSE 'undocumented'
END
FROM bi_ext e, LATERAL (SELECT (p.proargnames)[k] AS a FROM pg_proc p WHERE p.oid = e.fn) n
WHERE e.fn = f $$;

-- the documented result over no rows
CREATE FUNCTION bi_empty_expect(name text) RETURNS text LANGUAGE sql AS $$
SELECT CASE name
  WHEN 'window_funnel' THEN '= 0'
  WHEN 'funnel_detail' THEN '= (0,{})'
  WHEN 'sequence_match' THEN '= false'
  WHEN 'sequence_count' THEN '= 0'
  WHEN 'churn_signals' THEN '= (0,,,,,,,,f,f,none)'
  WHEN 'activity_drop' THEN '= (0,0,,f,0,0)'
  ELSE 'NULL' END $$;

CREATE FUNCTION bi_alive(what text) RETURNS text LANGUAGE sql AS $$
SELECT ok((SELECT count(*) FROM pg_stat_activity WHERE pid = pg_backend_pid()) = 1,
          'server alive after ' || what) $$;

-- ---------- coverage ----------

SELECT set_eq(
  $$SELECT fn FROM bi_sample UNION ALL SELECT fn FROM bi_internal$$,
  $$SELECT fn FROM bi_ext$$,
  'every function and aggregate of the extension has a sample call or is a support function taking internal');

-- ---------- the sample calls themselves ----------

SELECT ok(bi_try(bi_call(s, 0, '')) LIKE '= %', 'sample call works: ' || s.fn::text)
FROM bi_sample s JOIN bi_ext e USING (fn)
WHERE e.name NOT IN ('funnel_counts_trans', 'funnel_counts_combine', 'retention_sum_trans', 'retention_sum_combine')
ORDER BY s.fn::text;

-- transition and combine functions over plain array types can be called, but only
-- an aggregate may call them (0A000, not an internal error)
SELECT is(bi_try(bi_call(s, 0, '')),
          format('ERROR 0A000: %s called in non-aggregate context', e.name),
          'called outside an aggregate: ' || s.fn::text)
FROM bi_sample s JOIN bi_ext e USING (fn)
WHERE e.name IN ('funnel_counts_trans', 'funnel_counts_combine', 'retention_sum_trans', 'retention_sum_combine')
ORDER BY s.fn::text;
SELECT bi_alive('the sample calls');

-- ---------- NULL in every argument position ----------

SELECT is(CASE WHEN x.expect = 'skip' AND x.got = bi_try(bi_call(s, 0, 'without')) THEN 'skip'
               WHEN x.expect = 'false' AND x.got = bi_try(bi_call(s, k, 'false')) THEN 'false'
               ELSE x.got END,
          x.expect,
          format('NULL argument %s of %s', k, s.fn))
FROM bi_sample s JOIN pg_proc p ON p.oid = s.fn,
     generate_series(1, p.pronargs) k,
     LATERAL (SELECT bi_try(bi_call(s, k, 'row')) AS got, bi_null_expect(s.fn, k) AS expect) x
ORDER BY s.fn::text, k;
SELECT bi_alive('NULL arguments');

-- ---------- empty groups, and groups whose rows are all skipped ----------

SELECT is(bi_try(replace(bi_call(s, 0, ''), 'g(i)', 'g(i) WHERE false')), bi_empty_expect(e.name),
          'no rows: ' || s.fn::text)
FROM bi_sample s JOIN bi_ext e USING (fn)
WHERE e.prokind = 'a'
ORDER BY s.fn::text;

SELECT is(bi_try(bi_call(s, k, 'null')), bi_empty_expect(e.name),
          format('NULL argument %s on every row: %s', k, s.fn))
FROM bi_sample s JOIN bi_ext e USING (fn) JOIN pg_proc p ON p.oid = s.fn,
     generate_series(1, p.pronargs) k
WHERE e.prokind = 'a' AND bi_null_expect(s.fn, k) = 'skip'
ORDER BY s.fn::text, k;
SELECT bi_alive('empty groups');

-- ---------- support functions taking internal ----------

-- PostgreSQL 14 and later refuse the cast (42846), 13 the value (0A000)
SELECT throws_matching(
  format('SELECT %I(%s)', e.name,
         (SELECT string_agg(format('NULL::%s', format_type(t, NULL)), ', ' ORDER BY o)
          FROM unnest(p.proargtypes::oid[]) WITH ORDINALITY u(t, o))),
  '^(cannot cast type unknown to internal|cannot accept a value of type internal)$',
  'not callable from SQL: ' || e.fn::text)
FROM bi_ext e JOIN pg_proc p ON p.oid = e.fn
WHERE e.takes_internal
ORDER BY e.fn::text;
SELECT bi_alive('support functions');

SELECT * FROM finish();
ROLLBACK;
