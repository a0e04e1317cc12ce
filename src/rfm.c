/*-------------------------------------------------------------------------
 * rfm.c
 *	  RFM scoring: the per-customer aggregate rfm_agg (recency, frequency,
 *	  exact monetary sum as of a date), the population aggregate rfm_model
 *	  building the rfm_model type (percentile_disc cut points, means,
 *	  medians), that type's text/binary I/O and accessors, and rfm_score.
 *
 *	  The pure numerics (percentile positions, cut points, scoring) live in
 *	  rfm_quantile.c; the segment maps and labels in rfm_segment.c.
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "common.h"
#include "rfm_quantile.h"

#include "catalog/pg_type.h"
#include "funcapi.h"
#include "libpq/pqformat.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/memutils.h"
#include "utils/numeric.h"
#include "utils/timestamp.h"

StaticAssertDecl(sizeof(RfmModelData) == 64, "rfm_model fixed part must be 64 bytes");

#define DatumGetRfmModelP(X)	((RfmModelData *) PG_DETOAST_DATUM(X))
#define PG_GETARG_RFM_MODEL_P(n)	DatumGetRfmModelP(PG_GETARG_DATUM(n))

/* ====================================================================
 * rfm_agg: one customer's recency, frequency and monetary value
 * ====================================================================
 */

typedef struct RfmAggState
{
	int64		count;			/* orders on or before as_of */
	TimestampTz first;			/* valid when count > 0 */
	TimestampTz last;
	TimestampTz as_of;			/* the same in every row of the group */

	/*
	 * Exact running sum.  The numeric lives in a buffer owned by the state
	 * (aggregate context) that only grows geometrically; numeric_add's
	 * result is computed in a scratch context and copied in, so the
	 * aggregate context sees no allocation per row.  (An int128 fast path
	 * would need numeric's private layout; numeric_add is what sum(numeric)
	 * costs anyway.)
	 */
	Numeric		sum;			/* NULL until the first counted row */
	Size		sumcap;			/* bytes allocated at sum */
} RfmAggState;

static void
RfmAggCheckState(const RfmAggState *st pg_attribute_unused())
{
#ifdef USE_ASSERT_CHECKING
	Assert(st->count >= 0);
	Assert(st->count == 0 || st->sum != NULL);
	Assert(st->count == 0 || st->first <= st->last);
	Assert(st->count == 0 || st->last <= st->as_of);
	Assert(st->sum == NULL || VARSIZE(st->sum) <= st->sumcap);
#endif
}

/* The per-call-site scratch context numeric sums are computed in. */
static MemoryContext
RfmAggScratch(FunctionCallInfo fcinfo)
{
	if (fcinfo->flinfo->fn_extra == NULL)
		fcinfo->flinfo->fn_extra =
			AllocSetContextCreate(fcinfo->flinfo->fn_mcxt, "rfm_agg scratch",
								  ALLOCSET_SMALL_SIZES);
	return (MemoryContext) fcinfo->flinfo->fn_extra;
}

/* Store a numeric (from any context) into the state's own buffer. */
static void
RfmAggStoreSum(RfmAggState *st, MemoryContext aggcxt, Numeric value)
{
	Size		len = VARSIZE(value);

	if (st->sum == NULL || len > st->sumcap)
	{
		Size		cap = Max(len, Max(st->sumcap * 2, 32));

		if (st->sum == NULL)
			st->sum = (Numeric) MemoryContextAlloc(aggcxt, cap);
		else
			st->sum = (Numeric) repalloc(st->sum, cap);
		st->sumcap = cap;
	}
	memcpy(st->sum, value, len);
}

static void
RfmAggCheckAsOf(RfmAggState *st, TimestampTz as_of)
{
	if (st->as_of != as_of)
	{
		/* timestamptz_to_str returns a static buffer: copy the first */
		char	   *a = pstrdup(timestamptz_to_str(st->as_of));

		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("rfm_agg as_of must be the same in every row of a group"),
				 errdetail("The group has rows with as_of %s and %s.",
						   a, timestamptz_to_str(as_of)),
				 errhint("Pass one constant (or one value per group) as as_of.")));
	}
}

/*
 * Common transition: amount is either a numeric (isfloat false) or a float8
 * Datum (isfloat true; converted exactly as amount::numeric would be).
 */
