# Workloads: sourced by bench/run.sh once per size, with N, ROWS, OROWS, FLOOR_EV, FLOOR_OR set.
# Each line: name, rows, extension query, plain-SQL baseline an analyst writes today, floor.
AS_OF="timestamptz '2026-01-01'"

# --- funnels (issue 4): window_funnel vs the chained self-join funnel, both forms of
# window_funnel (boolean steps; event name + step-name array) against the same
# baseline and floor, measured once
FUNNEL_BASE="SELECT v.user_id, CASE WHEN bool_or(p.ts IS NOT NULL) THEN 4 WHEN bool_or(o.ts IS NOT NULL) THEN 3 WHEN bool_or(c.ts IS NOT NULL) THEN 2 ELSE 1 END
   FROM bench.events v
   LEFT JOIN bench.events c ON c.user_id = v.user_id AND c.event = 'cart'  AND c.ts > v.ts AND c.ts <= v.ts + interval '1 day'
   LEFT JOIN bench.events o ON o.user_id = c.user_id AND o.event = 'order' AND o.ts > c.ts AND o.ts <= v.ts + interval '1 day'
   LEFT JOIN bench.events p ON p.user_id = o.user_id AND p.event = 'pay'   AND p.ts > o.ts AND p.ts <= v.ts + interval '1 day'
  WHERE v.event = 'view' GROUP BY v.user_id"
FUNNEL_BOOL="SELECT user_id, window_funnel('1 day', ts, event = 'view', event = 'cart', event = 'order', event = 'pay') FROM bench.events GROUP BY user_id"
FUNNEL_NAMES="SELECT user_id, window_funnel('1 day', ts, event, ARRAY['view', 'cart', 'order', 'pay']) FROM bench.events GROUP BY user_id"
if selected "window_funnel@$N" || selected "window_funnel_names@$N"; then
	shared_base "$FUNNEL_BASE" "$FLOOR_EV"
fi
bench_one "window_funnel@$N" "$ROWS" \
"$FUNNEL_BOOL" \
"=shared" "=shared"
bench_one "window_funnel_names@$N" "$ROWS" \
"$FUNNEL_NAMES" \
"=shared" "=shared"

# --- the same in user order: with enable_hashagg off PostgreSQL reads the index on
# (user_id, event, ts) in user order (index-only scan, GroupAggregate), so the aggregate
# holds one user's events at a time instead of a hash table of every user's.  It picks
# this plan itself at work_mem up to 64MB; at the bench's 256MB it hashes, 3x slower.
# The floor runs under the same setting (it takes the same index); the baseline does not
# (its plan as in the rows above).
BENCH_SET="SET enable_hashagg = off;" BASE_SET=""
if selected "window_funnel_ordered@$N" || selected "window_funnel_names_ordered@$N"; then
	shared_base "$FUNNEL_BASE" "$FLOOR_EV"
fi
bench_one "window_funnel_ordered@$N" "$ROWS" \
"$FUNNEL_BOOL" \
"=shared" "=shared"
bench_one "window_funnel_names_ordered@$N" "$ROWS" \
"$FUNNEL_NAMES" \
"=shared" "=shared"
unset BASE_SET; BENCH_SET=""

# --- funnels in parallel (issue 6): per-user GROUP BY splits a user's events between
# workers, so partial states are shipped and combined and 2 workers gain nothing on 2
# cores.  On a table hash-partitioned by user with partitionwise aggregation, each
# worker aggregates whole partitions: per-user levels, and users per step for 8 user
# cohorts (user_id % 8, standing in for an acquisition channel).  Floor: count(*) per
# user on the same partitioned table with the same settings.
BENCH_SET="SET enable_partitionwise_aggregate = on;"
bench_one "funnel_partitioned@$N" "$ROWS" \
"SELECT user_id, window_funnel('1 day', ts, event, ARRAY['view', 'cart', 'order', 'pay']) FROM bench.events_by_user GROUP BY user_id" \
"" "SELECT user_id, count(*) FROM bench.events_by_user GROUP BY user_id"
bench_one "funnel_by_cohort@$N" "$ROWS" \
"SELECT user_id % 8 AS cohort, funnel_counts(l, 4) FROM (SELECT user_id, window_funnel('1 day', ts, event, ARRAY['view', 'cart', 'order', 'pay']) AS l FROM bench.events_by_user GROUP BY user_id) u GROUP BY 1" \
"" "SELECT user_id, count(*) FROM bench.events_by_user GROUP BY user_id"
BENCH_SET=""

