-- Property tests of window_funnel / funnel_detail against independent
-- PL/pgSQL oracles written from the documented definitions
-- (docs/reference/funnel.md), on thousands of generated event streams.
\set ON_ERROR_STOP 1
\set QUIET 1
SET client_min_messages = warning;
BEGIN;
SELECT plan(46);

-- ---------------------------------------------------------------------------
-- Oracle 1, default mode, declarative: the level is the largest k for which
-- there are times t1 <= t2 <= ... <= tk, an event matching step i at ti
-- (one event may serve several steps), and tk - t1 <= window.  For each
-- step-1 event as a start, extending with the earliest possible event of
-- each next step is optimal.  The chain reported: earliest last step, then
-- latest start, then each middle step as late as possible, last to second.
-- Times are integer minutes, masks have bit k-1 for step k.
-- Returns ARRAY[level, t1, ..., tlevel].
-- ---------------------------------------------------------------------------
CREATE FUNCTION pg_temp.ora_decl(ts int[], masks int[], nsteps int, win int) RETURNS int[]
LANGUAGE plpgsql AS $$
DECLARE
  best int := 0;
  start int;
  cur int;
  nxt int;
  lvl int;
  ends int[];      -- per start: completion time of its best level
  starts int[];
  levels int[];
  tl int;
  t1 int;
  g int[];
  res int[];
  k int;
  i int;
BEGIN
  FOR start IN SELECT DISTINCT t FROM unnest(ts, masks) u(t, m) WHERE t IS NOT NULL AND m & 1 <> 0 ORDER BY t LOOP
    cur := start; lvl := 1;
    FOR k IN 2 .. nsteps LOOP
      SELECT min(t) INTO nxt FROM unnest(ts, masks) u(t, m)
       WHERE t IS NOT NULL AND (m >> (k - 1)) & 1 = 1 AND t >= cur AND t <= start + win;
      EXIT WHEN nxt IS NULL;
      cur := nxt; lvl := k;
    END LOOP;
    starts := starts || start; ends := ends || cur; levels := levels || lvl;
    best := greatest(best, lvl);
  END LOOP;
  IF best = 0 THEN RETURN ARRAY[0]; END IF;
  SELECT min(e) INTO tl FROM unnest(starts, ends, levels) u(s, e, l) WHERE l = best;
  SELECT max(s) INTO t1 FROM unnest(starts, ends, levels) u(s, e, l) WHERE l = best AND e = tl;
  -- earliest time of each step from t1
  g := ARRAY[t1];
  FOR k IN 2 .. best LOOP
    SELECT min(t) INTO nxt FROM unnest(ts, masks) u(t, m)
     WHERE t IS NOT NULL AND (m >> (k - 1)) & 1 = 1 AND t >= g[k - 1];
    g := g || nxt;
  END LOOP;
  res := array_fill(NULL::int, ARRAY[best]);
  res[1] := t1; res[best] := tl;
  FOR k IN REVERSE best - 1 .. 2 LOOP
    SELECT max(t) INTO nxt FROM unnest(ts, masks) u(t, m)
     WHERE t IS NOT NULL AND (m >> (k - 1)) & 1 = 1 AND t >= g[k - 1] AND t <= res[k + 1];
    res[k] := nxt;
  END LOOP;
  RETURN best || res;
END $$;

-- ---------------------------------------------------------------------------
-- Oracle 2, every mode: the documented scan, step by step, over explicit
-- (time, step) entries, one per step an event matches (step 0 for events
-- matching none, kept only in strict_order), sorted by time then step.
-- Per level it keeps the start, last time and path of the chain held there;
-- the chain reported for a level is the path held when it was first reached.
-- ---------------------------------------------------------------------------
CREATE FUNCTION pg_temp.ora_scan(ts int[], masks int[], nsteps int, win int, mode text) RETURNS int[]
LANGUAGE plpgsql AS $$
DECLARE
  so boolean := mode LIKE '%strict_order%';
  dd boolean := mode LIKE '%strict_deduplication%';
  inc boolean := mode LIKE '%strict_increase%';
  re boolean := mode LIKE '%allow_reentry%';
  fst int[] := array_fill(NULL::int, ARRAY[nsteps]);
  lst int[] := array_fill(NULL::int, ARRAY[nsteps]);
  path text[] := array_fill(NULL::text, ARRAY[nsteps]);
  firstpath text[] := array_fill(NULL::text, ARRAY[nsteps]);
  r record;
  lvl int := 0;
