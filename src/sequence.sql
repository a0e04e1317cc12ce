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
