\echo Use "ALTER EXTENSION customer_analytics UPDATE TO '0.2.0'" to load this file. \quit
-- customer_analytics 0.1.0 -> 0.2.0
--
-- The rule: every change to src/*.sql after a release needs the matching statements here,
-- so that ALTER EXTENSION ... UPDATE from the released version ends with exactly the catalog
-- a fresh CREATE EXTENSION of this version gives.  test/upgrade.sql installs 0.1.0 (the frozen
-- src/releases/customer_analytics--0.1.0.sql), updates it, and compares a fingerprint of every
-- member object (signatures, results, volatility, strictness, parallel safety, C symbols, every
-- pg_aggregate column, types, comments) with a fresh install: it fails until this file is right.
--
-- How to write the statements:
--   new function / aggregate / type  the same CREATE ... (and its COMMENT ON) as in src/*.sql
--   changed comment                  the new COMMENT ON
--   changed volatility, strictness, PARALLEL, COST, ROWS   ALTER FUNCTION ...
--   changed C body of an SQL function (same arguments and result)   CREATE OR REPLACE FUNCTION
--   changed aggregate options (SSPACE, COMBINEFUNC, ...)   CREATE OR REPLACE AGGREGATE (PG 12+)
--   removed object                   DROP ... (say why: users' views may depend on it)
-- Never DROP and re-CREATE an object that still exists: that breaks users' views.
-- Write @extschema@.name and pg_catalog.x as in src/*.sql.  Keep every C symbol that a released
-- script references in the shared library, or CREATE EXTENSION ... VERSION '0.1.0' fails.
-- Once 0.2.0 is released, this file is frozen: later changes go into 0.2.0--<next>.sql.


-- ---- new: cohort_retention (src/cohort.sql) ----

CREATE TYPE @extschema@.cohort_retention AS (
    cohort   timestamptz,
    retained smallint[]
);
COMMENT ON TYPE @extschema@.cohort_retention IS
  'One group''s cohort (its first period, date_trunc in the session TimeZone) and retained[k+1] = 1 when it has a row k periods later';

CREATE TYPE @extschema@.cohort_retention_local AS (
    cohort   timestamp,
    retained smallint[]
);
COMMENT ON TYPE @extschema@.cohort_retention_local IS
  'cohort_retention for timestamp without time zone: the cohort (first period) and retained[k+1] = 1 when the group has a row k periods later';

CREATE FUNCTION @extschema@.cohort_retention_trans(internal, timestamptz, text, integer)
RETURNS internal AS 'MODULE_PATHNAME', 'cohort_retention_trans'
LANGUAGE C STABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.cohort_retention_trans(internal, timestamp, text, integer)
RETURNS internal AS 'MODULE_PATHNAME', 'cohort_retention_trans_local'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.cohort_retention_combine(internal, internal)
RETURNS internal AS 'MODULE_PATHNAME', 'cohort_retention_combine'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.cohort_retention_serialize(internal)
RETURNS bytea AS 'MODULE_PATHNAME', 'cohort_retention_serialize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.cohort_retention_deserialize(bytea, internal)
RETURNS internal AS 'MODULE_PATHNAME', 'cohort_retention_deserialize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.cohort_retention_final(internal)
RETURNS @extschema@.cohort_retention AS 'MODULE_PATHNAME', 'cohort_retention_final'
LANGUAGE C STABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.cohort_retention_final_local(internal)
RETURNS @extschema@.cohort_retention_local AS 'MODULE_PATHNAME', 'cohort_retention_final_local'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE AGGREGATE @extschema@.cohort_retention(ts timestamptz, unit text, periods integer) (
    SFUNC = @extschema@.cohort_retention_trans,
    STYPE = internal,
    SSPACE = 24,
    FINALFUNC = @extschema@.cohort_retention_final,
    COMBINEFUNC = @extschema@.cohort_retention_combine,
    SERIALFUNC = @extschema@.cohort_retention_serialize,
    DESERIALFUNC = @extschema@.cohort_retention_deserialize,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cohort_retention(timestamptz, text, integer) IS
  'Cohort retention of a group in one pass: cohort = its first date_trunc(unit, ts) (session TimeZone), retained[k+1] = 1 when it has a row k units later; unit day/week/month/quarter/year, 1 to 1024 periods';

CREATE AGGREGATE @extschema@.cohort_retention(ts timestamp, unit text, periods integer) (
    SFUNC = @extschema@.cohort_retention_trans,
    STYPE = internal,
    SSPACE = 24,
    FINALFUNC = @extschema@.cohort_retention_final_local,
    COMBINEFUNC = @extschema@.cohort_retention_combine,
    SERIALFUNC = @extschema@.cohort_retention_serialize,
    DESERIALFUNC = @extschema@.cohort_retention_deserialize,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cohort_retention(timestamp, text, integer) IS
  'Cohort retention of a group in one pass for timestamp without time zone: cohort = its first date_trunc(unit, ts), retained[k+1] = 1 when it has a row k units later';

-- ---- changed: the install script is ASCII-only, so it installs in a database of any encoding ----
COMMENT ON FUNCTION @extschema@.rfm_class(@extschema@.rfm_model, float8, float8, float8, text, text) IS
  'The 8 classic RFM value classes (important value ... general retention customers), in Simplified Chinese (zh, default) or English (en): R, F, M high or low against the model''s mean or median';

-- ---- changed: SSPACE of the funnel aggregates (HashAgg sizing); new: fixed-arity boolean-step forms (src/funnel.sql) ----
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel("window" interval, ts timestamptz, VARIADIC steps bool[]) (
  SFUNC = @extschema@.funnel_bool_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_level_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel("window" interval, ts timestamptz, mode text, VARIADIC steps bool[]) (
  SFUNC = @extschema@.funnel_bool_mode_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_level_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel("window" interval, ts timestamptz, event text, steps text[]) (
  SFUNC = @extschema@.funnel_name_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_level_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel("window" interval, ts timestamptz, event text, steps text[], mode text) (
  SFUNC = @extschema@.funnel_name_mode_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_level_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel("window" interval, ts timestamp, VARIADIC steps bool[]) (
  SFUNC = @extschema@.funnel_bool_ts_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_level_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel("window" interval, ts timestamp, mode text, VARIADIC steps bool[]) (
  SFUNC = @extschema@.funnel_bool_mode_ts_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_level_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel("window" interval, ts timestamp, event text, steps text[]) (
  SFUNC = @extschema@.funnel_name_ts_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_level_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.window_funnel("window" interval, ts timestamp, event text, steps text[], mode text) (
  SFUNC = @extschema@.funnel_name_mode_ts_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_level_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamptz, VARIADIC steps bool[]) (
  SFUNC = @extschema@.funnel_bool_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_detail_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamptz, mode text, VARIADIC steps bool[]) (
  SFUNC = @extschema@.funnel_bool_mode_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_detail_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamptz, event text, steps text[]) (
  SFUNC = @extschema@.funnel_name_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_detail_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamptz, event text, steps text[], mode text) (
  SFUNC = @extschema@.funnel_name_mode_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_detail_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamp, VARIADIC steps bool[]) (
  SFUNC = @extschema@.funnel_bool_ts_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_detail_ts_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamp, mode text, VARIADIC steps bool[]) (
  SFUNC = @extschema@.funnel_bool_mode_ts_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_detail_ts_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamp, event text, steps text[]) (
  SFUNC = @extschema@.funnel_name_ts_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_detail_ts_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
CREATE OR REPLACE AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamp, event text, steps text[], mode text) (
  SFUNC = @extschema@.funnel_name_mode_ts_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_detail_ts_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamp, event text, steps text[], mode text) IS
  'the level window_funnel reports and the time of each step of the chain that reached it first; step k matches the rows whose event equals steps[k], with a comma-separated mode list (strict_order, strict_deduplication, strict_increase, allow_reentry)';


CREATE FUNCTION @extschema@.funnel_bools2_trans(internal, interval, timestamptz, bool, bool) RETURNS internal
  AS 'MODULE_PATHNAME', 'funnel_bools_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.funnel_bools2_mode_trans(internal, interval, timestamptz, text, bool, bool) RETURNS internal
  AS 'MODULE_PATHNAME', 'funnel_bools_mode_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.funnel_bools2_ts_trans(internal, interval, timestamp, bool, bool) RETURNS internal
  AS 'MODULE_PATHNAME', 'funnel_bools_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.funnel_bools2_mode_ts_trans(internal, interval, timestamp, text, bool, bool) RETURNS internal
  AS 'MODULE_PATHNAME', 'funnel_bools_mode_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.funnel_bools3_trans(internal, interval, timestamptz, bool, bool, bool) RETURNS internal
  AS 'MODULE_PATHNAME', 'funnel_bools_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.funnel_bools3_mode_trans(internal, interval, timestamptz, text, bool, bool, bool) RETURNS internal
  AS 'MODULE_PATHNAME', 'funnel_bools_mode_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.funnel_bools3_ts_trans(internal, interval, timestamp, bool, bool, bool) RETURNS internal
  AS 'MODULE_PATHNAME', 'funnel_bools_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.funnel_bools3_mode_ts_trans(internal, interval, timestamp, text, bool, bool, bool) RETURNS internal
  AS 'MODULE_PATHNAME', 'funnel_bools_mode_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.funnel_bools4_trans(internal, interval, timestamptz, bool, bool, bool, bool) RETURNS internal
  AS 'MODULE_PATHNAME', 'funnel_bools_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.funnel_bools4_mode_trans(internal, interval, timestamptz, text, bool, bool, bool, bool) RETURNS internal
  AS 'MODULE_PATHNAME', 'funnel_bools_mode_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.funnel_bools4_ts_trans(internal, interval, timestamp, bool, bool, bool, bool) RETURNS internal
  AS 'MODULE_PATHNAME', 'funnel_bools_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.funnel_bools4_mode_ts_trans(internal, interval, timestamp, text, bool, bool, bool, bool) RETURNS internal
  AS 'MODULE_PATHNAME', 'funnel_bools_mode_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.funnel_bools5_trans(internal, interval, timestamptz, bool, bool, bool, bool, bool) RETURNS internal
  AS 'MODULE_PATHNAME', 'funnel_bools_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.funnel_bools5_mode_trans(internal, interval, timestamptz, text, bool, bool, bool, bool, bool) RETURNS internal
  AS 'MODULE_PATHNAME', 'funnel_bools_mode_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.funnel_bools5_ts_trans(internal, interval, timestamp, bool, bool, bool, bool, bool) RETURNS internal
  AS 'MODULE_PATHNAME', 'funnel_bools_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.funnel_bools5_mode_ts_trans(internal, interval, timestamp, text, bool, bool, bool, bool, bool) RETURNS internal
  AS 'MODULE_PATHNAME', 'funnel_bools_mode_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.funnel_bools6_trans(internal, interval, timestamptz, bool, bool, bool, bool, bool, bool) RETURNS internal
  AS 'MODULE_PATHNAME', 'funnel_bools_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.funnel_bools6_mode_trans(internal, interval, timestamptz, text, bool, bool, bool, bool, bool, bool) RETURNS internal
  AS 'MODULE_PATHNAME', 'funnel_bools_mode_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.funnel_bools6_ts_trans(internal, interval, timestamp, bool, bool, bool, bool, bool, bool) RETURNS internal
  AS 'MODULE_PATHNAME', 'funnel_bools_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.funnel_bools6_mode_ts_trans(internal, interval, timestamp, text, bool, bool, bool, bool, bool, bool) RETURNS internal
  AS 'MODULE_PATHNAME', 'funnel_bools_mode_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.funnel_bools7_trans(internal, interval, timestamptz, bool, bool, bool, bool, bool, bool, bool) RETURNS internal
  AS 'MODULE_PATHNAME', 'funnel_bools_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.funnel_bools7_mode_trans(internal, interval, timestamptz, text, bool, bool, bool, bool, bool, bool, bool) RETURNS internal
  AS 'MODULE_PATHNAME', 'funnel_bools_mode_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.funnel_bools7_ts_trans(internal, interval, timestamp, bool, bool, bool, bool, bool, bool, bool) RETURNS internal
  AS 'MODULE_PATHNAME', 'funnel_bools_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.funnel_bools7_mode_ts_trans(internal, interval, timestamp, text, bool, bool, bool, bool, bool, bool, bool) RETURNS internal
  AS 'MODULE_PATHNAME', 'funnel_bools_mode_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.funnel_bools8_trans(internal, interval, timestamptz, bool, bool, bool, bool, bool, bool, bool, bool) RETURNS internal
  AS 'MODULE_PATHNAME', 'funnel_bools_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.funnel_bools8_mode_trans(internal, interval, timestamptz, text, bool, bool, bool, bool, bool, bool, bool, bool) RETURNS internal
  AS 'MODULE_PATHNAME', 'funnel_bools_mode_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.funnel_bools8_ts_trans(internal, interval, timestamp, bool, bool, bool, bool, bool, bool, bool, bool) RETURNS internal
  AS 'MODULE_PATHNAME', 'funnel_bools_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.funnel_bools8_mode_ts_trans(internal, interval, timestamp, text, bool, bool, bool, bool, bool, bool, bool, bool) RETURNS internal
  AS 'MODULE_PATHNAME', 'funnel_bools_mode_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE AGGREGATE @extschema@.window_funnel("window" interval, ts timestamptz, step1 bool, step2 bool) (
  SFUNC = @extschema@.funnel_bools2_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_level_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.window_funnel("window" interval, ts timestamptz, step1 bool, step2 bool) IS
  'the longest chain of funnel steps 1..n reached in order within the window (ClickHouse windowFunnel semantics); 2 boolean conditions, one per step (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.window_funnel("window" interval, ts timestamptz, mode text, step1 bool, step2 bool) (
  SFUNC = @extschema@.funnel_bools2_mode_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_level_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.window_funnel("window" interval, ts timestamptz, mode text, step1 bool, step2 bool) IS
  'the longest chain of funnel steps 1..n reached in order within the window (ClickHouse windowFunnel semantics); 2 boolean conditions, one per step, with a comma-separated mode list (strict_order, strict_deduplication, strict_increase, allow_reentry) (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.window_funnel("window" interval, ts timestamp, step1 bool, step2 bool) (
  SFUNC = @extschema@.funnel_bools2_ts_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_level_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.window_funnel("window" interval, ts timestamp, step1 bool, step2 bool) IS
  'the longest chain of funnel steps 1..n reached in order within the window (ClickHouse windowFunnel semantics); 2 boolean conditions, one per step (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.window_funnel("window" interval, ts timestamp, mode text, step1 bool, step2 bool) (
  SFUNC = @extschema@.funnel_bools2_mode_ts_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_level_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.window_funnel("window" interval, ts timestamp, mode text, step1 bool, step2 bool) IS
  'the longest chain of funnel steps 1..n reached in order within the window (ClickHouse windowFunnel semantics); 2 boolean conditions, one per step, with a comma-separated mode list (strict_order, strict_deduplication, strict_increase, allow_reentry) (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.window_funnel("window" interval, ts timestamptz, step1 bool, step2 bool, step3 bool) (
  SFUNC = @extschema@.funnel_bools3_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_level_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.window_funnel("window" interval, ts timestamptz, step1 bool, step2 bool, step3 bool) IS
  'the longest chain of funnel steps 1..n reached in order within the window (ClickHouse windowFunnel semantics); 3 boolean conditions, one per step (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.window_funnel("window" interval, ts timestamptz, mode text, step1 bool, step2 bool, step3 bool) (
  SFUNC = @extschema@.funnel_bools3_mode_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_level_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.window_funnel("window" interval, ts timestamptz, mode text, step1 bool, step2 bool, step3 bool) IS
  'the longest chain of funnel steps 1..n reached in order within the window (ClickHouse windowFunnel semantics); 3 boolean conditions, one per step, with a comma-separated mode list (strict_order, strict_deduplication, strict_increase, allow_reentry) (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.window_funnel("window" interval, ts timestamp, step1 bool, step2 bool, step3 bool) (
  SFUNC = @extschema@.funnel_bools3_ts_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_level_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.window_funnel("window" interval, ts timestamp, step1 bool, step2 bool, step3 bool) IS
  'the longest chain of funnel steps 1..n reached in order within the window (ClickHouse windowFunnel semantics); 3 boolean conditions, one per step (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.window_funnel("window" interval, ts timestamp, mode text, step1 bool, step2 bool, step3 bool) (
  SFUNC = @extschema@.funnel_bools3_mode_ts_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_level_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.window_funnel("window" interval, ts timestamp, mode text, step1 bool, step2 bool, step3 bool) IS
  'the longest chain of funnel steps 1..n reached in order within the window (ClickHouse windowFunnel semantics); 3 boolean conditions, one per step, with a comma-separated mode list (strict_order, strict_deduplication, strict_increase, allow_reentry) (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.window_funnel("window" interval, ts timestamptz, step1 bool, step2 bool, step3 bool, step4 bool) (
  SFUNC = @extschema@.funnel_bools4_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_level_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.window_funnel("window" interval, ts timestamptz, step1 bool, step2 bool, step3 bool, step4 bool) IS
  'the longest chain of funnel steps 1..n reached in order within the window (ClickHouse windowFunnel semantics); 4 boolean conditions, one per step (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.window_funnel("window" interval, ts timestamptz, mode text, step1 bool, step2 bool, step3 bool, step4 bool) (
  SFUNC = @extschema@.funnel_bools4_mode_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_level_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.window_funnel("window" interval, ts timestamptz, mode text, step1 bool, step2 bool, step3 bool, step4 bool) IS
  'the longest chain of funnel steps 1..n reached in order within the window (ClickHouse windowFunnel semantics); 4 boolean conditions, one per step, with a comma-separated mode list (strict_order, strict_deduplication, strict_increase, allow_reentry) (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.window_funnel("window" interval, ts timestamp, step1 bool, step2 bool, step3 bool, step4 bool) (
  SFUNC = @extschema@.funnel_bools4_ts_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_level_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.window_funnel("window" interval, ts timestamp, step1 bool, step2 bool, step3 bool, step4 bool) IS
  'the longest chain of funnel steps 1..n reached in order within the window (ClickHouse windowFunnel semantics); 4 boolean conditions, one per step (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.window_funnel("window" interval, ts timestamp, mode text, step1 bool, step2 bool, step3 bool, step4 bool) (
  SFUNC = @extschema@.funnel_bools4_mode_ts_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_level_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.window_funnel("window" interval, ts timestamp, mode text, step1 bool, step2 bool, step3 bool, step4 bool) IS
  'the longest chain of funnel steps 1..n reached in order within the window (ClickHouse windowFunnel semantics); 4 boolean conditions, one per step, with a comma-separated mode list (strict_order, strict_deduplication, strict_increase, allow_reentry) (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.window_funnel("window" interval, ts timestamptz, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool) (
  SFUNC = @extschema@.funnel_bools5_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_level_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.window_funnel("window" interval, ts timestamptz, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool) IS
  'the longest chain of funnel steps 1..n reached in order within the window (ClickHouse windowFunnel semantics); 5 boolean conditions, one per step (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.window_funnel("window" interval, ts timestamptz, mode text, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool) (
  SFUNC = @extschema@.funnel_bools5_mode_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_level_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.window_funnel("window" interval, ts timestamptz, mode text, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool) IS
  'the longest chain of funnel steps 1..n reached in order within the window (ClickHouse windowFunnel semantics); 5 boolean conditions, one per step, with a comma-separated mode list (strict_order, strict_deduplication, strict_increase, allow_reentry) (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.window_funnel("window" interval, ts timestamp, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool) (
  SFUNC = @extschema@.funnel_bools5_ts_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_level_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.window_funnel("window" interval, ts timestamp, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool) IS
  'the longest chain of funnel steps 1..n reached in order within the window (ClickHouse windowFunnel semantics); 5 boolean conditions, one per step (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.window_funnel("window" interval, ts timestamp, mode text, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool) (
  SFUNC = @extschema@.funnel_bools5_mode_ts_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_level_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.window_funnel("window" interval, ts timestamp, mode text, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool) IS
  'the longest chain of funnel steps 1..n reached in order within the window (ClickHouse windowFunnel semantics); 5 boolean conditions, one per step, with a comma-separated mode list (strict_order, strict_deduplication, strict_increase, allow_reentry) (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.window_funnel("window" interval, ts timestamptz, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool, step6 bool) (
  SFUNC = @extschema@.funnel_bools6_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_level_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.window_funnel("window" interval, ts timestamptz, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool, step6 bool) IS
  'the longest chain of funnel steps 1..n reached in order within the window (ClickHouse windowFunnel semantics); 6 boolean conditions, one per step (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.window_funnel("window" interval, ts timestamptz, mode text, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool, step6 bool) (
  SFUNC = @extschema@.funnel_bools6_mode_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_level_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.window_funnel("window" interval, ts timestamptz, mode text, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool, step6 bool) IS
  'the longest chain of funnel steps 1..n reached in order within the window (ClickHouse windowFunnel semantics); 6 boolean conditions, one per step, with a comma-separated mode list (strict_order, strict_deduplication, strict_increase, allow_reentry) (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.window_funnel("window" interval, ts timestamp, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool, step6 bool) (
  SFUNC = @extschema@.funnel_bools6_ts_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_level_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.window_funnel("window" interval, ts timestamp, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool, step6 bool) IS
  'the longest chain of funnel steps 1..n reached in order within the window (ClickHouse windowFunnel semantics); 6 boolean conditions, one per step (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.window_funnel("window" interval, ts timestamp, mode text, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool, step6 bool) (
  SFUNC = @extschema@.funnel_bools6_mode_ts_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_level_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.window_funnel("window" interval, ts timestamp, mode text, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool, step6 bool) IS
  'the longest chain of funnel steps 1..n reached in order within the window (ClickHouse windowFunnel semantics); 6 boolean conditions, one per step, with a comma-separated mode list (strict_order, strict_deduplication, strict_increase, allow_reentry) (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.window_funnel("window" interval, ts timestamptz, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool, step6 bool, step7 bool) (
  SFUNC = @extschema@.funnel_bools7_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_level_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.window_funnel("window" interval, ts timestamptz, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool, step6 bool, step7 bool) IS
  'the longest chain of funnel steps 1..n reached in order within the window (ClickHouse windowFunnel semantics); 7 boolean conditions, one per step (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.window_funnel("window" interval, ts timestamptz, mode text, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool, step6 bool, step7 bool) (
  SFUNC = @extschema@.funnel_bools7_mode_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_level_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.window_funnel("window" interval, ts timestamptz, mode text, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool, step6 bool, step7 bool) IS
  'the longest chain of funnel steps 1..n reached in order within the window (ClickHouse windowFunnel semantics); 7 boolean conditions, one per step, with a comma-separated mode list (strict_order, strict_deduplication, strict_increase, allow_reentry) (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.window_funnel("window" interval, ts timestamp, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool, step6 bool, step7 bool) (
  SFUNC = @extschema@.funnel_bools7_ts_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_level_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.window_funnel("window" interval, ts timestamp, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool, step6 bool, step7 bool) IS
  'the longest chain of funnel steps 1..n reached in order within the window (ClickHouse windowFunnel semantics); 7 boolean conditions, one per step (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.window_funnel("window" interval, ts timestamp, mode text, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool, step6 bool, step7 bool) (
  SFUNC = @extschema@.funnel_bools7_mode_ts_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_level_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.window_funnel("window" interval, ts timestamp, mode text, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool, step6 bool, step7 bool) IS
  'the longest chain of funnel steps 1..n reached in order within the window (ClickHouse windowFunnel semantics); 7 boolean conditions, one per step, with a comma-separated mode list (strict_order, strict_deduplication, strict_increase, allow_reentry) (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.window_funnel("window" interval, ts timestamptz, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool, step6 bool, step7 bool, step8 bool) (
  SFUNC = @extschema@.funnel_bools8_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_level_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.window_funnel("window" interval, ts timestamptz, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool, step6 bool, step7 bool, step8 bool) IS
  'the longest chain of funnel steps 1..n reached in order within the window (ClickHouse windowFunnel semantics); 8 boolean conditions, one per step (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.window_funnel("window" interval, ts timestamptz, mode text, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool, step6 bool, step7 bool, step8 bool) (
  SFUNC = @extschema@.funnel_bools8_mode_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_level_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.window_funnel("window" interval, ts timestamptz, mode text, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool, step6 bool, step7 bool, step8 bool) IS
  'the longest chain of funnel steps 1..n reached in order within the window (ClickHouse windowFunnel semantics); 8 boolean conditions, one per step, with a comma-separated mode list (strict_order, strict_deduplication, strict_increase, allow_reentry) (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.window_funnel("window" interval, ts timestamp, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool, step6 bool, step7 bool, step8 bool) (
  SFUNC = @extschema@.funnel_bools8_ts_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_level_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.window_funnel("window" interval, ts timestamp, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool, step6 bool, step7 bool, step8 bool) IS
  'the longest chain of funnel steps 1..n reached in order within the window (ClickHouse windowFunnel semantics); 8 boolean conditions, one per step (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.window_funnel("window" interval, ts timestamp, mode text, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool, step6 bool, step7 bool, step8 bool) (
  SFUNC = @extschema@.funnel_bools8_mode_ts_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_level_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.window_funnel("window" interval, ts timestamp, mode text, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool, step6 bool, step7 bool, step8 bool) IS
  'the longest chain of funnel steps 1..n reached in order within the window (ClickHouse windowFunnel semantics); 8 boolean conditions, one per step, with a comma-separated mode list (strict_order, strict_deduplication, strict_increase, allow_reentry) (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamptz, step1 bool, step2 bool) (
  SFUNC = @extschema@.funnel_bools2_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_detail_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamptz, step1 bool, step2 bool) IS
  'the level window_funnel reports and the time of each step of the chain that reached it first; 2 boolean conditions, one per step (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamptz, mode text, step1 bool, step2 bool) (
  SFUNC = @extschema@.funnel_bools2_mode_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_detail_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamptz, mode text, step1 bool, step2 bool) IS
  'the level window_funnel reports and the time of each step of the chain that reached it first; 2 boolean conditions, one per step, with a comma-separated mode list (strict_order, strict_deduplication, strict_increase, allow_reentry) (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamp, step1 bool, step2 bool) (
  SFUNC = @extschema@.funnel_bools2_ts_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_detail_ts_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamp, step1 bool, step2 bool) IS
  'the level window_funnel reports and the time of each step of the chain that reached it first; 2 boolean conditions, one per step (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamp, mode text, step1 bool, step2 bool) (
  SFUNC = @extschema@.funnel_bools2_mode_ts_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_detail_ts_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamp, mode text, step1 bool, step2 bool) IS
  'the level window_funnel reports and the time of each step of the chain that reached it first; 2 boolean conditions, one per step, with a comma-separated mode list (strict_order, strict_deduplication, strict_increase, allow_reentry) (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamptz, step1 bool, step2 bool, step3 bool) (
  SFUNC = @extschema@.funnel_bools3_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_detail_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamptz, step1 bool, step2 bool, step3 bool) IS
  'the level window_funnel reports and the time of each step of the chain that reached it first; 3 boolean conditions, one per step (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamptz, mode text, step1 bool, step2 bool, step3 bool) (
  SFUNC = @extschema@.funnel_bools3_mode_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_detail_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamptz, mode text, step1 bool, step2 bool, step3 bool) IS
  'the level window_funnel reports and the time of each step of the chain that reached it first; 3 boolean conditions, one per step, with a comma-separated mode list (strict_order, strict_deduplication, strict_increase, allow_reentry) (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamp, step1 bool, step2 bool, step3 bool) (
  SFUNC = @extschema@.funnel_bools3_ts_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_detail_ts_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamp, step1 bool, step2 bool, step3 bool) IS
  'the level window_funnel reports and the time of each step of the chain that reached it first; 3 boolean conditions, one per step (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamp, mode text, step1 bool, step2 bool, step3 bool) (
  SFUNC = @extschema@.funnel_bools3_mode_ts_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_detail_ts_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamp, mode text, step1 bool, step2 bool, step3 bool) IS
  'the level window_funnel reports and the time of each step of the chain that reached it first; 3 boolean conditions, one per step, with a comma-separated mode list (strict_order, strict_deduplication, strict_increase, allow_reentry) (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamptz, step1 bool, step2 bool, step3 bool, step4 bool) (
  SFUNC = @extschema@.funnel_bools4_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_detail_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamptz, step1 bool, step2 bool, step3 bool, step4 bool) IS
  'the level window_funnel reports and the time of each step of the chain that reached it first; 4 boolean conditions, one per step (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamptz, mode text, step1 bool, step2 bool, step3 bool, step4 bool) (
  SFUNC = @extschema@.funnel_bools4_mode_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_detail_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamptz, mode text, step1 bool, step2 bool, step3 bool, step4 bool) IS
  'the level window_funnel reports and the time of each step of the chain that reached it first; 4 boolean conditions, one per step, with a comma-separated mode list (strict_order, strict_deduplication, strict_increase, allow_reentry) (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamp, step1 bool, step2 bool, step3 bool, step4 bool) (
  SFUNC = @extschema@.funnel_bools4_ts_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_detail_ts_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamp, step1 bool, step2 bool, step3 bool, step4 bool) IS
  'the level window_funnel reports and the time of each step of the chain that reached it first; 4 boolean conditions, one per step (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamp, mode text, step1 bool, step2 bool, step3 bool, step4 bool) (
  SFUNC = @extschema@.funnel_bools4_mode_ts_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_detail_ts_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamp, mode text, step1 bool, step2 bool, step3 bool, step4 bool) IS
  'the level window_funnel reports and the time of each step of the chain that reached it first; 4 boolean conditions, one per step, with a comma-separated mode list (strict_order, strict_deduplication, strict_increase, allow_reentry) (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamptz, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool) (
  SFUNC = @extschema@.funnel_bools5_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_detail_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamptz, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool) IS
  'the level window_funnel reports and the time of each step of the chain that reached it first; 5 boolean conditions, one per step (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamptz, mode text, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool) (
  SFUNC = @extschema@.funnel_bools5_mode_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_detail_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamptz, mode text, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool) IS
  'the level window_funnel reports and the time of each step of the chain that reached it first; 5 boolean conditions, one per step, with a comma-separated mode list (strict_order, strict_deduplication, strict_increase, allow_reentry) (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamp, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool) (
  SFUNC = @extschema@.funnel_bools5_ts_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_detail_ts_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamp, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool) IS
  'the level window_funnel reports and the time of each step of the chain that reached it first; 5 boolean conditions, one per step (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamp, mode text, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool) (
  SFUNC = @extschema@.funnel_bools5_mode_ts_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_detail_ts_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamp, mode text, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool) IS
  'the level window_funnel reports and the time of each step of the chain that reached it first; 5 boolean conditions, one per step, with a comma-separated mode list (strict_order, strict_deduplication, strict_increase, allow_reentry) (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamptz, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool, step6 bool) (
  SFUNC = @extschema@.funnel_bools6_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_detail_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamptz, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool, step6 bool) IS
  'the level window_funnel reports and the time of each step of the chain that reached it first; 6 boolean conditions, one per step (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamptz, mode text, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool, step6 bool) (
  SFUNC = @extschema@.funnel_bools6_mode_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_detail_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamptz, mode text, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool, step6 bool) IS
  'the level window_funnel reports and the time of each step of the chain that reached it first; 6 boolean conditions, one per step, with a comma-separated mode list (strict_order, strict_deduplication, strict_increase, allow_reentry) (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamp, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool, step6 bool) (
  SFUNC = @extschema@.funnel_bools6_ts_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_detail_ts_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamp, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool, step6 bool) IS
  'the level window_funnel reports and the time of each step of the chain that reached it first; 6 boolean conditions, one per step (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamp, mode text, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool, step6 bool) (
  SFUNC = @extschema@.funnel_bools6_mode_ts_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_detail_ts_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamp, mode text, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool, step6 bool) IS
  'the level window_funnel reports and the time of each step of the chain that reached it first; 6 boolean conditions, one per step, with a comma-separated mode list (strict_order, strict_deduplication, strict_increase, allow_reentry) (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamptz, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool, step6 bool, step7 bool) (
  SFUNC = @extschema@.funnel_bools7_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_detail_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamptz, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool, step6 bool, step7 bool) IS
  'the level window_funnel reports and the time of each step of the chain that reached it first; 7 boolean conditions, one per step (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamptz, mode text, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool, step6 bool, step7 bool) (
  SFUNC = @extschema@.funnel_bools7_mode_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_detail_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamptz, mode text, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool, step6 bool, step7 bool) IS
  'the level window_funnel reports and the time of each step of the chain that reached it first; 7 boolean conditions, one per step, with a comma-separated mode list (strict_order, strict_deduplication, strict_increase, allow_reentry) (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamp, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool, step6 bool, step7 bool) (
  SFUNC = @extschema@.funnel_bools7_ts_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_detail_ts_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamp, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool, step6 bool, step7 bool) IS
  'the level window_funnel reports and the time of each step of the chain that reached it first; 7 boolean conditions, one per step (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamp, mode text, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool, step6 bool, step7 bool) (
  SFUNC = @extschema@.funnel_bools7_mode_ts_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_detail_ts_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamp, mode text, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool, step6 bool, step7 bool) IS
  'the level window_funnel reports and the time of each step of the chain that reached it first; 7 boolean conditions, one per step, with a comma-separated mode list (strict_order, strict_deduplication, strict_increase, allow_reentry) (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamptz, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool, step6 bool, step7 bool, step8 bool) (
  SFUNC = @extschema@.funnel_bools8_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_detail_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamptz, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool, step6 bool, step7 bool, step8 bool) IS
  'the level window_funnel reports and the time of each step of the chain that reached it first; 8 boolean conditions, one per step (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamptz, mode text, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool, step6 bool, step7 bool, step8 bool) (
  SFUNC = @extschema@.funnel_bools8_mode_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_detail_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamptz, mode text, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool, step6 bool, step7 bool, step8 bool) IS
  'the level window_funnel reports and the time of each step of the chain that reached it first; 8 boolean conditions, one per step, with a comma-separated mode list (strict_order, strict_deduplication, strict_increase, allow_reentry) (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamp, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool, step6 bool, step7 bool, step8 bool) (
  SFUNC = @extschema@.funnel_bools8_ts_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_detail_ts_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamp, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool, step6 bool, step7 bool, step8 bool) IS
  'the level window_funnel reports and the time of each step of the chain that reached it first; 8 boolean conditions, one per step (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamp, mode text, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool, step6 bool, step7 bool, step8 bool) (
  SFUNC = @extschema@.funnel_bools8_mode_ts_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_detail_ts_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamp, mode text, step1 bool, step2 bool, step3 bool, step4 bool, step5 bool, step6 bool, step7 bool, step8 bool) IS
  'the level window_funnel reports and the time of each step of the chain that reached it first; 8 boolean conditions, one per step, with a comma-separated mode list (strict_order, strict_deduplication, strict_increase, allow_reentry) (non-VARIADIC form, chosen automatically)';