BEGIN
  FOR r IN
    SELECT u.t, s.step
    FROM unnest(ts, masks) u(t, m)
    CROSS JOIN LATERAL (
      SELECT k FROM generate_series(1, nsteps) k WHERE (u.m >> (k - 1)) & 1 = 1
      UNION ALL SELECT 0 WHERE so AND u.m = 0) s(step)
    WHERE u.t IS NOT NULL
    ORDER BY u.t, s.step
  LOOP
    IF r.step = 0 THEN
      IF fst[1] IS NOT NULL THEN EXIT; END IF;
      CONTINUE;
    END IF;
    IF r.step = 1 THEN
      fst[1] := r.t; lst[1] := r.t; path[1] := r.t::text;
      firstpath[1] := coalesce(firstpath[1], path[1]);
    ELSIF dd AND fst[r.step] IS NOT NULL THEN
      EXIT;
    ELSIF so AND fst[1] IS NOT NULL AND fst[r.step - 1] IS NULL THEN
      IF re THEN CONTINUE; END IF;
      EXIT;
    ELSIF fst[r.step - 1] IS NOT NULL THEN
      IF r.t <= fst[r.step - 1] + win AND (NOT inc OR lst[r.step - 1] < r.t) THEN
        fst[r.step] := fst[r.step - 1]; lst[r.step] := r.t;
        path[r.step] := path[r.step - 1] || ',' || r.t;
        firstpath[r.step] := coalesce(firstpath[r.step], path[r.step]);
        EXIT WHEN r.step = nsteps;
      END IF;
    END IF;
  END LOOP;
  FOR k IN 1 .. nsteps LOOP
    IF fst[k] IS NOT NULL THEN lvl := k; END IF;
  END LOOP;
  IF lvl = 0 THEN RETURN ARRAY[0]; END IF;
  RETURN lvl || string_to_array(firstpath[lvl], ',')::int[];
END $$;

-- ---------------------------------------------------------------------------
-- Generated streams: 3000 users, 1..12 events each over minutes 0..11 (many
-- ties and events exactly at the window limit), 4 steps with random masks
-- (multi-step events, repeats), a NULL step value now and then, a few NULL
-- times, windows of 0..4 minutes, rows stored in random order.
-- ---------------------------------------------------------------------------
SELECT setseed(0.4242);
CREATE TEMP TABLE ev AS
SELECT sid, w, mi, code, nf, tnull
FROM (SELECT sid, sid % 5 AS w, 1 + floor(random() * 12)::int AS n FROM generate_series(1, 3000) sid) s
CROSS JOIN LATERAL (
  SELECT floor(random() * 12)::int AS mi,
         (CASE WHEN random() < 0.35 THEN 1 ELSE 0 END) | (CASE WHEN random() < 0.35 THEN 2 ELSE 0 END)
       | (CASE WHEN random() < 0.35 THEN 4 ELSE 0 END) | (CASE WHEN random() < 0.35 THEN 8 ELSE 0 END) AS code,
         random() < 0.08 AS nf,
         random() < 0.03 AS tnull
  FROM generate_series(1, n) g) e
ORDER BY random();

CREATE TEMP VIEW evx AS
SELECT sid, w, make_interval(mins => w) AS win,
       CASE WHEN tnull THEN NULL ELSE timestamptz '2024-03-01 00:00+00' + make_interval(mins => mi) END AS ts,
       CASE WHEN tnull THEN NULL ELSE mi END AS tmin,
       CASE WHEN nf THEN NULL ELSE code & 1 <> 0 END AS s1,
       code & 2 <> 0 AS s2, code & 4 <> 0 AS s3, code & 8 <> 0 AS s4,
       CASE WHEN nf THEN code & ~1 ELSE code END AS omask,   -- NULL step 1 counts as false
       code
FROM ev;

CREATE TEMP TABLE ora AS
SELECT sid, w, array_agg(tmin) AS ts, array_agg(omask) AS masks FROM evx GROUP BY sid, w;

-- minutes of a funnel_detail chain, to compare with the oracles
CREATE FUNCTION pg_temp.mins(d anyelement) RETURNS int[] LANGUAGE sql AS $$
  SELECT (d).level || coalesce((SELECT array_agg((extract(epoch FROM x - timestamptz '2024-03-01 00:00+00') / 60)::int ORDER BY o)
                                FROM unnest((d).step_times) WITH ORDINALITY u(x, o)), '{}')
$$;

SELECT ok((SELECT count(*) FROM ev) > 15000, 'thousands of generated events');

