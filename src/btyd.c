/*-------------------------------------------------------------------------
 * btyd.c
 *	  PostgreSQL glue of the buy-till-you-die capability: the btyd_summary
 *	  per-customer aggregate (lifetimes' summary_data_from_transaction_data),
 *	  the bgnbd_fit and gamma_gamma_fit aggregates with their model types
 *	  bgnbd_model and gamma_gamma_model, and the prediction accessors
 *	  (P(alive), expected purchases, expected spend, customer lifetime value).
 *
 *	  The numerics live in btyd_math.c (no postgres.h); this file converts
 *	  Datums, validates arguments and turns status codes into ereport()s.
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "common.h"
#include "btyd_math.h"

#include "common/int.h"
#include "libpq/pqformat.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/memutils.h"
#include "utils/timestamp.h"

/* ---------- argument checks ---------- */

/* frequency, recency, t of one customer, as every model function wants them */
static inline void
CheckRfm(double x, double tx, double T)
{
	ca_check_nonnegative(x, "frequency");
	ca_check_nonnegative(tx, "recency");
	ca_check_nonnegative(T, "t");
	if (x != floor(x))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("frequency must be a whole number"),
				 errdetail("The value given was %g.", x),
				 errhint("frequency counts repeat purchase periods.")));
	if (tx > T)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("recency must not exceed t"),
				 errdetail("recency was %g and t was %g.", tx, T),
				 errhint("recency is the age of the customer at the last purchase, t the age at the end of the observation.")));
	if (x == 0 && tx > 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("recency must be 0 when frequency is 0"),
				 errdetail("recency was %g.", tx)));
}

static inline void
CheckHorizon(double t, const char *what)
{
	ca_check_nonnegative(t, what);
}

static inline double
CheckPenalizer(FunctionCallInfo fcinfo, int argno)
{
	double		pen;

	if (PG_ARGISNULL(argno))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("penalizer must not be NULL")));
	pen = PG_GETARG_FLOAT8(argno);
	ca_check_nonnegative(pen, "penalizer");
	return pen;
}

static void
BtydInterrupt(void)
{
	CHECK_FOR_INTERRUPTS();
}

/* A numeric failure of a prediction: never a silent NaN. */
static void
ReportStatus(BtydStatus st, const char *fname)
{
	if (st == BTYD_OK)
		return;
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("%s could not be evaluated for these arguments", fname),
			 errdetail(st == BTYD_NOT_CONVERGED
					   ? "The Gauss hypergeometric series did not converge."
					   : "The arguments are outside the domain of the formula."),
			 errhint("Use a shorter horizon.")));
}

/* ====================================================================
 * btyd_summary: frequency / recency / T / monetary_value of one customer
 * ==================================================================== */

/*
 * Periods are counted from Monday 2000-01-03 00:00 (UTC for timestamptz,
 * wall clock for timestamp), so '1 day' periods are calendar days and
 * '7 days' periods are Monday-to-Sunday weeks, like pandas' 'D' and 'W'.
 */
#define BTYD_PERIOD_ORIGIN	((int64) 2 * USECS_PER_DAY)

typedef struct SummaryState
{
	int64		period;			/* bucket length, usec */
	int64		unit;			/* output time unit, usec */
	int64		as_of;			/* as given */
	int64		as_of_idx;		/* its period index */
	CaEventBuf	ev;				/* ts = period index; mask/aux = amount's bits */
} SummaryState;

static inline double
PeriodsToUnits(int64 nperiods, const SummaryState *s)
{
	int64		usec;

	/* integer product first, so that days / 7 is one correctly rounded division */
	if (!pg_mul_s64_overflow(nperiods, s->period, &usec))
		return (double) usec / (double) s->unit;
	return (double) nperiods * ((double) s->period / (double) s->unit);
}

static void
SummaryCheckSame(SummaryState *s, int64 period, int64 unit, int64 as_of)
{
	if (s->as_of != as_of)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("as_of must be the same in every row of a group"),
				 errhint("Pass a constant, e.g. a literal or a parameter.")));
	if (s->period != period || s->unit != unit)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("period and time_unit must be the same in every row of a group")));
}

