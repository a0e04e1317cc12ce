\echo Use "ALTER EXTENSION customer_analytics UPDATE TO '0.5.0'" to load this file. \quit
-- customer_analytics 0.4.0 -> 0.5.0
--
-- What goes here and how to write it: README.md, "Versions and upgrades" (the rules the
-- earlier update scripts spell out in their headers).  test/upgrade.sql updates each released
-- version (src/releases) and compares its catalog with a fresh install of this one.
-- Once 0.5.0 is released, this file is frozen: later changes go into 0.5.0--<next>.sql.

-- ---- new: fixed-arity sequence_match / sequence_count (src/sequence.sql) ----
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

-- ---- new: fixed-arity retention (src/retention.sql) ----
-- retention with 1 to 8 conditions written out: PostgreSQL prefers these non-VARIADIC
-- overloads to the VARIADIC one, so a call builds no array per row; results are the same
-- (docs/reference/retention.md).

CREATE FUNCTION @extschema@.retention_bools1_trans(internal, bool) RETURNS internal
  AS 'MODULE_PATHNAME', 'retention_bools_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.retention_bools2_trans(internal, bool, bool) RETURNS internal
  AS 'MODULE_PATHNAME', 'retention_bools_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.retention_bools3_trans(internal, bool, bool, bool) RETURNS internal
  AS 'MODULE_PATHNAME', 'retention_bools_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.retention_bools4_trans(internal, bool, bool, bool, bool) RETURNS internal
  AS 'MODULE_PATHNAME', 'retention_bools_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.retention_bools5_trans(internal, bool, bool, bool, bool, bool) RETURNS internal
  AS 'MODULE_PATHNAME', 'retention_bools_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.retention_bools6_trans(internal, bool, bool, bool, bool, bool, bool) RETURNS internal
  AS 'MODULE_PATHNAME', 'retention_bools_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.retention_bools7_trans(internal, bool, bool, bool, bool, bool, bool, bool) RETURNS internal
  AS 'MODULE_PATHNAME', 'retention_bools_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.retention_bools8_trans(internal, bool, bool, bool, bool, bool, bool, bool, bool) RETURNS internal
  AS 'MODULE_PATHNAME', 'retention_bools_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;

