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

-- ---------- fixed-arity forms (1 to 8 conditions) ----------
-- sequence_match / sequence_count with 1 to 8 conditions written out: PostgreSQL prefers
-- these non-VARIADIC overloads to the VARIADIC ones for the same argument types, so a call
-- builds no array per row; results are the same (docs/reference/sequence.md).

CREATE FUNCTION @extschema@.sequence_bools1_trans(internal, text, timestamptz, bool) RETURNS internal
  AS 'MODULE_PATHNAME', 'sequence_bools_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.sequence_bools1_ts_trans(internal, text, timestamp, bool) RETURNS internal
  AS 'MODULE_PATHNAME', 'sequence_bools_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.sequence_bools2_trans(internal, text, timestamptz, bool, bool) RETURNS internal
  AS 'MODULE_PATHNAME', 'sequence_bools_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.sequence_bools2_ts_trans(internal, text, timestamp, bool, bool) RETURNS internal
  AS 'MODULE_PATHNAME', 'sequence_bools_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.sequence_bools3_trans(internal, text, timestamptz, bool, bool, bool) RETURNS internal
  AS 'MODULE_PATHNAME', 'sequence_bools_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.sequence_bools3_ts_trans(internal, text, timestamp, bool, bool, bool) RETURNS internal
  AS 'MODULE_PATHNAME', 'sequence_bools_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.sequence_bools4_trans(internal, text, timestamptz, bool, bool, bool, bool) RETURNS internal
  AS 'MODULE_PATHNAME', 'sequence_bools_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.sequence_bools4_ts_trans(internal, text, timestamp, bool, bool, bool, bool) RETURNS internal
  AS 'MODULE_PATHNAME', 'sequence_bools_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.sequence_bools5_trans(internal, text, timestamptz, bool, bool, bool, bool, bool) RETURNS internal
  AS 'MODULE_PATHNAME', 'sequence_bools_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.sequence_bools5_ts_trans(internal, text, timestamp, bool, bool, bool, bool, bool) RETURNS internal
  AS 'MODULE_PATHNAME', 'sequence_bools_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.sequence_bools6_trans(internal, text, timestamptz, bool, bool, bool, bool, bool, bool) RETURNS internal
  AS 'MODULE_PATHNAME', 'sequence_bools_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.sequence_bools6_ts_trans(internal, text, timestamp, bool, bool, bool, bool, bool, bool) RETURNS internal
  AS 'MODULE_PATHNAME', 'sequence_bools_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.sequence_bools7_trans(internal, text, timestamptz, bool, bool, bool, bool, bool, bool, bool) RETURNS internal
  AS 'MODULE_PATHNAME', 'sequence_bools_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.sequence_bools7_ts_trans(internal, text, timestamp, bool, bool, bool, bool, bool, bool, bool) RETURNS internal
  AS 'MODULE_PATHNAME', 'sequence_bools_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.sequence_bools8_trans(internal, text, timestamptz, bool, bool, bool, bool, bool, bool, bool, bool) RETURNS internal
  AS 'MODULE_PATHNAME', 'sequence_bools_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.sequence_bools8_ts_trans(internal, text, timestamp, bool, bool, bool, bool, bool, bool, bool, bool) RETURNS internal
  AS 'MODULE_PATHNAME', 'sequence_bools_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE AGGREGATE @extschema@.sequence_match(pattern text, ts timestamptz, cond1 bool) (
  SFUNC = @extschema@.sequence_bools1_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.sequence_match_final,
  COMBINEFUNC = @extschema@.sequence_combine,
  SERIALFUNC = @extschema@.sequence_serialize, DESERIALFUNC = @extschema@.sequence_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.sequence_match(pattern text, ts timestamptz, cond1 bool) IS
  'true when the events of the group (ordered by time) contain the pattern, e.g. ''(?1).*(?t<=3600)(?2)''; ClickHouse sequenceMatch semantics; 1 boolean condition (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.sequence_count(pattern text, ts timestamptz, cond1 bool) (
  SFUNC = @extschema@.sequence_bools1_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.sequence_count_final,
  COMBINEFUNC = @extschema@.sequence_combine,
  SERIALFUNC = @extschema@.sequence_serialize, DESERIALFUNC = @extschema@.sequence_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.sequence_count(pattern text, ts timestamptz, cond1 bool) IS
  'number of non-overlapping occurrences of the pattern in the events of the group; ClickHouse sequenceCount semantics; 1 boolean condition (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.sequence_match(pattern text, ts timestamp, cond1 bool) (
  SFUNC = @extschema@.sequence_bools1_ts_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.sequence_match_final,
  COMBINEFUNC = @extschema@.sequence_combine,
  SERIALFUNC = @extschema@.sequence_serialize, DESERIALFUNC = @extschema@.sequence_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.sequence_match(pattern text, ts timestamp, cond1 bool) IS
  'true when the events of the group (ordered by time) contain the pattern, e.g. ''(?1).*(?t<=3600)(?2)''; ClickHouse sequenceMatch semantics; 1 boolean condition (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.sequence_count(pattern text, ts timestamp, cond1 bool) (
  SFUNC = @extschema@.sequence_bools1_ts_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.sequence_count_final,
  COMBINEFUNC = @extschema@.sequence_combine,
  SERIALFUNC = @extschema@.sequence_serialize, DESERIALFUNC = @extschema@.sequence_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.sequence_count(pattern text, ts timestamp, cond1 bool) IS
  'number of non-overlapping occurrences of the pattern in the events of the group; ClickHouse sequenceCount semantics; 1 boolean condition (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.sequence_match(pattern text, ts timestamptz, cond1 bool, cond2 bool) (
  SFUNC = @extschema@.sequence_bools2_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.sequence_match_final,
  COMBINEFUNC = @extschema@.sequence_combine,
  SERIALFUNC = @extschema@.sequence_serialize, DESERIALFUNC = @extschema@.sequence_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.sequence_match(pattern text, ts timestamptz, cond1 bool, cond2 bool) IS
  'true when the events of the group (ordered by time) contain the pattern, e.g. ''(?1).*(?t<=3600)(?2)''; ClickHouse sequenceMatch semantics; 2 boolean conditions (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.sequence_count(pattern text, ts timestamptz, cond1 bool, cond2 bool) (
  SFUNC = @extschema@.sequence_bools2_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.sequence_count_final,
  COMBINEFUNC = @extschema@.sequence_combine,
  SERIALFUNC = @extschema@.sequence_serialize, DESERIALFUNC = @extschema@.sequence_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.sequence_count(pattern text, ts timestamptz, cond1 bool, cond2 bool) IS
  'number of non-overlapping occurrences of the pattern in the events of the group; ClickHouse sequenceCount semantics; 2 boolean conditions (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.sequence_match(pattern text, ts timestamp, cond1 bool, cond2 bool) (
  SFUNC = @extschema@.sequence_bools2_ts_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.sequence_match_final,
  COMBINEFUNC = @extschema@.sequence_combine,
  SERIALFUNC = @extschema@.sequence_serialize, DESERIALFUNC = @extschema@.sequence_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.sequence_match(pattern text, ts timestamp, cond1 bool, cond2 bool) IS
  'true when the events of the group (ordered by time) contain the pattern, e.g. ''(?1).*(?t<=3600)(?2)''; ClickHouse sequenceMatch semantics; 2 boolean conditions (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.sequence_count(pattern text, ts timestamp, cond1 bool, cond2 bool) (
  SFUNC = @extschema@.sequence_bools2_ts_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.sequence_count_final,
  COMBINEFUNC = @extschema@.sequence_combine,
  SERIALFUNC = @extschema@.sequence_serialize, DESERIALFUNC = @extschema@.sequence_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.sequence_count(pattern text, ts timestamp, cond1 bool, cond2 bool) IS
  'number of non-overlapping occurrences of the pattern in the events of the group; ClickHouse sequenceCount semantics; 2 boolean conditions (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.sequence_match(pattern text, ts timestamptz, cond1 bool, cond2 bool, cond3 bool) (
  SFUNC = @extschema@.sequence_bools3_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.sequence_match_final,
  COMBINEFUNC = @extschema@.sequence_combine,
  SERIALFUNC = @extschema@.sequence_serialize, DESERIALFUNC = @extschema@.sequence_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.sequence_match(pattern text, ts timestamptz, cond1 bool, cond2 bool, cond3 bool) IS
  'true when the events of the group (ordered by time) contain the pattern, e.g. ''(?1).*(?t<=3600)(?2)''; ClickHouse sequenceMatch semantics; 3 boolean conditions (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.sequence_count(pattern text, ts timestamptz, cond1 bool, cond2 bool, cond3 bool) (
  SFUNC = @extschema@.sequence_bools3_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.sequence_count_final,
  COMBINEFUNC = @extschema@.sequence_combine,
  SERIALFUNC = @extschema@.sequence_serialize, DESERIALFUNC = @extschema@.sequence_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.sequence_count(pattern text, ts timestamptz, cond1 bool, cond2 bool, cond3 bool) IS
  'number of non-overlapping occurrences of the pattern in the events of the group; ClickHouse sequenceCount semantics; 3 boolean conditions (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.sequence_match(pattern text, ts timestamp, cond1 bool, cond2 bool, cond3 bool) (
  SFUNC = @extschema@.sequence_bools3_ts_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.sequence_match_final,
  COMBINEFUNC = @extschema@.sequence_combine,
  SERIALFUNC = @extschema@.sequence_serialize, DESERIALFUNC = @extschema@.sequence_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.sequence_match(pattern text, ts timestamp, cond1 bool, cond2 bool, cond3 bool) IS
  'true when the events of the group (ordered by time) contain the pattern, e.g. ''(?1).*(?t<=3600)(?2)''; ClickHouse sequenceMatch semantics; 3 boolean conditions (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.sequence_count(pattern text, ts timestamp, cond1 bool, cond2 bool, cond3 bool) (
  SFUNC = @extschema@.sequence_bools3_ts_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.sequence_count_final,
  COMBINEFUNC = @extschema@.sequence_combine,
  SERIALFUNC = @extschema@.sequence_serialize, DESERIALFUNC = @extschema@.sequence_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.sequence_count(pattern text, ts timestamp, cond1 bool, cond2 bool, cond3 bool) IS
  'number of non-overlapping occurrences of the pattern in the events of the group; ClickHouse sequenceCount semantics; 3 boolean conditions (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.sequence_match(pattern text, ts timestamptz, cond1 bool, cond2 bool, cond3 bool, cond4 bool) (
  SFUNC = @extschema@.sequence_bools4_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.sequence_match_final,
  COMBINEFUNC = @extschema@.sequence_combine,
  SERIALFUNC = @extschema@.sequence_serialize, DESERIALFUNC = @extschema@.sequence_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.sequence_match(pattern text, ts timestamptz, cond1 bool, cond2 bool, cond3 bool, cond4 bool) IS
  'true when the events of the group (ordered by time) contain the pattern, e.g. ''(?1).*(?t<=3600)(?2)''; ClickHouse sequenceMatch semantics; 4 boolean conditions (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.sequence_count(pattern text, ts timestamptz, cond1 bool, cond2 bool, cond3 bool, cond4 bool) (
  SFUNC = @extschema@.sequence_bools4_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.sequence_count_final,
  COMBINEFUNC = @extschema@.sequence_combine,
  SERIALFUNC = @extschema@.sequence_serialize, DESERIALFUNC = @extschema@.sequence_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.sequence_count(pattern text, ts timestamptz, cond1 bool, cond2 bool, cond3 bool, cond4 bool) IS
  'number of non-overlapping occurrences of the pattern in the events of the group; ClickHouse sequenceCount semantics; 4 boolean conditions (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.sequence_match(pattern text, ts timestamp, cond1 bool, cond2 bool, cond3 bool, cond4 bool) (
  SFUNC = @extschema@.sequence_bools4_ts_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.sequence_match_final,
  COMBINEFUNC = @extschema@.sequence_combine,
  SERIALFUNC = @extschema@.sequence_serialize, DESERIALFUNC = @extschema@.sequence_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.sequence_match(pattern text, ts timestamp, cond1 bool, cond2 bool, cond3 bool, cond4 bool) IS
  'true when the events of the group (ordered by time) contain the pattern, e.g. ''(?1).*(?t<=3600)(?2)''; ClickHouse sequenceMatch semantics; 4 boolean conditions (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.sequence_count(pattern text, ts timestamp, cond1 bool, cond2 bool, cond3 bool, cond4 bool) (
  SFUNC = @extschema@.sequence_bools4_ts_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.sequence_count_final,
  COMBINEFUNC = @extschema@.sequence_combine,
  SERIALFUNC = @extschema@.sequence_serialize, DESERIALFUNC = @extschema@.sequence_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.sequence_count(pattern text, ts timestamp, cond1 bool, cond2 bool, cond3 bool, cond4 bool) IS
  'number of non-overlapping occurrences of the pattern in the events of the group; ClickHouse sequenceCount semantics; 4 boolean conditions (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.sequence_match(pattern text, ts timestamptz, cond1 bool, cond2 bool, cond3 bool, cond4 bool, cond5 bool) (
  SFUNC = @extschema@.sequence_bools5_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.sequence_match_final,
  COMBINEFUNC = @extschema@.sequence_combine,
  SERIALFUNC = @extschema@.sequence_serialize, DESERIALFUNC = @extschema@.sequence_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.sequence_match(pattern text, ts timestamptz, cond1 bool, cond2 bool, cond3 bool, cond4 bool, cond5 bool) IS
  'true when the events of the group (ordered by time) contain the pattern, e.g. ''(?1).*(?t<=3600)(?2)''; ClickHouse sequenceMatch semantics; 5 boolean conditions (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.sequence_count(pattern text, ts timestamptz, cond1 bool, cond2 bool, cond3 bool, cond4 bool, cond5 bool) (
  SFUNC = @extschema@.sequence_bools5_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.sequence_count_final,
  COMBINEFUNC = @extschema@.sequence_combine,
  SERIALFUNC = @extschema@.sequence_serialize, DESERIALFUNC = @extschema@.sequence_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.sequence_count(pattern text, ts timestamptz, cond1 bool, cond2 bool, cond3 bool, cond4 bool, cond5 bool) IS
  'number of non-overlapping occurrences of the pattern in the events of the group; ClickHouse sequenceCount semantics; 5 boolean conditions (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.sequence_match(pattern text, ts timestamp, cond1 bool, cond2 bool, cond3 bool, cond4 bool, cond5 bool) (
  SFUNC = @extschema@.sequence_bools5_ts_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.sequence_match_final,
  COMBINEFUNC = @extschema@.sequence_combine,
  SERIALFUNC = @extschema@.sequence_serialize, DESERIALFUNC = @extschema@.sequence_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.sequence_match(pattern text, ts timestamp, cond1 bool, cond2 bool, cond3 bool, cond4 bool, cond5 bool) IS
  'true when the events of the group (ordered by time) contain the pattern, e.g. ''(?1).*(?t<=3600)(?2)''; ClickHouse sequenceMatch semantics; 5 boolean conditions (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.sequence_count(pattern text, ts timestamp, cond1 bool, cond2 bool, cond3 bool, cond4 bool, cond5 bool) (
  SFUNC = @extschema@.sequence_bools5_ts_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.sequence_count_final,
  COMBINEFUNC = @extschema@.sequence_combine,
  SERIALFUNC = @extschema@.sequence_serialize, DESERIALFUNC = @extschema@.sequence_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.sequence_count(pattern text, ts timestamp, cond1 bool, cond2 bool, cond3 bool, cond4 bool, cond5 bool) IS
  'number of non-overlapping occurrences of the pattern in the events of the group; ClickHouse sequenceCount semantics; 5 boolean conditions (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.sequence_match(pattern text, ts timestamptz, cond1 bool, cond2 bool, cond3 bool, cond4 bool, cond5 bool, cond6 bool) (
  SFUNC = @extschema@.sequence_bools6_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.sequence_match_final,
  COMBINEFUNC = @extschema@.sequence_combine,
  SERIALFUNC = @extschema@.sequence_serialize, DESERIALFUNC = @extschema@.sequence_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.sequence_match(pattern text, ts timestamptz, cond1 bool, cond2 bool, cond3 bool, cond4 bool, cond5 bool, cond6 bool) IS
  'true when the events of the group (ordered by time) contain the pattern, e.g. ''(?1).*(?t<=3600)(?2)''; ClickHouse sequenceMatch semantics; 6 boolean conditions (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.sequence_count(pattern text, ts timestamptz, cond1 bool, cond2 bool, cond3 bool, cond4 bool, cond5 bool, cond6 bool) (
  SFUNC = @extschema@.sequence_bools6_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.sequence_count_final,
  COMBINEFUNC = @extschema@.sequence_combine,
  SERIALFUNC = @extschema@.sequence_serialize, DESERIALFUNC = @extschema@.sequence_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.sequence_count(pattern text, ts timestamptz, cond1 bool, cond2 bool, cond3 bool, cond4 bool, cond5 bool, cond6 bool) IS
  'number of non-overlapping occurrences of the pattern in the events of the group; ClickHouse sequenceCount semantics; 6 boolean conditions (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.sequence_match(pattern text, ts timestamp, cond1 bool, cond2 bool, cond3 bool, cond4 bool, cond5 bool, cond6 bool) (
  SFUNC = @extschema@.sequence_bools6_ts_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.sequence_match_final,
  COMBINEFUNC = @extschema@.sequence_combine,
  SERIALFUNC = @extschema@.sequence_serialize, DESERIALFUNC = @extschema@.sequence_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.sequence_match(pattern text, ts timestamp, cond1 bool, cond2 bool, cond3 bool, cond4 bool, cond5 bool, cond6 bool) IS
  'true when the events of the group (ordered by time) contain the pattern, e.g. ''(?1).*(?t<=3600)(?2)''; ClickHouse sequenceMatch semantics; 6 boolean conditions (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.sequence_count(pattern text, ts timestamp, cond1 bool, cond2 bool, cond3 bool, cond4 bool, cond5 bool, cond6 bool) (
  SFUNC = @extschema@.sequence_bools6_ts_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.sequence_count_final,
  COMBINEFUNC = @extschema@.sequence_combine,
  SERIALFUNC = @extschema@.sequence_serialize, DESERIALFUNC = @extschema@.sequence_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.sequence_count(pattern text, ts timestamp, cond1 bool, cond2 bool, cond3 bool, cond4 bool, cond5 bool, cond6 bool) IS
  'number of non-overlapping occurrences of the pattern in the events of the group; ClickHouse sequenceCount semantics; 6 boolean conditions (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.sequence_match(pattern text, ts timestamptz, cond1 bool, cond2 bool, cond3 bool, cond4 bool, cond5 bool, cond6 bool, cond7 bool) (
  SFUNC = @extschema@.sequence_bools7_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.sequence_match_final,
  COMBINEFUNC = @extschema@.sequence_combine,
  SERIALFUNC = @extschema@.sequence_serialize, DESERIALFUNC = @extschema@.sequence_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.sequence_match(pattern text, ts timestamptz, cond1 bool, cond2 bool, cond3 bool, cond4 bool, cond5 bool, cond6 bool, cond7 bool) IS
  'true when the events of the group (ordered by time) contain the pattern, e.g. ''(?1).*(?t<=3600)(?2)''; ClickHouse sequenceMatch semantics; 7 boolean conditions (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.sequence_count(pattern text, ts timestamptz, cond1 bool, cond2 bool, cond3 bool, cond4 bool, cond5 bool, cond6 bool, cond7 bool) (
  SFUNC = @extschema@.sequence_bools7_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.sequence_count_final,
  COMBINEFUNC = @extschema@.sequence_combine,
  SERIALFUNC = @extschema@.sequence_serialize, DESERIALFUNC = @extschema@.sequence_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.sequence_count(pattern text, ts timestamptz, cond1 bool, cond2 bool, cond3 bool, cond4 bool, cond5 bool, cond6 bool, cond7 bool) IS
  'number of non-overlapping occurrences of the pattern in the events of the group; ClickHouse sequenceCount semantics; 7 boolean conditions (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.sequence_match(pattern text, ts timestamp, cond1 bool, cond2 bool, cond3 bool, cond4 bool, cond5 bool, cond6 bool, cond7 bool) (
  SFUNC = @extschema@.sequence_bools7_ts_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.sequence_match_final,
  COMBINEFUNC = @extschema@.sequence_combine,
  SERIALFUNC = @extschema@.sequence_serialize, DESERIALFUNC = @extschema@.sequence_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.sequence_match(pattern text, ts timestamp, cond1 bool, cond2 bool, cond3 bool, cond4 bool, cond5 bool, cond6 bool, cond7 bool) IS
  'true when the events of the group (ordered by time) contain the pattern, e.g. ''(?1).*(?t<=3600)(?2)''; ClickHouse sequenceMatch semantics; 7 boolean conditions (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.sequence_count(pattern text, ts timestamp, cond1 bool, cond2 bool, cond3 bool, cond4 bool, cond5 bool, cond6 bool, cond7 bool) (
  SFUNC = @extschema@.sequence_bools7_ts_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.sequence_count_final,
  COMBINEFUNC = @extschema@.sequence_combine,
  SERIALFUNC = @extschema@.sequence_serialize, DESERIALFUNC = @extschema@.sequence_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.sequence_count(pattern text, ts timestamp, cond1 bool, cond2 bool, cond3 bool, cond4 bool, cond5 bool, cond6 bool, cond7 bool) IS
  'number of non-overlapping occurrences of the pattern in the events of the group; ClickHouse sequenceCount semantics; 7 boolean conditions (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.sequence_match(pattern text, ts timestamptz, cond1 bool, cond2 bool, cond3 bool, cond4 bool, cond5 bool, cond6 bool, cond7 bool, cond8 bool) (
  SFUNC = @extschema@.sequence_bools8_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.sequence_match_final,
  COMBINEFUNC = @extschema@.sequence_combine,
  SERIALFUNC = @extschema@.sequence_serialize, DESERIALFUNC = @extschema@.sequence_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.sequence_match(pattern text, ts timestamptz, cond1 bool, cond2 bool, cond3 bool, cond4 bool, cond5 bool, cond6 bool, cond7 bool, cond8 bool) IS
  'true when the events of the group (ordered by time) contain the pattern, e.g. ''(?1).*(?t<=3600)(?2)''; ClickHouse sequenceMatch semantics; 8 boolean conditions (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.sequence_count(pattern text, ts timestamptz, cond1 bool, cond2 bool, cond3 bool, cond4 bool, cond5 bool, cond6 bool, cond7 bool, cond8 bool) (
  SFUNC = @extschema@.sequence_bools8_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.sequence_count_final,
  COMBINEFUNC = @extschema@.sequence_combine,
  SERIALFUNC = @extschema@.sequence_serialize, DESERIALFUNC = @extschema@.sequence_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.sequence_count(pattern text, ts timestamptz, cond1 bool, cond2 bool, cond3 bool, cond4 bool, cond5 bool, cond6 bool, cond7 bool, cond8 bool) IS
  'number of non-overlapping occurrences of the pattern in the events of the group; ClickHouse sequenceCount semantics; 8 boolean conditions (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.sequence_match(pattern text, ts timestamp, cond1 bool, cond2 bool, cond3 bool, cond4 bool, cond5 bool, cond6 bool, cond7 bool, cond8 bool) (
  SFUNC = @extschema@.sequence_bools8_ts_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.sequence_match_final,
  COMBINEFUNC = @extschema@.sequence_combine,
  SERIALFUNC = @extschema@.sequence_serialize, DESERIALFUNC = @extschema@.sequence_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.sequence_match(pattern text, ts timestamp, cond1 bool, cond2 bool, cond3 bool, cond4 bool, cond5 bool, cond6 bool, cond7 bool, cond8 bool) IS
  'true when the events of the group (ordered by time) contain the pattern, e.g. ''(?1).*(?t<=3600)(?2)''; ClickHouse sequenceMatch semantics; 8 boolean conditions (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.sequence_count(pattern text, ts timestamp, cond1 bool, cond2 bool, cond3 bool, cond4 bool, cond5 bool, cond6 bool, cond7 bool, cond8 bool) (
  SFUNC = @extschema@.sequence_bools8_ts_trans, STYPE = internal, SSPACE = 450,
  FINALFUNC = @extschema@.sequence_count_final,
  COMBINEFUNC = @extschema@.sequence_combine,
  SERIALFUNC = @extschema@.sequence_serialize, DESERIALFUNC = @extschema@.sequence_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.sequence_count(pattern text, ts timestamp, cond1 bool, cond2 bool, cond3 bool, cond4 bool, cond5 bool, cond6 bool, cond7 bool, cond8 bool) IS
  'number of non-overlapping occurrences of the pattern in the events of the group; ClickHouse sequenceCount semantics; 8 boolean conditions (non-VARIADIC form, chosen automatically)';
