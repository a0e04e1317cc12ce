-- sequence_match / sequence_count: properties against independent oracles
-- (a PostgreSQL regular expression over event symbols for patterns without
-- time constraints; a PL/pgSQL port of ClickHouse's backtracking matcher for
-- all patterns), ties, exact time boundaries, parallel plans, every error.
\set ON_ERROR_STOP 1
\set QUIET 1
SET client_min_messages = warning;
BEGIN;
SELECT plan(42);

-- ---------- oracle 2: ClickHouse's backtracking loop, step by step ----------
-- typ: '*' star, 'E' event (arg = condition bit), '.' any, 'LE','LT','GE','GT','EQ' (arg = usec)
CREATE FUNCTION pg_temp.ch_parse(p text, OUT typ text[], OUT arg bigint[]) LANGUAGE plpgsql AS $f$
DECLARE m text[];
BEGIN
  typ := ARRAY['*']; arg := ARRAY[0::bigint];
  FOR m IN SELECT regexp_matches(p, '\(\?t(<=|<|>=|>|==)([0-9]+)\)|\(\?([0-9]+)\)|(\.\*)|(\.)', 'g') LOOP
    IF m[1] IS NOT NULL THEN
      typ := typ || CASE m[1] WHEN '<=' THEN 'LE' WHEN '<' THEN 'LT' WHEN '>=' THEN 'GE' WHEN '>' THEN 'GT' ELSE 'EQ' END;
      arg := arg || (m[2]::bigint * 1000000);
    ELSIF m[3] IS NOT NULL THEN typ := typ || 'E'::text; arg := arg || (m[3]::bigint - 1);
    ELSIF m[4] IS NOT NULL THEN typ := typ || '*'::text; arg := arg || 0::bigint;
    ELSE typ := typ || '.'::text; arg := arg || 0::bigint;
    END IF;
  END LOOP;
END $f$;

CREATE FUNCTION pg_temp.ch_bt(typ text[], arg bigint[], ts bigint[], mk int[], start int, OUT ok bool, OUT endpos int)
LANGUAGE plpgsql AS $f$
DECLARE
  m int := array_length(typ, 1); n int := coalesce(array_length(ts, 1), 0);
  a int := 1; e int := start; b int := start;
  sa int[] := '{}'; se int[] := '{}'; sb int[] := '{}'; sp int := 0;
  d bigint; c bool; fail bool; back bool;
BEGIN
  WHILE a <= m AND e <= n LOOP
    d := ts[e] - ts[b];
    back := false; fail := false;
    CASE typ[a]
      WHEN 'E' THEN IF (mk[e] >> arg[a]::int) & 1 = 1 THEN b := e; a := a + 1; e := e + 1; ELSE back := true; END IF;
      WHEN '.' THEN b := e; a := a + 1; e := e + 1;
      WHEN '*' THEN sp := sp + 1; sa[sp] := a; se[sp] := e; sb[sp] := b; b := e; a := a + 1;
      WHEN 'LE', 'LT' THEN
        c := CASE typ[a] WHEN 'LE' THEN d <= arg[a] ELSE d < arg[a] END;
        IF c THEN sp := sp + 1; sa[sp] := a; se[sp] := e; sb[sp] := b; b := e; a := a + 1; ELSE back := true; END IF;
      ELSE
        c := CASE typ[a] WHEN 'GE' THEN d >= arg[a] WHEN 'GT' THEN d > arg[a] ELSE d = arg[a] END;
        IF c THEN sp := sp + 1; sa[sp] := a; se[sp] := e; sb[sp] := b; b := e; a := a + 1;
        ELSE e := e + 1; IF e = n + 1 THEN back := true; END IF;
        END IF;
    END CASE;
    IF back THEN
      fail := true;
      WHILE sp > 0 LOOP
        a := sa[sp]; e := se[sp] + 1; b := sb[sp]; sp := sp - 1;
        IF e <> n + 1 THEN fail := false; EXIT; END IF;
      END LOOP;
      EXIT WHEN fail;
    END IF;
  END LOOP;
  WHILE a <= m AND (typ[a] IN ('*', 'LE', 'LT') OR (typ[a] = 'GE' AND arg[a] = 0)) LOOP a := a + 1; END LOOP;
  IF e = start THEN e := e + 1; END IF;
  ok := a > m; endpos := e;
