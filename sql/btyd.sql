-- btyd: buy-till-you-die summaries, BG/NBD and Gamma-Gamma models
-- btyd_summary of one customer: purchases on 4 distinct days, two rows on 2024-01-10
SELECT (btyd_summary(ts, amount, '2024-03-01')).*
FROM (VALUES (timestamp '2024-01-01 09:00', 10.0), ('2024-01-10 10:00', 20.0), ('2024-01-10 18:30', 5.0),
             ('2024-01-20 12:00', 30.0), ('2024-02-15 08:00', 15.0), ('2024-03-05 08:00', 99.0)) v(ts, amount);
-- weekly buckets (Monday to Sunday), and days expressed in weeks
SELECT (btyd_summary(ts, amount, '2024-03-01', '7 days')).*
FROM (VALUES (timestamp '2024-01-01 09:00', 10.0), ('2024-01-10 10:00', 20.0), ('2024-01-20 12:00', 30.0)) v(ts, amount);
SELECT (btyd_summary(ts, amount, '2024-03-01', '1 day', '7 days')).*
FROM (VALUES (timestamp '2024-01-01 09:00', 10.0), ('2024-01-10 10:00', 20.0), ('2024-01-20 12:00', 30.0)) v(ts, amount);
-- a single purchase: frequency 0, monetary_value 0
SELECT (btyd_summary(ts, amount, '2024-03-01')).*
FROM (VALUES (timestamp '2024-01-01', 10.0)) v(ts, amount);
-- NULL rows are skipped; no rows (or only rows after as_of) give NULL
SELECT btyd_summary(ts, amount, '2024-03-01')
FROM (VALUES (timestamp '2024-01-01', 10.0), (NULL, 5.0), ('2024-01-05', NULL)) v(ts, amount);
SELECT btyd_summary(ts, amount, '2024-03-01') FROM (VALUES (timestamp '2024-05-01', 10.0)) v(ts, amount);
SELECT btyd_summary(ts, amount, '2024-03-01') FROM (VALUES (timestamp '2024-01-01', 1.0)) v(ts, amount) WHERE false;

-- models: text I/O and accessors
SELECT '(r=0.243, alpha=4.414, a=0.793, b=2.426, log_likelihood=-9582.4, customers=2357, iterations=0, converged=true)'::bgnbd_model;
SELECT * FROM bgnbd_params('(r=0.243, alpha=4.414, a=0.793, b=2.426, log_likelihood=-9582.4, customers=2357, iterations=0, converged=true)');
SELECT * FROM gamma_gamma_params('(p=6.25, q=3.74, v=15.44, log_likelihood=-4055.92, customers=946, iterations=0, converged=true)');

-- predictions with the published CDNOW parameters (weeks)
WITH m AS (SELECT '(r=0.243, alpha=4.414, a=0.793, b=2.426, log_likelihood=-9582.4, customers=2357, iterations=0, converged=true)'::bgnbd_model AS m)
SELECT round(bgnbd_p_alive(m, 2, 30.43, 38.86)::numeric, 6) AS p_alive,
       round(bgnbd_expected_purchases(m, 39, 2, 30.43, 38.86)::numeric, 6) AS expected_39,
       round(bgnbd_unconditional(m, 39)::numeric, 6) AS new_customer_39,
       round(bgnbd_p_alive(m, 0, 0, 38.86)::numeric, 6) AS p_alive_x0
FROM m;
SELECT round(gamma_gamma_expected_spend('(p=6.25, q=3.74, v=15.44, log_likelihood=0, customers=0, iterations=0, converged=true)', 2, 22.345)::numeric, 4) AS spend_x2,
       round(gamma_gamma_expected_spend('(p=6.25, q=3.74, v=15.44, log_likelihood=0, customers=0, iterations=0, converged=true)', 0, 0)::numeric, 4) AS spend_new;
SELECT round(customer_lifetime_value(
         '(r=0.243, alpha=4.414, a=0.793, b=2.426, log_likelihood=0, customers=0, iterations=0, converged=true)',
         '(p=6.25, q=3.74, v=15.44, log_likelihood=0, customers=0, iterations=0, converged=true)',
         2, 30.43, 38.86, 22.345, 12, 0.01, 4.345)::numeric, 4) AS clv_12_months;

-- fits: a tiny data set, the empty set, NULLs skipped
SELECT round(r::numeric, 4) r, round(alpha::numeric, 4) alpha, round(a::numeric, 4) a, round(b::numeric, 4) b,
       round(log_likelihood::numeric, 4) ll, customers, converged
FROM bgnbd_params((SELECT bgnbd_fit(x, tx, t) FROM (VALUES (0, 0, 30), (1, 20, 30), (3, 25, 32), (0, 0, 28), (2, 5, 35),
                                                             (5, 30, 31), (0, 0, 33), (1, 2, 30), (NULL, 1, 1)) v(x, tx, t)));
SELECT bgnbd_fit(x, tx, t) FROM (VALUES (1.0, 1.0, 2.0)) v(x, tx, t) WHERE false;
SELECT round(p::numeric, 4) p, round(q::numeric, 4) q, round(v::numeric, 4) v, customers, converged
FROM gamma_gamma_params((SELECT gamma_gamma_fit(x, m) FROM (VALUES (0, 0.0), (1, 10.0), (2, 12.5), (3, 30.0), (1, 8.0),
                                                               (4, 22.0), (2, 15.0), (5, 18.0), (1, 40.0)) v(x, m)));
SELECT gamma_gamma_fit(x, m) FROM (VALUES (0, 0.0)) v(x, m);

-- errors
SELECT bgnbd_fit('NaN', 0, 1);
SELECT bgnbd_fit(1, 5, 4);
SELECT bgnbd_fit(0, 1, 4);
SELECT bgnbd_fit(1.5, 1, 4);
SELECT bgnbd_fit(1, 1, 4, -1);
SELECT 'r=1'::bgnbd_model;
SELECT '(r=0, alpha=2, a=3, b=4, log_likelihood=0, customers=0, iterations=0, converged=true)'::bgnbd_model;
SELECT '(p=1, q=2, v=3, log_likelihood=0, customers=-1, iterations=0, converged=true)'::gamma_gamma_model;
SELECT btyd_summary(now(), 1, now(), '1 mon');
SELECT gamma_gamma_fit(1, -5);
SELECT bgnbd_unconditional('(r=1, alpha=2, a=3, b=4, log_likelihood=0, customers=0, iterations=0, converged=true)', 'Infinity');
