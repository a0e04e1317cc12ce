-- Random event streams for test/clickhouse/compare.sh, the same on every PostgreSQL
-- version (hashint4, not random()).  psql -v groups=N -f data.sql
--
-- chk.ev (g, i, ts, t, e, c1 .. c4, x1 .. x4): group g's event i at ts, t seconds after
-- 2025-01-01.
--   c1 .. c4: four conditions, each true for about 35% of the rows (about 18% of rows
--             match none, many match several);
--   x1 .. x4: four conditions of which at most one is true (x_k: the row's event type e
--             is k; type 0, about 18% of rows, matches none), for the functions where
--             ClickHouse 18.16 and current releases differ on a row that matches several
--             conditions (see compare.sh).
-- Times in a group are distinct, 1 to 4 seconds apart, so that windows and time
-- constraints land on their boundaries often: ClickHouse 18.16 orders events of equal
-- time by arrival, current releases by step.
-- chk.tie: the same columns, with times 0 to 8 seconds after 2025-01-01 in any order, so
-- that most groups have events of equal time; compared with current ClickHouse only.
SET client_min_messages = warning;
DROP SCHEMA IF EXISTS chk CASCADE;
CREATE SCHEMA chk;
CREATE TABLE chk.ev AS
WITH r AS (
    SELECT g, i, 1 + abs(hashint4(g * 64 + i)) % 4 AS gap,
           abs(hashint4(-g * 64 - i)) % 100 AS d
      FROM generate_series(1, :groups) AS g,
           generate_series(1, 1 + abs(hashint4(-g)) % 14) AS i
), s AS (
    SELECT g, i, (sum(gap) OVER (PARTITION BY g ORDER BY i))::int AS t,
           CASE WHEN d < 18 THEN 0 ELSE 1 + d % 4 END AS e
      FROM r
)
SELECT g, i, timestamp '2025-01-01' + t * interval '1 second' AS ts, t, e,
       abs(hashint4(g * 256 + i * 4 + 0)) % 100 < 35 AS c1,
       abs(hashint4(g * 256 + i * 4 + 1)) % 100 < 35 AS c2,
       abs(hashint4(g * 256 + i * 4 + 2)) % 100 < 35 AS c3,
       abs(hashint4(g * 256 + i * 4 + 3)) % 100 < 35 AS c4,
       e = 1 AS x1, e = 2 AS x2, e = 3 AS x3, e = 4 AS x4
  FROM s;
CREATE TABLE chk.tie AS
SELECT g, i, timestamp '2025-01-01' + (t - 1) * interval '1 second' AS ts, t - 1 AS t, e,
       c1, c2, c3, c4, x1, x2, x3, x4
  FROM (SELECT g, i, 1 + abs(hashint4(g * 64 + i + 7)) % 9 AS t, e, c1, c2, c3, c4, x1, x2, x3, x4
          FROM chk.ev) s;
ANALYZE chk.ev;
ANALYZE chk.tie;