/* transition of btyd_summary(ts, amount, as_of [, period [, time_unit]]) */
PG_FUNCTION_INFO_V1(btyd_summary_accum);
Datum
btyd_summary_accum(PG_FUNCTION_ARGS)
{
	MemoryContext cxt = ca_agg_context(fcinfo, "btyd_summary_accum");
	SummaryState *s = PG_ARGISNULL(0) ? NULL : (SummaryState *) PG_GETARG_POINTER(0);
	int			nargs = PG_NARGS();
	int64		ts,
				as_of,
				period,
				unit,
				idx;
	double		amount;
	uint64		bits;
	int			i;

	for (i = 1; i < nargs; i++)
		if (PG_ARGISNULL(i))
			PG_RETURN_POINTER(s);	/* rows with a NULL are skipped */

	ts = PG_GETARG_INT64(1);
	as_of = PG_GETARG_INT64(3);
	ca_check_finite_ts(ts, "ts");
	ca_check_finite_ts(as_of, "as_of");
	amount = ca_numeric_to_double(PG_GETARG_NUMERIC(2), "amount");
	period = nargs > 4 ? ca_interval_usec(PG_GETARG_INTERVAL_P(4), "period", false) : USECS_PER_DAY;
	unit = nargs > 5 ? ca_interval_usec(PG_GETARG_INTERVAL_P(5), "time_unit", false) : period;

	if (s == NULL)
	{
		s = MemoryContextAllocZero(cxt, sizeof(SummaryState));
		s->period = period;
		s->unit = unit;
		s->as_of = as_of;
		s->as_of_idx = ca_floor_div(as_of - BTYD_PERIOD_ORIGIN, period);
		ca_evbuf_init(&s->ev, CA_EVBUF_FIRST_ORDERS);
	}
	else
		SummaryCheckSame(s, period, unit, as_of);

	idx = ca_floor_div(ts - BTYD_PERIOD_ORIGIN, period);
	if (idx > s->as_of_idx)
		PG_RETURN_POINTER(s);	/* after the observation period */
	memcpy(&bits, &amount, sizeof(bits));
	ca_evbuf_push(&s->ev, cxt, idx, (uint32) (bits >> 32), (uint32) bits);
	PG_RETURN_POINTER(s);
}

static inline double
EventAmount(const CaEvent *e)
{
	uint64		bits = ((uint64) e->mask << 32) | e->aux;
	double		v;

	memcpy(&v, &bits, sizeof(v));
	return v;
}

PG_FUNCTION_INFO_V1(btyd_summary_final);
Datum
btyd_summary_final(PG_FUNCTION_ARGS)
{
	SummaryState *s = PG_ARGISNULL(0) ? NULL : (SummaryState *) PG_GETARG_POINTER(0);
	int64		first,
				last,
				nper = 0,
				i;
	double		spend = 0.0;
	Datum		values[4];
	bool		nulls[4] = {false, false, false, false};

	if (s == NULL || s->ev.n == 0)
		PG_RETURN_NULL();
	/* sorted by (period, amount bits): the spend sums in a fixed order */
	ca_evbuf_sort(&s->ev);
	first = s->ev.ev[0].ts;
	last = first;
	for (i = 0; i < s->ev.n; i++)
	{
		const CaEvent *e = &s->ev.ev[i];

		if (e->ts != last || i == 0)
			nper++;
		last = e->ts;
		if (e->ts != first)
			spend += EventAmount(e);
	}
	values[0] = Float8GetDatum((double) (nper - 1));
	values[1] = Float8GetDatum(PeriodsToUnits(last - first, s));
	values[2] = Float8GetDatum(PeriodsToUnits(s->as_of_idx - first, s));
	values[3] = Float8GetDatum(nper > 1 ? spend / (double) (nper - 1) : 0.0);
	PG_RETURN_DATUM(ca_make_tuple(fcinfo, values, nulls));
}

PG_FUNCTION_INFO_V1(btyd_summary_combine);
Datum
btyd_summary_combine(PG_FUNCTION_ARGS)
{
	MemoryContext cxt = ca_agg_context(fcinfo, "btyd_summary_combine");
	SummaryState *a = PG_ARGISNULL(0) ? NULL : (SummaryState *) PG_GETARG_POINTER(0);
	SummaryState *b = PG_ARGISNULL(1) ? NULL : (SummaryState *) PG_GETARG_POINTER(1);

	if (b == NULL)
		PG_RETURN_POINTER(a);
	if (a == NULL)
	{
		a = MemoryContextAllocZero(cxt, sizeof(SummaryState));
		a->period = b->period;
		a->unit = b->unit;
		a->as_of = b->as_of;
		a->as_of_idx = b->as_of_idx;
		ca_evbuf_init(&a->ev, CA_EVBUF_FIRST_ORDERS);
	}
	else
		SummaryCheckSame(a, b->period, b->unit, b->as_of);
	ca_evbuf_concat(&a->ev, cxt, b->ev.ev, b->ev.n);
	PG_RETURN_POINTER(a);
}

PG_FUNCTION_INFO_V1(btyd_summary_serialize);
Datum
btyd_summary_serialize(PG_FUNCTION_ARGS)
{
	SummaryState *s = (SummaryState *) PG_GETARG_POINTER(0);
	StringInfoData buf;

	ca_agg_context(fcinfo, "btyd_summary_serialize");
	ca_ser_begin(&buf, CA_KIND_BTYD_SUMMARY);
	pq_sendint64(&buf, s->period);
	pq_sendint64(&buf, s->unit);
	pq_sendint64(&buf, s->as_of);
	pq_sendint64(&buf, s->as_of_idx);
	ca_evbuf_serialize(&buf, &s->ev);
	PG_RETURN_BYTEA_P(ca_ser_end(&buf));
}

