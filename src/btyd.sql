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
