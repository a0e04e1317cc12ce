-- What a user keeps over the extension, for test/dump/run.sh: materialized views over
-- every family of aggregates, a table of fitted models (columns of the extension's types),
-- a view computing from those models, and an index on an expression of an extension
-- function.  Run by the database owner, after demo/data.sql.
SET client_min_messages = warning;
CREATE SCHEMA reports;

-- RFM (docs/scheduling.md), with a unique index for REFRESH ... CONCURRENTLY and an
-- expression index over rfm_segment
CREATE MATERIALIZED VIEW reports.rfm AS
WITH per_customer AS (
    SELECT customer_id, rfm_agg(order_ts, amount, timestamptz '2026-01-01') AS v
    FROM demo.orders GROUP BY customer_id
), model AS (
    SELECT rfm_model((v).recency_days, (v).frequency, (v).monetary) AS m FROM per_customer
)
SELECT p.customer_id, (p.v).recency_days, (p.v).frequency, (p.v).monetary, s.r, s.f, s.m, s.code
FROM per_customer p CROSS JOIN model
CROSS JOIN LATERAL rfm_score(model.m, (p.v).recency_days, (p.v).frequency, (p.v).monetary) AS s;
CREATE UNIQUE INDEX rfm_pk ON reports.rfm (customer_id);
CREATE INDEX rfm_segment_zh ON reports.rfm ((rfm_segment(r, f, m, 'zh')));

-- funnels: boolean steps (fixed arity, with a mode), event names, details, counts
CREATE MATERIALIZED VIEW reports.funnel AS
WITH per_visit AS (
    SELECT channel, customer_id, session_no,
           window_funnel('1 hour', event_ts, event = 'view', event = 'cart', event = 'order', event = 'pay') AS level,
           window_funnel('1 hour', event_ts, 'strict_order', event = 'view', event = 'cart', event = 'pay') AS strict_level,
           window_funnel('1 hour', event_ts, event, ARRAY['view', 'cart', 'order', 'pay']) AS level_names,
           funnel_detail('1 hour', event_ts, event, ARRAY['view', 'cart', 'order', 'pay']) AS detail
    FROM demo.events GROUP BY channel, customer_id, session_no
)
SELECT channel, funnel_counts(level, 4) AS counts, funnel_counts(strict_level, 3) AS strict_counts,
       funnel_counts(level_names, 4) AS counts_names,
       count(*) FILTER (WHERE (detail).level = 4) AS paid,
       max((detail).step_times[4] - (detail).step_times[1]) AS slowest_to_pay
FROM per_visit GROUP BY channel;

-- paths and retention
CREATE MATERIALIZED VIEW reports.paths AS
SELECT customer_id,
       sequence_match('(?1).*(?2)', event_ts, channel <> 'store', channel = 'store') AS online_then_store,
       sequence_count('(?1)(?t<=1800)(?2)', event_ts, event = 'cart', event = 'pay') AS quick_pays,
       retention(event = 'view', event = 'cart', event = 'pay') AS kept
FROM demo.events GROUP BY customer_id;
CREATE MATERIALIZED VIEW reports.cohorts AS
SELECT cohort_retention(order_ts, 'month', 4) AS c
FROM demo.orders GROUP BY customer_id;

-- churn signals
CREATE MATERIALIZED VIEW reports.churn AS
SELECT o.customer_id, o.c, a.d
FROM (SELECT customer_id, churn_signals(order_ts, amount, timestamptz '2026-01-01') AS c
      FROM demo.orders GROUP BY customer_id) o
JOIN (SELECT customer_id, activity_drop(event_ts, dwell_seconds, '2026-01-01', '30 days') AS d
      FROM demo.events GROUP BY customer_id) a USING (customer_id);

-- fitted models stored in a table, and a view scoring customers with them
CREATE MATERIALIZED VIEW reports.btyd AS
SELECT customer_id, (btyd_summary(order_ts, amount, '2026-01-01', '1 day', '7 days')).*
FROM demo.orders GROUP BY customer_id;
CREATE TABLE reports.models AS
SELECT 'demo 2025'::text AS name,
       (SELECT rfm_model(recency_days, frequency, monetary) FROM reports.rfm) AS rfm,
       bgnbd_fit(frequency, recency, t) AS bg,
       gamma_gamma_fit(frequency, monetary_value) AS gg
FROM reports.btyd;
CREATE VIEW reports.clv AS
SELECT b.customer_id, bgnbd_p_alive(m.bg, b.frequency, b.recency, b.t) AS p_alive,
       customer_lifetime_value(m.bg, m.gg, b.frequency, b.recency, b.t, b.monetary_value, 12, 0.01, 4.345) AS clv,
       rfm_segment(s.r, s.f, s.m) AS segment
FROM reports.btyd b JOIN reports.rfm r USING (customer_id)
CROSS JOIN reports.models m
CROSS JOIN LATERAL rfm_score(m.rfm, r.recency_days, r.frequency, r.monetary) AS s;