PG_FUNCTION_INFO_V1(btyd_summary_deserialize);
Datum
btyd_summary_deserialize(PG_FUNCTION_ARGS)
{
	MemoryContext cxt = ca_deser_context(fcinfo, "btyd_summary_deserialize");
	StringInfoData buf;
	SummaryState *s;

	ca_deser_begin(&buf, PG_GETARG_BYTEA_PP(0), CA_KIND_BTYD_SUMMARY, "btyd_summary");
	s = MemoryContextAllocZero(cxt, sizeof(SummaryState));
	ca_deser_check_count(&buf, 4, sizeof(int64), "btyd_summary");
	s->period = pq_getmsgint64(&buf);
	s->unit = pq_getmsgint64(&buf);
	s->as_of = pq_getmsgint64(&buf);
	s->as_of_idx = pq_getmsgint64(&buf);
	if (s->period <= 0 || s->unit <= 0)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("serialized btyd_summary state has an invalid period")));
	ca_evbuf_deserialize(&buf, &s->ev, cxt);
	ca_deser_end(&buf, "btyd_summary");
	PG_RETURN_POINTER(s);
}

/* ====================================================================
 * Fit states: growable arrays of sufficient statistics, compacted
 * (sorted, identical entries merged with a count) whenever they fill up.
 * ==================================================================== */

typedef struct FitState
{
	int64		rows;			/* customers accumulated */
	int64		n;				/* entries in use */
	int64		cap;
	bool		pairs;			/* BtydPair entries (Gamma-Gamma), else BtydTriple */
	void	   *v;
	double		penalizer;
} FitState;

static inline int64
FitMaxEntries(size_t elsize)
{
	return (int64) ((MaxAllocSize - 1024) / elsize);
}

static inline size_t
FitEntrySize(bool pairs)
{
	return pairs ? sizeof(BtydPair) : sizeof(BtydTriple);
}

static FitState *
FitStateNew(MemoryContext cxt, bool pairs, double penalizer)
{
	FitState   *s = MemoryContextAllocZero(cxt, sizeof(FitState));

	s->pairs = pairs;
	s->penalizer = penalizer;
	return s;
}

static void
FitCompact(FitState *s)
{
	CHECK_FOR_INTERRUPTS();
	if (s->pairs)
		s->n = (int64) btyd_compact_pairs((BtydPair *) s->v, (size_t) s->n);
	else
		s->n = (int64) btyd_compact_triples((BtydTriple *) s->v, (size_t) s->n);
}

/* Make room for `more` entries: compact first, grow geometrically if still full. */
static void
FitReserve(FitState *s, MemoryContext cxt, int64 more)
{
	size_t		elsize = FitEntrySize(s->pairs);
	int64		newcap;
	int64		maxn = FitMaxEntries(elsize);

	if (s->n + more <= s->cap)
		return;
	if (s->n >= 1024)
	{
		FitCompact(s);
		if (s->n + more <= s->cap && s->n <= s->cap / 2)
			return;
	}
	newcap = Max(s->cap * 2, 1024);
	if (newcap < s->n + more)
		newcap = s->n + more;
	if (newcap > maxn)
		newcap = maxn;
	if (s->n + more > newcap)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("too many distinct customer summaries in one fit"),
				 errdetail("One fit may hold at most " INT64_FORMAT " distinct summaries.", maxn),
				 errhint("Round recency and t to fewer distinct values, or fit on a sample.")));
	if (s->v == NULL)
		s->v = MemoryContextAlloc(cxt, newcap * elsize);
	else
		s->v = repalloc(s->v, newcap * elsize);
	s->cap = newcap;
}

static void
FitCheckPenalizer(FitState *s, double pen)
{
	if (s->penalizer != pen)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("penalizer must be the same in every row of a fit")));
}

static FitState *
FitCombine(FunctionCallInfo fcinfo, const char *fname)
{
	MemoryContext cxt = ca_agg_context(fcinfo, fname);
	FitState   *a = PG_ARGISNULL(0) ? NULL : (FitState *) PG_GETARG_POINTER(0);
	FitState   *b = PG_ARGISNULL(1) ? NULL : (FitState *) PG_GETARG_POINTER(1);

	if (b == NULL)
		return a;
	if (a == NULL)
		a = FitStateNew(cxt, b->pairs, b->penalizer);
	else
		FitCheckPenalizer(a, b->penalizer);
	if (b->n > 0)
	{
		size_t		elsize = FitEntrySize(b->pairs);	/* one aggregate: a's kind too */

		FitReserve(a, cxt, b->n);
		memcpy((char *) a->v + a->n * elsize, b->v, b->n * elsize);
		a->n += b->n;
	}
	a->rows += b->rows;
	return a;
}

static bytea *
FitSerialize(FitState *s, uint8 kind)
{
	StringInfoData buf;
	int64		i;
	size_t		elsize = FitEntrySize(s->pairs);
	int			k = (int) (elsize / sizeof(double));

	FitCompact(s);
	ca_ser_begin(&buf, kind);
	pq_sendint64(&buf, s->rows);
	pq_sendfloat8(&buf, s->penalizer);
	pq_sendint64(&buf, s->n);
	enlargeStringInfo(&buf, s->n * elsize);
	for (i = 0; i < s->n; i++)
	{
		const double *d = (const double *) ((const char *) s->v + i * elsize);
		int			j;

		for (j = 0; j < k; j++)
			pq_sendfloat8(&buf, d[j]);
	}
	return ca_ser_end(&buf);
}

