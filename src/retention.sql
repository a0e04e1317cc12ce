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