-- default mode: declarative oracle
CREATE TEMP TABLE got_default AS
SELECT sid, window_funnel(win, ts, s1, s2, s3, s4) AS lvl, funnel_detail(win, ts, s1, s2, s3, s4) AS d
FROM evx GROUP BY sid;

SELECT is((SELECT count(*) FROM got_default g JOIN ora o USING (sid)
           WHERE g.lvl IS DISTINCT FROM (pg_temp.ora_decl(o.ts, o.masks, 4, o.w))[1]), 0::bigint,
          'window_funnel default mode equals the declarative oracle on 3000 streams');
SELECT is((SELECT count(*) FROM got_default g JOIN ora o USING (sid)
           WHERE pg_temp.mins(g.d) IS DISTINCT FROM pg_temp.ora_decl(o.ts, o.masks, 4, o.w)), 0::bigint,
          'funnel_detail default mode: level and chain equal the declarative oracle');
SELECT is((SELECT count(*) FROM got_default g JOIN ora o USING (sid)
           WHERE pg_temp.mins(g.d) IS DISTINCT FROM pg_temp.ora_scan(o.ts, o.masks, 4, o.w, '')), 0::bigint,
          'the declarative and the scan oracles agree with funnel_detail in default mode');
SELECT ok((SELECT count(DISTINCT lvl) = 5 FROM got_default), 'the streams reach every level 0..4');

-- every mode and combinations: scan oracle, level and chain
SELECT is((SELECT count(*) FROM (
             SELECT sid, window_funnel(win, ts, m.mode, s1, s2, s3, s4) AS lvl,
                    funnel_detail(win, ts, m.mode, s1, s2, s3, s4) AS d
             FROM evx CROSS JOIN (VALUES (mode_text)) m(mode) GROUP BY sid, m.mode) g
           JOIN ora o USING (sid)
           WHERE g.lvl IS DISTINCT FROM (pg_temp.mins(g.d))[1]
              OR pg_temp.mins(g.d) IS DISTINCT FROM pg_temp.ora_scan(o.ts, o.masks, 4, o.w, mode_text)), 0::bigint,
          format('mode %L: window_funnel and funnel_detail equal the scan oracle', mode_text))
FROM unnest(ARRAY['', 'strict_order', 'strict_deduplication', 'strict_increase',
                  'strict_order,strict_deduplication', 'strict_order, strict_increase',
                  'strict_deduplication,strict_increase',
                  'strict_increase,strict_order,strict_deduplication',
                  'strict_order,allow_reentry', 'strict_order,allow_reentry,strict_deduplication']) mode_text;

-- event-name form: steps a, b, a, c (step 1 and 3 share a name: repeated steps)
CREATE TEMP VIEW evn AS
SELECT evx.*, (ARRAY['a', 'b', 'c', 'x', NULL])[1 + code % 5] AS e FROM evx;
CREATE TEMP TABLE oran AS
SELECT sid, w, array_agg(tmin) AS ts,
       array_agg(CASE e WHEN 'a' THEN 5 WHEN 'b' THEN 2 WHEN 'c' THEN 8 ELSE 0 END) AS masks
FROM evn GROUP BY sid, w;

SELECT is((SELECT count(*) FROM (
             SELECT sid, window_funnel(win, ts, e, ARRAY['a', 'b', 'a', 'c']) AS lvl,
                    funnel_detail(win, ts, e, ARRAY['a', 'b', 'a', 'c']) AS d
             FROM evn GROUP BY sid) g
           JOIN oran o USING (sid)
           WHERE g.lvl IS DISTINCT FROM (pg_temp.ora_decl(o.ts, o.masks, 4, o.w))[1]
              OR pg_temp.mins(g.d) IS DISTINCT FROM pg_temp.ora_decl(o.ts, o.masks, 4, o.w)), 0::bigint,
          'event-name form equals the declarative oracle');
SELECT is((SELECT count(*) FROM (
             SELECT sid, window_funnel(win, ts, e, ARRAY['a', 'b', 'a', 'c'], m.mode) AS lvl,
                    funnel_detail(win, ts, e, ARRAY['a', 'b', 'a', 'c'], m.mode) AS d
             FROM evn CROSS JOIN (VALUES (mode_text)) m(mode) GROUP BY sid, m.mode) g
           JOIN oran o USING (sid)
           WHERE g.lvl IS DISTINCT FROM (pg_temp.mins(g.d))[1]
              OR pg_temp.mins(g.d) IS DISTINCT FROM pg_temp.ora_scan(o.ts, o.masks, 4, o.w, mode_text)), 0::bigint,
          format('event-name form, mode %L, equals the scan oracle', mode_text))