static Datum
RfmAggTransition(FunctionCallInfo fcinfo, bool isfloat)
{
	MemoryContext aggcxt = ca_agg_context(fcinfo, "rfm_agg");
	RfmAggState *st = PG_ARGISNULL(0) ? NULL : (RfmAggState *) PG_GETARG_POINTER(0);
	TimestampTz ts;
	TimestampTz as_of;
	MemoryContext scratch;
	MemoryContext old;
	Numeric		amount;
	Numeric		sum;

	/* a row with any NULL is skipped, like a built-in aggregate */
	if (PG_ARGISNULL(1) || PG_ARGISNULL(2) || PG_ARGISNULL(3))
	{
		if (st == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(st);
	}
	ts = PG_GETARG_TIMESTAMPTZ(1);
	as_of = PG_GETARG_TIMESTAMPTZ(3);
	ca_check_finite_ts(ts, "rfm_agg order_ts");
	ca_check_finite_ts(as_of, "rfm_agg as_of");

	if (st == NULL)
	{
		st = (RfmAggState *) MemoryContextAllocZero(aggcxt, sizeof(RfmAggState));
		st->as_of = as_of;
	}
	else
		RfmAggCheckAsOf(st, as_of);

	scratch = RfmAggScratch(fcinfo);
	old = MemoryContextSwitchTo(scratch);
	if (isfloat)
	{
		float8		v = PG_GETARG_FLOAT8(2);

		ca_check_finite(v, "rfm_agg amount");
		amount = DatumGetNumeric(DirectFunctionCall1(float8_numeric, Float8GetDatum(v)));
	}
	else
	{
		amount = PG_GETARG_NUMERIC(2);
		ca_check_numeric_finite(amount, "rfm_agg amount");
	}

	/* orders after as_of are excluded, so history can be replayed */
	if (ts > as_of)
	{
		MemoryContextSwitchTo(old);
		MemoryContextReset(scratch);
		PG_RETURN_POINTER(st);
	}

	if (st->count == 0)
	{
		st->first = ts;
		st->last = ts;
		sum = amount;
	}
	else
	{
		if (ts < st->first)
			st->first = ts;
		if (ts > st->last)
			st->last = ts;
		sum = DatumGetNumeric(DirectFunctionCall2(numeric_add,
												  NumericGetDatum(st->sum),
												  NumericGetDatum(amount)));
	}
	MemoryContextSwitchTo(old);
	RfmAggStoreSum(st, aggcxt, sum);
	MemoryContextReset(scratch);
	st->count++;
	RfmAggCheckState(st);
	PG_RETURN_POINTER(st);
}

/* rfm_agg(timestamptz, numeric, timestamptz) transition */
PG_FUNCTION_INFO_V1(rfm_agg_trans);
Datum
rfm_agg_trans(PG_FUNCTION_ARGS)
{
	return RfmAggTransition(fcinfo, false);
}

/* rfm_agg(timestamptz, float8, timestamptz) transition */
PG_FUNCTION_INFO_V1(rfm_agg_trans_float8);
Datum
rfm_agg_trans_float8(PG_FUNCTION_ARGS)
{
	return RfmAggTransition(fcinfo, true);
}

/* rfm_agg combine: sums, min/max of the dates, checks as_of */
PG_FUNCTION_INFO_V1(rfm_agg_combine);
Datum
rfm_agg_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt = ca_agg_context(fcinfo, "rfm_agg_combine");
	RfmAggState *a = PG_ARGISNULL(0) ? NULL : (RfmAggState *) PG_GETARG_POINTER(0);
	RfmAggState *b = PG_ARGISNULL(1) ? NULL : (RfmAggState *) PG_GETARG_POINTER(1);
	MemoryContext scratch;
	MemoryContext old;
	Numeric		sum;

	if (b == NULL)
	{
		if (a == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(a);
	}
	if (a == NULL)
	{
		/* copy the right-hand state into our context */
		a = (RfmAggState *) MemoryContextAllocZero(aggcxt, sizeof(RfmAggState));
		a->count = b->count;
		a->first = b->first;
		a->last = b->last;
		a->as_of = b->as_of;
		if (b->sum != NULL)
			RfmAggStoreSum(a, aggcxt, b->sum);
		RfmAggCheckState(a);
		PG_RETURN_POINTER(a);
	}
	RfmAggCheckAsOf(a, b->as_of);
	if (b->count == 0)
		PG_RETURN_POINTER(a);
	if (a->count == 0)
	{
		a->first = b->first;
		a->last = b->last;
		RfmAggStoreSum(a, aggcxt, b->sum);
	}
	else
	{
		a->first = Min(a->first, b->first);
		a->last = Max(a->last, b->last);
		scratch = RfmAggScratch(fcinfo);
		old = MemoryContextSwitchTo(scratch);
		sum = DatumGetNumeric(DirectFunctionCall2(numeric_add,
												  NumericGetDatum(a->sum),
												  NumericGetDatum(b->sum)));
		MemoryContextSwitchTo(old);
		RfmAggStoreSum(a, aggcxt, sum);
		MemoryContextReset(scratch);
	}
	a->count += b->count;
	RfmAggCheckState(a);
	PG_RETURN_POINTER(a);
}

/* rfm_agg serialize: count, first, last, as_of, then the sum's bytes */
PG_FUNCTION_INFO_V1(rfm_agg_serialize);
Datum
rfm_agg_serialize(PG_FUNCTION_ARGS)
{
	RfmAggState *st = (RfmAggState *) PG_GETARG_POINTER(0);
	StringInfoData buf;

	ca_agg_context(fcinfo, "rfm_agg_serialize");
	ca_ser_begin(&buf, CA_KIND_RFM_AGG);
	pq_sendint64(&buf, st->count);
	pq_sendint64(&buf, st->first);
	pq_sendint64(&buf, st->last);
	pq_sendint64(&buf, st->as_of);
	if (st->count > 0)
	{
		/* numeric's own binary format: portable and validated on receipt */
		bytea	   *b = DatumGetByteaPP(DirectFunctionCall1(numeric_send, NumericGetDatum(st->sum)));

		pq_sendint32(&buf, VARSIZE_ANY_EXHDR(b));
		pq_sendbytes(&buf, VARDATA_ANY(b), VARSIZE_ANY_EXHDR(b));
	}
	PG_RETURN_BYTEA_P(ca_ser_end(&buf));
}

/* rfm_agg deserialize */
PG_FUNCTION_INFO_V1(rfm_agg_deserialize);
Datum
rfm_agg_deserialize(PG_FUNCTION_ARGS)
{
	MemoryContext cxt = ca_deser_context(fcinfo, "rfm_agg_deserialize");
	bytea	   *b = PG_GETARG_BYTEA_PP(0);
	StringInfoData buf;
	RfmAggState *st;

	ca_deser_begin(&buf, b, CA_KIND_RFM_AGG, "rfm_agg");
	st = (RfmAggState *) MemoryContextAllocZero(cxt, sizeof(RfmAggState));
	st->count = pq_getmsgint64(&buf);
	st->first = pq_getmsgint64(&buf);
	st->last = pq_getmsgint64(&buf);
	st->as_of = pq_getmsgint64(&buf);
	if (st->count < 0)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("invalid order count " INT64_FORMAT " in serialized rfm_agg state", st->count)));
	if (st->count > 0)
	{
		int			len = pq_getmsgint(&buf, 4);
		StringInfoData nbuf;
		Datum		sum;

		ca_deser_check_count(&buf, len, 1, "rfm_agg sum");
		nbuf.data = (char *) pq_getmsgbytes(&buf, len);
		nbuf.len = len;
		nbuf.maxlen = len;
		nbuf.cursor = 0;
		sum = DirectFunctionCall3(numeric_recv, PointerGetDatum(&nbuf),
								  ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1));
		RfmAggStoreSum(st, cxt, DatumGetNumeric(sum));
	}
	ca_deser_end(&buf, "rfm_agg");
	RfmAggCheckState(st);
	PG_RETURN_POINTER(st);
}