/*
 * One entry of a deserialized fit state must be one the transition functions
 * make: finite, in range, a whole weight.  ln(m) of a Gamma-Gamma entry is
 * computed again, not trusted.  A forged or corrupted state is refused instead
 * of fitted, and sorting and merging its entries is then exact, so that
 * serializing it again gives the same bytes.
 */
#define FIT_MAX_WEIGHT 9007199254740992.0	/* 2^53: whole weights add exactly */

static bool
FitEntryValid(double *d, bool pairs)
{
	int			k = (int) (FitEntrySize(pairs) / sizeof(double));
	int			j;
	double		w = d[k - 1];

	for (j = 0; j < k; j++)
		if (!isfinite(d[j]))
			return false;
	if (!(w >= 1.0 && w == floor(w) && w <= FIT_MAX_WEIGHT))
		return false;
	if (!pairs)
	{
		BtydTriple *t = (BtydTriple *) d;

		t->x += 0.0;			/* -0 as +0, as the transition stores it */
		t->tx += 0.0;
		t->T += 0.0;
		return t->x >= 0 && t->x == floor(t->x) && t->tx >= 0 && t->tx <= t->T &&
			!(t->x == 0 && t->tx > 0);
	}
	else
	{
		BtydPair   *p = (BtydPair *) d;

		if (!(p->x >= 1 && p->x == floor(p->x) && p->m > 0))
			return false;
		p->lm = log(p->m);
		return true;
	}
}

static FitState *
FitDeserialize(FunctionCallInfo fcinfo, uint8 kind, const char *what)
{
	bool		pairs = (kind == CA_KIND_GG_FIT);
	size_t		elsize = FitEntrySize(pairs);
	MemoryContext cxt = ca_deser_context(fcinfo, what);
	StringInfoData buf;
	FitState   *s;
	int64		rows,
				n,
				i;
	double		pen,
				weights = 0.0;
	int			k = (int) (elsize / sizeof(double));

	ca_deser_begin(&buf, PG_GETARG_BYTEA_PP(0), kind, what);
	ca_deser_check_count(&buf, 3, sizeof(int64), what);
	rows = pq_getmsgint64(&buf);
	pen = pq_getmsgfloat8(&buf);
	n = pq_getmsgint64(&buf);
	if (rows < 0 || n < 0 || n > rows || n > FitMaxEntries(elsize) || !(pen >= 0))
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("serialized %s state has invalid counts", what)));
	ca_deser_check_count(&buf, n, elsize, what);
	s = FitStateNew(cxt, pairs, pen);
	s->rows = rows;
	if (n > 0)
	{
		FitReserve(s, cxt, n);
		for (i = 0; i < n; i++)
		{
			double	   *d = (double *) ((char *) s->v + i * elsize);
			int			j;

			for (j = 0; j < k; j++)
				d[j] = pq_getmsgfloat8(&buf);
			if (!FitEntryValid(d, pairs))
				ereport(ERROR,
						(errcode(ERRCODE_DATA_CORRUPTED),
						 errmsg("serialized %s state has an invalid entry", what)));
			weights += d[k - 1];
		}
		s->n = n;
	}
	/* every row accumulated is in exactly one entry's weight */
	if (weights != (double) rows)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("serialized %s state has invalid counts", what)));
	ca_deser_end(&buf, what);
	return s;
}

/* ====================================================================
 * What both fitted model types end with, and the fit itself
 * ==================================================================== */

typedef struct BtydFitInfo
{
	double		log_likelihood;
	int64		customers;
	int32		iterations;
	bool		converged;
	char		pad[3];
} BtydFitInfo;

typedef BtydStatus (*BtydFitFn) (const void *v, size_t n, double penalizer,
								 BtydInterruptFn interrupt, BtydFitResult *res);

static void FitFailed(const char *fname, const BtydFitResult *res);
static void WarnNotConverged(const char *fname, const BtydFitResult *res);

/*
 * Fit nparam parameters to the (compacted) state: every parameter must come
 * out positive and finite and the log-likelihood finite, or it is an error;
 * not converging is a warning.  Leaves the state valid for another call.
 */
static void
FitRun(FitState *s, BtydFitFn fit, int nparam, const char *fname,
	   double *param, BtydFitInfo *info)
{
	BtydFitResult res;
	int			i;

	FitCompact(s);
	(void) fit(s->v, (size_t) s->n, s->penalizer, BtydInterrupt, &res);
	for (i = 0; i < nparam; i++)
		if (!isfinite(res.param[i]) || !(res.param[i] > 0))
			FitFailed(fname, &res);
	if (!isfinite(res.loglik))
		FitFailed(fname, &res);
	if (!res.converged)
		WarnNotConverged(fname, &res);
	memcpy(param, res.param, nparam * sizeof(double));
	info->log_likelihood = res.loglik;
	info->customers = s->rows;
	info->iterations = res.iterations;
	info->converged = res.converged;
}

