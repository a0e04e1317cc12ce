-- Limits: one group holding 5 million events works (40 MB of funnel state, 80 MB of
-- sequence state; 120 MB of event log when the GROUP BY is hashed) and
-- gives exact answers. Events cycle through steps 0,1,2,3, one per second.
\set ON_ERROR_STOP 1
\set QUIET 1
SET client_min_messages = warning;
BEGIN;
SELECT plan(4);
SET LOCAL work_mem = '1GB';

CREATE TEMP VIEW big_user AS
SELECT timestamptz '2025-01-01' + g * interval '1 second' AS ts, (g % 4)::int AS s
FROM pg_catalog.generate_series(0, 4999999) AS g;

SELECT is((SELECT window_funnel('10 seconds', ts, s = 0, s = 1, s = 2, s = 3) FROM big_user), 4,
          'one user with 5,000,000 events: window_funnel reaches the last step');

-- every cycle of four seconds holds exactly one step-0 event directly followed by step 1
SELECT is((SELECT sequence_count('(?1)(?2)', ts, s = 0, s = 1) FROM big_user), 1250000::bigint,
          'one user with 5,000,000 events: sequence_count counts every non-overlapping match');

-- the best chain is the first: seconds 0,1,2,3
SELECT is((SELECT (funnel_detail('10 seconds', ts, s = 0, s = 1, s = 2, s = 3)).step_times[4] FROM big_user),
          timestamptz '2025-01-01 00:00:03',
          'one user with 5,000,000 events: funnel_detail reports the first full chain');

-- the same user in a hashed GROUP BY: the events go through the shared event log
SET LOCAL enable_sort = off;
SELECT is((SELECT array_agg(l) FROM (SELECT u, window_funnel('10 seconds', ts, s = 0, s = 1, s = 2, s = 3) AS l
                                     FROM (SELECT extract(year FROM ts) AS u, ts, s FROM big_user) b GROUP BY u) x),
          ARRAY[4],
          'one user with 5,000,000 events in a hashed GROUP BY: window_funnel reaches the last step');
RESET enable_sort;

SELECT * FROM finish();
ROLLBACK;
