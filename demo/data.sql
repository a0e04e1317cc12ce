-- customer_analytics demo: a deterministic synthetic new-retail data set.
--
--   demo.customers  5,000 members: region, city tier, age band, gender, acquisition channel
--   demo.sessions   visits: start time, channel, how deep into the funnel they went
--   demo.events     behaviour: login, view, cart, order, pay (with dwell seconds and the
--                   visit's marketing campaign), 2025
--   demo.orders     paid orders with amounts, channel and campaign (one per 'pay' event)
--
-- Each customer has a latent visit rate (long-tailed), a latent lifetime after which
-- they stop coming (churn), and a typical basket size.  Each visit is a session that
-- drops off like a real shop: view → cart (38%) → order (62%) → pay (88%).
-- setseed() makes every run produce the same rows.  Run: psql -f demo/data.sql
SET client_min_messages = warning;
SET TimeZone = 'UTC';
DROP SCHEMA IF EXISTS demo CASCADE;
CREATE SCHEMA demo;
SELECT setseed(0.2026);

CREATE TABLE demo.customers AS
SELECT id AS customer_id,
       (ARRAY['华东 East','华南 South','华北 North','西南 Southwest','华中 Central'])[1 + floor(random() * 5)::int] AS region,
       (ARRAY['tier 1','tier 2','tier 3'])[1 + floor(random() * 3)::int] AS city_tier,
       (ARRAY['18-24','25-34','25-34','35-44','45+'])[1 + floor(random() * 5)::int] AS age_band,
       (ARRAY['F','M'])[1 + floor(random() * 2)::int] AS gender,
       (ARRAY['app','app','mini_program','mini_program','store','third_party'])[1 + floor(random() * 6)::int] AS channel,
       timestamptz '2025-01-01' + random() * interval '300 days' AS signup_ts,
       -- visits per day: exponential mixture, a few very active members
       (CASE WHEN random() < 0.1 THEN 0.25 ELSE 0.04 END) * -ln(1 - random()) + 0.005 AS visit_rate,
       -- days until the member stops visiting
       -ln(1 - random()) * 240 AS life_days,
       -- typical basket (CNY), log-normal-ish
       round((60 * exp(random() * 2.2))::numeric, 2) AS basket
FROM generate_series(1, 5000) AS id;
ALTER TABLE demo.customers ADD PRIMARY KEY (customer_id);

-- Sessions: exponential gaps at the member's visit rate until churn or year end.
CREATE TABLE demo.sessions AS
WITH gaps AS (
    SELECT c.customer_id, k, c.signup_ts, c.life_days, c.channel, c.basket,
           -ln(1 - random()) / c.visit_rate AS gap_days
    FROM demo.customers c, generate_series(0, 80) AS k
), walk AS (
    SELECT *, sum(CASE WHEN k = 0 THEN 0 ELSE gap_days END)
                  OVER (PARTITION BY customer_id ORDER BY k) AS at_day
    FROM gaps
)
SELECT customer_id, k AS session_no,
       signup_ts + at_day * interval '1 day'
         + ((ARRAY[12, 13, 20, 21, 21, 22, 9, 15])[1 + floor(random() * 8)::int] - 10) * interval '1 hour' AS start_ts,
       CASE WHEN random() < 0.8 THEN channel
            ELSE (ARRAY['app','mini_program','store','third_party'])[1 + floor(random() * 4)::int] END AS channel,
       -- funnel depth: 1 view, 2 cart, 3 order, 4 pay
       CASE WHEN k = 0 THEN 4                       -- the first visit is the first purchase
            WHEN random() >= 0.38 THEN 1
            WHEN random() >= 0.62 THEN 2
            WHEN random() >= 0.88 THEN 3
            ELSE 4 END AS depth,
       basket
FROM walk
WHERE at_day <= life_days OR k = 0;
DELETE FROM demo.sessions WHERE start_ts >= timestamptz '2026-01-01';

CREATE TABLE demo.events AS
SELECT s.customer_id, s.session_no, s.channel,
       s.start_ts + (step * 5 + 4 * random()) * interval '1 minute' AS event_ts,  -- steps in order
       (ARRAY['login','view','cart','order','pay'])[step + 1] AS event,
       CASE WHEN step = 1 THEN round((30 + 400 * random())::numeric) ELSE 0 END AS dwell_seconds,
       -- the marketing campaign that brought the visit (NULL: none).  Derived by arithmetic
       -- from the visit, never from random(), so adding it left every other value unchanged.
       CASE WHEN (s.session_no = 0 AND s.customer_id % 2 = 0)
                 OR (s.customer_id * 37 + s.session_no * 61) % 100 < 4 THEN '新人券 new-member coupon'
            WHEN s.start_ts >= '2025-11-01' AND s.start_ts < '2025-11-12'
                 AND (s.customer_id * 37 + s.session_no * 61) % 100 < 70 THEN '双11 Singles Day'
            WHEN s.start_ts >= '2025-06-01' AND s.start_ts < '2025-06-19'
                 AND (s.customer_id * 37 + s.session_no * 61) % 100 < 70 THEN '618 mid-year sale'
            WHEN (s.customer_id * 37 + s.session_no * 61) % 100 < 14 THEN '直播 livestream'
       END AS campaign
FROM demo.sessions s, generate_series(0, 4) AS step
WHERE step <= s.depth;
CREATE INDEX ON demo.events (customer_id, event_ts);

CREATE TABLE demo.orders AS
SELECT row_number() OVER (ORDER BY e.event_ts, e.customer_id) AS order_id,
       e.customer_id, e.event_ts AS order_ts, e.channel,
       round(s.basket * (0.4 + 1.2 * random())::numeric, 2) AS amount,
       e.campaign
FROM demo.events e
JOIN demo.sessions s USING (customer_id, session_no)
WHERE e.event = 'pay';
ALTER TABLE demo.orders ADD PRIMARY KEY (order_id);
CREATE INDEX ON demo.orders (customer_id);

ANALYZE demo.customers, demo.sessions, demo.events, demo.orders;
