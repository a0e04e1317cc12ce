-- customer_analytics demo report over demo/data.sql.  Run: psql -f demo/report.sql
\set QUIET 1
\pset footer off
SET TimeZone = 'UTC';
SET client_min_messages = warning;

-- per-customer facts, shared by the sections below
CREATE TEMP TABLE rfm_facts AS
SELECT customer_id, (rfm_agg(order_ts, amount, timestamptz '2026-01-01')).*
FROM demo.orders GROUP BY customer_id;
CREATE TEMP TABLE rfm_scored AS
WITH model AS (SELECT rfm_model(recency_days, frequency, monetary) AS m FROM rfm_facts)
SELECT f.*, s.r, s.f, s.m, s.code,
       rfm_segment(s.r, s.f, s.m) AS segment, rfm_segment(s.r, s.f, s.m, 'zh') AS segment_zh,
       rfm_class(model.m, f.recency_days, f.frequency, f.monetary) AS class_zh,
       rfm_class(model.m, f.recency_days, f.frequency, f.monetary, 'en') AS class_en
FROM rfm_facts f CROSS JOIN model
CROSS JOIN LATERAL rfm_score(model.m, f.recency_days, f.frequency, f.monetary) AS s;

\echo
\echo '== 1. RFM segments · RFM 客户分层 (as of 2026-01-01) =='
SELECT segment, segment_zh AS "分层", count(*) AS customers,
       round(100.0 * count(*) / sum(count(*)) OVER (), 1) AS "customers %",
       round(sum(monetary)) AS revenue,
       round(100.0 * sum(monetary) / sum(sum(monetary)) OVER (), 1) AS "revenue %",
       round(avg(recency_days)) AS "avg recency d", round(avg(frequency), 1) AS "avg orders"
FROM rfm_scored GROUP BY segment, segment_zh ORDER BY sum(monetary) DESC;

\echo
\echo '== 1b. The 8 classic RFM classes · 八大客户类型 (high/low vs the mean) =='
SELECT class_zh AS "客户类型", class_en AS class, count(*) AS customers,
       round(100.0 * sum(monetary) / sum(sum(monetary)) OVER (), 1) AS "revenue %"
FROM rfm_scored GROUP BY class_zh, class_en ORDER BY sum(monetary) DESC;

\echo
\echo '== 2. Funnel view → cart → order → pay by channel · 分渠道转化漏斗 (per visit, 1-hour window) =='
WITH per_visit AS (
    SELECT channel, window_funnel('1 hour', event_ts, event = 'view', event = 'cart', event = 'order', event = 'pay') AS level
    FROM demo.events GROUP BY channel, customer_id, session_no
), counts AS (
    SELECT channel, funnel_counts(level, 4) AS c FROM per_visit GROUP BY channel
)
SELECT channel, r.label AS step, r.users AS visits,
       round(100 * r.conversion_from_previous) AS "step %", round(100 * r.conversion_from_first) AS "overall %",
       r.bar
FROM counts CROSS JOIN LATERAL funnel_report(c, ARRAY['view', 'cart', 'order', 'pay']) AS r
ORDER BY channel, r.step;

\echo
\echo '== 3. Monthly repurchase cohorts · 月度复购留存 (cohort = first-order month; % of the cohort ordering again in month +k) =='
WITH per_customer AS (
    -- one pass over the orders: cohort = first month, retained[k+1] = ordered in month +k
    SELECT cohort_retention(order_ts, 'month', 7) AS c FROM demo.orders GROUP BY customer_id
), cohorts AS (
    SELECT (c).cohort, retention_sum((c).retained) AS s FROM per_customer GROUP BY 1
)
SELECT to_char(cohort, 'YYYY-MM') AS cohort, s[1] AS customers,
       -- a month after the data ends (2025-12) is not observed yet: blank, not 0
       CASE WHEN cohort + interval '1 month' < '2026-01-01' THEN round(100.0 * s[2] / s[1]) END AS "+1",
       CASE WHEN cohort + interval '2 months' < '2026-01-01' THEN round(100.0 * s[3] / s[1]) END AS "+2",
       CASE WHEN cohort + interval '3 months' < '2026-01-01' THEN round(100.0 * s[4] / s[1]) END AS "+3",
       CASE WHEN cohort + interval '4 months' < '2026-01-01' THEN round(100.0 * s[5] / s[1]) END AS "+4",
       CASE WHEN cohort + interval '5 months' < '2026-01-01' THEN round(100.0 * s[6] / s[1]) END AS "+5",
       CASE WHEN cohort + interval '6 months' < '2026-01-01' THEN round(100.0 * s[7] / s[1]) END AS "+6"