/* the info fields as the last four columns of a params record */
static void
FitInfoValues(Datum *values, const BtydFitInfo *info)
{
	values[0] = Float8GetDatum(info->log_likelihood);
	values[1] = Int64GetDatum(info->customers);
	values[2] = Int32GetDatum(info->iterations);
	values[3] = BoolGetDatum(info->converged);
}

/* ====================================================================
 * bgnbd_model
 * ==================================================================== */

typedef struct BgnbdModel
{
	double		r;
	double		alpha;
	double		a;
	double		b;
	BtydFitInfo info;
} BgnbdModel;

StaticAssertDecl(sizeof(BgnbdModel) == 56, "bgnbd_model INTERNALLENGTH is 56");

#define PG_GETARG_BGNBD(n)	((BgnbdModel *) PG_GETARG_POINTER(n))

static double
ParsePositive(CaParser *ps, const char *key, bool first)
{
	const char *at;
	double		v;

	if (!first)
		ca_parse_expect(ps, ',');
	ca_parse_key(ps, key);
	ca_parse_skip_space(ps);
	at = ps->p;
	v = ca_parse_double(ps);
	if (!(v > 0))
	{
		ps->p = at;
		ca_parse_error(ps, "a positive number");
	}
	return v;
}

static void
ParseTail(CaParser *ps, BtydFitInfo *info)
{
	ca_parse_expect(ps, ',');
	ca_parse_key(ps, "log_likelihood");
	info->log_likelihood = ca_parse_double(ps);
	ca_parse_expect(ps, ',');
	ca_parse_key(ps, "customers");
	info->customers = ca_parse_int(ps, 0, PG_INT64_MAX);
	ca_parse_expect(ps, ',');
	ca_parse_key(ps, "iterations");
	info->iterations = (int32) ca_parse_int(ps, 0, PG_INT32_MAX);
	ca_parse_expect(ps, ',');
	ca_parse_key(ps, "converged");
	info->converged = ca_parse_bool(ps);
	ca_parse_expect(ps, ')');
	ca_parse_end(ps);
}

static void
AppendKey(StringInfo buf, const char *key, double v, bool first)
{
	if (!first)
		appendStringInfoString(buf, ", ");
	appendStringInfo(buf, "%s=", key);
	ca_append_double(buf, v);
}

static void
AppendTail(StringInfo buf, const BtydFitInfo *info)
{
	AppendKey(buf, "log_likelihood", info->log_likelihood, false);
	appendStringInfo(buf, ", customers=" INT64_FORMAT ", iterations=%d, converged=%s)",
					 info->customers, info->iterations, info->converged ? "true" : "false");
}

/* text input of bgnbd_model */
PG_FUNCTION_INFO_V1(bgnbd_model_in);
Datum
bgnbd_model_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	BgnbdModel *m = palloc0(sizeof(BgnbdModel));
	CaParser	ps;

	ca_parser_init(&ps, "bgnbd_model", str);
	ca_parse_expect(&ps, '(');
	m->r = ParsePositive(&ps, "r", true);
	m->alpha = ParsePositive(&ps, "alpha", false);
	m->a = ParsePositive(&ps, "a", false);
	m->b = ParsePositive(&ps, "b", false);
	ParseTail(&ps, &m->info);
	PG_RETURN_POINTER(m);
}

/* text output of bgnbd_model: reads back identical */
PG_FUNCTION_INFO_V1(bgnbd_model_out);
Datum
bgnbd_model_out(PG_FUNCTION_ARGS)
{
	BgnbdModel *m = PG_GETARG_BGNBD(0);
	StringInfoData buf;

	initStringInfo(&buf);
	appendStringInfoChar(&buf, '(');
	AppendKey(&buf, "r", m->r, true);
	AppendKey(&buf, "alpha", m->alpha, false);
	AppendKey(&buf, "a", m->a, false);
	AppendKey(&buf, "b", m->b, false);
	AppendTail(&buf, &m->info);
	PG_RETURN_CSTRING(buf.data);
}

/* transition of bgnbd_fit(frequency, recency, t [, penalizer]) */
PG_FUNCTION_INFO_V1(bgnbd_fit_accum);
Datum
bgnbd_fit_accum(PG_FUNCTION_ARGS)
{
	MemoryContext cxt = ca_agg_context(fcinfo, "bgnbd_fit_accum");
	FitState   *s = PG_ARGISNULL(0) ? NULL : (FitState *) PG_GETARG_POINTER(0);
	double		x,
				tx,
				T,
				pen = 0.0;
	BtydTriple *e;

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2) || PG_ARGISNULL(3))
		PG_RETURN_POINTER(s);
	x = PG_GETARG_FLOAT8(1);
	tx = PG_GETARG_FLOAT8(2);
	T = PG_GETARG_FLOAT8(3);
	CheckRfm(x, tx, T);
	if (PG_NARGS() > 4)
		pen = CheckPenalizer(fcinfo, 4);
	if (s == NULL)
		s = FitStateNew(cxt, false, pen);
	else
		FitCheckPenalizer(s, pen);
	if (unlikely(s->n >= s->cap))
		FitReserve(s, cxt, 1);
	e = &((BtydTriple *) s->v)[s->n++];
	e->x = x + 0.0;				/* -0 as +0: merged entries do not depend on order */
	e->tx = tx + 0.0;
	e->T = T + 0.0;
	e->w = 1.0;
	s->rows++;
	PG_RETURN_POINTER(s);
}