FROM unnest(ARRAY['strict_order', 'strict_deduplication', 'strict_increase']) mode_text;

-- timestamp overloads give the same answers
SELECT is((SELECT count(*) FROM (
             SELECT sid, window_funnel(win, ts AT TIME ZONE 'UTC', 'strict_increase', s1, s2, s3, s4) AS a,
                    window_funnel(win, ts, 'strict_increase', s1, s2, s3, s4) AS b,
                    funnel_detail(win, ts AT TIME ZONE 'UTC', e, ARRAY['a', 'b', 'a', 'c']) AS da,
                    funnel_detail(win, ts, e, ARRAY['a', 'b', 'a', 'c']) AS db
             FROM evn GROUP BY sid) x
           WHERE a <> b OR (da).level <> (db).level
              OR ARRAY(SELECT t AT TIME ZONE 'UTC' FROM unnest((da).step_times) WITH ORDINALITY u(t, o) ORDER BY o)
                 IS DISTINCT FROM (db).step_times),
          0::bigint, 'timestamp overloads equal the timestamptz ones');

-- ---------------------------------------------------------------------------
-- The fixed-arity boolean forms (2 to 8 steps, chosen by the parser for
-- separate boolean arguments) equal the VARIADIC bool[] form, which an
-- explicit VARIADIC ARRAY[...] call still reaches: every arity, with and
-- without a mode, both time types, level and chain.  The 4-step oracle
-- checks above ran through the fixed forms; this ties the VARIADIC one to them.
-- ---------------------------------------------------------------------------
CREATE TEMP TABLE ev8 AS
SELECT sid, win, ts, code | (floor(random() * 16)::int << 4) AS c, s1 IS NULL AS nf FROM evx;

CREATE FUNCTION pg_temp.arity_diffs(n int, mode text) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE conds text; m text; r bigint;
BEGIN
  SELECT string_agg(format('CASE WHEN nf AND %s = 2 THEN NULL ELSE (c >> %s) & 1 = 1 END', i, i - 1), ', ')
    INTO conds FROM generate_series(1, n) i;
  m := CASE WHEN mode IS NULL THEN '' ELSE quote_literal(mode) || ', ' END;
  EXECUTE format($f$
    SELECT count(*) FROM (
      SELECT sid,
             window_funnel(win, ts, %1$s %2$s) AS a, window_funnel(win, ts, %1$s VARIADIC ARRAY[%2$s]) AS b,
             funnel_detail(win, ts, %1$s %2$s)::text AS da, funnel_detail(win, ts, %1$s VARIADIC ARRAY[%2$s])::text AS db,
             window_funnel(win, ts AT TIME ZONE 'UTC', %1$s %2$s) AS ta,
             funnel_detail(win, ts AT TIME ZONE 'UTC', %1$s %2$s)::text AS tda,
             funnel_detail(win, ts AT TIME ZONE 'UTC', %1$s VARIADIC ARRAY[%2$s])::text AS tdb
      FROM pg_temp.ev8 GROUP BY sid) x
    WHERE a IS DISTINCT FROM b OR da IS DISTINCT FROM db OR ta IS DISTINCT FROM a OR tda IS DISTINCT FROM tdb$f$,
    m, conds) INTO r;
  RETURN r;
END $$;

\ir include/plan.sql

CREATE FUNCTION pg_temp.conds(n int) RETURNS text LANGUAGE sql AS $$
  SELECT string_agg('c > ' || i, ', ') FROM generate_series(1, n) i
$$;

SELECT is((SELECT sum(pg_temp.arity_diffs(n, NULL)) FROM generate_series(2, 8) n), 0::numeric,
          'fixed-arity forms, 2 to 8 steps, default mode: equal the VARIADIC form (both time types)');
SELECT is((SELECT sum(pg_temp.arity_diffs(n, m))
           FROM generate_series(2, 8) n
           CROSS JOIN unnest(ARRAY['', 'strict_order', 'strict_deduplication', 'strict_increase',
                                   'strict_order,allow_reentry']) m), 0::numeric,
          'fixed-arity forms with a mode, 2 to 8 steps: equal the VARIADIC form (both time types)');