/* rfm_agg final: the rfm composite, or NULL when no order counted */
PG_FUNCTION_INFO_V1(rfm_agg_final);
Datum
rfm_agg_final(PG_FUNCTION_ARGS)
{
	RfmAggState *st = PG_ARGISNULL(0) ? NULL : (RfmAggState *) PG_GETARG_POINTER(0);
	Datum		values[5];
	bool		nulls[5] = {false, false, false, false, false};

	ca_agg_context(fcinfo, "rfm_agg_final");
	if (st == NULL || st->count == 0)
		PG_RETURN_NULL();
	values[0] = Float8GetDatum(ca_usec_to_days(st->as_of - st->last));
	values[1] = Int64GetDatum(st->count);
	values[2] = NumericGetDatum(st->sum);	/* copied by heap_form_tuple */
	values[3] = TimestampTzGetDatum(st->first);
	values[4] = TimestampTzGetDatum(st->last);
	PG_RETURN_DATUM(ca_make_tuple(fcinfo, values, nulls));
}

/* ====================================================================
 * rfm_model aggregate: three columns of float8, one value per customer
 * ====================================================================
 */

/*
 * Each column is a list of segments.  New values go into segments of at most
 * RFM_SEG_MAX doubles (64 kB, each its own malloc block), so the state never
 * holds more than the values themselves plus one partly filled segment per
 * column and a pointer per 8192 customers: 24 bytes per customer + O(1).
 * The final function merges a column into one sorted segment, freeing the
 * old segments as it copies (transient peak: that column twice, 8 more bytes
 * per customer, one column at a time), so a second call finds it sorted.
 */
#define RFM_SEG_MIN		16
#define RFM_SEG_MAX		8192

/* The serialized state (a bytea) must stay below 1 GB. */
#define RFM_MODEL_MAX_ROWS	((int64) ((MaxAllocSize - 1024) / (RFM_NDIMS * sizeof(double))))

typedef struct RfmSegment
{
	double	   *v;
	int64		len;
	int64		cap;
} RfmSegment;

typedef struct RfmColumn
{
	RfmSegment *segs;
	int			nsegs;
	int			segcap;
	bool		sorted;			/* one segment, ascending */
} RfmColumn;

typedef struct RfmModelState
{
	int64		n;
	int			bins;
	RfmColumn	col[RFM_NDIMS];
} RfmModelState;

static void
RfmModelCheckState(const RfmModelState *st pg_attribute_unused())
{
#ifdef USE_ASSERT_CHECKING
	int			d;

	Assert(st->n >= 0 && st->n <= RFM_MODEL_MAX_ROWS);
	Assert(st->bins >= RFM_MIN_BINS && st->bins <= RFM_MAX_BINS);
	for (d = 0; d < RFM_NDIMS; d++)
	{
		int64		total = 0;
		int			i;

		for (i = 0; i < st->col[d].nsegs; i++)
		{
			Assert(st->col[d].segs[i].len <= st->col[d].segs[i].cap);
			total += st->col[d].segs[i].len;
		}
		Assert(total == st->n);
		Assert(!st->col[d].sorted || st->col[d].nsegs <= 1);
	}
#endif
}

