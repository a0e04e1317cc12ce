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