SELECT ok((SELECT count(DISTINCT l) FROM (SELECT window_funnel(win, ts, c & 1 = 1, c & 2 = 2, c & 4 = 4, c & 8 = 8,
                                                                c & 16 = 16, c & 32 = 32, c & 64 = 64, c & 128 = 128) AS l
                                           FROM ev8 GROUP BY sid) x) >= 7,
          'the 8-step comparison covers most levels');
SELECT is((SELECT count(*) FROM generate_series(2, 8) n
           CROSS JOIN (VALUES (''), ($m$'strict_order', $m$)) m(mode)
           WHERE pg_temp.explain_text(format('SELECT window_funnel(win, ts, %1$s %2$s), funnel_detail(win, ts AT TIME ZONE %3$L, %1$s %2$s) FROM pg_temp.ev8',
                                                 m.mode, pg_temp.conds(n), 'UTC'), 'VERBOSE')
                 ~ 'VARIADIC'), 0::bigint,
          'separate boolean arguments, 2 to 8 steps, resolve to the fixed-arity forms (no array per row)');
SELECT matches(pg_temp.explain_text('SELECT window_funnel(win, ts, ' || pg_temp.conds(9) || ') FROM pg_temp.ev8', 'VERBOSE'),
               'VARIADIC', 'nine or more boolean steps resolve to the VARIADIC form');

-- ---------------------------------------------------------------------------
-- funnel_counts and funnel_report against plain SQL
-- ---------------------------------------------------------------------------
SELECT is((SELECT funnel_counts(lvl, 4) FROM got_default),
          (SELECT array_agg((SELECT count(*) FROM got_default WHERE lvl >= k) ORDER BY k) FROM generate_series(1, 4) k),
          'funnel_counts equals plain SQL counts of users reaching at least each step');
SELECT is((SELECT array_agg(c ORDER BY grp) FROM (SELECT sid % 7 AS grp, funnel_counts(lvl, 4)::text AS c FROM got_default GROUP BY 1) x),
          (SELECT array_agg(c ORDER BY grp) FROM (
             SELECT grp, array_agg((SELECT count(*) FROM got_default g WHERE g.sid % 7 = grp AND lvl >= k) ORDER BY k)::text AS c
             FROM generate_series(0, 6) grp CROSS JOIN generate_series(1, 4) k GROUP BY grp) y),
          'funnel_counts grouped equals plain SQL');

CREATE TEMP TABLE rep AS
SELECT * FROM funnel_report((SELECT funnel_counts(lvl, 4) FROM got_default), ARRAY['浏览', '加购', '下单', '支付']);
CREATE TEMP TABLE plain AS
SELECT k, (SELECT count(*) FROM got_default WHERE lvl >= k) AS users FROM generate_series(1, 4) k;
SELECT is((SELECT count(*) FROM rep r JOIN plain p ON p.k = r.step
           LEFT JOIN plain prev ON prev.k = r.step - 1
           CROSS JOIN (SELECT users AS u1 FROM plain WHERE k = 1) f
           WHERE r.users = p.users
             AND r.conversion_from_first = round(p.users::numeric / f.u1, 4)::float8
             AND r.conversion_from_previous IS NOT DISTINCT FROM round(p.users::numeric / prev.users, 4)::float8
             AND r.drop_off IS NOT DISTINCT FROM prev.users - p.users
             AND r.label = (ARRAY['浏览', '加购', '下单', '支付'])[r.step]
             AND char_length(r.bar) = ceil(round(p.users::numeric / f.u1 * 320) / 8)), 4::bigint,
          'funnel_report rows equal plain SQL conversions, drop-offs and bar lengths');

