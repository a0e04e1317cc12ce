/*-------------------------------------------------------------------------
 * funnel_report.c
 *	  Funnel read-outs: the funnel_counts aggregate (users reaching at least
 *	  each step, from per-user levels) and the funnel_report table function
 *	  (conversion, drop-off and a Unicode text bar per step).
 *
 *	  funnel_counts keeps a bigint[] histogram of levels 0..nsteps as its
 *	  state: a small fixed state of a real SQL type, so it needs no
 *	  serialization; its combine function adds histograms.
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "common.h"
#include "common/int.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "utils/array.h"
#include "utils/builtins.h"

#define FUNNEL_COUNTS_MAX_STEPS	32
#define FUNNEL_BAR_WIDTH		40	/* characters of the longest bar */

/* ---------- funnel_counts ---------- */

static inline void
FunnelCheckLevelArgs(int32 level, int32 nsteps)
{
	if (nsteps < 1 || nsteps > FUNNEL_COUNTS_MAX_STEPS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("nsteps of funnel_counts must be between 1 and %d", FUNNEL_COUNTS_MAX_STEPS),
				 errdetail("The value given was %d.", nsteps)));
	if (level < 0 || level > nsteps)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("level of funnel_counts must be between 0 and nsteps"),
				 errdetail("The level given was %d with nsteps %d.", level, nsteps)));
}

/* A histogram state: one-dimensional int8 array without NULLs, or empty. */
static int
FunnelHistLength(ArrayType *a)
{
	if (ARR_NDIM(a) == 0)
		return 0;
	if (ARR_NDIM(a) != 1 || ARR_HASNULL(a) || ARR_ELEMTYPE(a) != INT8OID ||
		ARR_DIMS(a)[0] < 2 || ARR_DIMS(a)[0] > FUNNEL_COUNTS_MAX_STEPS + 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid funnel_counts state")));
	return ARR_DIMS(a)[0];
}

static ArrayType *
FunnelHistNew(int len)
{
	Datum		zeros[FUNNEL_COUNTS_MAX_STEPS + 1];
	int			i;

	for (i = 0; i < len; i++)
		zeros[i] = Int64GetDatum(0);
	return construct_array(zeros, len, INT8OID, 8, FLOAT8PASSBYVAL, TYPALIGN_DOUBLE);
}

/* funnel_counts transition: count the row's level in the histogram */
PG_FUNCTION_INFO_V1(funnel_counts_trans);
Datum
funnel_counts_trans(PG_FUNCTION_ARGS)
{
	ArrayType  *state;
	int32		level = PG_GETARG_INT32(1);
	int32		nsteps = PG_GETARG_INT32(2);
	int			len;

	ca_agg_context(fcinfo, "funnel_counts_trans");
	FunnelCheckLevelArgs(level, nsteps);
	/* the state lives in the aggregate context: update it in place */
	state = PG_GETARG_ARRAYTYPE_P(0);
	len = FunnelHistLength(state);
	if (len == 0)
	{
		state = FunnelHistNew(nsteps + 1);	/* the executor copies it into the aggregate context */
		len = nsteps + 1;
	}
	else if (len != nsteps + 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("every row of a funnel_counts group must have the same nsteps"),
				 errdetail("A row has nsteps %d where an earlier one had %d.", nsteps, len - 1)));
	((int64 *) ARR_DATA_PTR(state))[level]++;
	PG_RETURN_ARRAYTYPE_P(state);
}

