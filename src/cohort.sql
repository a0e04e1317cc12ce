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