-- ---------------------------------------------------------------------------
-- The event log of hashed aggregation (src/event_log.h): with a constant
-- window, mode and number of steps, a hashed GROUP BY appends every row to
-- one log and each group reads its events back at the end; otherwise each
-- group keeps its own events.  The checks above vary the window per stream
-- (no log); these run each window as a constant, with the plan forced to
-- hashing and to sorting, against the same oracles.
-- ---------------------------------------------------------------------------
CREATE FUNCTION pg_temp.const_diffs(strategy text, form text, mode text) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE w int; r bigint; total bigint := 0; args text; src text; ora text; m text;
BEGIN
  PERFORM set_config('enable_sort', (strategy <> 'hash')::text, true);
  PERFORM set_config('enable_hashagg', (strategy = 'hash')::text, true);
  m := CASE WHEN mode IS NULL THEN '' ELSE quote_literal(mode) || ', ' END;
  args := CASE form WHEN 'bools' THEN m || 's1, s2, s3, s4'
                    WHEN 'variadic' THEN m || 'VARIADIC ARRAY[s1, s2, s3, s4]'
                    ELSE 'e, ARRAY[''a'', ''b'', ''a'', ''c'']' || CASE WHEN mode IS NULL THEN '' ELSE ', ' || quote_literal(mode) END END;
  src := CASE form WHEN 'names' THEN 'pg_temp.evn' ELSE 'pg_temp.evx' END;
  ora := CASE form WHEN 'names' THEN 'pg_temp.oran' ELSE 'pg_temp.ora' END;
  FOR w IN 0 .. 4 LOOP
    EXECUTE format($f$
      SELECT count(*) FROM (
        SELECT sid, window_funnel(interval '%1$s minutes', ts, %2$s) AS lvl,
               funnel_detail(interval '%1$s minutes', ts, %2$s) AS d
        FROM %3$s WHERE w = %1$s GROUP BY sid) g
      JOIN %4$s o USING (sid)
      WHERE g.lvl IS DISTINCT FROM (pg_temp.mins(g.d))[1]
         OR pg_temp.mins(g.d) IS DISTINCT FROM %5$s$f$,
      w, args, src, ora,
      CASE WHEN mode IS NULL THEN 'pg_temp.ora_decl(o.ts, o.masks, 4, o.w)'
           ELSE format('pg_temp.ora_scan(o.ts, o.masks, 4, o.w, %L)', mode) END) INTO r;
    total := total + r;
  END LOOP;
  PERFORM set_config('enable_sort', 'on', true);
  PERFORM set_config('enable_hashagg', 'on', true);
  RETURN total;
END $$;

SET LOCAL enable_sort = off;
SELECT matches(pg_temp.explain_text($$SELECT sid, window_funnel(interval '2 minutes', ts, e, ARRAY['a', 'b']) FROM pg_temp.evn GROUP BY sid$$, 'VERBOSE'),
               'HashAggregate', 'constant-window checks: the hashed plan is forced');
RESET enable_sort;
SET LOCAL enable_hashagg = off;
SELECT matches(pg_temp.explain_text($$SELECT sid, window_funnel(interval '2 minutes', ts, e, ARRAY['a', 'b']) FROM pg_temp.evn GROUP BY sid$$, 'VERBOSE'),
               'GroupAggregate', 'constant-window checks: the sorted plan is forced');
RESET enable_hashagg;
SELECT is((SELECT sum(pg_temp.const_diffs('hash', f, NULL)) FROM unnest(ARRAY['bools', 'variadic', 'names']) f), 0::numeric,
          'hashed, constant windows (event log): every form, level and chain equal the declarative oracle');
SELECT is((SELECT sum(pg_temp.const_diffs('sort', f, NULL)) FROM unnest(ARRAY['bools', 'variadic', 'names']) f), 0::numeric,
          'sorted, constant windows (own events per group): every form equals the declarative oracle');
SELECT is((SELECT sum(pg_temp.const_diffs('hash', f, m))
           FROM unnest(ARRAY['bools', 'names']) f
           CROSS JOIN unnest(ARRAY['strict_order', 'strict_deduplication', 'strict_increase',
                                   'strict_order,strict_deduplication', 'strict_order,allow_reentry']) m), 0::numeric,
          'hashed, constant windows and modes (event log): equal the scan oracle');

-- 20,000 users, 100,000 events with a time order unrelated to the row order
CREATE TEMP TABLE evbig AS
SELECT g % 20000 AS uid, timestamptz '2024-03-01 00:00+00' + ((g * 7919) % 50000) * interval '1 minute' AS ts,
       (ARRAY['view', 'cart', 'pay', 'other'])[1 + (g * 7 + g / 20000) % 4] AS e
FROM generate_series(1, 100000) g;
ANALYZE evbig;
SET LOCAL enable_hashagg = off;
CREATE TEMP TABLE evbig_sorted AS
SELECT uid, window_funnel('3 days', ts, e = 'view', e = 'cart', e = 'pay') AS l,
       funnel_detail('3 days', ts, 'strict_order', e = 'view', e = 'cart', e = 'pay')::text AS d
FROM evbig GROUP BY uid;
RESET enable_hashagg;

-- a hash aggregation that spills to disk: the log is forgotten between its batches
SET LOCAL work_mem = '64kB';
SET LOCAL enable_sort = off;
SELECT matches(pg_temp.explain_text($$SELECT uid, window_funnel('3 days', ts, e = 'view', e = 'cart', e = 'pay') FROM evbig GROUP BY uid$$, 'ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF'),
               'HashAggregate.*\n.*\n *Batches: ([2-9]|[1-9][0-9]+)', 'with work_mem 64kB the hashed funnel spills to disk in batches');