# --- sequences (issue 4): sequence_match vs the self-join an analyst writes for "viewed,
# then put in the cart within an hour, then paid within an hour of that"
SEQUENCE_BASE="SELECT v.user_id, bool_or(p.ts IS NOT NULL)
   FROM bench.events v
   LEFT JOIN bench.events c ON c.user_id = v.user_id AND c.event = 'cart' AND c.ts >= v.ts AND c.ts <= v.ts + interval '1 hour'
   LEFT JOIN bench.events p ON p.user_id = c.user_id AND p.event = 'pay'  AND p.ts >= c.ts AND p.ts <= c.ts + interval '1 hour'
  WHERE v.event = 'view' GROUP BY v.user_id"
SEQUENCE_EXT="SELECT user_id, sequence_match('(?1)(?t<=3600)(?2)(?t<=3600)(?3)', ts, event = 'view', event = 'cart', event = 'pay') FROM bench.events GROUP BY user_id"
bench_one "sequence_match@$N" "$ROWS" \
"$SEQUENCE_EXT" \
"$SEQUENCE_BASE" \
"$FLOOR_EV"

BENCH_SET="SET enable_hashagg = off;" BASE_SET=""   # in user order, as above
bench_one "sequence_match_ordered@$N" "$ROWS" \
"$SEQUENCE_EXT" \
"$SEQUENCE_BASE" \
"$FLOOR_EV"
unset BASE_SET; BENCH_SET=""

# --- retention (issue 4): cohort x month matrix vs the self-join matrix
# the self-join matrix an analyst writes today: baseline of both retention rows
RETENTION_BASELINE="WITH f AS (SELECT user_id, date_trunc('month', min(ts)) AS cohort FROM bench.events GROUP BY user_id),
      a AS (SELECT DISTINCT user_id, date_trunc('month', ts) AS m FROM bench.events)
 SELECT f.cohort, count(DISTINCT f.user_id) FILTER (WHERE a.m = f.cohort),
        count(DISTINCT f.user_id) FILTER (WHERE a.m = f.cohort + interval '1 month'),
        count(DISTINCT f.user_id) FILTER (WHERE a.m = f.cohort + interval '2 months'),
        count(DISTINCT f.user_id) FILTER (WHERE a.m = f.cohort + interval '3 months')
   FROM f JOIN a USING (user_id) GROUP BY f.cohort"
bench_one "retention_matrix@$N" "$ROWS" \
"WITH f AS (SELECT user_id, date_trunc('month', min(ts)) AS cohort FROM bench.events GROUP BY user_id),
      r AS (SELECT e.user_id, f.cohort,
                   retention(date_trunc('month', e.ts) = f.cohort,
                             date_trunc('month', e.ts) = f.cohort + interval '1 month',
                             date_trunc('month', e.ts) = f.cohort + interval '2 months',
                             date_trunc('month', e.ts) = f.cohort + interval '3 months') AS r
              FROM bench.events e JOIN f USING (user_id) GROUP BY e.user_id, f.cohort)
 SELECT cohort, retention_sum(r) FROM r GROUP BY cohort" \
"$RETENTION_BASELINE" \
"$FLOOR_EV"

# --- cohort retention: the same matrix in one pass (cohort_retention per user, retention_sum per cohort)
COHORT_EXT="SELECT (c).cohort, retention_sum((c).retained)
   FROM (SELECT cohort_retention(ts, 'month', 4) AS c FROM bench.events GROUP BY user_id) s GROUP BY 1"
bench_one "cohort_retention_matrix@$N" "$ROWS" \
"$COHORT_EXT" \
"$RETENTION_BASELINE" \
"$FLOOR_EV"

BENCH_SET="SET enable_hashagg = off;" BASE_SET=""   # per-user cohort_retention in user order, as above
bench_one "cohort_retention_matrix_ordered@$N" "$ROWS" \
"$COHORT_EXT" \
"$RETENTION_BASELINE" \
"$FLOOR_EV"
unset BASE_SET; BENCH_SET=""