static inline void
RfmCheckRowLimit(int64 n)
{
	if (n > RFM_MODEL_MAX_ROWS)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("rfm_model cannot hold more than " INT64_FORMAT " customers", RFM_MODEL_MAX_ROWS),
				 errdetail("Its state keeps 24 bytes per customer and must fit in a bytea of at most 1 GB; this group needs " INT64_FORMAT ".", n),
				 errhint("Build one model per segment of the population (GROUP BY), or sample the customers.")));
}

static void
RfmColumnAddSegment(RfmColumn *c, MemoryContext cxt, int64 cap)
{
	if (c->nsegs == c->segcap)
	{
		int			newcap = Max(c->segcap * 2, 4);

		if (c->segs == NULL)
			c->segs = MemoryContextAlloc(cxt, newcap * sizeof(RfmSegment));
		else
			c->segs = repalloc(c->segs, newcap * sizeof(RfmSegment));
		c->segcap = newcap;
	}
	c->segs[c->nsegs].v = MemoryContextAlloc(cxt, cap * sizeof(double));
	c->segs[c->nsegs].len = 0;
	c->segs[c->nsegs].cap = cap;
	c->nsegs++;
}

/* Append n values; the segment size doubles from 16 up to 8192. */
static void
RfmColumnAppend(RfmColumn *c, MemoryContext cxt, const double *v, int64 n, int64 total)
{
	while (n > 0)
	{
		RfmSegment *s = c->nsegs > 0 ? &c->segs[c->nsegs - 1] : NULL;
		int64		take;

		if (s == NULL || s->len == s->cap)
		{
			RfmColumnAddSegment(c, cxt, Min(Max(total, RFM_SEG_MIN), RFM_SEG_MAX));
			s = &c->segs[c->nsegs - 1];
		}
		take = Min(n, s->cap - s->len);
		memcpy(s->v + s->len, v, take * sizeof(double));
		s->len += take;
		v += take;
		n -= take;
		total += take;
	}
	c->sorted = false;
}

static RfmModelState *
RfmModelStateNew(MemoryContext cxt, int bins)
{
	RfmModelState *st = MemoryContextAllocZero(cxt, sizeof(RfmModelState));

	st->bins = bins;
	return st;
}

static inline void
RfmCheckBins(int64 bins)
{
	if (bins < RFM_MIN_BINS || bins > RFM_MAX_BINS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("rfm_model bins must be between %d and %d", RFM_MIN_BINS, RFM_MAX_BINS),
				 errdetail("The value given was " INT64_FORMAT ".", bins)));
}

static inline void
RfmCheckBinsSame(int a, int b)
{
	if (a != b)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("rfm_model bins must be the same in every row of a group"),
				 errdetail("The group has rows with bins %d and %d.", a, b)));
}

/* The value checks shared by rfm_model and rfm_score: the error path. */
static pg_noinline void
RfmCheckValuesSlow(double r, double f, double m, const char *fname)
{
	char		what[64];

	snprintf(what, sizeof(what), "%s recency", fname);
	ca_check_nonnegative(r, what);
	snprintf(what, sizeof(what), "%s frequency", fname);
	ca_check_nonnegative(f, what);
	snprintf(what, sizeof(what), "%s monetary", fname);
	ca_check_finite(m, what);
}

/*
 * The value checks shared by rfm_model and rfm_score, once per customer: the
 * messages (and their snprintf) are only built when a value is bad.
 */
static inline void
RfmCheckValues(double r, double f, double m, const char *fname)
{
	if (unlikely(!(isfinite(r) && r >= 0 && isfinite(f) && f >= 0 && isfinite(m))))
		RfmCheckValuesSlow(r, f, m, fname);
}

/* rfm_model(float8, float8, float8 [, int]) transition */
PG_FUNCTION_INFO_V1(rfm_model_trans);
Datum
rfm_model_trans(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt = ca_agg_context(fcinfo, "rfm_model");
	RfmModelState *st = PG_ARGISNULL(0) ? NULL : (RfmModelState *) PG_GETARG_POINTER(0);
	int			bins = 5;
	double		v[RFM_NDIMS];
	int			d;

	if (PG_NARGS() > 4)
	{
		if (PG_ARGISNULL(4))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("rfm_model bins must not be NULL")));
		RfmCheckBins(PG_GETARG_INT32(4));
		bins = PG_GETARG_INT32(4);
	}
	if (st != NULL)
		RfmCheckBinsSame(st->bins, bins);

	/* a customer with any NULL value is skipped */
	if (PG_ARGISNULL(1) || PG_ARGISNULL(2) || PG_ARGISNULL(3))
	{
		if (st == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(st);
	}
	v[RFM_DIM_R] = PG_GETARG_FLOAT8(1);
	v[RFM_DIM_F] = PG_GETARG_FLOAT8(2);
	v[RFM_DIM_M] = PG_GETARG_FLOAT8(3);
	RfmCheckValues(v[0], v[1], v[2], "rfm_model");

	if (st == NULL)
		st = RfmModelStateNew(aggcxt, bins);
	RfmCheckRowLimit(st->n + 1);
	for (d = 0; d < RFM_NDIMS; d++)
	{
		RfmColumn  *c = &st->col[d];
		RfmSegment *s = c->nsegs > 0 ? &c->segs[c->nsegs - 1] : NULL;
		double		x = v[d] + 0.0; /* -0 → +0: one spelling of zero */

		if (likely(s != NULL && s->len < s->cap))
		{
			s->v[s->len++] = x;
			c->sorted = false;
		}
		else
			RfmColumnAppend(c, aggcxt, &x, 1, st->n);
	}
	st->n++;
	PG_RETURN_POINTER(st);
}