SELECT is((SELECT count(*) FROM (
             SELECT uid, window_funnel('3 days', ts, e = 'view', e = 'cart', e = 'pay') AS l,
                    funnel_detail('3 days', ts, 'strict_order', e = 'view', e = 'cart', e = 'pay')::text AS d
             FROM evbig GROUP BY uid) h
           FULL JOIN evbig_sorted s USING (uid)
           WHERE h.l IS DISTINCT FROM s.l OR h.d IS DISTINCT FROM s.d), 0::bigint,
          'a hashed funnel that spilled to disk equals the sorted one, user by user');
RESET work_mem;

-- grouping sets hashed next to sorted ones (the log is per hashed context)
CREATE TEMP TABLE gsets AS
SELECT format('%s/%s/%s', uid, uid % 7, window_funnel('3 days', ts, e = 'view', e = 'cart', e = 'pay')) AS x
FROM evbig GROUP BY GROUPING SETS ((uid), (uid % 7));
CREATE TEMP TABLE gsets_expected AS
SELECT format('%s/%s/%s', uid, NULL, l) AS x FROM evbig_sorted
UNION ALL
SELECT format('%s/%s/%s', NULL, k, window_funnel('3 days', ts, e = 'view', e = 'cart', e = 'pay'))
FROM (SELECT uid % 7 AS k, ts, e FROM evbig) b GROUP BY k;
SELECT is((SELECT count(*) FROM ((TABLE gsets EXCEPT ALL TABLE gsets_expected) UNION ALL (TABLE gsets_expected EXCEPT ALL TABLE gsets)) d)
          + abs((SELECT count(*) FROM gsets) - 20007), 0::bigint,
          'grouping sets (hashed and sorted) equal the separate GROUP BY queries');
RESET enable_sort;

-- a hashed aggregation rescanned without refilling calls the final function again
SET LOCAL enable_sort = off;
SELECT is((SELECT array_agg(DISTINCT x) FROM generate_series(1, 3) r
           CROSS JOIN LATERAL (SELECT r - r + sum(l) AS x
                               FROM (SELECT uid, window_funnel('3 days', ts, e = 'view', e = 'cart', e = 'pay') AS l
                                     FROM evbig GROUP BY uid) a) b),
          (SELECT array_agg(sum) FROM (SELECT sum(l) FROM evbig_sorted) s),
          'a rescanned hashed funnel gives the same answer every time');
RESET enable_sort;

-- used as a window function (no log): equals GROUP BY
SELECT is((SELECT count(*) FROM (
             SELECT DISTINCT uid, window_funnel('3 days', ts, e = 'view', e = 'cart', e = 'pay') OVER (PARTITION BY uid) AS l
             FROM evbig) w
           FULL JOIN evbig_sorted s USING (uid) WHERE w.l IS DISTINCT FROM s.l), 0::bigint,
          'window_funnel as a window function equals GROUP BY');

-- 16 steps, events years apart: too far apart for the log's 8-byte keys
-- (16 steps leave about 4.5 years either side), kept aside as they are.
-- User u has step k at 1990 + 3k years; step u % 17 (if 1..16) is missing,
-- so the level is 16, or (u % 17) - 1.
CREATE TEMP TABLE evyears AS
SELECT u, k, timestamptz '1990-01-01 00:00+00' + make_interval(years => 3 * k, mins => u) AS ts
FROM generate_series(1, 400) u CROSS JOIN generate_series(1, 16) k
WHERE k <> u % 17
ORDER BY random();
SET LOCAL enable_sort = off;
SELECT is((SELECT count(*) FROM (
             SELECT u, window_funnel('36500 days', ts, VARIADIC ARRAY[k = 1, k = 2, k = 3, k = 4, k = 5, k = 6, k = 7, k = 8, k = 9, k = 10, k = 11, k = 12, k = 13, k = 14, k = 15, k = 16]) AS l
             FROM evyears GROUP BY u) x
           WHERE l <> CASE WHEN u % 17 = 0 THEN 16 ELSE u % 17 - 1 END), 0::bigint,
          'hashed, 16 steps over 48 years (events kept aside): every level right');
