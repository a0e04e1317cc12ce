/*-------------------------------------------------------------------------
 * retention.c
 *	  retention(VARIADIC bool[]): ClickHouse's retention aggregate, a
 *	  per-group array r with r[1] = cond1 held on some row and
 *	  r[k] = cond1 held on some row and cond k held on some row;
 *	  retention_sum(smallint[]): element-wise sums of such arrays (cohort
 *	  counts); retention_rates(bigint[]): those counts as shares of the first.
 *
 *	  The retention state is two integers: the number of conditions and a
 *	  bitmask of the conditions seen so far.
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "common.h"

#include "catalog/pg_type.h"
#include "common/int.h"
#include "libpq/pqformat.h"
#include "utils/array.h"
#include "utils/builtins.h"

#define RETENTION_MAX_CONDS 32

typedef struct RetentionState
{
	int32		nconds;			/* 1..RETENTION_MAX_CONDS, the same on every row */
	uint32		seen;			/* bit k-1: condition k held on some row */
} RetentionState;

#ifdef USE_ASSERT_CHECKING
static void
AssertCheckState(const RetentionState *st)
{
	Assert(st->nconds >= 1 && st->nconds <= RETENTION_MAX_CONDS);
	Assert(st->nconds == 32 || (st->seen >> st->nconds) == 0);
}
#else
#define AssertCheckState(st) ((void) 0)
#endif

static inline void
CheckSameCount(int have, int got)
{
	if (have != got)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("number of retention conditions must be the same in every row of a group"),
				 errdetail("The group started with %d conditions and then had %d.", have, got)));
}

/*
 * One row: the conditions are one VARIADIC bool[] (argument 1) or, for the
 * fixed-arity overloads, bool arguments 1 .. PG_NARGS() - 1.
 */
static inline Datum
RetentionTrans(FunctionCallInfo fcinfo, const char *fname, bool variadic)
{
	MemoryContext aggcxt = ca_agg_context(fcinfo, fname);
	RetentionState *st = PG_ARGISNULL(0) ? NULL : (RetentionState *) PG_GETARG_POINTER(0);
	uint32		mask;
	int			n;

	if (variadic && PG_ARGISNULL(1))
	{
		if (st == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(st);
	}
	if (variadic)
		mask = ca_bool_array_mask(PG_GETARG_ARRAYTYPE_P(1), RETENTION_MAX_CONDS, "retention", &n);
	else
		mask = ca_bool_args_mask(fcinfo, 1, &n);
	if (st == NULL)
	{
		st = MemoryContextAllocZero(aggcxt, sizeof(RetentionState));
		st->nconds = n;
	}
	else
		CheckSameCount(st->nconds, n);
	st->seen |= mask;
	AssertCheckState(st);
	PG_RETURN_POINTER(st);
}

/* retention_trans(state, VARIADIC conds bool[]) */
PG_FUNCTION_INFO_V1(retention_trans);
Datum
retention_trans(PG_FUNCTION_ARGS)
{
	return RetentionTrans(fcinfo, "retention_trans", true);
}

/* retention_bools_trans(state, cond1 bool, ..., condN bool) */
PG_FUNCTION_INFO_V1(retention_bools_trans);
Datum
retention_bools_trans(PG_FUNCTION_ARGS)
{
	return RetentionTrans(fcinfo, "retention_bools_trans", false);
}

/* retention_combine(state, state) */
PG_FUNCTION_INFO_V1(retention_combine);
Datum
retention_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt = ca_agg_context(fcinfo, "retention_combine");
	RetentionState *a = PG_ARGISNULL(0) ? NULL : (RetentionState *) PG_GETARG_POINTER(0);
	RetentionState *b = PG_ARGISNULL(1) ? NULL : (RetentionState *) PG_GETARG_POINTER(1);

	if (b == NULL)
	{
		if (a == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(a);
	}
	if (a == NULL)
	{
		a = MemoryContextAlloc(aggcxt, sizeof(RetentionState));
		*a = *b;
	}
	else
	{
		CheckSameCount(a->nconds, b->nconds);
		a->seen |= b->seen;
	}
	AssertCheckState(a);
	PG_RETURN_POINTER(a);
}

/* retention_serialize(state) */
PG_FUNCTION_INFO_V1(retention_serialize);
Datum
retention_serialize(PG_FUNCTION_ARGS)
{
	RetentionState *st = (RetentionState *) PG_GETARG_POINTER(0);
	StringInfoData buf;

	AssertCheckState(st);
	ca_ser_begin(&buf, CA_KIND_RETENTION);
	pq_sendint32(&buf, st->nconds);
	pq_sendint32(&buf, st->seen);
	PG_RETURN_BYTEA_P(ca_ser_end(&buf));
}

/* retention_deserialize(bytea, internal) */
PG_FUNCTION_INFO_V1(retention_deserialize);
Datum
retention_deserialize(PG_FUNCTION_ARGS)
{
	MemoryContext cxt = ca_deser_context(fcinfo, "retention_deserialize");
	StringInfoData buf;
	RetentionState *st;
	int32		n;
	uint32		seen;

	ca_deser_begin(&buf, PG_GETARG_BYTEA_PP(0), CA_KIND_RETENTION, "retention");
	n = pq_getmsgint(&buf, 4);
	seen = (uint32) pq_getmsgint(&buf, 4);
	ca_deser_end(&buf, "retention");
	pfree(buf.data);
	if (n < 1 || n > RETENTION_MAX_CONDS || (n < 32 && (seen >> n) != 0))
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("invalid serialized retention state")));
	st = MemoryContextAlloc(cxt, sizeof(RetentionState));
	st->nconds = n;
	st->seen = seen;
	PG_RETURN_POINTER(st);
}