PG_FUNCTION_INFO_V1(bgnbd_fit_combine);
Datum
bgnbd_fit_combine(PG_FUNCTION_ARGS)
{
	FitState   *s = FitCombine(fcinfo, "bgnbd_fit_combine");

	if (s == NULL)
		PG_RETURN_NULL();
	PG_RETURN_POINTER(s);
}

PG_FUNCTION_INFO_V1(bgnbd_fit_serialize);
Datum
bgnbd_fit_serialize(PG_FUNCTION_ARGS)
{
	ca_agg_context(fcinfo, "bgnbd_fit_serialize");
	PG_RETURN_BYTEA_P(FitSerialize((FitState *) PG_GETARG_POINTER(0), CA_KIND_BGNBD_FIT));
}

PG_FUNCTION_INFO_V1(bgnbd_fit_deserialize);
Datum
bgnbd_fit_deserialize(PG_FUNCTION_ARGS)
{
	PG_RETURN_POINTER(FitDeserialize(fcinfo, CA_KIND_BGNBD_FIT, "bgnbd_fit"));
}

static BtydStatus
BgnbdFitV(const void *v, size_t n, double penalizer, BtydInterruptFn interrupt, BtydFitResult *res)
{
	return bgnbd_fit(v, n, penalizer, interrupt, res);
}

static BtydStatus
GgFitV(const void *v, size_t n, double penalizer, BtydInterruptFn interrupt, BtydFitResult *res)
{
	return gg_fit(v, n, penalizer, interrupt, res);
}

static void
FitFailed(const char *fname, const BtydFitResult *res)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("%s could not evaluate the likelihood", fname),
			 errdetail("The optimizer stopped at a point where the log-likelihood is %g.", res->loglik),
			 errhint("Check the data, or add a penalizer.")));
}

static void
WarnNotConverged(const char *fname, const BtydFitResult *res)
{
	ereport(WARNING,
			(errcode(ERRCODE_WARNING),
			 errmsg("%s did not converge", fname),
			 errdetail("After %d iterations the largest gradient component is %g; the model is returned with converged = false.",
					   res->iterations, res->gradnorm),
			 errhint("The maximum likelihood estimate may not exist for these data (e.g. too few repeat buyers); a penalizer makes it exist.")));
}

PG_FUNCTION_INFO_V1(bgnbd_fit_final);
Datum
bgnbd_fit_final(PG_FUNCTION_ARGS)
{
	FitState   *s = PG_ARGISNULL(0) ? NULL : (FitState *) PG_GETARG_POINTER(0);
	BgnbdModel *m;
	double		par[4];

	if (s == NULL || s->rows == 0)
		PG_RETURN_NULL();
	m = palloc0(sizeof(BgnbdModel));
	FitRun(s, BgnbdFitV, 4, "bgnbd_fit", par, &m->info);
	m->r = par[0];
	m->alpha = par[1];
	m->a = par[2];
	m->b = par[3];
	PG_RETURN_POINTER(m);
}

/* bgnbd_params(model): the model's fields as a record */
PG_FUNCTION_INFO_V1(bgnbd_params);
Datum
bgnbd_params(PG_FUNCTION_ARGS)
{
	BgnbdModel *m = PG_GETARG_BGNBD(0);
	Datum		values[8];
	bool		nulls[8] = {0};

	values[0] = Float8GetDatum(m->r);
	values[1] = Float8GetDatum(m->alpha);
	values[2] = Float8GetDatum(m->a);
	values[3] = Float8GetDatum(m->b);
	FitInfoValues(&values[4], &m->info);
	PG_RETURN_DATUM(ca_make_tuple(fcinfo, values, nulls));
}

static inline void
BgnbdPar(const BgnbdModel *m, double *par)
{
	par[0] = m->r;
	par[1] = m->alpha;
	par[2] = m->a;
	par[3] = m->b;
}

/* bgnbd_p_alive(model, frequency, recency, t) */
PG_FUNCTION_INFO_V1(bgnbd_p_alive_sql);
Datum
bgnbd_p_alive_sql(PG_FUNCTION_ARGS)
{
	BgnbdModel *m = PG_GETARG_BGNBD(0);
	double		x = PG_GETARG_FLOAT8(1),
				tx = PG_GETARG_FLOAT8(2),
				T = PG_GETARG_FLOAT8(3);
	double		par[4];

	CheckRfm(x, tx, T);
	BgnbdPar(m, par);
	PG_RETURN_FLOAT8(bgnbd_p_alive(par, x, tx, T));
}