/* rfm_model combine: concatenates the columns */
PG_FUNCTION_INFO_V1(rfm_model_combine);
Datum
rfm_model_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt = ca_agg_context(fcinfo, "rfm_model_combine");
	RfmModelState *a = PG_ARGISNULL(0) ? NULL : (RfmModelState *) PG_GETARG_POINTER(0);
	RfmModelState *b = PG_ARGISNULL(1) ? NULL : (RfmModelState *) PG_GETARG_POINTER(1);
	int			d;

	if (b == NULL)
	{
		if (a == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(a);
	}
	if (a == NULL)
		a = RfmModelStateNew(aggcxt, b->bins);
	else
		RfmCheckBinsSame(a->bins, b->bins);
	RfmCheckRowLimit(a->n + b->n);
	for (d = 0; d < RFM_NDIMS; d++)
	{
		int64		total = a->n;
		int			i;

		for (i = 0; i < b->col[d].nsegs; i++)
		{
			RfmColumnAppend(&a->col[d], aggcxt, b->col[d].segs[i].v, b->col[d].segs[i].len, total);
			total += b->col[d].segs[i].len;
		}
	}
	a->n += b->n;
	RfmModelCheckState(a);
	PG_RETURN_POINTER(a);
}

/* rfm_model serialize: n, bins, then each column's values */
PG_FUNCTION_INFO_V1(rfm_model_serialize);
Datum
rfm_model_serialize(PG_FUNCTION_ARGS)
{
	RfmModelState *st = (RfmModelState *) PG_GETARG_POINTER(0);
	StringInfoData buf;
	int			d;

	ca_agg_context(fcinfo, "rfm_model_serialize");
	RfmCheckRowLimit(st->n);
	ca_ser_begin(&buf, CA_KIND_RFM_MODEL);
	pq_sendint64(&buf, st->n);
	pq_sendint32(&buf, st->bins);
	enlargeStringInfo(&buf, (int) (st->n * RFM_NDIMS * sizeof(double)));
	for (d = 0; d < RFM_NDIMS; d++)
	{
		int			i;

		for (i = 0; i < st->col[d].nsegs; i++)
		{
			RfmSegment *s = &st->col[d].segs[i];
			int64		j;

			for (j = 0; j < s->len; j++)
				pq_sendfloat8(&buf, s->v[j]);
		}
	}
	PG_RETURN_BYTEA_P(ca_ser_end(&buf));
}

/* rfm_model deserialize: each column becomes one segment of exact size */
PG_FUNCTION_INFO_V1(rfm_model_deserialize);
Datum
rfm_model_deserialize(PG_FUNCTION_ARGS)
{
	MemoryContext cxt = ca_deser_context(fcinfo, "rfm_model_deserialize");
	bytea	   *b = PG_GETARG_BYTEA_PP(0);
	StringInfoData buf;
	RfmModelState *st;
	int64		n;
	int			bins;
	int			d;

	ca_deser_begin(&buf, b, CA_KIND_RFM_MODEL, "rfm_model");
	n = pq_getmsgint64(&buf);
	bins = pq_getmsgint(&buf, 4);
	if (n < 0 || n > RFM_MODEL_MAX_ROWS || bins < RFM_MIN_BINS || bins > RFM_MAX_BINS)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("invalid count " INT64_FORMAT " or bins %d in serialized rfm_model state", n, bins)));
	ca_deser_check_count(&buf, n * RFM_NDIMS, sizeof(double), "rfm_model");
	st = RfmModelStateNew(cxt, bins);
	st->n = n;
	for (d = 0; d < RFM_NDIMS && n > 0; d++)
	{
		RfmSegment *s;
		int64		j;

		RfmColumnAddSegment(&st->col[d], cxt, n);
		s = &st->col[d].segs[0];
		for (j = 0; j < n; j++)
			s->v[j] = pq_getmsgfloat8(&buf);
		s->len = n;
	}
	ca_deser_end(&buf, "rfm_model");
	RfmModelCheckState(st);
	PG_RETURN_POINTER(st);
}

