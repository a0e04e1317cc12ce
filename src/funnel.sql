-- funnel: conversion funnels (src/funnel.c, src/funnel_report.c)
-- window_funnel / funnel_detail follow ClickHouse's windowFunnel; see docs/reference/funnel.md.

-- ---------- composite results of funnel_detail ----------

CREATE TYPE @extschema@.funnel_chain AS (level int4, step_times timestamptz[]);
COMMENT ON TYPE @extschema@.funnel_chain IS
  'Result of funnel_detail over timestamptz events: the level reached and the time of each step of the chain reported';

CREATE TYPE @extschema@.funnel_chain_ts AS (level int4, step_times timestamp[]);
COMMENT ON TYPE @extschema@.funnel_chain_ts IS
  'Result of funnel_detail over timestamp events: the level reached and the time of each step of the chain reported';

-- ---------- support functions (shared by window_funnel and funnel_detail) ----------

CREATE FUNCTION @extschema@.funnel_combine(internal, internal) RETURNS internal
  AS 'MODULE_PATHNAME', 'funnel_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.funnel_serialize(internal) RETURNS bytea
  AS 'MODULE_PATHNAME', 'funnel_serialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.funnel_deserialize(bytea, internal) RETURNS internal
  AS 'MODULE_PATHNAME', 'funnel_deserialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.funnel_level_final(internal) RETURNS int4
  AS 'MODULE_PATHNAME', 'funnel_level_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.funnel_detail_final(internal) RETURNS @extschema@.funnel_chain
  AS 'MODULE_PATHNAME', 'funnel_detail_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.funnel_detail_ts_final(internal) RETURNS @extschema@.funnel_chain_ts
  AS 'MODULE_PATHNAME', 'funnel_detail_ts_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;


-- ---------- transition functions, timestamptz events ----------

CREATE FUNCTION @extschema@.funnel_bool_trans(internal, interval, timestamptz, bool[]) RETURNS internal
  AS 'MODULE_PATHNAME', 'funnel_bool_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.funnel_bool_mode_trans(internal, interval, timestamptz, text, bool[]) RETURNS internal
  AS 'MODULE_PATHNAME', 'funnel_bool_mode_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.funnel_name_trans(internal, interval, timestamptz, text, text[]) RETURNS internal
  AS 'MODULE_PATHNAME', 'funnel_name_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.funnel_name_mode_trans(internal, interval, timestamptz, text, text[], text) RETURNS internal
  AS 'MODULE_PATHNAME', 'funnel_name_mode_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;

-- ---------- transition functions, timestamp events ----------

CREATE FUNCTION @extschema@.funnel_bool_ts_trans(internal, interval, timestamp, bool[]) RETURNS internal
  AS 'MODULE_PATHNAME', 'funnel_bool_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.funnel_bool_mode_ts_trans(internal, interval, timestamp, text, bool[]) RETURNS internal
  AS 'MODULE_PATHNAME', 'funnel_bool_mode_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.funnel_name_ts_trans(internal, interval, timestamp, text, text[]) RETURNS internal
  AS 'MODULE_PATHNAME', 'funnel_name_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.funnel_name_mode_ts_trans(internal, interval, timestamp, text, text[], text) RETURNS internal
  AS 'MODULE_PATHNAME', 'funnel_name_mode_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;

-- ---------- window_funnel ----------

