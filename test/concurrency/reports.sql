-- one pgbench transaction: every report, each compared with its expected answer
-- (conc_check divides by zero on a mismatch, which pgbench counts as a failure)
SELECT conc_check('rfm_segments_mv');
SELECT conc_check('funnel_by_channel');
SELECT conc_check('rfm_segments_mv');
SELECT conc_check('cohort_matrix');
SELECT conc_check('rfm_segments_mv');
SELECT conc_check('churn_watch_list');
SELECT conc_check('rfm_segments');