# --- RFM (issue 3): per-customer rfm_agg vs GROUP BY; model + score vs percentile_disc cut points
bench_one "rfm_agg@$N" "$OROWS" \
"SELECT user_id, rfm_agg(ts, amount, $AS_OF) FROM bench.orders GROUP BY user_id" \
"SELECT user_id, extract(epoch FROM $AS_OF - max(ts)) / 86400, count(*), sum(amount), min(ts), max(ts) FROM bench.orders GROUP BY user_id" \
"$FLOOR_OR"

# --- churn (issue 5): churn_signals vs the window-function gap/AOV rules
bench_one "churn_signals@$N" "$OROWS" \
"SELECT user_id, churn_signals(ts, amount, $AS_OF) FROM bench.orders GROUP BY user_id" \
"WITH o AS (SELECT user_id, ts, amount,
                   ts - lag(ts) OVER (PARTITION BY user_id ORDER BY ts) AS gap,
                   row_number() OVER (PARTITION BY user_id ORDER BY ts DESC) AS back
              FROM bench.orders),
      s AS (SELECT user_id, count(*) AS orders, max(ts) AS last_order,
                   extract(epoch FROM $AS_OF - max(ts)) / 86400 AS days_since,
                   avg(extract(epoch FROM gap)) / 86400 AS mean_gap,
                   avg(amount) FILTER (WHERE back <= 3) AS aov_recent,
                   avg(amount) FILTER (WHERE back > 3) AS aov_history
              FROM o GROUP BY user_id)
 SELECT *, days_since / NULLIF(mean_gap, 0) >= 2 AS overdue,
        (aov_recent - aov_history) / NULLIF(aov_history, 0) <= -0.3 AS aov_dropped FROM s" \
"$FLOOR_OR"

# --- BTYD inputs (issue 5): btyd_summary vs the per-day CTE an analyst writes for
# lifetimes' (frequency, recency, T, monetary_value) with daily periods
bench_one "btyd_summary@$N" "$OROWS" \
"SELECT user_id, btyd_summary(ts, amount, $AS_OF) FROM bench.orders GROUP BY user_id" \
"WITH p AS (SELECT user_id, date_trunc('day', ts) AS d, sum(amount) AS amt
              FROM bench.orders WHERE ts < date_trunc('day', $AS_OF) + interval '1 day' GROUP BY 1, 2)
 SELECT user_id, count(*) - 1 AS frequency,
        extract(epoch FROM max(d) - min(d)) / 86400 AS recency,
        extract(epoch FROM date_trunc('day', $AS_OF) - min(d)) / 86400 AS t,
        coalesce((sum(amt) - (array_agg(amt ORDER BY d))[1]) / nullif(count(*) - 1, 0), 0) AS monetary_value
   FROM p GROUP BY user_id" \
"$FLOOR_OR"

# once per run: the 1M-customer targets (not per size)
if [ "$N" = "$(echo $SIZES | awk '{print $1}')" ]; then
	bench_one "rfm_model+score@1M" 1000000 \
	"WITH m AS (SELECT rfm_model(recency, frequency, monetary) AS mo FROM bench.rfm)
	 SELECT r.customer_id, rfm_score(m.mo, r.recency, r.frequency, r.monetary) FROM bench.rfm r CROSS JOIN m" \
	"SELECT percentile_disc(ARRAY[0.2, 0.4, 0.6, 0.8]) WITHIN GROUP (ORDER BY recency),
	        percentile_disc(ARRAY[0.2, 0.4, 0.6, 0.8]) WITHIN GROUP (ORDER BY frequency),
	        percentile_disc(ARRAY[0.2, 0.4, 0.6, 0.8]) WITHIN GROUP (ORDER BY monetary) FROM bench.rfm" \
	"SELECT customer_id, count(*) FROM bench.rfm GROUP BY customer_id"
	bench_one "rfm_ntile_baseline@1M" 1000000 \
	"WITH m AS (SELECT rfm_model(recency, frequency, monetary) AS mo FROM bench.rfm)
	 SELECT r.customer_id, rfm_score(m.mo, r.recency, r.frequency, r.monetary) FROM bench.rfm r CROSS JOIN m" \
	"SELECT customer_id, ntile(5) OVER (ORDER BY recency DESC), ntile(5) OVER (ORDER BY frequency), ntile(5) OVER (ORDER BY monetary) FROM bench.rfm" \
	""
	bench_one "bgnbd_fit@1M" 1000000 \
	"SELECT bgnbd_fit(frequency, recency, t) FROM bench.btyd" \
	"" ""
fi