FROM cohorts ORDER BY cohort;

-- BG/NBD and Gamma-Gamma, fitted in weeks on the same orders
CREATE TEMP TABLE btyd AS
SELECT customer_id, (btyd_summary(order_ts, amount, timestamptz '2026-01-01', '1 day', '7 days')).*
FROM demo.orders GROUP BY customer_id;
CREATE TEMP TABLE models AS
SELECT (SELECT bgnbd_fit(frequency, recency, t) FROM btyd) AS bg,
       (SELECT gamma_gamma_fit(frequency, monetary_value) FROM btyd) AS gg;
CREATE TEMP TABLE signals AS
SELECT customer_id, (churn_signals(order_ts, amount, timestamptz '2026-01-01')).*
FROM demo.orders GROUP BY customer_id;

\echo
\echo '== 4. Top at-risk high-value customers · 高价值流失预警 (churn signals and BG/NBD P(alive)) =='
SELECT s.customer_id, c.region, c.channel, s.segment_zh AS "分层", round(s.monetary) AS spend,
       g.orders, round(g.days_since_last) AS "days since", round(g.mean_gap_days) AS "usual gap",
       round(g.gap_ratio::numeric, 1) AS "gap x", g.aov_change IS NOT NULL AND g.aov_dropped AS "AOV -30%",
       g.churn_risk AS risk,
       round(bgnbd_p_alive(m.bg, b.frequency, b.recency, b.t)::numeric, 3) AS "P(alive)"
FROM rfm_scored s
JOIN signals g USING (customer_id)
JOIN btyd b USING (customer_id)
JOIN demo.customers c USING (customer_id)
CROSS JOIN models m
WHERE s.segment IN ('Champions', 'Loyal Customers', 'Cannot Lose Them', 'At Risk')
  AND g.churn_risk IN ('high', 'medium')
ORDER BY s.monetary DESC
LIMIT 10;

\echo
\echo '== 5. Customer lifetime value by segment · 分层客户终身价值 (next 12 months, 1% monthly discount) =='
\pset footer off
SELECT 'BG/NBD: ' || m.bg::text AS model FROM models m
UNION ALL
SELECT 'Gamma-Gamma: ' || m.gg::text FROM models m;
WITH clv AS (
    SELECT s.segment, s.segment_zh,
           customer_lifetime_value(m.bg, m.gg, b.frequency, b.recency, b.t, b.monetary_value,
                                   12, 0.01, 4.345) AS clv,         -- model in weeks: 4.345 per month
           bgnbd_expected_purchases(m.bg, 52, b.frequency, b.recency, b.t) AS next_year_orders
    FROM rfm_scored s JOIN btyd b USING (customer_id) CROSS JOIN models m
)
SELECT segment, segment_zh AS "分层", count(*) AS customers,
       round(avg(next_year_orders)::numeric, 2) AS "orders next 52w",
       round(avg(clv)::numeric) AS "avg CLV", round(sum(clv)::numeric) AS "total CLV",
       round(100 * sum(clv) / sum(sum(clv)) OVER ())::numeric AS "CLV %"
FROM clv GROUP BY segment, segment_zh ORDER BY sum(clv) DESC;