/* bgnbd_expected_purchases(model, horizon, frequency, recency, t) */
PG_FUNCTION_INFO_V1(bgnbd_expected_purchases);
Datum
bgnbd_expected_purchases(PG_FUNCTION_ARGS)
{
	BgnbdModel *m = PG_GETARG_BGNBD(0);
	double		h = PG_GETARG_FLOAT8(1),
				x = PG_GETARG_FLOAT8(2),
				tx = PG_GETARG_FLOAT8(3),
				T = PG_GETARG_FLOAT8(4);
	double		par[4],
				out;

	CheckHorizon(h, "horizon");
	CheckRfm(x, tx, T);
	BgnbdPar(m, par);
	ReportStatus(bgnbd_expected(par, h, x, tx, T, &out), "bgnbd_expected_purchases");
	PG_RETURN_FLOAT8(out);
}

/* bgnbd_unconditional(model, horizon) */
PG_FUNCTION_INFO_V1(bgnbd_unconditional);
Datum
bgnbd_unconditional(PG_FUNCTION_ARGS)
{
	BgnbdModel *m = PG_GETARG_BGNBD(0);
	double		h = PG_GETARG_FLOAT8(1);
	double		par[4],
				out;

	CheckHorizon(h, "horizon");
	BgnbdPar(m, par);
	ReportStatus(bgnbd_expected(par, h, 0.0, 0.0, 0.0, &out), "bgnbd_unconditional");
	PG_RETURN_FLOAT8(out);
}

/* ====================================================================
 * gamma_gamma_model
 * ==================================================================== */

typedef struct GgModel
{
	double		p;
	double		q;
	double		v;
	BtydFitInfo info;
} GgModel;

StaticAssertDecl(sizeof(GgModel) == 48, "gamma_gamma_model INTERNALLENGTH is 48");

#define PG_GETARG_GG(n)	((GgModel *) PG_GETARG_POINTER(n))

/* text input of gamma_gamma_model */
PG_FUNCTION_INFO_V1(gamma_gamma_model_in);
Datum
gamma_gamma_model_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	GgModel    *m = palloc0(sizeof(GgModel));
	CaParser	ps;

	ca_parser_init(&ps, "gamma_gamma_model", str);
	ca_parse_expect(&ps, '(');
	m->p = ParsePositive(&ps, "p", true);
	m->q = ParsePositive(&ps, "q", false);
	m->v = ParsePositive(&ps, "v", false);
	ParseTail(&ps, &m->info);
	PG_RETURN_POINTER(m);
}

/* text output of gamma_gamma_model: reads back identical */
PG_FUNCTION_INFO_V1(gamma_gamma_model_out);
Datum
gamma_gamma_model_out(PG_FUNCTION_ARGS)
{
	GgModel    *m = PG_GETARG_GG(0);
	StringInfoData buf;

	initStringInfo(&buf);
	appendStringInfoChar(&buf, '(');
	AppendKey(&buf, "p", m->p, true);
	AppendKey(&buf, "q", m->q, false);
	AppendKey(&buf, "v", m->v, false);
	AppendTail(&buf, &m->info);
	PG_RETURN_CSTRING(buf.data);
}

/* transition of gamma_gamma_fit(frequency, monetary_value [, penalizer]) */
PG_FUNCTION_INFO_V1(gamma_gamma_fit_accum);
Datum
gamma_gamma_fit_accum(PG_FUNCTION_ARGS)
{
	MemoryContext cxt = ca_agg_context(fcinfo, "gamma_gamma_fit_accum");
	FitState   *s = PG_ARGISNULL(0) ? NULL : (FitState *) PG_GETARG_POINTER(0);
	double		x,
				mv,
				pen = 0.0;
	BtydPair   *e;

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
		PG_RETURN_POINTER(s);
	x = PG_GETARG_FLOAT8(1);
	mv = PG_GETARG_FLOAT8(2);
	ca_check_nonnegative(x, "frequency");
	if (x != floor(x))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("frequency must be a whole number"),
				 errdetail("The value given was %g.", x)));
	ca_check_finite(mv, "monetary_value");
	if (PG_NARGS() > 3)
		pen = CheckPenalizer(fcinfo, 3);
	if (s == NULL)
		s = FitStateNew(cxt, true, pen);
	else
		FitCheckPenalizer(s, pen);
	if (x == 0)
		PG_RETURN_POINTER(s);	/* one-time buyers carry no spend information */
	if (!(mv > 0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("monetary_value must be positive for a repeat buyer"),
				 errdetail("frequency was %g and monetary_value %g.", x, mv),
				 errhint("The Gamma-Gamma model needs positive spend; filter out zero or negative values.")));
	if (unlikely(s->n >= s->cap))
		FitReserve(s, cxt, 1);
	e = &((BtydPair *) s->v)[s->n++];
	e->x = x;
	e->m = mv;
	e->lm = log(mv);
	e->w = 1.0;
	s->rows++;
	PG_RETURN_POINTER(s);
}

PG_FUNCTION_INFO_V1(gamma_gamma_fit_combine);
Datum
gamma_gamma_fit_combine(PG_FUNCTION_ARGS)
{
	FitState   *s = FitCombine(fcinfo, "gamma_gamma_fit_combine");

	if (s == NULL)
		PG_RETURN_NULL();
	PG_RETURN_POINTER(s);
}

