-- Test-only declarations for the fuzz harness (never installed): a tiny base
-- type and an aggregate with an internal state, written the way the
-- capabilities write theirs, so discover.pl's discovery path is exercised
-- even before the real capabilities land.  See example.c.

CREATE TYPE @extschema@.fuzz_example_pair;

CREATE FUNCTION @extschema@.fuzz_example_pair_in(cstring)
RETURNS @extschema@.fuzz_example_pair
AS 'MODULE_PATHNAME', 'fuzz_example_pair_in'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.fuzz_example_pair_out(@extschema@.fuzz_example_pair)
RETURNS cstring AS 'MODULE_PATHNAME', 'fuzz_example_pair_out'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.fuzz_example_pair_recv(internal)
RETURNS @extschema@.fuzz_example_pair AS 'MODULE_PATHNAME', 'fuzz_example_pair_recv'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.fuzz_example_pair_send(@extschema@.fuzz_example_pair)
RETURNS bytea AS 'MODULE_PATHNAME', 'fuzz_example_pair_send'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.fuzz_example_pair (
    INPUT = @extschema@.fuzz_example_pair_in,
    OUTPUT = @extschema@.fuzz_example_pair_out,
    RECEIVE = @extschema@.fuzz_example_pair_recv,
    SEND = @extschema@.fuzz_example_pair_send,
    INTERNALLENGTH = 16,
    ALIGNMENT = double
);
COMMENT ON TYPE @extschema@.fuzz_example_pair IS 'test only; a semicolon; inside a string';

CREATE FUNCTION @extschema@.fuzz_example_trans(internal, ts timestamptz, x float8)
RETURNS internal AS 'MODULE_PATHNAME', 'fuzz_example_trans'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.fuzz_example_combine(internal, internal)
RETURNS internal AS 'MODULE_PATHNAME', 'fuzz_example_combine'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.fuzz_example_serialize(internal)
RETURNS bytea AS 'MODULE_PATHNAME', 'fuzz_example_serialize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.fuzz_example_deserialize(bytea, internal)
RETURNS internal AS 'MODULE_PATHNAME', 'fuzz_example_deserialize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.fuzz_example_mean_final(internal)
RETURNS float8 AS 'MODULE_PATHNAME', 'fuzz_example_mean_final'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.fuzz_example_span_final(internal)
RETURNS bigint AS 'MODULE_PATHNAME', 'fuzz_example_span_final'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE FUNCTION @extschema@.fuzz_example_extra_final(internal, ts timestamptz, x float8)
RETURNS float8 AS 'MODULE_PATHNAME', 'fuzz_example_extra_final'
LANGUAGE C IMMUTABLE PARALLEL SAFE;

-- A SQL-language function: its body (with semicolons) must not confuse discovery.
CREATE FUNCTION @extschema@.fuzz_example_sql(cstring) RETURNS integer
LANGUAGE sql IMMUTABLE AS $body$ SELECT 1; SELECT 'x;'::text IS NOT NULL::int $body$;

CREATE AGGREGATE @extschema@.fuzz_example_mean(ts timestamptz, x float8) (
    SFUNC = @extschema@.fuzz_example_trans,
    STYPE = internal,
    FINALFUNC = @extschema@.fuzz_example_mean_final,
    COMBINEFUNC = @extschema@.fuzz_example_combine,
    SERIALFUNC = @extschema@.fuzz_example_serialize,
    DESERIALFUNC = @extschema@.fuzz_example_deserialize,
    PARALLEL = SAFE
);

CREATE AGGREGATE @extschema@.fuzz_example_span(ts timestamptz, x float8) (
    SFUNC = @extschema@.fuzz_example_trans, STYPE = internal,
    FINALFUNC = @extschema@.fuzz_example_span_final,
    COMBINEFUNC = @extschema@.fuzz_example_combine,
    SERIALFUNC = @extschema@.fuzz_example_serialize,
    DESERIALFUNC = @extschema@.fuzz_example_deserialize,
    PARALLEL = SAFE
);

-- FINALFUNC_EXTRA finals need the executor: the harness must skip this one.
CREATE AGGREGATE @extschema@.fuzz_example_extra(ts timestamptz, x float8) (
    SFUNC = @extschema@.fuzz_example_trans, STYPE = internal,
    FINALFUNC = @extschema@.fuzz_example_extra_final, FINALFUNC_EXTRA,
    COMBINEFUNC = @extschema@.fuzz_example_combine,
    SERIALFUNC = @extschema@.fuzz_example_serialize,
    DESERIALFUNC = @extschema@.fuzz_example_deserialize,
    PARALLEL = SAFE
);
