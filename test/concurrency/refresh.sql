REFRESH MATERIALIZED VIEW CONCURRENTLY conc_rfm;
SELECT conc_check('rfm_segments_mv');