/* Merge a column into one ascending segment (a no-op the second time). */
static void
RfmColumnSort(RfmColumn *c, MemoryContext cxt, int64 n)
{
	double	   *all;
	double	   *tmp;
	int64		pos = 0;
	int			i;

	if (c->sorted || n == 0)
		return;
	if (c->nsegs > 1)
	{
		all = MemoryContextAlloc(cxt, n * sizeof(double));
		for (i = 0; i < c->nsegs; i++)
		{
			memcpy(all + pos, c->segs[i].v, c->segs[i].len * sizeof(double));
			pos += c->segs[i].len;
			pfree(c->segs[i].v);
		}
		Assert(pos == n);
		c->segs[0].v = all;
		c->segs[0].len = n;
		c->segs[0].cap = n;
		c->nsegs = 1;
	}
	CHECK_FOR_INTERRUPTS();
	/* a radix sort: O(n), a few passes over integer-valued columns */
	tmp = MemoryContextAlloc(cxt, n * sizeof(double));
	rfm_sort_doubles(c->segs[0].v, tmp, n);
	pfree(tmp);
	c->sorted = true;
}

/* rfm_model final: sort each column once and read the cut points */
PG_FUNCTION_INFO_V1(rfm_model_final);
Datum
rfm_model_final(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt = ca_agg_context(fcinfo, "rfm_model_final");
	RfmModelState *st = PG_ARGISNULL(0) ? NULL : (RfmModelState *) PG_GETARG_POINTER(0);
	RfmModelData *mod;
	Size		size;
	int			d;

	if (st == NULL || st->n == 0)
		PG_RETURN_NULL();
	size = RFM_MODEL_SIZE(st->bins);
	mod = (RfmModelData *) palloc0(size);
	SET_VARSIZE(mod, size);
	mod->version = RFM_MODEL_VERSION;
	mod->bins = (uint8) st->bins;
	mod->n = st->n;
	for (d = 0; d < RFM_NDIMS; d++)
	{
		const double *v;

		RfmColumnSort(&st->col[d], aggcxt, st->n);
		v = st->col[d].segs[0].v;
		rfm_cuts_from_sorted(v, st->n, st->bins, RFM_MODEL_CUTS(mod, d));
		mod->median[d] = rfm_median_from_sorted(v, st->n);
		mod->mean[d] = rfm_mean_from_sorted(v, st->n);
	}
	RfmModelCheckState(st);
	PG_RETURN_POINTER(mod);
}

/* ====================================================================
 * the rfm_model type: text and binary I/O, accessors
 * ====================================================================
 */

static const char *const RfmDimName[RFM_NDIMS] = {"recency", "frequency", "monetary"};

/*
 * Semantic checks of a model read from outside; NULL when valid, else a
 * sentence for the error detail.
 */
static char *
RfmModelProblem(const RfmModelData *mod)
{
	int			d;
	int			k;

	if (mod->version != RFM_MODEL_VERSION)
		return psprintf("Version %d is not supported; this build reads version %d.",
						mod->version, RFM_MODEL_VERSION);
	if (mod->bins < RFM_MIN_BINS || mod->bins > RFM_MAX_BINS)
		return psprintf("bins must be between %d and %d, not %d.", RFM_MIN_BINS, RFM_MAX_BINS, mod->bins);
	if (mod->n < 1 || mod->n > RFM_MODEL_MAX_ROWS)
		return psprintf("n must be between 1 and " INT64_FORMAT ", not " INT64_FORMAT ".",
						(int64) RFM_MODEL_MAX_ROWS, (int64) mod->n);
	for (d = 0; d < RFM_NDIMS; d++)
	{
		const double *c = RFM_MODEL_CUTS(mod, d);

		for (k = 0; k < mod->bins - 1; k++)
		{
			if (!isfinite(c[k]))
				return psprintf("The %s cut points must be finite numbers.", RfmDimName[d]);
			if (d != RFM_DIM_M && c[k] < 0)
				return psprintf("The %s cut points must not be negative.", RfmDimName[d]);
		}
		if (!rfm_cuts_monotone(c, mod->bins - 1))
			return psprintf("The %s cut points must be in non-decreasing order.", RfmDimName[d]);
		if (!isfinite(mod->mean[d]) || !isfinite(mod->median[d]))
			return psprintf("The %s mean and median must be finite numbers.", RfmDimName[d]);
		if (d != RFM_DIM_M && (mod->mean[d] < 0 || mod->median[d] < 0))
			return psprintf("The %s mean and median must not be negative.", RfmDimName[d]);
	}
	return NULL;
}

static void
RfmAppendList(StringInfo buf, const double *v, int n)
{
	int			i;

	appendStringInfoChar(buf, '[');
	for (i = 0; i < n; i++)
	{
		if (i > 0)
			appendStringInfoChar(buf, ',');
		ca_append_double(buf, v[i] + 0.0);
	}
	appendStringInfoChar(buf, ']');
}

static void
RfmParseList(CaParser *ps, double *v, int n)
{
	int			i;

	ca_parse_expect(ps, '[');
	for (i = 0; i < n; i++)
	{
		if (i > 0)
			ca_parse_expect(ps, ',');
		v[i] = ca_parse_double(ps) + 0.0;
	}
	ca_parse_expect(ps, ']');
}

