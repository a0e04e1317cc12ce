-- Views and expected answers for test/concurrency/run.sh (after demo/data.sql).
SET client_min_messages = warning;
DROP MATERIALIZED VIEW IF EXISTS conc_rfm;
DROP TABLE IF EXISTS conc_expected;

-- the recipe of docs/scheduling.md, with a fixed as_of so that answers never change
CREATE MATERIALIZED VIEW conc_rfm AS
WITH per_customer AS (
    SELECT customer_id, rfm_agg(order_ts, amount, timestamptz '2026-01-01') AS v
    FROM demo.orders GROUP BY customer_id
), model AS (
    SELECT rfm_model((v).recency_days, (v).frequency, (v).monetary) AS m FROM per_customer
)
SELECT p.customer_id, (p.v).recency_days, (p.v).frequency, (p.v).monetary,
       s.r, s.f, s.m, s.code,
       rfm_segment(s.r, s.f, s.m) AS segment, rfm_segment(s.r, s.f, s.m, 'zh') AS segment_zh
FROM per_customer p CROSS JOIN model
CROSS JOIN LATERAL rfm_score(model.m, (p.v).recency_days, (p.v).frequency, (p.v).monetary) AS s;
CREATE UNIQUE INDEX conc_rfm_pk ON conc_rfm (customer_id);

-- each report as one md5 over its ordered rows
CREATE FUNCTION conc_report(name text) RETURNS text LANGUAGE plpgsql STABLE AS $f$
DECLARE res text;
BEGIN
  IF name = 'rfm_segments_mv' THEN
    SELECT md5(string_agg(format('%s|%s|%s|%s', segment, segment_zh, n, spend), ',' ORDER BY segment)) INTO res
    FROM (SELECT segment, segment_zh, count(*) n, sum(monetary) spend FROM conc_rfm GROUP BY 1, 2) t;
  ELSIF name = 'rfm_segments' THEN
    WITH per_customer AS (
        SELECT customer_id, rfm_agg(order_ts, amount, timestamptz '2026-01-01') AS v
        FROM demo.orders GROUP BY customer_id
    ), model AS (
        SELECT rfm_model((v).recency_days, (v).frequency, (v).monetary) AS m FROM per_customer
    ), scored AS (
        SELECT rfm_segment(s.r, s.f, s.m) AS segment, rfm_segment(s.r, s.f, s.m, 'zh') AS segment_zh, (p.v).monetary
        FROM per_customer p CROSS JOIN model
        CROSS JOIN LATERAL rfm_score(model.m, (p.v).recency_days, (p.v).frequency, (p.v).monetary) AS s
    )
    SELECT md5(string_agg(format('%s|%s|%s|%s', segment, segment_zh, n, spend), ',' ORDER BY segment)) INTO res
    FROM (SELECT segment, segment_zh, count(*) n, sum(monetary) spend FROM scored GROUP BY 1, 2) t;
  ELSIF name = 'funnel_by_channel' THEN
    WITH per_visit AS (
        SELECT channel, window_funnel('1 hour', event_ts, event = 'view', event = 'cart', event = 'order', event = 'pay') AS level
        FROM demo.events GROUP BY channel, customer_id, session_no
    ), counts AS (
        SELECT channel, funnel_counts(level, 4) AS c FROM per_visit GROUP BY channel
    )
    SELECT md5(string_agg(format('%s|%s|%s|%s|%s', channel, r.step, r.users, r.conversion_from_previous, r.bar), ','
                          ORDER BY channel, r.step)) INTO res
    FROM counts CROSS JOIN LATERAL funnel_report(c, ARRAY['view', 'cart', 'order', 'pay']) AS r;
  ELSIF name = 'cohort_matrix' THEN
    WITH first AS (
        SELECT customer_id, date_trunc('month', min(order_ts)) AS cohort FROM demo.orders GROUP BY customer_id
    ), per_customer AS (
        SELECT f.cohort,
               retention(date_trunc('month', o.order_ts) = f.cohort,
                         date_trunc('month', o.order_ts) = f.cohort + interval '1 month',
                         date_trunc('month', o.order_ts) = f.cohort + interval '2 months',
                         date_trunc('month', o.order_ts) = f.cohort + interval '3 months') AS r
        FROM demo.orders o JOIN first f USING (customer_id)
        GROUP BY o.customer_id, f.cohort
    )
    SELECT md5(string_agg(format('%s|%s|%s', cohort, s, retention_rates(s)), ',' ORDER BY cohort)) INTO res
    FROM (SELECT cohort, retention_sum(r) AS s FROM per_customer GROUP BY cohort) t;
  ELSIF name = 'churn_watch_list' THEN
    SELECT md5(string_agg(format('%s|%s|%s', customer_id, (c).churn_risk, (c).gap_ratio), ',' ORDER BY customer_id)) INTO res
    FROM (SELECT customer_id, churn_signals(order_ts, amount, timestamptz '2026-01-01') AS c
          FROM demo.orders GROUP BY customer_id) t
    WHERE (c).churn_risk IN ('high', 'medium');
  ELSE
    RAISE EXCEPTION 'unknown report %', name;
  END IF;
  RETURN res;
END $f$;

CREATE TABLE conc_expected AS
SELECT name, conc_report(name) AS md5
FROM unnest(ARRAY['rfm_segments_mv', 'rfm_segments', 'funnel_by_channel', 'cohort_matrix', 'churn_watch_list']) name;
ALTER TABLE conc_expected ADD PRIMARY KEY (name);

-- the answer checked inside a pgbench transaction: division by zero on a wrong answer
CREATE FUNCTION conc_check(name text) RETURNS int LANGUAGE sql STABLE AS $f$
SELECT 1 / (conc_report(name) IS NOT DISTINCT FROM (SELECT md5 FROM conc_expected e WHERE e.name = conc_check.name))::int
$f$;
