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

-- ---------- fixed-arity forms (1 to 8 conditions) ----------
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
