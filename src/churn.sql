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
