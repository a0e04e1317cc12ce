-- Shared by the pgTAP files (\ir include/plan.sql): a query's EXPLAIN output as one
-- text, for matches() on the shape of its plan.  opts are EXPLAIN's options, e.g.
-- 'VERBOSE' or 'ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF'.
CREATE FUNCTION pg_temp.explain_text(q text, opts text DEFAULT 'COSTS OFF') RETURNS text
LANGUAGE plpgsql AS $f$
DECLARE l text; s text := '';
BEGIN
  FOR l IN EXECUTE format('EXPLAIN (%s) %s', opts, q) LOOP s := s || l || E'\n'; END LOOP;
  RETURN s;
END $f$;