END $f$;

CREATE FUNCTION pg_temp.ch_match(p text, ts bigint[], mk int[]) RETURNS bool LANGUAGE sql AS $f$
  SELECT (pg_temp.ch_bt(q.typ, q.arg, ts, mk, 1)).ok FROM pg_temp.ch_parse(p) q
$f$;

CREATE FUNCTION pg_temp.ch_count(p text, ts bigint[], mk int[]) RETURNS bigint LANGUAGE plpgsql AS $f$
DECLARE q record; r record; e int := 1; c bigint := 0; n int := coalesce(array_length(ts, 1), 0);
BEGIN
  SELECT * INTO q FROM pg_temp.ch_parse(p);
  WHILE e <= n LOOP
    r := pg_temp.ch_bt(q.typ, q.arg, ts, mk, e);
    EXIT WHEN NOT r.ok;
    c := c + 1; e := r.endpos;
  END LOOP;
  RETURN c;
END $f$;

-- ---------- generated cases ----------
SELECT setseed(0.2718);
CREATE TEMP TABLE atoms (k int, a text, timed bool);
INSERT INTO atoms VALUES (0, '(?1)', false), (1, '(?2)', false), (2, '(?3)', false), (3, '.', false), (4, '.*', false),
  (5, '(?t<=2)', true), (6, '(?t<2)', true), (7, '(?t>=2)', true), (8, '(?t>2)', true), (9, '(?t==2)', true),
  (10, '(?t>=0)', true), (11, '(?t==0)', true), (12, '(?t<=0)', true), (13, '(?t>1)', true), (14, '(?t<3)', true);

-- 8000 cases: odd ids use only untimed atoms, even ids may use time constraints
CREATE TEMP TABLE cases AS
SELECT id, string_agg(a.a, '' ORDER BY j) AS pattern
FROM (SELECT id, j, floor(random() * CASE WHEN id % 2 = 1 THEN 5 ELSE 15 END)::int AS k
      FROM generate_series(1, 8000) id, LATERAL generate_series(1, 1 + (id * 31) % 5) j) s
JOIN atoms a USING (k) GROUP BY id;
-- a time constraint may not follow another one
DELETE FROM cases WHERE pattern ~ '\(\?t[^)]*\)\(\?t';

-- 1-12 events per case, times 0-2 s apart (ties and exact boundaries), conditions with NULLs
CREATE TEMP TABLE ev AS
SELECT id, timestamptz '2024-03-01 08:00:00+00' + make_interval(secs => sum(step) OVER (PARTITION BY id ORDER BY j)) AS ts,
       c1, c2, c3
FROM (SELECT id, j, floor(random() * 3)::int AS step,
             CASE WHEN random() < 0.05 THEN NULL ELSE random() < 0.4 END AS c1,
             CASE WHEN random() < 0.05 THEN NULL ELSE random() < 0.35 END AS c2,
             random() < 0.25 AS c3
      FROM cases, LATERAL generate_series(1, 1 + (id * 7) % 12) j) s;

-- what the oracles see: events where some condition holds, ordered by (time, mask)
CREATE TEMP VIEW ev_stream AS
SELECT id, array_agg(((extract(epoch FROM ts) * 1000000)::bigint) ORDER BY ts, mask) AS tsa,
       array_agg(mask ORDER BY ts, mask) AS mka,
       string_agg(chr(64 + mask), '' ORDER BY ts, mask) AS sym
FROM (SELECT id, ts, (coalesce(c1, false)::int | (coalesce(c2, false)::int << 1) | (c3::int << 2)) AS mask FROM ev) s
WHERE mask <> 0 GROUP BY id;

CREATE TEMP TABLE got AS
SELECT id, pattern, sequence_match(pattern, ts, c1, c2, c3) AS m, sequence_count(pattern, ts, c1, c2, c3) AS c,
       sequence_match(pattern, ts::timestamp, c1, c2, c3) AS m_ts, sequence_count(pattern, ts::timestamp, c1, c2, c3) AS c_ts