/* funnel_counts combine: add two histograms */
PG_FUNCTION_INFO_V1(funnel_counts_combine);
Datum
funnel_counts_combine(PG_FUNCTION_ARGS)
{
	ArrayType  *a = PG_GETARG_ARRAYTYPE_P(0);
	ArrayType  *b = PG_GETARG_ARRAYTYPE_P(1);
	int			la = FunnelHistLength(a);
	int			lb = FunnelHistLength(b);
	ArrayType  *r;
	int64	   *pa,
			   *pb,
			   *pr;
	int			i;

	ca_agg_context(fcinfo, "funnel_counts_combine");
	if (lb == 0)
		PG_RETURN_ARRAYTYPE_P(a);
	if (la == 0)
		PG_RETURN_ARRAYTYPE_P(b);
	if (la != lb)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("every row of a funnel_counts group must have the same nsteps"),
				 errdetail("Partial results have nsteps %d and %d.", la - 1, lb - 1)));
	r = FunnelHistNew(la);
	pa = (int64 *) ARR_DATA_PTR(a);
	pb = (int64 *) ARR_DATA_PTR(b);
	pr = (int64 *) ARR_DATA_PTR(r);
	for (i = 0; i < la; i++)
		if (pg_add_s64_overflow(pa[i], pb[i], &pr[i]))
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("funnel_counts count out of range")));
	PG_RETURN_ARRAYTYPE_P(r);
}

/* funnel_counts final: users reaching at least step k, k = 1..nsteps; NULL for no rows */
PG_FUNCTION_INFO_V1(funnel_counts_final);
Datum
funnel_counts_final(PG_FUNCTION_ARGS)
{
	ArrayType  *state;
	int			len;
	int64	   *h;
	Datum		out[FUNNEL_COUNTS_MAX_STEPS];
	int64		acc = 0;
	int			k;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	state = PG_GETARG_ARRAYTYPE_P(0);
	len = FunnelHistLength(state);
	if (len == 0)
		PG_RETURN_NULL();
	h = (int64 *) ARR_DATA_PTR(state);
	for (k = len - 1; k >= 1; k--)
	{
		/* the state may be hand-made (funnel_counts_final is callable): check it */
		if (h[k] < 0 || pg_add_s64_overflow(acc, h[k], &acc))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("invalid funnel_counts state"),
					 errdetail("Counts must be non-negative and their sum must fit in a bigint.")));
		out[k - 1] = Int64GetDatum(acc);
	}
	PG_RETURN_ARRAYTYPE_P(construct_array(out, len - 1, INT8OID, 8, FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
}

/* ---------- funnel_report ---------- */

/* Round a ratio to 4 decimals, halves away from zero. */
static inline double
FunnelRound4(double x)
{
	return round(x * 10000.0) / 10000.0;
}

/*
 * A bar of users/scale * FUNNEL_BAR_WIDTH characters, in eighths of a
 * character rounded to the nearest (halves up); any non-zero count shows at
 * least one eighth.
 */
static char *
FunnelBar(int64 users, int64 scale)
{
	static const char *const partial[8] = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};
	/* in a database that is not UTF-8 the bar is made of '#' */
	StringInfoData s;
	int64		eighths = 0;
	int64		k;

	if (scale > 0 && users > 0)
	{
		eighths = (int64) floor((double) users / (double) scale * (FUNNEL_BAR_WIDTH * 8) + 0.5);
		if (eighths < 1)
			eighths = 1;
		if (eighths > FUNNEL_BAR_WIDTH * 8)
			eighths = FUNNEL_BAR_WIDTH * 8;
	}
	initStringInfo(&s);
	if (!ca_db_utf8())
	{
		/* block characters need Unicode: whole '#' characters, rounded */
		int64		n = (eighths + 4) / 8;

		if (n == 0 && eighths > 0)
			n = 1;
		for (k = 0; k < n; k++)
			appendStringInfoChar(&s, '#');
		return s.data;
	}
	for (k = 0; k < eighths / 8; k++)
		appendStringInfoString(&s, "█");
	appendStringInfoString(&s, partial[eighths % 8]);
	return s.data;
}

typedef struct FunnelReportCtx
{
	int			n;
	int64	   *counts;
	char	  **labels;			/* NULL entries: NULL label */
	int64		scale;
} FunnelReportCtx;

