\echo Use "CREATE EXTENSION customer_analytics" to load this file. \quit
-- customer_analytics 0.4.0: generated from src/*.sql by make; edit those files.

-- ---- src/rfm.sql ----
-- ==================================================================
-- rfm: RFM scoring and segmentation (src/rfm.c, src/rfm_segment.c)
-- ==================================================================

-- ---------- rfm_agg: one customer's recency, frequency, monetary ----------

CREATE TYPE rfm AS (
    recency_days float8,
    frequency    bigint,
    monetary     numeric,
    first_order  timestamptz,
    last_order   timestamptz
);
COMMENT ON TYPE rfm IS
  'One customer''s RFM facts as of a date: days since the last order, number of orders, exact sum of amounts, first and last order';

CREATE FUNCTION rfm_agg_trans(internal, timestamptz, numeric, timestamptz)
RETURNS internal AS 'MODULE_PATHNAME', 'rfm_agg_trans'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION rfm_agg_trans_float8(internal, timestamptz, float8, timestamptz)
RETURNS internal AS 'MODULE_PATHNAME', 'rfm_agg_trans_float8'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION rfm_agg_combine(internal, internal)
RETURNS internal AS 'MODULE_PATHNAME', 'rfm_agg_combine'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION rfm_agg_serialize(internal)
RETURNS bytea AS 'MODULE_PATHNAME', 'rfm_agg_serialize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION rfm_agg_deserialize(bytea, internal)
RETURNS internal AS 'MODULE_PATHNAME', 'rfm_agg_deserialize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION rfm_agg_final(internal)
RETURNS rfm AS 'MODULE_PATHNAME', 'rfm_agg_final'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

-- SSPACE: the state (48 bytes) and its numeric sum, with allocation headers: what the
-- planner should expect per customer of a hashed GROUP BY (not its 8 kB default).
CREATE AGGREGATE rfm_agg(order_ts timestamptz, amount numeric, as_of timestamptz) (
    SFUNC = rfm_agg_trans,
    STYPE = internal,
    SSPACE = 128,
    FINALFUNC = rfm_agg_final,
    COMBINEFUNC = rfm_agg_combine,
    SERIALFUNC = rfm_agg_serialize,
    DESERIALFUNC = rfm_agg_deserialize,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE rfm_agg(timestamptz, numeric, timestamptz) IS
  'Per-customer RFM facts as of a date (orders after as_of are excluded; exact numeric monetary sum)';

CREATE AGGREGATE rfm_agg(order_ts timestamptz, amount float8, as_of timestamptz) (
    SFUNC = rfm_agg_trans_float8,
    STYPE = internal,
    SSPACE = 128,
    FINALFUNC = rfm_agg_final,
    COMBINEFUNC = rfm_agg_combine,
    SERIALFUNC = rfm_agg_serialize,
    DESERIALFUNC = rfm_agg_deserialize,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE rfm_agg(timestamptz, float8, timestamptz) IS
  'Per-customer RFM facts as of a date; each float8 amount is summed exactly as amount::numeric';

-- ---------- the rfm_model type ----------

CREATE TYPE rfm_model;

CREATE FUNCTION rfm_model_in(cstring)
RETURNS rfm_model AS 'MODULE_PATHNAME', 'rfm_model_in'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION rfm_model_out(rfm_model)
RETURNS cstring AS 'MODULE_PATHNAME', 'rfm_model_out'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION rfm_model_recv(internal)
RETURNS rfm_model AS 'MODULE_PATHNAME', 'rfm_model_recv'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION rfm_model_send(rfm_model)
RETURNS bytea AS 'MODULE_PATHNAME', 'rfm_model_send'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE rfm_model (
    INPUT = rfm_model_in,
    OUTPUT = rfm_model_out,
    RECEIVE = rfm_model_recv,
    SEND = rfm_model_send,
    INTERNALLENGTH = VARIABLE,
    ALIGNMENT = double,
    STORAGE = plain
);
COMMENT ON TYPE rfm_model IS
  'RFM scoring model: per dimension the bins-1 percentile_disc cut points, the mean and the median, and the number of customers';

-- ---------- the rfm_model aggregate ----------

CREATE FUNCTION rfm_model_trans(internal, float8, float8, float8)
RETURNS internal AS 'MODULE_PATHNAME', 'rfm_model_trans'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION rfm_model_trans(internal, float8, float8, float8, integer)
RETURNS internal AS 'MODULE_PATHNAME', 'rfm_model_trans'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION rfm_model_combine(internal, internal)
RETURNS internal AS 'MODULE_PATHNAME', 'rfm_model_combine'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION rfm_model_serialize(internal)
RETURNS bytea AS 'MODULE_PATHNAME', 'rfm_model_serialize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION rfm_model_deserialize(bytea, internal)
RETURNS internal AS 'MODULE_PATHNAME', 'rfm_model_deserialize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION rfm_model_final(internal)
RETURNS rfm_model AS 'MODULE_PATHNAME', 'rfm_model_final'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE AGGREGATE rfm_model(recency float8, frequency float8, monetary float8) (
    SFUNC = rfm_model_trans,
    STYPE = internal,
    FINALFUNC = rfm_model_final,
    COMBINEFUNC = rfm_model_combine,
    SERIALFUNC = rfm_model_serialize,
    DESERIALFUNC = rfm_model_deserialize,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE rfm_model(float8, float8, float8) IS
  'Builds a 5-bin RFM scoring model (percentile_disc cut points, means, medians) over customers';

CREATE AGGREGATE rfm_model(recency float8, frequency float8, monetary float8, bins integer) (
    SFUNC = rfm_model_trans,
    STYPE = internal,
    FINALFUNC = rfm_model_final,
    COMBINEFUNC = rfm_model_combine,
    SERIALFUNC = rfm_model_serialize,
    DESERIALFUNC = rfm_model_deserialize,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE rfm_model(float8, float8, float8, integer) IS
  'Builds an RFM scoring model with 2 to 20 bins (percentile_disc cut points, means, medians) over customers';

-- ---------- accessors ----------

CREATE FUNCTION rfm_model_cuts(model rfm_model, dimension text)
RETURNS float8[] AS 'MODULE_PATHNAME', 'rfm_model_cuts'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION rfm_model_cuts(rfm_model, text) IS
  'The bins-1 cut points of one dimension (recency, frequency or monetary) of an RFM model';

CREATE FUNCTION rfm_model_mean(model rfm_model, dimension text)
RETURNS float8 AS 'MODULE_PATHNAME', 'rfm_model_mean'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION rfm_model_mean(rfm_model, text) IS
  'The population mean of one dimension of an RFM model';

CREATE FUNCTION rfm_model_median(model rfm_model, dimension text)
RETURNS float8 AS 'MODULE_PATHNAME', 'rfm_model_median'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION rfm_model_median(rfm_model, text) IS
  'The population median (percentile_disc 0.5) of one dimension of an RFM model';

CREATE FUNCTION rfm_model_n(model rfm_model)
RETURNS bigint AS 'MODULE_PATHNAME', 'rfm_model_n'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION rfm_model_n(rfm_model) IS
  'The number of customers an RFM model was built from';

CREATE FUNCTION rfm_model_bins(model rfm_model)
RETURNS integer AS 'MODULE_PATHNAME', 'rfm_model_bins'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION rfm_model_bins(rfm_model) IS
  'The number of score bins of an RFM model';

-- ---------- scoring and segments ----------

CREATE TYPE rfm_score AS (
    r    integer,
    f    integer,
    m    integer,
    code text
);
COMMENT ON TYPE rfm_score IS
  'RFM scores 1..bins (higher is better in every dimension) and their code, e.g. 545 or 10-3-7';

CREATE FUNCTION rfm_score(model rfm_model, recency float8, frequency float8, monetary float8)
RETURNS rfm_score AS 'MODULE_PATHNAME', 'rfm_score'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION rfm_score(rfm_model, float8, float8, float8) IS
  'Scores one customer against an RFM model''s cut points; equal values always get equal scores';

CREATE FUNCTION rfm_segment(r integer, f integer, m integer, lang text DEFAULT 'en')
RETURNS text AS 'MODULE_PATHNAME', 'rfm_segment'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION rfm_segment(integer, integer, integer, text) IS
  'The 11-segment name (Champions ... Lost) of 1-5 RFM scores, in English (en) or Simplified Chinese (zh)';

CREATE FUNCTION rfm_class(model rfm_model, recency float8, frequency float8, monetary float8,
                          lang text DEFAULT 'zh', center text DEFAULT 'mean')
RETURNS text AS 'MODULE_PATHNAME', 'rfm_class'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION rfm_class(rfm_model, float8, float8, float8, text, text) IS
  'The 8 classic RFM value classes (important value ... general retention customers), in Simplified Chinese (zh, default) or English (en): R, F, M high or low against the model''s mean or median';

-- ---- src/funnel.sql ----
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

-- ---- src/retention.sql ----
-- retention: SQL declarations (see src/retention.c)
-- retention(VARIADIC bool[]) -> smallint[], retention_sum(smallint[]) -> bigint[],
-- retention_rates(bigint[]) -> float8[]: ClickHouse's retention and cohort sums.

CREATE FUNCTION @extschema@.retention_trans(internal, bool[])
RETURNS internal
AS 'MODULE_PATHNAME', 'retention_trans'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.retention_combine(internal, internal)
RETURNS internal
AS 'MODULE_PATHNAME', 'retention_combine'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.retention_serialize(internal)
RETURNS bytea
AS 'MODULE_PATHNAME', 'retention_serialize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.retention_deserialize(bytea, internal)
RETURNS internal
AS 'MODULE_PATHNAME', 'retention_deserialize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.retention_final(internal)
RETURNS smallint[]
AS 'MODULE_PATHNAME', 'retention_final'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE AGGREGATE @extschema@.retention(VARIADIC conds bool[]) (
    SFUNC = @extschema@.retention_trans,
    STYPE = internal,
    SSPACE = 8,
    FINALFUNC = @extschema@.retention_final,
    COMBINEFUNC = @extschema@.retention_combine,
    SERIALFUNC = @extschema@.retention_serialize,
    DESERIALFUNC = @extschema@.retention_deserialize,
    PARALLEL = SAFE
);

COMMENT ON AGGREGATE @extschema@.retention(VARIADIC bool[]) IS
'ClickHouse retention: element 1 = cond1 held on some row of the group; element k = cond1 and cond k each held on some row (1 or 0); up to 32 conditions, NULL counts as false';

CREATE FUNCTION @extschema@.retention_sum_trans(bigint[], smallint[])
RETURNS bigint[]
AS 'MODULE_PATHNAME', 'retention_sum_trans'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.retention_sum_combine(bigint[], bigint[])
RETURNS bigint[]
AS 'MODULE_PATHNAME', 'retention_sum_combine'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE AGGREGATE @extschema@.retention_sum(smallint[]) (
    SFUNC = @extschema@.retention_sum_trans,
    STYPE = bigint[],
    COMBINEFUNC = @extschema@.retention_sum_combine,
    PARALLEL = SAFE
);

COMMENT ON AGGREGATE @extschema@.retention_sum(smallint[]) IS
'element-wise sum of retention() arrays: cohort size and retained counts per period; NULL arrays are skipped, different lengths are an error';

CREATE FUNCTION @extschema@.retention_rates(counts bigint[])
RETURNS float8[]
AS 'MODULE_PATHNAME', 'retention_rates'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.retention_rates(bigint[]) IS
'retention counts as shares of the first element (the cohort size): element k / element 1; all NULL when the cohort is empty';

-- ---- src/cohort.sql ----
-- ==================================================================
-- cohort: one-pass cohort retention (src/cohort.c)
-- cohort_retention(ts, unit, periods) -> (cohort, retained smallint[]) per group;
-- retention_sum() of the retained arrays per cohort gives the matrix.
-- ==================================================================

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

-- ---- src/sequence.sql ----
-- sequence: SQL declarations (see src/sequence.c)
-- sequence_match / sequence_count: ClickHouse's sequenceMatch / sequenceCount.

CREATE FUNCTION @extschema@.sequence_trans(internal, text, timestamptz, bool[])
RETURNS internal
AS 'MODULE_PATHNAME', 'sequence_trans'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.sequence_trans(internal, text, timestamp, bool[])
RETURNS internal
AS 'MODULE_PATHNAME', 'sequence_trans'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.sequence_combine(internal, internal)
RETURNS internal
AS 'MODULE_PATHNAME', 'sequence_combine'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.sequence_serialize(internal)
RETURNS bytea
AS 'MODULE_PATHNAME', 'sequence_serialize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.sequence_deserialize(bytea, internal)
RETURNS internal
AS 'MODULE_PATHNAME', 'sequence_deserialize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.sequence_match_final(internal)
RETURNS bool
AS 'MODULE_PATHNAME', 'sequence_match_final'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.sequence_count_final(internal)
RETURNS bigint
AS 'MODULE_PATHNAME', 'sequence_count_final'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE AGGREGATE @extschema@.sequence_match(pattern text, ts timestamptz, VARIADIC conds bool[]) (
    SFUNC = @extschema@.sequence_trans,
    STYPE = internal,
    SSPACE = 450,
    FINALFUNC = @extschema@.sequence_match_final,
    COMBINEFUNC = @extschema@.sequence_combine,
    SERIALFUNC = @extschema@.sequence_serialize,
    DESERIALFUNC = @extschema@.sequence_deserialize,
    PARALLEL = SAFE
);

CREATE AGGREGATE @extschema@.sequence_match(pattern text, ts timestamp, VARIADIC conds bool[]) (
    SFUNC = @extschema@.sequence_trans,
    STYPE = internal,
    SSPACE = 450,
    FINALFUNC = @extschema@.sequence_match_final,
    COMBINEFUNC = @extschema@.sequence_combine,
    SERIALFUNC = @extschema@.sequence_serialize,
    DESERIALFUNC = @extschema@.sequence_deserialize,
    PARALLEL = SAFE
);

CREATE AGGREGATE @extschema@.sequence_count(pattern text, ts timestamptz, VARIADIC conds bool[]) (
    SFUNC = @extschema@.sequence_trans,
    STYPE = internal,
    SSPACE = 450,
    FINALFUNC = @extschema@.sequence_count_final,
    COMBINEFUNC = @extschema@.sequence_combine,
    SERIALFUNC = @extschema@.sequence_serialize,
    DESERIALFUNC = @extschema@.sequence_deserialize,
    PARALLEL = SAFE
);

CREATE AGGREGATE @extschema@.sequence_count(pattern text, ts timestamp, VARIADIC conds bool[]) (
    SFUNC = @extschema@.sequence_trans,
    STYPE = internal,
    SSPACE = 450,
    FINALFUNC = @extschema@.sequence_count_final,
    COMBINEFUNC = @extschema@.sequence_combine,
    SERIALFUNC = @extschema@.sequence_serialize,
    DESERIALFUNC = @extschema@.sequence_deserialize,
    PARALLEL = SAFE
);

COMMENT ON AGGREGATE @extschema@.sequence_match(text, timestamptz, VARIADIC bool[]) IS
'true when the events of the group (ordered by time) contain the pattern, e.g. ''(?1).*(?t<=3600)(?2)''; ClickHouse sequenceMatch semantics';
COMMENT ON AGGREGATE @extschema@.sequence_match(text, timestamp, VARIADIC bool[]) IS
'true when the events of the group (ordered by time) contain the pattern, e.g. ''(?1).*(?t<=3600)(?2)''; ClickHouse sequenceMatch semantics';
COMMENT ON AGGREGATE @extschema@.sequence_count(text, timestamptz, VARIADIC bool[]) IS
'number of non-overlapping occurrences of the pattern in the events of the group; ClickHouse sequenceCount semantics';
COMMENT ON AGGREGATE @extschema@.sequence_count(text, timestamp, VARIADIC bool[]) IS
'number of non-overlapping occurrences of the pattern in the events of the group; ClickHouse sequenceCount semantics';

-- ---- src/churn.sql ----
-- ======================================================================
-- churn: rule-based churn signals (see src/churn.c, docs/reference/churn.md)
-- ======================================================================

CREATE TYPE @extschema@.churn_signals AS (
    orders          bigint,
    last_order      timestamptz,
    days_since_last float8,
    mean_gap_days   float8,
    gap_ratio       float8,
    aov_history     float8,
    aov_recent      float8,
    aov_change      float8,
    overdue         boolean,
    aov_dropped     boolean,
    churn_risk      text
);
COMMENT ON TYPE @extschema@.churn_signals IS
'Result of churn_signals: order count, recency, inter-purchase gap rule (overdue) and average-order-value rule (aov_dropped), churn_risk high/medium/low/none';

-- Transition functions: one per arity, one C symbol; non-strict so NULL
-- parameters can be refused while rows with a NULL ts or amount are skipped.
CREATE FUNCTION @extschema@.churn_signals_accum(internal, timestamptz, numeric, timestamptz)
RETURNS internal
AS 'MODULE_PATHNAME', 'churn_signals_accum'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.churn_signals_accum(internal, timestamptz, numeric, timestamptz, float8)
RETURNS internal
AS 'MODULE_PATHNAME', 'churn_signals_accum'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.churn_signals_accum(internal, timestamptz, numeric, timestamptz, float8, float8)
RETURNS internal
AS 'MODULE_PATHNAME', 'churn_signals_accum'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.churn_signals_accum(internal, timestamptz, numeric, timestamptz, float8, float8, integer)
RETURNS internal
AS 'MODULE_PATHNAME', 'churn_signals_accum'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.churn_signals_combine(internal, internal)
RETURNS internal
AS 'MODULE_PATHNAME', 'churn_signals_combine'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.churn_signals_serialize(internal)
RETURNS bytea
AS 'MODULE_PATHNAME', 'churn_signals_serialize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.churn_signals_deserialize(bytea, internal)
RETURNS internal
AS 'MODULE_PATHNAME', 'churn_signals_deserialize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.churn_signals_final(internal)
RETURNS @extschema@.churn_signals
AS 'MODULE_PATHNAME', 'churn_signals_final'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

-- SSPACE: the 64-byte state and a first array of 4 orders (16 bytes each), with
-- allocation headers: what the planner should expect per customer of a hashed GROUP BY.
CREATE AGGREGATE @extschema@.churn_signals(ts timestamptz, amount numeric, as_of timestamptz) (
    SFUNC = @extschema@.churn_signals_accum,
    STYPE = internal,
    SSPACE = 160,
    FINALFUNC = @extschema@.churn_signals_final,
    COMBINEFUNC = @extschema@.churn_signals_combine,
    SERIALFUNC = @extschema@.churn_signals_serialize,
    DESERIALFUNC = @extschema@.churn_signals_deserialize,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.churn_signals(timestamptz, numeric, timestamptz) IS
'Per-customer churn signals from order history up to as_of (gap_factor 2, aov_drop 0.3, recent_orders 3)';

CREATE AGGREGATE @extschema@.churn_signals(ts timestamptz, amount numeric, as_of timestamptz, gap_factor float8) (
    SFUNC = @extschema@.churn_signals_accum,
    STYPE = internal,
    SSPACE = 160,
    FINALFUNC = @extschema@.churn_signals_final,
    COMBINEFUNC = @extschema@.churn_signals_combine,
    SERIALFUNC = @extschema@.churn_signals_serialize,
    DESERIALFUNC = @extschema@.churn_signals_deserialize,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.churn_signals(timestamptz, numeric, timestamptz, float8) IS
'Per-customer churn signals from order history up to as_of (aov_drop 0.3, recent_orders 3)';

CREATE AGGREGATE @extschema@.churn_signals(ts timestamptz, amount numeric, as_of timestamptz, gap_factor float8, aov_drop float8) (
    SFUNC = @extschema@.churn_signals_accum,
    STYPE = internal,
    SSPACE = 160,
    FINALFUNC = @extschema@.churn_signals_final,
    COMBINEFUNC = @extschema@.churn_signals_combine,
    SERIALFUNC = @extschema@.churn_signals_serialize,
    DESERIALFUNC = @extschema@.churn_signals_deserialize,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.churn_signals(timestamptz, numeric, timestamptz, float8, float8) IS
'Per-customer churn signals from order history up to as_of (recent_orders 3)';

CREATE AGGREGATE @extschema@.churn_signals(ts timestamptz, amount numeric, as_of timestamptz, gap_factor float8, aov_drop float8, recent_orders integer) (
    SFUNC = @extschema@.churn_signals_accum,
    STYPE = internal,
    SSPACE = 160,
    FINALFUNC = @extschema@.churn_signals_final,
    COMBINEFUNC = @extschema@.churn_signals_combine,
    SERIALFUNC = @extschema@.churn_signals_serialize,
    DESERIALFUNC = @extschema@.churn_signals_deserialize,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.churn_signals(timestamptz, numeric, timestamptz, float8, float8, integer) IS
'Per-customer churn signals from order history up to as_of: overdue when days since the last order >= gap_factor x mean gap; aov_dropped when the mean of the last recent_orders orders fell by aov_drop or more';

CREATE FUNCTION @extschema@.churn_flag(last_seen timestamptz, as_of timestamptz, inactive interval)
RETURNS boolean
AS 'MODULE_PATHNAME', 'churn_flag'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.churn_flag(timestamptz, timestamptz, interval) IS
'True when as_of - last_seen >= inactive (no activity for at least that long)';

CREATE TYPE @extschema@.activity_drop AS (
    previous        float8,
    recent          float8,
    change          float8,
    dropped         boolean,
    previous_events bigint,
    recent_events   bigint
);
COMMENT ON TYPE @extschema@.activity_drop IS
'Result of activity_drop: metric sums in the previous and the recent period, relative change, dropped flag, event counts';

CREATE FUNCTION @extschema@.activity_drop_accum(internal, timestamptz, float8, timestamptz, interval)
RETURNS internal
AS 'MODULE_PATHNAME', 'activity_drop_accum'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.activity_drop_accum(internal, timestamptz, float8, timestamptz, interval, float8)
RETURNS internal
AS 'MODULE_PATHNAME', 'activity_drop_accum'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.activity_drop_combine(internal, internal)
RETURNS internal
AS 'MODULE_PATHNAME', 'activity_drop_combine'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.activity_drop_serialize(internal)
RETURNS bytea
AS 'MODULE_PATHNAME', 'activity_drop_serialize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.activity_drop_deserialize(bytea, internal)
RETURNS internal
AS 'MODULE_PATHNAME', 'activity_drop_deserialize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.activity_drop_final(internal)
RETURNS @extschema@.activity_drop
AS 'MODULE_PATHNAME', 'activity_drop_final'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE AGGREGATE @extschema@.activity_drop(ts timestamptz, value float8, as_of timestamptz, period interval) (
    SFUNC = @extschema@.activity_drop_accum,
    STYPE = internal,
    SSPACE = 56,
    FINALFUNC = @extschema@.activity_drop_final,
    COMBINEFUNC = @extschema@.activity_drop_combine,
    SERIALFUNC = @extschema@.activity_drop_serialize,
    DESERIALFUNC = @extschema@.activity_drop_deserialize,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.activity_drop(timestamptz, float8, timestamptz, interval) IS
'Sum of value in (as_of - period, as_of] vs (as_of - 2 period, as_of - period]; dropped when the change is -0.5 or less';

CREATE AGGREGATE @extschema@.activity_drop(ts timestamptz, value float8, as_of timestamptz, period interval, drop float8) (
    SFUNC = @extschema@.activity_drop_accum,
    STYPE = internal,
    SSPACE = 56,
    FINALFUNC = @extschema@.activity_drop_final,
    COMBINEFUNC = @extschema@.activity_drop_combine,
    SERIALFUNC = @extschema@.activity_drop_serialize,
    DESERIALFUNC = @extschema@.activity_drop_deserialize,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.activity_drop(timestamptz, float8, timestamptz, interval, float8) IS
'Sum of value in (as_of - period, as_of] vs (as_of - 2 period, as_of - period]; dropped when the change is -drop or less';

-- ---- src/btyd.sql ----
-- btyd: buy-till-you-die models (see src/btyd.c, src/btyd_math.c, docs/reference/btyd.md)

-- ---------- btyd_summary: per-customer frequency / recency / T / monetary_value ----------

CREATE TYPE @extschema@.btyd_summary_row AS (
    frequency      float8,
    recency        float8,
    t              float8,
    monetary_value float8
);
COMMENT ON TYPE @extschema@.btyd_summary_row IS
  'Result of btyd_summary: repeat purchase periods, age at last purchase, age at as_of (in time units), mean repeat spend per period';

CREATE FUNCTION @extschema@.btyd_summary_accum(internal, timestamptz, numeric, timestamptz)
RETURNS internal AS 'MODULE_PATHNAME', 'btyd_summary_accum' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.btyd_summary_accum(internal, timestamptz, numeric, timestamptz, interval)
RETURNS internal AS 'MODULE_PATHNAME', 'btyd_summary_accum' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.btyd_summary_accum(internal, timestamptz, numeric, timestamptz, interval, interval)
RETURNS internal AS 'MODULE_PATHNAME', 'btyd_summary_accum' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.btyd_summary_accum(internal, timestamp, numeric, timestamp)
RETURNS internal AS 'MODULE_PATHNAME', 'btyd_summary_accum' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.btyd_summary_accum(internal, timestamp, numeric, timestamp, interval)
RETURNS internal AS 'MODULE_PATHNAME', 'btyd_summary_accum' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.btyd_summary_accum(internal, timestamp, numeric, timestamp, interval, interval)
RETURNS internal AS 'MODULE_PATHNAME', 'btyd_summary_accum' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.btyd_summary_final(internal)
RETURNS @extschema@.btyd_summary_row AS 'MODULE_PATHNAME', 'btyd_summary_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.btyd_summary_combine(internal, internal)
RETURNS internal AS 'MODULE_PATHNAME', 'btyd_summary_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.btyd_summary_serialize(internal)
RETURNS bytea AS 'MODULE_PATHNAME', 'btyd_summary_serialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.btyd_summary_deserialize(bytea, internal)
RETURNS internal AS 'MODULE_PATHNAME', 'btyd_summary_deserialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- SSPACE: the 64-byte state and a first array of 4 purchase periods (16 bytes each),
-- with allocation headers: what the planner should expect per customer of a hashed GROUP BY.
CREATE AGGREGATE @extschema@.btyd_summary(ts timestamptz, amount numeric, as_of timestamptz) (
    SFUNC = @extschema@.btyd_summary_accum, STYPE = internal, SSPACE = 160,
    FINALFUNC = @extschema@.btyd_summary_final,
    COMBINEFUNC = @extschema@.btyd_summary_combine,
    SERIALFUNC = @extschema@.btyd_summary_serialize, DESERIALFUNC = @extschema@.btyd_summary_deserialize,
    PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.btyd_summary(ts timestamptz, amount numeric, as_of timestamptz, period interval) (
    SFUNC = @extschema@.btyd_summary_accum, STYPE = internal, SSPACE = 160,
    FINALFUNC = @extschema@.btyd_summary_final,
    COMBINEFUNC = @extschema@.btyd_summary_combine,
    SERIALFUNC = @extschema@.btyd_summary_serialize, DESERIALFUNC = @extschema@.btyd_summary_deserialize,
    PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.btyd_summary(ts timestamptz, amount numeric, as_of timestamptz, period interval, time_unit interval) (
    SFUNC = @extschema@.btyd_summary_accum, STYPE = internal, SSPACE = 160,
    FINALFUNC = @extschema@.btyd_summary_final,
    COMBINEFUNC = @extschema@.btyd_summary_combine,
    SERIALFUNC = @extschema@.btyd_summary_serialize, DESERIALFUNC = @extschema@.btyd_summary_deserialize,
    PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.btyd_summary(ts timestamp, amount numeric, as_of timestamp) (
    SFUNC = @extschema@.btyd_summary_accum, STYPE = internal, SSPACE = 160,
    FINALFUNC = @extschema@.btyd_summary_final,
    COMBINEFUNC = @extschema@.btyd_summary_combine,
    SERIALFUNC = @extschema@.btyd_summary_serialize, DESERIALFUNC = @extschema@.btyd_summary_deserialize,
    PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.btyd_summary(ts timestamp, amount numeric, as_of timestamp, period interval) (
    SFUNC = @extschema@.btyd_summary_accum, STYPE = internal, SSPACE = 160,
    FINALFUNC = @extschema@.btyd_summary_final,
    COMBINEFUNC = @extschema@.btyd_summary_combine,
    SERIALFUNC = @extschema@.btyd_summary_serialize, DESERIALFUNC = @extschema@.btyd_summary_deserialize,
    PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.btyd_summary(ts timestamp, amount numeric, as_of timestamp, period interval, time_unit interval) (
    SFUNC = @extschema@.btyd_summary_accum, STYPE = internal, SSPACE = 160,
    FINALFUNC = @extschema@.btyd_summary_final,
    COMBINEFUNC = @extschema@.btyd_summary_combine,
    SERIALFUNC = @extschema@.btyd_summary_serialize, DESERIALFUNC = @extschema@.btyd_summary_deserialize,
    PARALLEL = SAFE);

COMMENT ON AGGREGATE @extschema@.btyd_summary(timestamptz, numeric, timestamptz) IS
  'One customer''s BTYD summary from transactions (lifetimes summary_data_from_transaction_data), daily periods (UTC days)';
COMMENT ON AGGREGATE @extschema@.btyd_summary(timestamptz, numeric, timestamptz, interval) IS
  'One customer''s BTYD summary from transactions, periods of the given length (UTC, from Monday 2000-01-03)';
COMMENT ON AGGREGATE @extschema@.btyd_summary(timestamptz, numeric, timestamptz, interval, interval) IS
  'One customer''s BTYD summary from transactions, bucketed by period, times expressed in time_unit (lifetimes freq_multiplier)';
COMMENT ON AGGREGATE @extschema@.btyd_summary(timestamp, numeric, timestamp) IS
  'One customer''s BTYD summary from transactions, daily periods on the wall clock';
COMMENT ON AGGREGATE @extschema@.btyd_summary(timestamp, numeric, timestamp, interval) IS
  'One customer''s BTYD summary from transactions, periods of the given length on the wall clock (from Monday 2000-01-03)';
COMMENT ON AGGREGATE @extschema@.btyd_summary(timestamp, numeric, timestamp, interval, interval) IS
  'One customer''s BTYD summary from transactions on the wall clock, bucketed by period, times expressed in time_unit';

-- ---------- bgnbd_model ----------

CREATE TYPE @extschema@.bgnbd_model;
CREATE FUNCTION @extschema@.bgnbd_model_in(cstring) RETURNS @extschema@.bgnbd_model
  AS 'MODULE_PATHNAME', 'bgnbd_model_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.bgnbd_model_out(@extschema@.bgnbd_model) RETURNS cstring
  AS 'MODULE_PATHNAME', 'bgnbd_model_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE TYPE @extschema@.bgnbd_model (
    INPUT = @extschema@.bgnbd_model_in, OUTPUT = @extschema@.bgnbd_model_out,
    INTERNALLENGTH = 56, ALIGNMENT = double, STORAGE = plain);
COMMENT ON TYPE @extschema@.bgnbd_model IS
  'A fitted BG/NBD model: r, alpha, a, b, log-likelihood, customers, iterations, converged';

CREATE FUNCTION @extschema@.bgnbd_fit_accum(internal, float8, float8, float8)
RETURNS internal AS 'MODULE_PATHNAME', 'bgnbd_fit_accum' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.bgnbd_fit_accum(internal, float8, float8, float8, float8)
RETURNS internal AS 'MODULE_PATHNAME', 'bgnbd_fit_accum' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.bgnbd_fit_final(internal)
RETURNS @extschema@.bgnbd_model AS 'MODULE_PATHNAME', 'bgnbd_fit_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.bgnbd_fit_combine(internal, internal)
RETURNS internal AS 'MODULE_PATHNAME', 'bgnbd_fit_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.bgnbd_fit_serialize(internal)
RETURNS bytea AS 'MODULE_PATHNAME', 'bgnbd_fit_serialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.bgnbd_fit_deserialize(bytea, internal)
RETURNS internal AS 'MODULE_PATHNAME', 'bgnbd_fit_deserialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE AGGREGATE @extschema@.bgnbd_fit(frequency float8, recency float8, t float8) (
    SFUNC = @extschema@.bgnbd_fit_accum, STYPE = internal,
    FINALFUNC = @extschema@.bgnbd_fit_final,
    COMBINEFUNC = @extschema@.bgnbd_fit_combine,
    SERIALFUNC = @extschema@.bgnbd_fit_serialize, DESERIALFUNC = @extschema@.bgnbd_fit_deserialize,
    PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.bgnbd_fit(frequency float8, recency float8, t float8, penalizer float8) (
    SFUNC = @extschema@.bgnbd_fit_accum, STYPE = internal,
    FINALFUNC = @extschema@.bgnbd_fit_final,
    COMBINEFUNC = @extschema@.bgnbd_fit_combine,
    SERIALFUNC = @extschema@.bgnbd_fit_serialize, DESERIALFUNC = @extschema@.bgnbd_fit_deserialize,
    PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.bgnbd_fit(float8, float8, float8) IS
  'Maximum-likelihood BG/NBD model (Fader, Hardie & Lee 2005) from per-customer frequency, recency, T';
COMMENT ON AGGREGATE @extschema@.bgnbd_fit(float8, float8, float8, float8) IS
  'BG/NBD model fitted with an L2 penalizer on r, alpha, a, b (as lifetimes penalizer_coef)';

CREATE FUNCTION @extschema@.bgnbd_params(model @extschema@.bgnbd_model,
    OUT r float8, OUT alpha float8, OUT a float8, OUT b float8, OUT log_likelihood float8,
    OUT customers bigint, OUT iterations integer, OUT converged boolean)
  AS 'MODULE_PATHNAME', 'bgnbd_params' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.bgnbd_params(@extschema@.bgnbd_model) IS
  'The fields of a bgnbd_model as a record';

CREATE FUNCTION @extschema@.bgnbd_p_alive(model @extschema@.bgnbd_model, frequency float8, recency float8, t float8)
RETURNS float8 AS 'MODULE_PATHNAME', 'bgnbd_p_alive_sql' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.bgnbd_p_alive(@extschema@.bgnbd_model, float8, float8, float8) IS
  'Probability that a customer with this history is still alive at t';

CREATE FUNCTION @extschema@.bgnbd_expected_purchases(model @extschema@.bgnbd_model, horizon float8,
    frequency float8, recency float8, t float8)
RETURNS float8 AS 'MODULE_PATHNAME', 'bgnbd_expected_purchases' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.bgnbd_expected_purchases(@extschema@.bgnbd_model, float8, float8, float8, float8) IS
  'Expected number of purchases in the next horizon time units, given the customer''s frequency, recency, T';

CREATE FUNCTION @extschema@.bgnbd_unconditional(model @extschema@.bgnbd_model, horizon float8)
RETURNS float8 AS 'MODULE_PATHNAME', 'bgnbd_unconditional' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.bgnbd_unconditional(@extschema@.bgnbd_model, float8) IS
  'Expected number of repeat purchases of a new customer within horizon time units of the first purchase';

-- ---------- gamma_gamma_model ----------

CREATE TYPE @extschema@.gamma_gamma_model;
CREATE FUNCTION @extschema@.gamma_gamma_model_in(cstring) RETURNS @extschema@.gamma_gamma_model
  AS 'MODULE_PATHNAME', 'gamma_gamma_model_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.gamma_gamma_model_out(@extschema@.gamma_gamma_model) RETURNS cstring
  AS 'MODULE_PATHNAME', 'gamma_gamma_model_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE TYPE @extschema@.gamma_gamma_model (
    INPUT = @extschema@.gamma_gamma_model_in, OUTPUT = @extschema@.gamma_gamma_model_out,
    INTERNALLENGTH = 48, ALIGNMENT = double, STORAGE = plain);
COMMENT ON TYPE @extschema@.gamma_gamma_model IS
  'A fitted Gamma-Gamma spend model: p, q, v, log-likelihood, customers, iterations, converged';

CREATE FUNCTION @extschema@.gamma_gamma_fit_accum(internal, float8, float8)
RETURNS internal AS 'MODULE_PATHNAME', 'gamma_gamma_fit_accum' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.gamma_gamma_fit_accum(internal, float8, float8, float8)
RETURNS internal AS 'MODULE_PATHNAME', 'gamma_gamma_fit_accum' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.gamma_gamma_fit_final(internal)
RETURNS @extschema@.gamma_gamma_model AS 'MODULE_PATHNAME', 'gamma_gamma_fit_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.gamma_gamma_fit_combine(internal, internal)
RETURNS internal AS 'MODULE_PATHNAME', 'gamma_gamma_fit_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.gamma_gamma_fit_serialize(internal)
RETURNS bytea AS 'MODULE_PATHNAME', 'gamma_gamma_fit_serialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.gamma_gamma_fit_deserialize(bytea, internal)
RETURNS internal AS 'MODULE_PATHNAME', 'gamma_gamma_fit_deserialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE AGGREGATE @extschema@.gamma_gamma_fit(frequency float8, monetary_value float8) (
    SFUNC = @extschema@.gamma_gamma_fit_accum, STYPE = internal,
    FINALFUNC = @extschema@.gamma_gamma_fit_final,
    COMBINEFUNC = @extschema@.gamma_gamma_fit_combine,
    SERIALFUNC = @extschema@.gamma_gamma_fit_serialize, DESERIALFUNC = @extschema@.gamma_gamma_fit_deserialize,
    PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.gamma_gamma_fit(frequency float8, monetary_value float8, penalizer float8) (
    SFUNC = @extschema@.gamma_gamma_fit_accum, STYPE = internal,
    FINALFUNC = @extschema@.gamma_gamma_fit_final,
    COMBINEFUNC = @extschema@.gamma_gamma_fit_combine,
    SERIALFUNC = @extschema@.gamma_gamma_fit_serialize, DESERIALFUNC = @extschema@.gamma_gamma_fit_deserialize,
    PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.gamma_gamma_fit(float8, float8) IS
  'Maximum-likelihood Gamma-Gamma spend model from repeat buyers'' frequency and mean repeat spend (frequency 0 skipped)';
COMMENT ON AGGREGATE @extschema@.gamma_gamma_fit(float8, float8, float8) IS
  'Gamma-Gamma spend model fitted with an L2 penalizer on p, q, v (as lifetimes penalizer_coef)';

CREATE FUNCTION @extschema@.gamma_gamma_params(model @extschema@.gamma_gamma_model,
    OUT p float8, OUT q float8, OUT v float8, OUT log_likelihood float8,
    OUT customers bigint, OUT iterations integer, OUT converged boolean)
  AS 'MODULE_PATHNAME', 'gamma_gamma_params' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gamma_gamma_params(@extschema@.gamma_gamma_model) IS
  'The fields of a gamma_gamma_model as a record';

CREATE FUNCTION @extschema@.gamma_gamma_expected_spend(model @extschema@.gamma_gamma_model,
    frequency float8, monetary_value float8)
RETURNS float8 AS 'MODULE_PATHNAME', 'gamma_gamma_expected_spend' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.gamma_gamma_expected_spend(@extschema@.gamma_gamma_model, float8, float8) IS
  'Expected spend per transaction of a customer with this frequency and mean repeat spend';

CREATE FUNCTION @extschema@.customer_lifetime_value(bgnbd @extschema@.bgnbd_model, gamma_gamma @extschema@.gamma_gamma_model,
    frequency float8, recency float8, t float8, monetary_value float8,
    months integer, monthly_discount float8, periods_per_month float8 DEFAULT 30)
RETURNS float8 AS 'MODULE_PATHNAME', 'customer_lifetime_value' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.customer_lifetime_value(@extschema@.bgnbd_model, @extschema@.gamma_gamma_model,
    float8, float8, float8, float8, integer, float8, float8) IS
  'Discounted expected spend over the next months (lifetimes customer_lifetime_value); periods_per_month is 30 for models in days, 4.345 for weeks';