FROM cases JOIN ev USING (id) GROUP BY id, pattern;

CREATE TEMP TABLE want AS
SELECT id, pattern, coalesce(s.sym, '') AS sym,
       pg_temp.ch_match(pattern, coalesce(s.tsa, '{}'), coalesce(s.mka, '{}')) AS m,
       pg_temp.ch_count(pattern, coalesce(s.tsa, '{}'), coalesce(s.mka, '{}')) AS c,
       pattern !~ 't' AS untimed,
       -- pattern as a regular expression over event symbols: chr(64 + mask)
       replace(replace(replace(regexp_replace(pattern, '\.\*', '.*?', 'g'),
               '(?1)', '[ACEG]'), '(?2)', '[BCFG]'), '(?3)', '[DEFG]') AS re,
       regexp_replace(pattern, '\.\*|\(\?t[^)]*\)', '', 'g') <> '' AS has_atom
FROM cases LEFT JOIN ev_stream s USING (id);

SELECT cmp_ok((SELECT count(*) FROM got), '>=', 5000::bigint, 'over 5000 random event streams and patterns');
SELECT cmp_ok((SELECT count(*) FROM want WHERE NOT untimed), '>=', 1400::bigint, 'over 1400 of them with time constraints');
SELECT ok((SELECT count(*) FILTER (WHERE m) > 500 AND count(*) FILTER (WHERE NOT m) > 500 AND count(*) FILTER (WHERE c >= 2) > 100 FROM want),
          'the cases mix matches, non-matches and repeated matches');

SELECT is_empty($$
  SELECT g.id, g.pattern, w.sym FROM got g JOIN want w USING (id)
  WHERE w.untimed AND w.has_atom AND g.m IS DISTINCT FROM (w.sym ~ w.re)
$$, 'untimed patterns: sequence_match equals a regular-expression search over the event symbols');

SELECT is_empty($$
  SELECT g.id, g.pattern, w.sym, g.c FROM got g JOIN want w USING (id)
  WHERE w.untimed AND w.has_atom AND g.c IS DISTINCT FROM (SELECT count(*) FROM regexp_matches(w.sym, w.re, 'g'))
$$, 'untimed patterns: sequence_count equals the number of non-overlapping shortest regular-expression matches');

SELECT is_empty($$
  SELECT g.id, g.pattern, w.sym, g.m, w.m FROM got g JOIN want w USING (id) WHERE NOT w.untimed AND g.m IS DISTINCT FROM w.m
$$, 'timed patterns: sequence_match equals the PL/pgSQL port of ClickHouse''s backtracking matcher');

SELECT is_empty($$
  SELECT g.id, g.pattern, w.sym, g.c, w.c FROM got g JOIN want w USING (id) WHERE g.c IS DISTINCT FROM w.c
$$, 'all patterns: sequence_count equals the PL/pgSQL port of ClickHouse''s backtracking count');

SELECT is_empty($$ SELECT id FROM got WHERE m IS DISTINCT FROM m_ts OR c IS DISTINCT FROM c_ts $$,
                'timestamp and timestamptz overloads agree');