/* retention_final(state) → smallint[] */
PG_FUNCTION_INFO_V1(retention_final);
Datum
retention_final(PG_FUNCTION_ARGS)
{
	RetentionState *st;
	Datum		d[RETENTION_MAX_CONDS];
	bool		first;
	int			k;

	(void) ca_agg_context(fcinfo, "retention_final");
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = (RetentionState *) PG_GETARG_POINTER(0);
	AssertCheckState(st);
	first = (st->seen & 1) != 0;
	for (k = 0; k < st->nconds; k++)
		d[k] = Int16GetDatum((first && (st->seen >> k) & 1) ? 1 : 0);
	PG_RETURN_ARRAYTYPE_P(construct_array(d, st->nconds, INT2OID, sizeof(int16), true, TYPALIGN_SHORT));
}

/* ---------- retention_sum: element-wise sums, state bigint[] ---------- */

static void
CheckPlainArray(ArrayType *arr, const char *what)
{
	if (ARR_NDIM(arr) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must be a one-dimensional array", what)));
	if (array_contains_nulls(arr))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must not contain nulls", what)));
}

static inline int
ArrayLength(ArrayType *arr)
{
	return ARR_NDIM(arr) == 0 ? 0 : ARR_DIMS(arr)[0];
}

static inline void
CheckSameLength(int have, int got)
{
	if (have != got)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("retention arrays must all have the same length"),
				 errdetail("The sum so far has %d elements; this array has %d.", have, got)));
}

static inline void
AddChecked(int64 *acc, int64 v)
{
	if (unlikely(pg_add_s64_overflow(*acc, v, acc)))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("bigint out of range in retention_sum")));
}

/*
 * retention_sum_trans(bigint[], smallint[]): the first row builds the
 * state array; later rows add in place (the state lives in the aggregate
 * context, as float8_accum's does).
 */
PG_FUNCTION_INFO_V1(retention_sum_trans);
Datum
retention_sum_trans(PG_FUNCTION_ARGS)
{
	ArrayType  *in;
	ArrayType  *st;
	const int16 *x;
	int64	   *acc;
	int			n;
	int			i;

	ca_agg_context(fcinfo, "retention_sum_trans");
	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	in = PG_GETARG_ARRAYTYPE_P(1);
	CheckPlainArray(in, "retention array");
	n = ArrayLength(in);
	x = (const int16 *) ARR_DATA_PTR(in);
	if (PG_ARGISNULL(0))
	{
		Datum	   *d = palloc(sizeof(Datum) * Max(n, 1));

		for (i = 0; i < n; i++)
			d[i] = Int64GetDatum((int64) x[i]);
		PG_RETURN_ARRAYTYPE_P(construct_array(d, n, INT8OID, sizeof(int64), FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
	}
	st = PG_GETARG_ARRAYTYPE_P(0);
	/* a user's aggregate may start from any INITCOND: never index past its data */
	CheckPlainArray(st, "retention sum");
	CheckSameLength(ArrayLength(st), n);
	acc = (int64 *) ARR_DATA_PTR(st);
	for (i = 0; i < n; i++)
		AddChecked(&acc[i], x[i]);
	PG_RETURN_ARRAYTYPE_P(st);
}

/* retention_sum_combine(bigint[], bigint[]): strict; adds right into left in place */
PG_FUNCTION_INFO_V1(retention_sum_combine);
Datum
retention_sum_combine(PG_FUNCTION_ARGS)
{
	ArrayType  *a;
	ArrayType  *b;
	int64	   *acc;
	const int64 *y;
	int			n;
	int			i;

	ca_agg_context(fcinfo, "retention_sum_combine");
	a = PG_GETARG_ARRAYTYPE_P(0);
	b = PG_GETARG_ARRAYTYPE_P(1);
	CheckPlainArray(a, "retention sum");
	CheckPlainArray(b, "retention sum");
	n = ArrayLength(a);
	CheckSameLength(n, ArrayLength(b));
	acc = (int64 *) ARR_DATA_PTR(a);
	y = (const int64 *) ARR_DATA_PTR(b);
	for (i = 0; i < n; i++)
		AddChecked(&acc[i], y[i]);
	PG_RETURN_ARRAYTYPE_P(a);
}

/* retention_rates(bigint[]) → float8[]: each element over the first */
PG_FUNCTION_INFO_V1(retention_rates);
Datum
retention_rates(PG_FUNCTION_ARGS)
{
	ArrayType  *in = PG_GETARG_ARRAYTYPE_P(0);
	const int64 *x;
	Datum	   *d;
	bool	   *nulls;
	int			n;
	int			dims[1];
	int			lbs[1] = {1};
	int			i;

	CheckPlainArray(in, "retention counts");
	n = ArrayLength(in);
	if (n == 0)
		PG_RETURN_ARRAYTYPE_P(construct_empty_array(FLOAT8OID));
	x = (const int64 *) ARR_DATA_PTR(in);
	if (x[0] < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("retention counts must not be negative"),
				 errdetail("The first element is " INT64_FORMAT ".", x[0])));
	d = palloc(sizeof(Datum) * n);
	nulls = palloc(sizeof(bool) * n);
	for (i = 0; i < n; i++)
	{
		if (x[i] < 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("retention counts must not be negative"),
					 errdetail("Element %d is " INT64_FORMAT ".", i + 1, x[i])));
		nulls[i] = (x[0] == 0);
		d[i] = Float8GetDatum(x[0] == 0 ? 0.0 : (double) x[i] / (double) x[0]);
	}
	dims[0] = n;
	PG_RETURN_ARRAYTYPE_P(construct_md_array(d, nulls, 1, dims, lbs, FLOAT8OID,
											 sizeof(float8), FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
}