/* rfm_model text input */
PG_FUNCTION_INFO_V1(rfm_model_in);
Datum
rfm_model_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	CaParser	ps;
	RfmModelData *mod;
	int			version;
	int			bins;
	Size		size;
	double		pair[RFM_NDIMS];
	char	   *problem;
	int			d;

	ca_parser_init(&ps, "rfm_model", str);
	ca_parse_key(&ps, "version");
	version = (int) ca_parse_int(&ps, RFM_MODEL_VERSION, RFM_MODEL_VERSION);
	ca_parse_key(&ps, "bins");
	bins = (int) ca_parse_int(&ps, RFM_MIN_BINS, RFM_MAX_BINS);
	size = RFM_MODEL_SIZE(bins);
	mod = (RfmModelData *) palloc0(size);
	SET_VARSIZE(mod, size);
	mod->version = (uint8) version;
	mod->bins = (uint8) bins;
	ca_parse_key(&ps, "n");
	mod->n = ca_parse_int(&ps, 1, RFM_MODEL_MAX_ROWS);
	for (d = 0; d < RFM_NDIMS; d++)
	{
		ca_parse_key(&ps, RfmDimName[d]);
		RfmParseList(&ps, RFM_MODEL_CUTS(mod, d), bins - 1);
	}
	ca_parse_key(&ps, "mean");
	RfmParseList(&ps, pair, RFM_NDIMS);
	memcpy(mod->mean, pair, sizeof(pair));
	ca_parse_key(&ps, "median");
	RfmParseList(&ps, pair, RFM_NDIMS);
	memcpy(mod->median, pair, sizeof(pair));
	ca_parse_end(&ps);

	problem = RfmModelProblem(mod);
	if (problem != NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type %s: \"%s\"", "rfm_model", str),
				 errdetail_internal("%s", problem)));
	PG_RETURN_POINTER(mod);
}

/* rfm_model text output: reads back to an identical value */
PG_FUNCTION_INFO_V1(rfm_model_out);
Datum
rfm_model_out(PG_FUNCTION_ARGS)
{
	RfmModelData *mod = PG_GETARG_RFM_MODEL_P(0);
	StringInfoData buf;
	int			d;

	initStringInfo(&buf);
	appendStringInfo(&buf, "version=%d bins=%d n=" INT64_FORMAT,
					 mod->version, mod->bins, (int64) mod->n);
	for (d = 0; d < RFM_NDIMS; d++)
	{
		appendStringInfo(&buf, " %s=", RfmDimName[d]);
		RfmAppendList(&buf, RFM_MODEL_CUTS(mod, d), mod->bins - 1);
	}
	appendStringInfoString(&buf, " mean=");
	RfmAppendList(&buf, mod->mean, RFM_NDIMS);
	appendStringInfoString(&buf, " median=");
	RfmAppendList(&buf, mod->median, RFM_NDIMS);
	PG_RETURN_CSTRING(buf.data);
}

/* rfm_model binary output */
PG_FUNCTION_INFO_V1(rfm_model_send);
Datum
rfm_model_send(PG_FUNCTION_ARGS)
{
	RfmModelData *mod = PG_GETARG_RFM_MODEL_P(0);
	StringInfoData buf;
	int			i;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, mod->version);
	pq_sendbyte(&buf, mod->bins);
	pq_sendint64(&buf, mod->n);
	for (i = 0; i < RFM_NDIMS; i++)
		pq_sendfloat8(&buf, mod->mean[i]);
	for (i = 0; i < RFM_NDIMS; i++)
		pq_sendfloat8(&buf, mod->median[i]);
	for (i = 0; i < RFM_NDIMS * (mod->bins - 1); i++)
		pq_sendfloat8(&buf, mod->cuts[i]);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* rfm_model binary input, validated like the text input */
PG_FUNCTION_INFO_V1(rfm_model_recv);
Datum
rfm_model_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	RfmModelData *mod;
	int			version;
	int			bins;
	Size		size;
	char	   *problem;
	int			i;

	version = pq_getmsgbyte(buf);
	bins = pq_getmsgbyte(buf);
	if (version != RFM_MODEL_VERSION || bins < RFM_MIN_BINS || bins > RFM_MAX_BINS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary rfm_model: version %d, bins %d", version, bins)));
	size = RFM_MODEL_SIZE(bins);
	mod = (RfmModelData *) palloc0(size);
	SET_VARSIZE(mod, size);
	mod->version = (uint8) version;
	mod->bins = (uint8) bins;
	mod->n = pq_getmsgint64(buf);
	for (i = 0; i < RFM_NDIMS; i++)
		mod->mean[i] = pq_getmsgfloat8(buf) + 0.0;
	for (i = 0; i < RFM_NDIMS; i++)
		mod->median[i] = pq_getmsgfloat8(buf) + 0.0;
	for (i = 0; i < RFM_NDIMS * (bins - 1); i++)
		mod->cuts[i] = pq_getmsgfloat8(buf) + 0.0;
	problem = RfmModelProblem(mod);
	if (problem != NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary rfm_model"),
				 errdetail_internal("%s", problem)));
	PG_RETURN_POINTER(mod);
}

/* 'recency' / 'frequency' / 'monetary' (or r / f / m) → index */
static int
RfmDimension(text *t)
{
	char	   *s = text_to_cstring(t);
	int			d;

	for (d = 0; d < RFM_NDIMS; d++)
		if (pg_strcasecmp(s, RfmDimName[d]) == 0 ||
			(s[0] != '\0' && s[1] == '\0' && pg_ascii_tolower((unsigned char) s[0]) == RfmDimName[d][0]))
			return d;
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("unknown rfm dimension \"%s\"", s),
			 errhint("Use 'recency', 'frequency' or 'monetary' (or 'r', 'f', 'm').")));
	return -1;					/* keep the compiler quiet */
}