-- ---------- fixed-arity forms ----------
\ir include/plan.sql
-- Separate boolean arguments (1 to 8) resolve to the non-VARIADIC overloads, which the
-- oracle tests above ran through; here they are tied to the VARIADIC bool[] form, which an
-- explicit VARIADIC ARRAY[...] reaches, on every case, for every arity, both time types.
-- Conditions 4..8 are pseudo-random functions of the row, so they change which events are
-- stored (what "." and ".*" count).
CREATE FUNCTION pg_temp.seq_arity_diffs(n int) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE conds text; r bigint;
BEGIN
  SELECT string_agg(CASE WHEN k <= 3 THEN 'c' || k
                         ELSE format('(id * %s + extract(epoch FROM ts)::bigint) %% 7 = 0', k) END, ', ' ORDER BY k)
    INTO conds FROM generate_series(1, n) k;
  EXECUTE format($f$
    SELECT count(*) FROM (
      SELECT id,
             sequence_match(pattern, ts, %1$s) AS ma, sequence_match(pattern, ts, VARIADIC ARRAY[%1$s]) AS mb,
             sequence_count(pattern, ts, %1$s) AS ca, sequence_count(pattern, ts, VARIADIC ARRAY[%1$s]) AS cb,
             sequence_match(pattern, ts::timestamp, %1$s) AS tma, sequence_match(pattern, ts::timestamp, VARIADIC ARRAY[%1$s]) AS tmb,
             sequence_count(pattern, ts::timestamp, %1$s) AS tca, sequence_count(pattern, ts::timestamp, VARIADIC ARRAY[%1$s]) AS tcb
      FROM cases JOIN ev USING (id)
      WHERE pattern !~ %2$L
      GROUP BY id, pattern) x
    WHERE ma IS DISTINCT FROM mb OR ca IS DISTINCT FROM cb OR tma IS DISTINCT FROM tmb OR tca IS DISTINCT FROM tcb
       OR ma IS DISTINCT FROM tma OR ca IS DISTINCT FROM tca$f$,
    conds, CASE WHEN n >= 3 THEN '^$x' ELSE format('\(\?[%s-9]\)', n + 1) END) INTO r;
  RETURN r;
END $$;
SELECT is((SELECT sum(pg_temp.seq_arity_diffs(n)) FROM generate_series(1, 8) n), 0::numeric,
          'fixed-arity sequence_match / sequence_count, 1 to 8 conditions: equal the VARIADIC form on every case (both time types)');
SELECT is((SELECT count(*) FROM generate_series(1, 8) n
           WHERE pg_temp.explain_text(format('SELECT sequence_match(%L, ts, %s), sequence_count(%L, ts::timestamp, %s) FROM ev',
                                             '(?1)', (SELECT string_agg('c1', ', ') FROM generate_series(1, n)),
                                             '(?1)', (SELECT string_agg('c2', ', ') FROM generate_series(1, n))), 'VERBOSE')
                 ~ 'VARIADIC'), 0::bigint,
          'separate boolean arguments, 1 to 8 conditions, resolve to the fixed-arity forms (no array per row)');
SELECT matches(pg_temp.explain_text(format('SELECT sequence_match(%L, ts, %s) FROM ev', '(?1)',
                                           (SELECT string_agg('c1', ', ') FROM generate_series(1, 9))), 'VERBOSE'),
               'VARIADIC', 'nine or more conditions resolve to the VARIADIC form');

-- ---------- hand-checked corners ----------
CREATE TEMP VIEW two AS
SELECT * FROM (VALUES (timestamptz '2024-01-01 00:00:00+00', true, false),
                      ('2024-01-01 00:00:30+00', false, true)) v(ts, c1, c2);
SELECT is((SELECT array_agg(r ORDER BY p) FROM (SELECT p, sequence_match(p, ts, c1, c2) AS r FROM two, (VALUES
            ('(?1)(?t<=30)(?2)'), ('(?1)(?t<30)(?2)'), ('(?1)(?t==30)(?2)'), ('(?1)(?t>=30)(?2)'), ('(?1)(?t>30)(?2)')) q(p) GROUP BY p) s),
          (SELECT array_agg(x ORDER BY p) FROM (VALUES ('(?1)(?t<=30)(?2)', true), ('(?1)(?t<30)(?2)', false),
            ('(?1)(?t==30)(?2)', true), ('(?1)(?t>=30)(?2)', true), ('(?1)(?t>30)(?2)', false)) q(p, x)),
          'exactly 30 seconds apart: <=30, ==30, >=30 hold; <30, >30 do not');
SELECT is((SELECT sequence_match('(?1)(?t<=1)(?2)', ts, c1, c2) FROM
            (VALUES (timestamptz '2024-01-01 00:00:00.5+00', true, false), ('2024-01-01 00:00:01.6+00', false, true)) v(ts, c1, c2)),
          false, 'time constraints compare microseconds: 1.1 s is not <= 1 s');
