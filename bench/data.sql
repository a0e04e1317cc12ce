-- Benchmark data, deterministic: psql -v events=1000000 -f bench/data.sql
--
--   bench.events  (user_id, ts, event, amount): ~:events rows of view/cart/order/pay
--                 sessions with real drop-off, users with a long-tailed session count,
--                 rows stored in an order unrelated to time (shuffled).
--   bench.orders  (user_id, ts, amount): the 'pay' events.
--   bench.rfm     (customer_id, recency, frequency, monetary): one row per customer
--                 with heavy ties, 1,000,000 rows whatever :events is.
SET client_min_messages = warning;
SET TimeZone = 'UTC';
DROP SCHEMA IF EXISTS bench CASCADE;
CREATE SCHEMA bench;
SELECT setseed(0.77);

-- 1 session gives 2.2 events on average (view always, cart 45%, order 70%, pay 90%)
CREATE UNLOGGED TABLE bench.sessions AS
SELECT s AS session_id,
       1 + floor((:events / 10) * power(random(), 2.0))::int AS user_id,
       timestamptz '2025-01-01' + random() * interval '365 days' AS start_ts,
       CASE WHEN random() >= 0.45 THEN 1 WHEN random() >= 0.70 THEN 2
            WHEN random() >= 0.90 THEN 3 ELSE 4 END AS depth
FROM generate_series(1, (:events / 1.55)::bigint) AS s;

CREATE UNLOGGED TABLE bench.events AS
SELECT user_id,
       start_ts + (step * 3 + floor(random() * 3)) * interval '1 minute' AS ts,
       (ARRAY['view','cart','order','pay'])[step] AS event,
       CASE WHEN step = 4 THEN round((20 + 300 * random() * random())::numeric, 2) END AS amount
FROM bench.sessions, generate_series(1, 4) AS step
WHERE step <= depth
ORDER BY random();
DROP TABLE bench.sessions;
CREATE INDEX ON bench.events (user_id, event, ts);   -- what a careful analyst adds for the join baselines

CREATE UNLOGGED TABLE bench.orders AS
SELECT user_id, ts, amount FROM bench.events WHERE event = 'pay';

CREATE UNLOGGED TABLE bench.rfm AS
SELECT c AS customer_id,
       floor(random() * 365)::float8 AS recency,
       (1 + floor(-ln(1 - random()) * 2))::float8 AS frequency,
       round((50 * exp(random() * 3))::numeric, 0)::float8 AS monetary
FROM generate_series(1, 1000000) AS c;

VACUUM ANALYZE bench.events;
VACUUM ANALYZE bench.orders;
VACUUM ANALYZE bench.rfm;
SELECT (SELECT count(*) FROM bench.events) AS events,
       (SELECT count(DISTINCT user_id) FROM bench.events) AS users,
       (SELECT count(*) FROM bench.orders) AS orders;

-- 1M customers' (x, t_x, T) in weeks for the BG/NBD fit: Poisson-ish repeat counts
-- over a lifetime cut by churn, observed for 26..52 weeks.
CREATE UNLOGGED TABLE bench.btyd AS
WITH c AS (
    SELECT c, 26 + floor(random() * 27)::float8 AS t,
           -ln(1 - random()) * 0.15 AS lam,                 -- purchases per week
           -ln(1 - random()) * 40 AS life                    -- weeks alive
    FROM generate_series(1, 1000000) AS c
), x AS (
    SELECT c, t, least(t, life) AS alive,
           floor(-ln(1 - random()) * lam * least(t, life) * 1.0) AS x
    FROM c
)
SELECT c AS customer_id, x AS frequency,
       CASE WHEN x = 0 THEN 0 ELSE round((alive * (0.5 + 0.5 * random()))::numeric, 2)::float8 END AS recency,
       t
FROM x;
VACUUM ANALYZE bench.btyd;