static ArrayType *
RfmFloat8Array(const double *v, int n)
{
	Datum	   *d = palloc(sizeof(Datum) * Max(n, 1));
	int			i;

	for (i = 0; i < n; i++)
		d[i] = Float8GetDatum(v[i]);
	return construct_array(d, n, FLOAT8OID, sizeof(float8), FLOAT8PASSBYVAL, TYPALIGN_DOUBLE);
}

/* rfm_model_cuts(model, dimension): the bins - 1 cut points */
PG_FUNCTION_INFO_V1(rfm_model_cuts);
Datum
rfm_model_cuts(PG_FUNCTION_ARGS)
{
	RfmModelData *mod = PG_GETARG_RFM_MODEL_P(0);
	int			d = RfmDimension(PG_GETARG_TEXT_PP(1));

	PG_RETURN_ARRAYTYPE_P(RfmFloat8Array(RFM_MODEL_CUTS(mod, d), mod->bins - 1));
}

/* rfm_model_mean(model, dimension) */
PG_FUNCTION_INFO_V1(rfm_model_mean);
Datum
rfm_model_mean(PG_FUNCTION_ARGS)
{
	RfmModelData *mod = PG_GETARG_RFM_MODEL_P(0);

	PG_RETURN_FLOAT8(mod->mean[RfmDimension(PG_GETARG_TEXT_PP(1))]);
}

/* rfm_model_median(model, dimension) */
PG_FUNCTION_INFO_V1(rfm_model_median);
Datum
rfm_model_median(PG_FUNCTION_ARGS)
{
	RfmModelData *mod = PG_GETARG_RFM_MODEL_P(0);

	PG_RETURN_FLOAT8(mod->median[RfmDimension(PG_GETARG_TEXT_PP(1))]);
}

/* rfm_model_n(model): customers the model was built from */
PG_FUNCTION_INFO_V1(rfm_model_n);
Datum
rfm_model_n(PG_FUNCTION_ARGS)
{
	RfmModelData *mod = PG_GETARG_RFM_MODEL_P(0);

	PG_RETURN_INT64(mod->n);
}

/* rfm_model_bins(model) */
PG_FUNCTION_INFO_V1(rfm_model_bins);
Datum
rfm_model_bins(PG_FUNCTION_ARGS)
{
	RfmModelData *mod = PG_GETARG_RFM_MODEL_P(0);

	PG_RETURN_INT32(mod->bins);
}

/* ====================================================================
 * rfm_score
 * ====================================================================
 */

/* A score 1..RFM_MAX_BINS in decimal. */
static inline char *
RfmAppendScore(char *p, int score)
{
	Assert(score >= 1 && score <= RFM_MAX_BINS);
	if (score >= 10)
		*p++ = '0' + score / 10;
	*p++ = '0' + score % 10;
	return p;
}

/* rfm_score(model, recency, frequency, monetary) → (r, f, m, code) */
PG_FUNCTION_INFO_V1(rfm_score);
Datum
rfm_score(PG_FUNCTION_ARGS)
{
	RfmModelData *mod = PG_GETARG_RFM_MODEL_P(0);
	double		r = PG_GETARG_FLOAT8(1);
	double		f = PG_GETARG_FLOAT8(2);
	double		m = PG_GETARG_FLOAT8(3);
	int			nc = mod->bins - 1;
	int			rs,
				fs,
				ms;
	union
	{
		text		t;			/* for alignment */
		char		buf[VARHDRSZ + 16];
	}			code;
	char	   *p = code.buf + VARHDRSZ;
	Datum		values[4];
	bool		nulls[4] = {false, false, false, false};
	TupleDesc	tupdesc;

	RfmCheckValues(r, f, m, "rfm_score");
	rs = mod->bins - rfm_count_above(RFM_MODEL_CUTS(mod, RFM_DIM_R), nc, r);
	fs = 1 + rfm_count_above(RFM_MODEL_CUTS(mod, RFM_DIM_F), nc, f);
	ms = 1 + rfm_count_above(RFM_MODEL_CUTS(mod, RFM_DIM_M), nc, m);
	/* "545" below 10 bins, "10-3-7" from 10; the text is built on the stack (heap_form_tuple copies it) */
	if (mod->bins < 10)
	{
		*p++ = '0' + rs;
		*p++ = '0' + fs;
		*p++ = '0' + ms;
	}
	else
	{
		p = RfmAppendScore(p, rs);
		*p++ = '-';
		p = RfmAppendScore(p, fs);
		*p++ = '-';
		p = RfmAppendScore(p, ms);
	}
	SET_VARSIZE(&code.t, p - code.buf);
	tupdesc = ca_result_tupdesc(fcinfo);
	values[0] = Int32GetDatum(rs);
	values[1] = Int32GetDatum(fs);
	values[2] = Int32GetDatum(ms);
	values[3] = PointerGetDatum(&code.t);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}