SELECT is((SELECT count(*) FROM (
             SELECT u, funnel_detail('36500 days', ts, VARIADIC ARRAY[k = 1, k = 2, k = 3, k = 4, k = 5, k = 6, k = 7, k = 8, k = 9, k = 10, k = 11, k = 12, k = 13, k = 14, k = 15, k = 16]) AS d
             FROM evyears GROUP BY u) x
           WHERE (d).step_times IS DISTINCT FROM
                 ARRAY(SELECT timestamptz '1990-01-01 00:00+00' + make_interval(years => 3 * k, mins => u)
                       FROM generate_series(1, CASE WHEN u % 17 = 0 THEN 16 ELSE u % 17 - 1 END) k ORDER BY k)), 0::bigint,
          'hashed, 16 steps over 48 years: every chain''s step times right');
RESET enable_sort;
-- ---------------------------------------------------------------------------
-- parallel plans give the same answers (regular table: temp tables are never
-- scanned in parallel)
-- ---------------------------------------------------------------------------
CREATE TABLE funnel_par AS
SELECT g % 20000 AS uid, timestamptz '2024-03-01 00:00+00' + ((g * 7919) % 100000) * interval '1 second' AS ts,
       (ARRAY['view', 'cart', 'pay', 'other'])[1 + (g * 7 + g / 20000) % 4] AS e
FROM generate_series(1, 200000) g;
ANALYZE funnel_par;

CREATE TEMP TABLE par_serial AS
SELECT uid, window_funnel('1 hour', ts, e = 'view', e = 'cart', e = 'pay') AS l,
       funnel_detail('1 hour', ts, 'strict_increase', e = 'view', e = 'cart', e = 'pay') AS d
FROM funnel_par GROUP BY uid;
CREATE TEMP TABLE all_serial AS
SELECT window_funnel('1 hour', ts, 'strict_order', e = 'view', e = 'cart', e = 'pay') AS l,
       funnel_detail('1 hour', ts, e = 'view', e = 'cart', e = 'pay') AS d FROM funnel_par;
CREATE TEMP TABLE cnt_serial AS
SELECT funnel_counts(l, 3) AS c FROM (SELECT uid, window_funnel('1 hour', ts, e, ARRAY['view', 'cart', 'pay']) AS l FROM funnel_par GROUP BY uid) x;

SET LOCAL parallel_setup_cost = 0;
SET LOCAL parallel_tuple_cost = 0;
SET LOCAL min_parallel_table_scan_size = 0;
SET LOCAL max_parallel_workers_per_gather = 2;

SELECT matches(pg_temp.explain_text($$SELECT uid, window_funnel('1 hour', ts, e = 'view', e = 'cart', e = 'pay') FROM funnel_par GROUP BY uid$$),
               'Partial (Hash|Group)?Aggregate', 'grouped window_funnel gets a partial (parallel) aggregate plan');
SELECT is((SELECT count(*) FROM (
             SELECT uid, window_funnel('1 hour', ts, e = 'view', e = 'cart', e = 'pay') AS l,
                    funnel_detail('1 hour', ts, 'strict_increase', e = 'view', e = 'cart', e = 'pay') AS d
             FROM funnel_par GROUP BY uid) p
           FULL JOIN par_serial s USING (uid)
           WHERE p.l IS DISTINCT FROM s.l OR p.d::text IS DISTINCT FROM s.d::text), 0::bigint,
          'parallel window_funnel and funnel_detail equal the serial run');
SELECT matches(pg_temp.explain_text($$SELECT window_funnel('1 hour', ts, e = 'view', e = 'cart', e = 'pay') FROM funnel_par$$),
               'Partial Aggregate', 'ungrouped window_funnel gets a partial aggregate plan');
SELECT is((SELECT ROW(window_funnel('1 hour', ts, 'strict_order', e = 'view', e = 'cart', e = 'pay'),
                      funnel_detail('1 hour', ts, e = 'view', e = 'cart', e = 'pay'))::text FROM funnel_par),
          (SELECT ROW(l, d)::text FROM all_serial), 'ungrouped parallel window_funnel combines the workers'' events');
SELECT matches(pg_temp.explain_text($$SELECT funnel_counts(uid % 4, 3) FROM funnel_par$$),
               'Partial Aggregate', 'funnel_counts gets a partial aggregate plan');
SELECT is((SELECT funnel_counts(uid % 4, 3) FROM funnel_par),
          (SELECT array_agg((SELECT count(*) FROM funnel_par WHERE uid % 4 >= k) ORDER BY k) FROM generate_series(1, 3) k),
          'parallel funnel_counts equals plain SQL');

SELECT * FROM finish();
ROLLBACK;