CREATE AGGREGATE @extschema@.retention(cond1 bool) (
  SFUNC = @extschema@.retention_bools1_trans, STYPE = internal, SSPACE = 8,
  FINALFUNC = @extschema@.retention_final,
  COMBINEFUNC = @extschema@.retention_combine,
  SERIALFUNC = @extschema@.retention_serialize, DESERIALFUNC = @extschema@.retention_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.retention(cond1 bool) IS
  'ClickHouse retention: element 1 = cond1 held on some row of the group; element k = cond1 and cond k each held on some row (1 or 0); NULL counts as false; 1 boolean condition (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.retention(cond1 bool, cond2 bool) (
  SFUNC = @extschema@.retention_bools2_trans, STYPE = internal, SSPACE = 8,
  FINALFUNC = @extschema@.retention_final,
  COMBINEFUNC = @extschema@.retention_combine,
  SERIALFUNC = @extschema@.retention_serialize, DESERIALFUNC = @extschema@.retention_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.retention(cond1 bool, cond2 bool) IS
  'ClickHouse retention: element 1 = cond1 held on some row of the group; element k = cond1 and cond k each held on some row (1 or 0); NULL counts as false; 2 boolean conditions (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.retention(cond1 bool, cond2 bool, cond3 bool) (
  SFUNC = @extschema@.retention_bools3_trans, STYPE = internal, SSPACE = 8,
  FINALFUNC = @extschema@.retention_final,
  COMBINEFUNC = @extschema@.retention_combine,
  SERIALFUNC = @extschema@.retention_serialize, DESERIALFUNC = @extschema@.retention_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.retention(cond1 bool, cond2 bool, cond3 bool) IS
  'ClickHouse retention: element 1 = cond1 held on some row of the group; element k = cond1 and cond k each held on some row (1 or 0); NULL counts as false; 3 boolean conditions (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.retention(cond1 bool, cond2 bool, cond3 bool, cond4 bool) (
  SFUNC = @extschema@.retention_bools4_trans, STYPE = internal, SSPACE = 8,
  FINALFUNC = @extschema@.retention_final,
  COMBINEFUNC = @extschema@.retention_combine,
  SERIALFUNC = @extschema@.retention_serialize, DESERIALFUNC = @extschema@.retention_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.retention(cond1 bool, cond2 bool, cond3 bool, cond4 bool) IS
  'ClickHouse retention: element 1 = cond1 held on some row of the group; element k = cond1 and cond k each held on some row (1 or 0); NULL counts as false; 4 boolean conditions (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.retention(cond1 bool, cond2 bool, cond3 bool, cond4 bool, cond5 bool) (
  SFUNC = @extschema@.retention_bools5_trans, STYPE = internal, SSPACE = 8,
  FINALFUNC = @extschema@.retention_final,
  COMBINEFUNC = @extschema@.retention_combine,
  SERIALFUNC = @extschema@.retention_serialize, DESERIALFUNC = @extschema@.retention_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.retention(cond1 bool, cond2 bool, cond3 bool, cond4 bool, cond5 bool) IS
  'ClickHouse retention: element 1 = cond1 held on some row of the group; element k = cond1 and cond k each held on some row (1 or 0); NULL counts as false; 5 boolean conditions (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.retention(cond1 bool, cond2 bool, cond3 bool, cond4 bool, cond5 bool, cond6 bool) (
  SFUNC = @extschema@.retention_bools6_trans, STYPE = internal, SSPACE = 8,
  FINALFUNC = @extschema@.retention_final,
  COMBINEFUNC = @extschema@.retention_combine,
  SERIALFUNC = @extschema@.retention_serialize, DESERIALFUNC = @extschema@.retention_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.retention(cond1 bool, cond2 bool, cond3 bool, cond4 bool, cond5 bool, cond6 bool) IS
  'ClickHouse retention: element 1 = cond1 held on some row of the group; element k = cond1 and cond k each held on some row (1 or 0); NULL counts as false; 6 boolean conditions (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.retention(cond1 bool, cond2 bool, cond3 bool, cond4 bool, cond5 bool, cond6 bool, cond7 bool) (
  SFUNC = @extschema@.retention_bools7_trans, STYPE = internal, SSPACE = 8,
  FINALFUNC = @extschema@.retention_final,
  COMBINEFUNC = @extschema@.retention_combine,
  SERIALFUNC = @extschema@.retention_serialize, DESERIALFUNC = @extschema@.retention_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.retention(cond1 bool, cond2 bool, cond3 bool, cond4 bool, cond5 bool, cond6 bool, cond7 bool) IS
  'ClickHouse retention: element 1 = cond1 held on some row of the group; element k = cond1 and cond k each held on some row (1 or 0); NULL counts as false; 7 boolean conditions (non-VARIADIC form, chosen automatically)';
CREATE AGGREGATE @extschema@.retention(cond1 bool, cond2 bool, cond3 bool, cond4 bool, cond5 bool, cond6 bool, cond7 bool, cond8 bool) (
  SFUNC = @extschema@.retention_bools8_trans, STYPE = internal, SSPACE = 8,
  FINALFUNC = @extschema@.retention_final,
  COMBINEFUNC = @extschema@.retention_combine,
  SERIALFUNC = @extschema@.retention_serialize, DESERIALFUNC = @extschema@.retention_deserialize,
  PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.retention(cond1 bool, cond2 bool, cond3 bool, cond4 bool, cond5 bool, cond6 bool, cond7 bool, cond8 bool) IS
  'ClickHouse retention: element 1 = cond1 held on some row of the group; element k = cond1 and cond k each held on some row (1 or 0); NULL counts as false; 8 boolean conditions (non-VARIADIC form, chosen automatically)';