/* funnel_report(counts bigint[], labels text[] DEFAULT NULL): one row per step */
PG_FUNCTION_INFO_V1(funnel_report);
Datum
funnel_report(PG_FUNCTION_ARGS)
{
	FuncCallContext *funcctx;
	FunnelReportCtx *rc;

	if (SRF_IS_FIRSTCALL())
	{
		MemoryContext old;
		ArrayType  *ca;
		Datum	   *elems;
		bool	   *enulls;
		int			n;
		int			i;

		funcctx = SRF_FIRSTCALL_INIT();
		old = MemoryContextSwitchTo(funcctx->multi_call_memory_ctx);
		{
			TupleDesc	tupdesc;

			if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
				elog(ERROR, "return type must be a row type");
			funcctx->tuple_desc = BlessTupleDesc(tupdesc);
		}
		rc = palloc0(sizeof(FunnelReportCtx));
		funcctx->user_fctx = rc;
		if (!PG_ARGISNULL(0))
		{
			ca = PG_GETARG_ARRAYTYPE_P(0);
			if (ARR_NDIM(ca) > 1)
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("counts of funnel_report must be a one-dimensional array")));
			deconstruct_array(ca, INT8OID, 8, FLOAT8PASSBYVAL, TYPALIGN_DOUBLE, &elems, &enulls, &n);
			rc->n = n;
			rc->counts = palloc0(sizeof(int64) * (n + 1));
			rc->labels = palloc0(sizeof(char *) * (n + 1));
			for (i = 0; i < n; i++)
			{
				if (enulls[i])
					ereport(ERROR,
							(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
							 errmsg("counts of funnel_report must not contain NULL"),
							 errdetail("Element %d is NULL.", i + 1)));
				rc->counts[i] = DatumGetInt64(elems[i]);
				if (rc->counts[i] < 0)
					ereport(ERROR,
							(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
							 errmsg("counts of funnel_report must not be negative"),
							 errdetail("Element %d is " INT64_FORMAT ".", i + 1, rc->counts[i])));
				rc->scale = Max(rc->scale, rc->counts[i]);
				rc->labels[i] = psprintf("step %d", i + 1);
			}
			if (!PG_ARGISNULL(1))
			{
				ArrayType  *la = PG_GETARG_ARRAYTYPE_P(1);
				int			nl;

				if (ARR_NDIM(la) > 1)
					ereport(ERROR,
							(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
							 errmsg("labels of funnel_report must be a one-dimensional array")));
				deconstruct_array(la, TEXTOID, -1, false, TYPALIGN_INT, &elems, &enulls, &nl);
				if (nl != n)
					ereport(ERROR,
							(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
							 errmsg("funnel_report needs one label per step"),
							 errdetail("There are %d counts and %d labels.", n, nl)));
				for (i = 0; i < n; i++)
					rc->labels[i] = enulls[i] ? NULL : TextDatumGetCString(elems[i]);
			}
		}
		funcctx->max_calls = rc->n;
		MemoryContextSwitchTo(old);
	}

	funcctx = SRF_PERCALL_SETUP();
	rc = (FunnelReportCtx *) funcctx->user_fctx;
	if (funcctx->call_cntr < funcctx->max_calls)
	{
		int			i = (int) funcctx->call_cntr;
		int64		users = rc->counts[i];
		Datum		values[7];
		bool		nulls[7] = {false, false, false, false, false, false, false};

		values[0] = Int32GetDatum(i + 1);
		if (rc->labels[i])
			values[1] = CStringGetTextDatum(rc->labels[i]);
		else
			nulls[1] = true;
		values[2] = Int64GetDatum(users);
		if (i > 0 && rc->counts[i - 1] > 0)
			values[3] = Float8GetDatum(FunnelRound4((double) users / (double) rc->counts[i - 1]));
		else
			nulls[3] = true;
		if (rc->counts[0] > 0)
			values[4] = Float8GetDatum(FunnelRound4((double) users / (double) rc->counts[0]));
		else
			nulls[4] = true;
		if (i > 0)
			values[5] = Int64GetDatum(rc->counts[i - 1] - users);
		else
			nulls[5] = true;
		values[6] = CStringGetTextDatum(FunnelBar(users, rc->scale));
		SRF_RETURN_NEXT(funcctx, HeapTupleGetDatum(heap_form_tuple(funcctx->tuple_desc, values, nulls)));
	}
	SRF_RETURN_DONE(funcctx);
}