SELECT is((SELECT ARRAY[sequence_match('(?1)(?2)', ts, c1, c2), sequence_match('(?2)(?1)', ts, c1, c2)] FROM
            (VALUES (timestamptz '2024-01-01', false, true), ('2024-01-01', true, false)) v(ts, c1, c2)),
          ARRAY[true, false], 'equal times: the event with the lower condition bitmask comes first, whatever the input order');
SELECT is((SELECT sequence_count('(?1)(?2)', ts, c1, c2) FROM
            (VALUES (timestamptz '2024-01-01 00:00:01', true, false), ('2024-01-01 00:00:02', false, false),
                    ('2024-01-01 00:00:03', false, true), ('2024-01-01 00:00:04', true, false), ('2024-01-01 00:00:05', false, true)) v(ts, c1, c2)),
          2::bigint, 'rows where no condition holds are dropped: they do not separate (?1)(?2)');
SELECT is((SELECT sequence_count('(?1).*(?2)', timestamptz '2024-01-01' + x * interval '1 second', x % 3 = 0, x % 100 = 99)
           FROM generate_series(1, 100000) x),
          1000::bigint, '(?1).*(?2) on 100000 events counts 1000 matches without blowing up');
SELECT is((SELECT sequence_match('(?1).*.*.*.*.*.*.*(?t>=1).*.*.*(?2)', timestamptz '2024-01-01' + x * interval '1 second', x % 2 = 0, x < 0)
           FROM generate_series(1, 100000) x),
          false, 'adversarial pattern on 100000 events with no possible match terminates');

-- ---------- parallel plans ----------
CREATE TABLE seq_par AS SELECT id % 89 AS g, id, ts, c1, c2, c3 FROM ev;
ANALYZE seq_par;
CREATE TEMP TABLE serial_seq AS
SELECT g, sequence_match('(?1).*(?t<=3)(?2)', ts, c1, c2, c3) AS m, sequence_count('(?1)(?2)', ts, c1, c2, c3) AS c
FROM seq_par GROUP BY g;
SET LOCAL parallel_setup_cost = 0;
SET LOCAL parallel_tuple_cost = 0;
SET LOCAL min_parallel_table_scan_size = 0;
SET LOCAL max_parallel_workers_per_gather = 2;
SELECT matches(pg_temp.explain_text($$SELECT g, sequence_match('(?1).*(?t<=3)(?2)', ts, c1, c2, c3), sequence_count('(?1)(?2)', ts, c1, c2, c3) FROM seq_par GROUP BY g$$),
               'Partial (Hash|Group)?Aggregate', 'grouped sequence_match / sequence_count get a partial-aggregate parallel plan');
SELECT is_empty($$
  (SELECT g, sequence_match('(?1).*(?t<=3)(?2)', ts, c1, c2, c3), sequence_count('(?1)(?2)', ts, c1, c2, c3) FROM seq_par GROUP BY g
   EXCEPT SELECT * FROM serial_seq)
  UNION ALL
  (SELECT * FROM serial_seq EXCEPT
   SELECT g, sequence_match('(?1).*(?t<=3)(?2)', ts, c1, c2, c3), sequence_count('(?1)(?2)', ts, c1, c2, c3) FROM seq_par GROUP BY g)
$$, 'parallel grouped results equal the serial run');
RESET max_parallel_workers_per_gather;

-- ---------- the event log (src/event_log.h) ----------
-- With a constant pattern and a fixed number of conditions, a hashed GROUP BY appends
-- every row to one log and each group reads its events back at the end; otherwise each
-- group keeps its own events.  The random cases above vary the pattern per group (no
-- log); these run constant patterns with the plan forced to hashing and to sorting.
CREATE TEMP TABLE const_pats (pno int, p text);
INSERT INTO const_pats VALUES (1, '(?1).*(?2)'), (2, '(?1)(?t<=2)(?2).*(?3)'), (3, '(?3).(?1)'), (4, '(?2)(?t>=1)(?2)');
CREATE TEMP TABLE const_want AS
SELECT c.pno, w.id, pg_temp.ch_match(c.p, coalesce(s.tsa, '{}'), coalesce(s.mka, '{}')) AS m,
       pg_temp.ch_count(c.p, coalesce(s.tsa, '{}'), coalesce(s.mka, '{}')) AS c
