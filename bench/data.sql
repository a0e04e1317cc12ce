-- Benchmark data, deterministic: psql -v events=1000000 -f bench/data.sql
--
--   bench.events  (user_id, ts, event, amount): about :events rows of view/cart/order/pay
--                 events of :events / 10 users, rows stored in an order unrelated to
--                 time (shuffled).  A session has several product views (1 + a
--                 geometric number, 3.0 on average, about 2 minutes apart); 30% of
--                 sessions put something in the cart, 55% of those order, 85% of
--                 those pay.  One order in five is placed on a later visit, 2 to 72
--                 hours after the cart (so some fall outside a 1-day funnel window).
--                 Every user has one session; the other sessions go to users with
--                 a long tail (user k's share falls as 1/sqrt(k)), so a few users
--                 have thousands of events and the median user a handful.
--   bench.orders  (user_id, ts, amount): the 'pay' events.
--   bench.rfm     (customer_id, recency, frequency, monetary): one row per customer
--                 with heavy ties, 1,000,000 rows whatever :events is.
--
-- Session shape, for the funnel sensitivity runs (bench/run.sh, CA_BENCH_SESSIONS):
-- -v views=V sets the mean product views per session (V > 1, default 3.0), -v carts=C the mean
-- cart additions of a session that carts (default 1; the extra ones fall between the
-- first cart and the order).  The event count stays about :events, so denser sessions
-- mean fewer of them.  Without these variables the data is exactly the default above.
SET client_min_messages = warning;
SET TimeZone = 'UTC';
DROP SCHEMA IF EXISTS bench CASCADE;
CREATE SCHEMA bench;
SELECT setseed(0.77);

-- a session gives 3.0 + 0.30 + 0.165 + 0.14 = 3.61 events on average.  Views per session
-- are 1 + floor(an exponential of mean view_scale), whose mean is 1 + 1 / (e^(1/scale) - 1);
-- extra carts likewise.  (3.61 and 2.5 are the default's rounded figures, kept as they
-- were so that the default data stays the same.)
\if :{?views}
\else
\set views 3.0
\endif
\if :{?carts}
\else
\set carts 1
\endif
SELECT (:events / 10)::bigint AS users,
       ceil(:events / CASE WHEN :views = 3.0 AND :carts = 1 THEN 3.61
                           ELSE :views + 0.30 * :carts + 0.165 + 0.14 END)::bigint AS nsessions,
       CASE WHEN :views = 3.0 THEN 2.5 ELSE 1 / ln(:views / (:views - 1.0)) END AS view_scale,
       CASE WHEN :carts > 1 THEN 1 / ln(:carts / (:carts - 1.0)) ELSE 0 END AS cart_scale \gset

CREATE UNLOGGED TABLE bench.sessions AS
SELECT s AS session_id,
       CASE WHEN s <= :users THEN s
            ELSE 1 + floor(:users * power(random(), 2.0))::bigint END::int AS user_id,
       timestamptz '2025-01-01' + random() * interval '365 days' AS start_ts,
       1 + floor(-ln(1 - random()) * :view_scale)::int AS views,
       random() AS r_cart, random() AS r_order, random() AS r_pay, random() AS r_later
FROM generate_series(1, :nsessions) AS s;

CREATE UNLOGGED TABLE bench.session_steps AS
SELECT s.session_id, s.user_id, s.start_ts, s.views, c.cart_ts, o.order_ts,
       CASE WHEN s.r_pay < 0.85 THEN o.order_ts + interval '10 seconds' + random() * interval '3 minutes' END AS pay_ts,
       CASE WHEN :carts > 1 AND c.cart_ts IS NOT NULL THEN floor(-ln(1 - random()) * :cart_scale)::int ELSE 0 END AS extra_carts
FROM bench.sessions s
CROSS JOIN LATERAL (SELECT CASE WHEN s.r_cart < 0.30
                                THEN s.start_ts + (s.views * 2 + random() * 5) * interval '1 minute' END AS cart_ts) c
CROSS JOIN LATERAL (SELECT CASE WHEN s.r_order < 0.55 THEN
                                c.cart_ts + CASE WHEN s.r_later < 0.2
                                                 THEN interval '2 hours' + random() * interval '70 hours'
                                                 ELSE interval '1 minute' + random() * interval '10 minutes' END
                           END AS order_ts) o;
DROP TABLE bench.sessions;

CREATE UNLOGGED TABLE bench.events AS
SELECT user_id, ts, event, amount FROM (
    SELECT user_id, start_ts + ((v - 1) * 2 + random() * 2) * interval '1 minute' AS ts,
           'view'::text AS event, NULL::numeric AS amount
      FROM bench.session_steps, generate_series(1, views) AS v
    UNION ALL
    SELECT user_id, cart_ts, 'cart', NULL FROM bench.session_steps WHERE cart_ts IS NOT NULL
    UNION ALL
    SELECT user_id, order_ts, 'order', NULL FROM bench.session_steps WHERE order_ts IS NOT NULL
    UNION ALL
    SELECT user_id, pay_ts, 'pay', round((20 + 300 * random() * random())::numeric, 2)
      FROM bench.session_steps WHERE pay_ts IS NOT NULL
    UNION ALL   -- none by default (-v carts=1)
    SELECT user_id, cart_ts + random() * coalesce(order_ts - cart_ts, interval '10 minutes'), 'cart', NULL
      FROM bench.session_steps, generate_series(1, extra_carts)
) e
ORDER BY random();
DROP TABLE bench.session_steps;
CREATE INDEX ON bench.events (user_id, event, ts);   -- what a careful analyst adds for the join baselines

-- The same events in a table hash-partitioned by user (4 partitions), for the parallel
-- funnel workloads: with enable_partitionwise_aggregate each partition's GROUP BY user_id
-- is complete, so parallel workers aggregate whole partitions and nothing is combined.
CREATE UNLOGGED TABLE bench.events_by_user (LIKE bench.events) PARTITION BY HASH (user_id);
CREATE UNLOGGED TABLE bench.events_by_user_0 PARTITION OF bench.events_by_user FOR VALUES WITH (MODULUS 4, REMAINDER 0);
CREATE UNLOGGED TABLE bench.events_by_user_1 PARTITION OF bench.events_by_user FOR VALUES WITH (MODULUS 4, REMAINDER 1);
CREATE UNLOGGED TABLE bench.events_by_user_2 PARTITION OF bench.events_by_user FOR VALUES WITH (MODULUS 4, REMAINDER 2);
CREATE UNLOGGED TABLE bench.events_by_user_3 PARTITION OF bench.events_by_user FOR VALUES WITH (MODULUS 4, REMAINDER 3);
INSERT INTO bench.events_by_user SELECT * FROM bench.events;

CREATE UNLOGGED TABLE bench.orders AS
SELECT user_id, ts, amount FROM bench.events WHERE event = 'pay';

CREATE UNLOGGED TABLE bench.rfm AS
SELECT c AS customer_id,
       floor(random() * 365)::float8 AS recency,
       (1 + floor(-ln(1 - random()) * 2))::float8 AS frequency,
       round((50 * exp(random() * 3))::numeric, 0)::float8 AS monetary
FROM generate_series(1, 1000000) AS c;

VACUUM ANALYZE bench.events;
VACUUM ANALYZE bench.events_by_user;
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