PG_FUNCTION_INFO_V1(gamma_gamma_fit_serialize);
Datum
gamma_gamma_fit_serialize(PG_FUNCTION_ARGS)
{
	ca_agg_context(fcinfo, "gamma_gamma_fit_serialize");
	PG_RETURN_BYTEA_P(FitSerialize((FitState *) PG_GETARG_POINTER(0), CA_KIND_GG_FIT));
}

PG_FUNCTION_INFO_V1(gamma_gamma_fit_deserialize);
Datum
gamma_gamma_fit_deserialize(PG_FUNCTION_ARGS)
{
	PG_RETURN_POINTER(FitDeserialize(fcinfo, CA_KIND_GG_FIT, "gamma_gamma_fit"));
}

PG_FUNCTION_INFO_V1(gamma_gamma_fit_final);
Datum
gamma_gamma_fit_final(PG_FUNCTION_ARGS)
{
	FitState   *s = PG_ARGISNULL(0) ? NULL : (FitState *) PG_GETARG_POINTER(0);
	GgModel    *m;
	double		par[3];

	if (s == NULL || s->rows == 0)
		PG_RETURN_NULL();
	m = palloc0(sizeof(GgModel));
	FitRun(s, GgFitV, 3, "gamma_gamma_fit", par, &m->info);
	m->p = par[0];
	m->q = par[1];
	m->v = par[2];
	PG_RETURN_POINTER(m);
}

/* gamma_gamma_params(model): the model's fields as a record */
PG_FUNCTION_INFO_V1(gamma_gamma_params);
Datum
gamma_gamma_params(PG_FUNCTION_ARGS)
{
	GgModel    *m = PG_GETARG_GG(0);
	Datum		values[7];
	bool		nulls[7] = {0};

	values[0] = Float8GetDatum(m->p);
	values[1] = Float8GetDatum(m->q);
	values[2] = Float8GetDatum(m->v);
	FitInfoValues(&values[3], &m->info);
	PG_RETURN_DATUM(ca_make_tuple(fcinfo, values, nulls));
}

static double
GgSpend(const GgModel *m, double x, double mv)
{
	double		par[3] = {m->p, m->q, m->v};
	double		out;

	ca_check_nonnegative(x, "frequency");
	if (x != floor(x))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("frequency must be a whole number"),
				 errdetail("The value given was %g.", x)));
	ca_check_nonnegative(mv, "monetary_value");
	if (gg_expected_spend(par, x, mv, &out) != BTYD_OK)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("the expected spend is infinite for this gamma_gamma_model"),
				 errdetail("p * frequency + q - 1 = %g is not positive.", m->p * x + m->q - 1.0),
				 errhint("A model with q <= 1 has no finite mean spend for customers without repeat purchases.")));
	return out;
}

/* gamma_gamma_expected_spend(model, frequency, monetary_value) */
PG_FUNCTION_INFO_V1(gamma_gamma_expected_spend);
Datum
gamma_gamma_expected_spend(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT8(GgSpend(PG_GETARG_GG(0), PG_GETARG_FLOAT8(1), PG_GETARG_FLOAT8(2)));
}

/*
 * customer_lifetime_value(bgnbd, gamma_gamma, frequency, recency, t,
 *   monetary_value, months, monthly_discount, periods_per_month): as
 * lifetimes' _customer_lifetime_value, sum over months i = 1..months of
 *   (E[Y(i ppm)] - E[Y((i-1) ppm)]) * E[spend] / (1 + d)^i
 */
PG_FUNCTION_INFO_V1(customer_lifetime_value);
Datum
customer_lifetime_value(PG_FUNCTION_ARGS)
{
	BgnbdModel *bg = PG_GETARG_BGNBD(0);
	GgModel    *gg = PG_GETARG_GG(1);
	double		x = PG_GETARG_FLOAT8(2),
				tx = PG_GETARG_FLOAT8(3),
				T = PG_GETARG_FLOAT8(4),
				mv = PG_GETARG_FLOAT8(5);
	int32		months = PG_GETARG_INT32(6);
	double		d = PG_GETARG_FLOAT8(7),
				ppm = PG_GETARG_FLOAT8(8);
	double		par[4],
				spend,
				prev = 0.0,
				clv = 0.0;
	int32		i;

	CheckRfm(x, tx, T);
	if (months < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("months must not be negative"),
				 errdetail("The value given was %d.", months)));
	ca_check_nonnegative(d, "monthly_discount");
	ca_check_finite(ppm, "periods_per_month");
	if (!(ppm > 0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("periods_per_month must be positive"),
				 errdetail("The value given was %g.", ppm),
				 errhint("Use 30 for a model fitted in days, 4.345 for weeks, 1 for months.")));
	spend = GgSpend(gg, x, mv);
	BgnbdPar(bg, par);
	for (i = 1; i <= months; i++)
	{
		double		cur;

		CHECK_FOR_INTERRUPTS();
		ReportStatus(bgnbd_expected(par, (double) i * ppm, x, tx, T, &cur), "customer_lifetime_value");
		clv += spend * (cur - prev) / pow(1.0 + d, (double) i);
		prev = cur;
	}
	PG_RETURN_FLOAT8(clv);
}