FROM const_pats c CROSS JOIN (SELECT DISTINCT id FROM ev WHERE id <= 2500) w LEFT JOIN ev_stream s USING (id);
CREATE FUNCTION pg_temp.const_diffs(strategy text) RETURNS bigint LANGUAGE plpgsql AS $f$
DECLARE r record; n bigint; total bigint := 0;
BEGIN
  PERFORM set_config('enable_sort', (strategy <> 'hash')::text, true);
  PERFORM set_config('enable_hashagg', (strategy = 'hash')::text, true);
  FOR r IN SELECT * FROM const_pats LOOP
    EXECUTE format($q$
      SELECT count(*) FROM (SELECT id, sequence_match(%1$L, ts, c1, c2, c3) AS m, sequence_count(%1$L, ts, c1, c2, c3) AS c
                            FROM ev WHERE id <= 2500 GROUP BY id) g
      FULL JOIN (SELECT * FROM const_want WHERE pno = %2$s) w USING (id)
      WHERE g.m IS DISTINCT FROM w.m OR g.c IS DISTINCT FROM w.c$q$, r.p, r.pno) INTO n;
    total := total + n;
  END LOOP;
  PERFORM set_config('enable_sort', 'on', true);
  PERFORM set_config('enable_hashagg', 'on', true);
  RETURN total;
END $f$;
SET LOCAL enable_sort = off;
SELECT matches(pg_temp.explain_text($$SELECT id, sequence_match('(?1).*(?2)', ts, c1, c2, c3) FROM ev GROUP BY id$$),
               'HashAggregate', 'constant-pattern checks: the hashed plan is forced');
RESET enable_sort;
SET LOCAL enable_hashagg = off;
SELECT matches(pg_temp.explain_text($$SELECT id, sequence_match('(?1).*(?2)', ts, c1, c2, c3) FROM ev GROUP BY id$$),
               'GroupAggregate', 'constant-pattern checks: the sorted plan is forced');
RESET enable_hashagg;
SELECT cmp_ok((SELECT count(*) FILTER (WHERE m) FROM const_want), '>', 1000::bigint, 'the constant patterns match often enough to tell');
SELECT is(pg_temp.const_diffs('hash'), 0::bigint,
          'hashed, constant patterns (event log): sequence_match and sequence_count equal the backtracking oracle');
SELECT is(pg_temp.const_diffs('sort'), 0::bigint,
          'sorted, constant patterns (own events per group): equal the backtracking oracle');

-- 10,000 users, 100,000 events in an order unrelated to time
CREATE TEMP TABLE seqbig AS
SELECT g % 10000 AS uid, timestamptz '2024-03-01 00:00+00' + ((g * 7919) % 100003) * interval '1 second' AS ts,
       (ARRAY['view', 'cart', 'pay', 'other'])[1 + (g * 7 + g / 10000) % 4] AS e
FROM generate_series(1, 100000) g;
ANALYZE seqbig;
SET LOCAL enable_hashagg = off;
CREATE TEMP TABLE seqbig_sorted AS
SELECT uid, sequence_match('(?1)(?t<=40000).*(?2).*(?3)', ts, e = 'view', e = 'cart', e = 'pay') AS m,
       sequence_count('(?1).*(?3)', ts, e = 'view', e = 'cart', e = 'pay') AS c
FROM seqbig GROUP BY uid;
RESET enable_hashagg;
SELECT ok((SELECT count(*) FILTER (WHERE m) BETWEEN 100 AND 9900 AND count(*) FILTER (WHERE c >= 2) >= 100 FROM seqbig_sorted),
          'the 10,000-user data has matches, non-matches and repeated matches');

-- a hash aggregation that spills to disk: the log is forgotten between its batches
SET LOCAL work_mem = '64kB';
SET LOCAL enable_sort = off;
SELECT matches(pg_temp.explain_text($$SELECT uid, sequence_count('(?1).*(?3)', ts, e = 'view', e = 'cart', e = 'pay') FROM seqbig GROUP BY uid$$, 'ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF'),
               'HashAggregate.*\n.*\n *Batches: ([2-9]|[1-9][0-9]+)', 'with work_mem 64kB the hashed sequence aggregate spills to disk in batches');