CREATE AGGREGATE @extschema@.window_funnel("window" interval, ts timestamptz, VARIADIC steps bool[]) (
  SFUNC = @extschema@.funnel_bool_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_level_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.window_funnel("window" interval, ts timestamptz, VARIADIC steps bool[]) IS
  'the longest chain of funnel steps 1..n reached in order within the window (ClickHouse windowFunnel semantics); one boolean condition per step';

CREATE AGGREGATE @extschema@.window_funnel("window" interval, ts timestamptz, mode text, VARIADIC steps bool[]) (
  SFUNC = @extschema@.funnel_bool_mode_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_level_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.window_funnel("window" interval, ts timestamptz, mode text, VARIADIC steps bool[]) IS
  'the longest chain of funnel steps 1..n reached in order within the window (ClickHouse windowFunnel semantics); one boolean condition per step, with a comma-separated mode list (strict_order, strict_deduplication, strict_increase, allow_reentry)';

CREATE AGGREGATE @extschema@.window_funnel("window" interval, ts timestamptz, event text, steps text[]) (
  SFUNC = @extschema@.funnel_name_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_level_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.window_funnel("window" interval, ts timestamptz, event text, steps text[]) IS
  'the longest chain of funnel steps 1..n reached in order within the window (ClickHouse windowFunnel semantics); step k matches the rows whose event equals steps[k]';

CREATE AGGREGATE @extschema@.window_funnel("window" interval, ts timestamptz, event text, steps text[], mode text) (
  SFUNC = @extschema@.funnel_name_mode_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_level_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.window_funnel("window" interval, ts timestamptz, event text, steps text[], mode text) IS
  'the longest chain of funnel steps 1..n reached in order within the window (ClickHouse windowFunnel semantics); step k matches the rows whose event equals steps[k], with a comma-separated mode list (strict_order, strict_deduplication, strict_increase, allow_reentry)';

CREATE AGGREGATE @extschema@.window_funnel("window" interval, ts timestamp, VARIADIC steps bool[]) (
  SFUNC = @extschema@.funnel_bool_ts_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_level_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.window_funnel("window" interval, ts timestamp, VARIADIC steps bool[]) IS
  'the longest chain of funnel steps 1..n reached in order within the window (ClickHouse windowFunnel semantics); one boolean condition per step';

CREATE AGGREGATE @extschema@.window_funnel("window" interval, ts timestamp, mode text, VARIADIC steps bool[]) (
  SFUNC = @extschema@.funnel_bool_mode_ts_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_level_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.window_funnel("window" interval, ts timestamp, mode text, VARIADIC steps bool[]) IS
  'the longest chain of funnel steps 1..n reached in order within the window (ClickHouse windowFunnel semantics); one boolean condition per step, with a comma-separated mode list (strict_order, strict_deduplication, strict_increase, allow_reentry)';

CREATE AGGREGATE @extschema@.window_funnel("window" interval, ts timestamp, event text, steps text[]) (
  SFUNC = @extschema@.funnel_name_ts_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_level_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.window_funnel("window" interval, ts timestamp, event text, steps text[]) IS
  'the longest chain of funnel steps 1..n reached in order within the window (ClickHouse windowFunnel semantics); step k matches the rows whose event equals steps[k]';

CREATE AGGREGATE @extschema@.window_funnel("window" interval, ts timestamp, event text, steps text[], mode text) (
  SFUNC = @extschema@.funnel_name_mode_ts_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_level_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.window_funnel("window" interval, ts timestamp, event text, steps text[], mode text) IS
  'the longest chain of funnel steps 1..n reached in order within the window (ClickHouse windowFunnel semantics); step k matches the rows whose event equals steps[k], with a comma-separated mode list (strict_order, strict_deduplication, strict_increase, allow_reentry)';


-- ---------- funnel_detail ----------

CREATE AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamptz, VARIADIC steps bool[]) (
  SFUNC = @extschema@.funnel_bool_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_detail_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamptz, VARIADIC steps bool[]) IS
  'the level window_funnel reports and the time of each step of the chain that reached it first; one boolean condition per step';

CREATE AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamptz, mode text, VARIADIC steps bool[]) (
  SFUNC = @extschema@.funnel_bool_mode_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_detail_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamptz, mode text, VARIADIC steps bool[]) IS
  'the level window_funnel reports and the time of each step of the chain that reached it first; one boolean condition per step, with a comma-separated mode list (strict_order, strict_deduplication, strict_increase, allow_reentry)';

CREATE AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamptz, event text, steps text[]) (
  SFUNC = @extschema@.funnel_name_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_detail_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamptz, event text, steps text[]) IS
  'the level window_funnel reports and the time of each step of the chain that reached it first; step k matches the rows whose event equals steps[k]';

CREATE AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamptz, event text, steps text[], mode text) (
  SFUNC = @extschema@.funnel_name_mode_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_detail_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamptz, event text, steps text[], mode text) IS
  'the level window_funnel reports and the time of each step of the chain that reached it first; step k matches the rows whose event equals steps[k], with a comma-separated mode list (strict_order, strict_deduplication, strict_increase, allow_reentry)';

CREATE AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamp, VARIADIC steps bool[]) (
  SFUNC = @extschema@.funnel_bool_ts_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_detail_ts_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamp, VARIADIC steps bool[]) IS
  'the level window_funnel reports and the time of each step of the chain that reached it first; one boolean condition per step';

CREATE AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamp, mode text, VARIADIC steps bool[]) (
  SFUNC = @extschema@.funnel_bool_mode_ts_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_detail_ts_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamp, mode text, VARIADIC steps bool[]) IS
  'the level window_funnel reports and the time of each step of the chain that reached it first; one boolean condition per step, with a comma-separated mode list (strict_order, strict_deduplication, strict_increase, allow_reentry)';

CREATE AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamp, event text, steps text[]) (
  SFUNC = @extschema@.funnel_name_ts_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_detail_ts_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamp, event text, steps text[]) IS
  'the level window_funnel reports and the time of each step of the chain that reached it first; step k matches the rows whose event equals steps[k]';

CREATE AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamp, event text, steps text[], mode text) (
  SFUNC = @extschema@.funnel_name_mode_ts_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.funnel_detail_ts_final,
  COMBINEFUNC = @extschema@.funnel_combine,
  SERIALFUNC = @extschema@.funnel_serialize, DESERIALFUNC = @extschema@.funnel_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.funnel_detail("window" interval, ts timestamp, event text, steps text[], mode text) IS
  'the level window_funnel reports and the time of each step of the chain that reached it first; step k matches the rows whose event equals steps[k], with a comma-separated mode list (strict_order, strict_deduplication, strict_increase, allow_reentry)';


-- ---------- fixed-arity boolean forms (2 to 8 steps) ----------
-- window_funnel / funnel_detail with 2 to 8 boolean steps written out: PostgreSQL
-- prefers these non-VARIADIC overloads to the VARIADIC ones for the same argument
-- types, so a call spends no array per row; results are the same (docs/reference/funnel.md).

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


-- ---------- funnel_counts ----------

CREATE FUNCTION @extschema@.funnel_counts_trans(int8[], int4, int4) RETURNS int8[]
  AS 'MODULE_PATHNAME', 'funnel_counts_trans' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.funnel_counts_combine(int8[], int8[]) RETURNS int8[]
  AS 'MODULE_PATHNAME', 'funnel_counts_combine' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.funnel_counts_final(int8[]) RETURNS int8[]
  AS 'MODULE_PATHNAME', 'funnel_counts_final' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE AGGREGATE @extschema@.funnel_counts(level int4, nsteps int4) (
  SFUNC = @extschema@.funnel_counts_trans, STYPE = int8[], INITCOND = '{}',
  FINALFUNC = @extschema@.funnel_counts_final,
  COMBINEFUNC = @extschema@.funnel_counts_combine,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.funnel_counts(int4, int4) IS
  'Users reaching at least step k, k = 1..nsteps, from per-user funnel levels (e.g. window_funnel results)';

-- ---------- funnel_report ----------

CREATE FUNCTION @extschema@.funnel_report(counts int8[], labels text[] DEFAULT NULL)
  RETURNS TABLE (step int4, label text, users int8, conversion_from_previous float8,
                 conversion_from_first float8, drop_off int8, bar text)
  AS 'MODULE_PATHNAME', 'funnel_report' LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 8;
COMMENT ON FUNCTION @extschema@.funnel_report(int8[], text[]) IS
  'One row per funnel step: users, conversion from the previous and the first step (rounded to 4 decimals), drop-off, and a Unicode text bar';