SELECT is((SELECT count(*) FROM (
             SELECT uid, sequence_match('(?1)(?t<=40000).*(?2).*(?3)', ts, e = 'view', e = 'cart', e = 'pay') AS m,
                    sequence_count('(?1).*(?3)', ts, e = 'view', e = 'cart', e = 'pay') AS c
             FROM seqbig GROUP BY uid) h
           FULL JOIN seqbig_sorted s USING (uid)
           WHERE h.m IS DISTINCT FROM s.m OR h.c IS DISTINCT FROM s.c), 0::bigint,
          'a hashed sequence aggregate that spilled to disk equals the sorted one, user by user');
RESET work_mem;

-- grouping sets hashed next to sorted ones, and a rescanned hashed aggregation
SELECT is((SELECT count(*) FROM (
             SELECT uid, sequence_count('(?1).*(?3)', ts, e = 'view', e = 'cart', e = 'pay') AS c
             FROM seqbig GROUP BY GROUPING SETS ((uid), (uid % 7))) g
           LEFT JOIN seqbig_sorted s USING (uid)
           WHERE g.uid IS NOT NULL AND g.c IS DISTINCT FROM s.c), 0::bigint,
          'grouping sets: the per-user sets equal the sorted GROUP BY');
SELECT is((SELECT array_agg(DISTINCT x) FROM generate_series(1, 3) r
           CROSS JOIN LATERAL (SELECT r - r + sum(c) AS x
                               FROM (SELECT uid, sequence_count('(?1).*(?3)', ts, e = 'view', e = 'cart', e = 'pay') AS c
                                     FROM seqbig GROUP BY uid) a) b),
          (SELECT array_agg(sum) FROM (SELECT sum(c) FROM seqbig_sorted) s),
          'a rescanned hashed sequence aggregate gives the same answer every time');

-- parallel workers aggregate into logs and serialize their slots; the leader combines
SET LOCAL parallel_setup_cost = 0;
SET LOCAL parallel_tuple_cost = 0;
SET LOCAL min_parallel_table_scan_size = 0;
SET LOCAL max_parallel_workers_per_gather = 2;
SELECT is((SELECT count(*) FROM (
             SELECT uid, sequence_match('(?1)(?t<=40000).*(?2).*(?3)', ts, e = 'view', e = 'cart', e = 'pay') AS m,
                    sequence_count('(?1).*(?3)', ts, e = 'view', e = 'cart', e = 'pay') AS c
             FROM seqbig GROUP BY uid) h
           FULL JOIN seqbig_sorted s USING (uid)
           WHERE h.m IS DISTINCT FROM s.m OR h.c IS DISTINCT FROM s.c), 0::bigint,
          'hashed partial aggregation in parallel workers (slots serialized) equals the sorted run');
RESET max_parallel_workers_per_gather;
RESET enable_sort;

-- 16 conditions, events years apart: too far apart for the log's 8-byte keys (16
-- conditions leave about 4.5 years either side), kept aside as they are.  User u has
-- condition k at 1990 + 3k years; condition u % 17 (if 1..16) is missing.
CREATE TEMP TABLE seqyears AS
SELECT u, k, timestamptz '1990-01-01 00:00+00' + make_interval(years => 3 * k, mins => u) AS ts
FROM generate_series(1, 400) u CROSS JOIN generate_series(1, 16) k
WHERE k <> u % 17
ORDER BY random();
SET LOCAL enable_sort = off;
SELECT is((SELECT count(*) FROM (
             SELECT u, sequence_match('(?1)(?2)(?3)(?4)(?5)(?6)(?7)(?8)(?9)(?10)(?11)(?12)(?13)(?14)(?15)(?16)', ts,
                                      VARIADIC ARRAY[k = 1, k = 2, k = 3, k = 4, k = 5, k = 6, k = 7, k = 8, k = 9, k = 10, k = 11, k = 12, k = 13, k = 14, k = 15, k = 16]) AS m,
                    sequence_count('(?1)(?t>=94000000)(?2)', ts,
                                   VARIADIC ARRAY[k = 1, k = 2, k = 3, k = 4, k = 5, k = 6, k = 7, k = 8, k = 9, k = 10, k = 11, k = 12, k = 13, k = 14, k = 15, k = 16]) AS c
             FROM seqyears GROUP BY u) x
           WHERE m <> (u % 17 = 0) OR c <> (u % 17 NOT IN (1, 2))::int), 0::bigint,
          'hashed, 16 conditions over 48 years (events kept aside): every match and count right');
RESET enable_sort;

-- ---------- errors, each with SQLSTATE and position ----------
CREATE FUNCTION pg_temp.err_of(p text) RETURNS text LANGUAGE plpgsql AS $f$
DECLARE st text; msg text;
BEGIN
  PERFORM sequence_match(p, now(), true, false);
  RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
  GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT;
  RETURN st || ' ' || substring(msg FROM 'at character ([0-9]+)');
END $f$;
SELECT is(
  (SELECT array_agg(pg_temp.err_of(p) ORDER BY o) FROM (VALUES
     (1, '(?1)(?x)'), (2, '(?1'), (3, '(?1)(?t~5)(?2)'), (4, '(?1)(?t>)(?2)'), (5, '(?1) (?2)'), (6, '(?1)z'),
     (7, '(?'), (8, '(?3)'), (9, '(?0)'), (10, '(?1)(?t>1)(?t<5)(?2)'), (11, '(?1)(?t<99999999999999999999)(?2)'),
     (12, 'ü(?1)'), (13, '(?1)(?2)(')) v(o, p)),
  ARRAY['42601 7', '42601 4', '42601 8', '42601 9', '42601 5', '42601 5', '42601 3', '22023 3', '22023 3',
        '22023 11', '22023 9', '42601 1', '42601 9'],
  'every malformed-pattern class reports its SQLSTATE and 1-based character position');
SELECT throws_ok($$SELECT sequence_match('(?1)(?x)', now(), true)$$, '42601',
  'invalid sequence pattern at character 7: expected a condition number or "t" after "(?"', 'syntax error message');
SELECT throws_ok($$SELECT sequence_count('(?1)(?2)', now(), true)$$, '22023',
  'invalid sequence pattern at character 7: condition number is out of range: the number of conditions given is 1',
  'a condition beyond those given: 22023');
SELECT throws_ok($$SELECT sequence_count('(?1)(?t>5)(?t<9)(?1)', now(), true)$$, '22023',
  'invalid sequence pattern at character 11: a time constraint must follow an event, "." or ".*", not another time constraint',
  'two time constraints in a row: 22023');
SELECT throws_ok($$SELECT sequence_match(p, now(), true) FROM (VALUES ('(?1)'), ('(?1).')) v(p)$$, '22023',
  'sequence pattern must be the same in every row of a group', 'pattern changing within a group: 22023');
SELECT throws_ok($$SELECT sequence_match(NULL, now(), true)$$, '22023',
  'sequence pattern must not be null', 'NULL pattern: 22023');
SELECT throws_ok($$SELECT sequence_match('(?1)', now(), VARIADIC c) FROM (VALUES (ARRAY[true]), (ARRAY[true, false])) v(c)$$, '22023',
  'number of conditions must be the same in every row of a group', 'varying condition count: 22023');
SELECT throws_ok($$SELECT sequence_count('(?1)', now(), VARIADIC array_fill(true, ARRAY[33]))$$, '54000',
  'sequence_match/sequence_count accepts at most 32 conditions', 'more than 32 conditions: 54000');
SELECT throws_ok($$SELECT sequence_count('(?1)', now(), VARIADIC ARRAY[]::bool[])$$, '22023',
  'sequence_match/sequence_count needs at least one condition', 'no conditions: 22023');
SELECT throws_ok($$SELECT sequence_count('(?1)', '-infinity'::timestamp, true)$$, '22008',
  'event time must be a finite timestamp', 'infinite event time: 22008');
SELECT lives_ok($$SELECT sequence_match('(?32)', now(), VARIADIC array_fill(true, ARRAY[32]))$$, '(?32) with 32 conditions is accepted');

SELECT * FROM finish();
ROLLBACK;
