/*-------------------------------------------------------------------------
 * churn.c
 *	  Rule-based churn signals (流失预警):
 *
 *	  churn_signals(ts, amount, as_of [, gap_factor, aov_drop, recent_orders])
 *		per-customer aggregate: inter-purchase gap and average-order-value rules
 *	  activity_drop(ts, value, as_of, period [, drop])
 *		aggregate: sum of a behaviour metric in the last period vs the one before
 *	  churn_flag(last_seen, as_of, inactive)
 *		scalar: no activity for at least `inactive`
 *
 *	  churn_signals keeps one 16-byte CaEvent per order: the amount in
 *	  micro-units (int64, split across mask/aux, so the sort-once order is
 *	  (ts, amount)).  Integer amounts keep the sums exact, so a drop of
 *	  exactly 30% on decimal prices is a drop of exactly 30%, whatever the
 *	  row order or plan.  activity_drop keeps two exact running sums
 *	  of micro-units.
 *	  Definitions of every field are in docs/reference/churn.md.
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "common.h"
#include "common/int.h"
#include "libpq/pqformat.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/timestamp.h"

/* ---------- shared checks (candidates for common.c) ---------- */

/* A required argument of a non-strict function must not be NULL. */
static inline void
ChurnCheckNotNull(FunctionCallInfo fcinfo, int argno, const char *what)
{
	if (PG_ARGISNULL(argno))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("%s must not be NULL", what)));
}

/* A per-group constant argument must be identical on every row. */
static inline void
ChurnCheckSameTs(TimestampTz have, TimestampTz got, const char *what)
{
	if (have != got)
	{
		/* timestamptz_to_str returns a static buffer: copy the first one */
		char	   *have_str = pstrdup(timestamptz_to_str(have));

		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must be the same in every row of a group", what),
				 errdetail("One row has %s, another has %s.",
						   have_str, timestamptz_to_str(got)),
				 errhint("Pass a constant, or a value computed once per query.")));
	}
}

static inline void
ChurnCheckSameNumber(double have, double got, const char *what)
{
	/* bitwise-equal is what "the same" means for a parameter */
	if (memcmp(&have, &got, sizeof(double)) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must be the same in every row of a group", what),
				 errdetail("One row has %g, another has %g.", have, got),
				 errhint("Pass a constant, or a value computed once per query.")));
}

/* later - earlier in microseconds, also when the difference overflows int64 */
static inline double
ChurnUsecBetween(int64 earlier, int64 later)
{
	int64		d;

	if (pg_sub_s64_overflow(later, earlier, &d))
		return (double) later - (double) earlier;
	return (double) d;
}

/* ---------- churn_signals ---------- */

#define CHURN_DEFAULT_GAP_FACTOR	2.0
#define CHURN_DEFAULT_AOV_DROP		0.3
#define CHURN_DEFAULT_RECENT		3

typedef struct ChurnState
{
	TimestampTz as_of;
	double		gap_factor;
	double		aov_drop;
	int32		recent_orders;
	CaEventBuf	orders;			/* ts <= as_of only; micro-amount in mask/aux */
} ChurnState;

#define CHURN_NFIELDS	11

/*
 * Amounts are kept as integer micro-units (1e-6 of the currency unit),
 * rounded from the float8 value: exact for every amount with up to 6
 * decimals below 1e9 (the float8 error times 1e6 stays far below 0.5), and
 * sums of them stay exact in a double up to 2^53 micro-units (9e9 units).
 */
#define CHURN_MICRO			1000000.0
#define CHURN_MAX_AMOUNT	1e12

/*
 * A non-negative value in micro-units; what names it in the error, per what
 * one value is (an "order" for churn_signals, a "row" for activity_drop).
 */
static inline int64
ChurnToMicro(double value, const char *what, const char *per)
{
	if (value > CHURN_MAX_AMOUNT)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("%s is out of range", what),
				 errdetail("The value given was %g; one %s may be at most 1e12.", value, per)));
	return (int64) llround(value * CHURN_MICRO);
}

static inline int64
ChurnMicro(const CaEvent *e)
{
	return (int64) (((uint64) e->mask << 32) | (uint64) e->aux);
}

static inline void
ChurnCheckParams(double gap_factor, double aov_drop, int32 recent_orders)
{
	if (isnan(gap_factor) || isinf(gap_factor) || gap_factor <= 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("gap_factor must be a finite number greater than 0"),
				 errdetail("The value given was %g.", gap_factor)));
	if (isnan(aov_drop) || !(aov_drop > 0 && aov_drop < 1))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("aov_drop must be between 0 and 1 exclusive"),
				 errdetail("The value given was %g.", aov_drop),
				 errhint("0.3 flags a drop of the average order value by 30%% or more.")));
	if (recent_orders < 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("recent_orders must be at least 1"),
				 errdetail("The value given was %d.", recent_orders)));
}

static inline void
ChurnCheckSameRecent(int32 have, int32 got)
{
	if (have != got)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("recent_orders must be the same in every row of a group"),
				 errdetail("One row has %d, another has %d.", have, got),
				 errhint("Pass a constant, or a value computed once per query.")));
}

#ifdef USE_ASSERT_CHECKING
static void
ChurnAssertCheckState(const ChurnState *st)
{
	Assert(st->orders.n >= 0 && st->orders.n <= st->orders.cap);
	Assert(st->recent_orders >= 1);
	Assert(st->gap_factor > 0 && st->aov_drop > 0 && st->aov_drop < 1);
}
#else
#define ChurnAssertCheckState(st) ((void) 0)
#endif

/* transition function for every arity of churn_signals (3 to 6 arguments) */
PG_FUNCTION_INFO_V1(churn_signals_accum);
Datum
churn_signals_accum(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt = ca_agg_context(fcinfo, "churn_signals_accum");
	ChurnState *st = PG_ARGISNULL(0) ? NULL : (ChurnState *) PG_GETARG_POINTER(0);
	int			nargs = PG_NARGS();
	TimestampTz ts;
	TimestampTz as_of;
	double		amount;
	int64		micro;
	double		gap_factor = CHURN_DEFAULT_GAP_FACTOR;
	double		aov_drop = CHURN_DEFAULT_AOV_DROP;
	int32		recent = CHURN_DEFAULT_RECENT;

	/* rows without an order time or amount are skipped, like built-ins */
	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
	{
		if (st == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(st);
	}
	ChurnCheckNotNull(fcinfo, 3, "as_of");
	ts = PG_GETARG_TIMESTAMPTZ(1);
	as_of = PG_GETARG_TIMESTAMPTZ(3);
	ca_check_finite_ts(ts, "order time");
	ca_check_finite_ts(as_of, "as_of");
	if (nargs > 4)
	{
		ChurnCheckNotNull(fcinfo, 4, "gap_factor");
		gap_factor = PG_GETARG_FLOAT8(4);
	}
	if (nargs > 5)
	{
		ChurnCheckNotNull(fcinfo, 5, "aov_drop");
		aov_drop = PG_GETARG_FLOAT8(5);
	}
	if (nargs > 6)
	{
		ChurnCheckNotNull(fcinfo, 6, "recent_orders");
		recent = PG_GETARG_INT32(6);
	}

	if (st == NULL)
	{
		ChurnCheckParams(gap_factor, aov_drop, recent);
		st = (ChurnState *) MemoryContextAlloc(aggcxt, sizeof(ChurnState));
		st->as_of = as_of;
		st->gap_factor = gap_factor;
		st->aov_drop = aov_drop;
		st->recent_orders = recent;
		ca_evbuf_init(&st->orders, CA_EVBUF_FIRST_ORDERS);
	}
	else
	{
		ChurnCheckSameTs(st->as_of, as_of, "as_of");
		ChurnCheckSameNumber(st->gap_factor, gap_factor, "gap_factor");
		ChurnCheckSameNumber(st->aov_drop, aov_drop, "aov_drop");
		ChurnCheckSameRecent(st->recent_orders, recent);
	}

	amount = ca_numeric_to_double(PG_GETARG_NUMERIC(2), "amount");
	ca_check_nonnegative(amount, "amount");
	micro = ChurnToMicro(amount, "amount", "order");

	if (ts <= as_of)
		ca_evbuf_push(&st->orders, aggcxt, ts, (uint32) ((uint64) micro >> 32), (uint32) micro);
	ChurnAssertCheckState(st);
	PG_RETURN_POINTER(st);
}

static ChurnState *
ChurnCopy(const ChurnState *src, MemoryContext cxt)
{
	ChurnState *st = (ChurnState *) MemoryContextAlloc(cxt, sizeof(ChurnState));

	*st = *src;
	ca_evbuf_init(&st->orders, CA_EVBUF_FIRST_ORDERS);
	ca_evbuf_concat(&st->orders, cxt, src->orders.ev, src->orders.n);
	st->orders.sorted = src->orders.sorted;
	return st;
}

/* combine function */
PG_FUNCTION_INFO_V1(churn_signals_combine);
Datum
churn_signals_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt = ca_agg_context(fcinfo, "churn_signals_combine");
	ChurnState *a = PG_ARGISNULL(0) ? NULL : (ChurnState *) PG_GETARG_POINTER(0);
	ChurnState *b = PG_ARGISNULL(1) ? NULL : (ChurnState *) PG_GETARG_POINTER(1);

	if (b == NULL)
	{
		if (a == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(a);
	}
	if (a == NULL)
		PG_RETURN_POINTER(ChurnCopy(b, aggcxt));

	ChurnCheckSameTs(a->as_of, b->as_of, "as_of");
	ChurnCheckSameNumber(a->gap_factor, b->gap_factor, "gap_factor");
	ChurnCheckSameNumber(a->aov_drop, b->aov_drop, "aov_drop");
	ChurnCheckSameRecent(a->recent_orders, b->recent_orders);
	ca_evbuf_concat(&a->orders, aggcxt, b->orders.ev, b->orders.n);
	ChurnAssertCheckState(a);
	PG_RETURN_POINTER(a);
}

/* serial function */
PG_FUNCTION_INFO_V1(churn_signals_serialize);
Datum
churn_signals_serialize(PG_FUNCTION_ARGS)
{
	ChurnState *st = (ChurnState *) PG_GETARG_POINTER(0);
	StringInfoData buf;

	ca_ser_begin(&buf, CA_KIND_CHURN);
	pq_sendint64(&buf, st->as_of);
	pq_sendfloat8(&buf, st->gap_factor);
	pq_sendfloat8(&buf, st->aov_drop);
	pq_sendint32(&buf, st->recent_orders);
	ca_evbuf_serialize(&buf, &st->orders);
	PG_RETURN_BYTEA_P(ca_ser_end(&buf));
}

/* deserial function */
PG_FUNCTION_INFO_V1(churn_signals_deserialize);
Datum
churn_signals_deserialize(PG_FUNCTION_ARGS)
{
	MemoryContext cxt = ca_deser_context(fcinfo, "churn_signals_deserialize");
	bytea	   *b = PG_GETARG_BYTEA_PP(0);
	StringInfoData buf;
	ChurnState *st;
	int64		i;

	ca_deser_begin(&buf, b, CA_KIND_CHURN, "churn_signals");
	ca_deser_check_count(&buf, 1, 8 + 8 + 8 + 4, "churn_signals");
	st = (ChurnState *) MemoryContextAlloc(cxt, sizeof(ChurnState));
	st->as_of = pq_getmsgint64(&buf);
	st->gap_factor = pq_getmsgfloat8(&buf);
	st->aov_drop = pq_getmsgfloat8(&buf);
	st->recent_orders = (int32) pq_getmsgint(&buf, 4);
	if (TIMESTAMP_NOT_FINITE(st->as_of) || isnan(st->gap_factor) || isinf(st->gap_factor) ||
		st->gap_factor <= 0 || isnan(st->aov_drop) || !(st->aov_drop > 0 && st->aov_drop < 1) ||
		st->recent_orders < 1)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("serialized churn_signals state has invalid parameters")));
	ca_evbuf_deserialize(&buf, &st->orders, cxt);
	ca_deser_end(&buf, "churn_signals");
	for (i = 0; i < st->orders.n; i++)
	{
		int64		micro = ChurnMicro(&st->orders.ev[i]);

		if (st->orders.ev[i].ts > st->as_of || micro < 0 ||
			micro > (int64) (CHURN_MAX_AMOUNT * CHURN_MICRO))
			ereport(ERROR,
					(errcode(ERRCODE_DATA_CORRUPTED),
					 errmsg("serialized churn_signals state holds an invalid order")));
	}
	ChurnAssertCheckState(st);
	PG_RETURN_POINTER(st);
}

/* final function: sorts the orders in place (idempotent) and applies the rules */
PG_FUNCTION_INFO_V1(churn_signals_final);
Datum
churn_signals_final(PG_FUNCTION_ARGS)
{
	ChurnState *st = PG_ARGISNULL(0) ? NULL : (ChurnState *) PG_GETARG_POINTER(0);
	Datum		values[CHURN_NFIELDS];
	bool		nulls[CHURN_NFIELDS];
	int64		n = st ? st->orders.n : 0;
	bool		overdue = false;
	bool		aov_dropped = false;
	double		gap_ratio = 0;
	bool		have_gap_ratio = false;
	const char *risk;

	memset(nulls, true, sizeof(nulls));
	values[0] = Int64GetDatum(n);
	nulls[0] = false;

	if (n > 0)
	{
		const CaEvent *ev;
		double		since_usec;
		double		span_usec;
		int64		k,
					m,
					i;
		double		sum_recent = 0;
		double		sum_history = 0;

		ca_evbuf_sort(&st->orders);
		ev = st->orders.ev;
		since_usec = ChurnUsecBetween(ev[n - 1].ts, st->as_of);
		span_usec = ChurnUsecBetween(ev[0].ts, ev[n - 1].ts);

		values[1] = TimestampTzGetDatum(ev[n - 1].ts);
		nulls[1] = false;
		values[2] = Float8GetDatum(since_usec / (double) USECS_PER_DAY);
		nulls[2] = false;

		/*
		 * mean gap = span / (n - 1); the ratio is computed as one division of
		 * (nearly always exact) products, so a ratio of exactly 2 is 2.
		 */
		if (n >= 2)
		{
			values[3] = Float8GetDatum(span_usec / ((double) (n - 1) * (double) USECS_PER_DAY));
			nulls[3] = false;
			if (span_usec > 0)
			{
				gap_ratio = since_usec * (double) (n - 1) / span_usec;
				have_gap_ratio = true;
				values[4] = Float8GetDatum(gap_ratio);
				nulls[4] = false;
				overdue = gap_ratio >= st->gap_factor;
			}
		}

		/* the last k orders are "recent"; the m before them are "history" */
		k = Min(n, (int64) st->recent_orders);
		m = n - k;
		for (i = 0; i < m; i++)
		{
			if ((i & 0xFFFF) == 0)
				CHECK_FOR_INTERRUPTS();
			sum_history += (double) ChurnMicro(&ev[i]);
		}
		for (i = m; i < n; i++)
			sum_recent += (double) ChurnMicro(&ev[i]);
		values[6] = Float8GetDatum(sum_recent / ((double) k * CHURN_MICRO));
		nulls[6] = false;

		if (m > 0)
		{
			values[5] = Float8GetDatum(sum_history / ((double) m * CHURN_MICRO));
			nulls[5] = false;
			if (sum_history > 0)
			{
				/* (recent/k - history/m) / (history/m), with one rounding */
				double		change = (sum_recent * (double) m - sum_history * (double) k) /
					(sum_history * (double) k);

				values[7] = Float8GetDatum(change);
				nulls[7] = false;
				aov_dropped = change <= -st->aov_drop;
			}
		}
	}

	values[8] = BoolGetDatum(overdue);
	nulls[8] = false;
	values[9] = BoolGetDatum(aov_dropped);
	nulls[9] = false;
	if (overdue && aov_dropped)
		risk = "high";
	else if (overdue || aov_dropped)
		risk = "medium";
	else if (have_gap_ratio && gap_ratio >= 1)
		risk = "low";
	else
		risk = "none";
	values[10] = CStringGetTextDatum(risk);
	nulls[10] = false;

	PG_RETURN_DATUM(ca_make_tuple(fcinfo, values, nulls));
}

/* ---------- churn_flag ---------- */

/* churn_flag(last_seen, as_of, inactive): no activity for at least `inactive` */
PG_FUNCTION_INFO_V1(churn_flag);
Datum
churn_flag(PG_FUNCTION_ARGS)
{
	TimestampTz last_seen = PG_GETARG_TIMESTAMPTZ(0);
	TimestampTz as_of = PG_GETARG_TIMESTAMPTZ(1);
	int64		inactive = ca_interval_usec(PG_GETARG_INTERVAL_P(2), "inactive", false);
	int64		idle;

	ca_check_finite_ts(last_seen, "last_seen");
	ca_check_finite_ts(as_of, "as_of");
	if (last_seen > as_of)
	{
		char	   *last_str = pstrdup(timestamptz_to_str(last_seen));

		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("last_seen must not be after as_of"),
				 errdetail("last_seen is %s, as_of is %s.", last_str, timestamptz_to_str(as_of)),
				 errhint("Take the latest activity up to as_of, e.g. max(ts) FILTER (WHERE ts <= as_of).")));
	}
	if (pg_sub_s64_overflow(as_of, last_seen, &idle))
		PG_RETURN_BOOL(true);	/* longer than any interval */
	PG_RETURN_BOOL(idle >= inactive);
}

/* ---------- activity_drop ---------- */

#define ACTIVITY_DEFAULT_DROP	0.5
#define ACTIVITY_NFIELDS		4

/*
 * The two sums are of values in micro-units (each rounded to 1e-6, at most
 * CHURN_MAX_AMOUNT), kept exactly in a uint64: the same in every order of
 * the rows, so serial and parallel plans give the same answer to the last
 * bit.  A period's sum may reach 2^64 - 1 micro-units (1.8e13 units).
 */
typedef struct ActivityState
{
	TimestampTz as_of;
	int64		period;			/* microseconds */
	double		drop;
	uint64		previous;		/* sum over (as_of - 2 period, as_of - period] */
	uint64		recent;			/* sum over (as_of - period, as_of] */
	int64		previous_n;
	int64		recent_n;
} ActivityState;

static inline void
ActivitySumAdd(uint64 *sum, uint64 micro)
{
	if (unlikely(pg_add_u64_overflow(*sum, micro, sum)))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("activity_drop sum out of range"),
				 errdetail("The values of one period of a group may sum to at most 1.8e13 (2^64 millionths).")));
}

static inline void
ActivityCheckDrop(double drop)
{
	if (isnan(drop) || !(drop > 0 && drop <= 1))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("drop must be greater than 0 and at most 1"),
				 errdetail("The value given was %g.", drop),
				 errhint("0.5 flags a metric that halved or worse.")));
}

static inline void
ActivityCheckSamePeriod(int64 have, int64 got)
{
	if (have != got)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("period must be the same in every row of a group"),
				 errdetail("One row has %g days, another has %g days.",
						   ca_usec_to_days(have), ca_usec_to_days(got)),
				 errhint("Pass a constant, or a value computed once per query.")));
}

/* transition function of activity_drop (4 or 5 arguments) */
PG_FUNCTION_INFO_V1(activity_drop_accum);
Datum
activity_drop_accum(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt = ca_agg_context(fcinfo, "activity_drop_accum");
	ActivityState *st = PG_ARGISNULL(0) ? NULL : (ActivityState *) PG_GETARG_POINTER(0);
	TimestampTz ts;
	TimestampTz as_of;
	double		value;
	uint64		micro;
	double		drop = ACTIVITY_DEFAULT_DROP;
	int64		period;
	int64		age;

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
	{
		if (st == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(st);
	}
	ChurnCheckNotNull(fcinfo, 3, "as_of");
	ChurnCheckNotNull(fcinfo, 4, "period");
	if (PG_NARGS() > 5)
	{
		ChurnCheckNotNull(fcinfo, 5, "drop");
		drop = PG_GETARG_FLOAT8(5);
	}
	ts = PG_GETARG_TIMESTAMPTZ(1);
	value = PG_GETARG_FLOAT8(2);
	as_of = PG_GETARG_TIMESTAMPTZ(3);
	ca_check_finite_ts(ts, "event time");
	ca_check_finite_ts(as_of, "as_of");
	ca_check_nonnegative(value, "value");
	micro = (uint64) ChurnToMicro(value, "value", "row");

	if (st == NULL)
	{
		period = ca_interval_usec(PG_GETARG_INTERVAL_P(4), "period", false);
		ActivityCheckDrop(drop);
		st = (ActivityState *) MemoryContextAllocZero(aggcxt, sizeof(ActivityState));
		st->as_of = as_of;
		st->period = period;
		st->drop = drop;
	}
	else
	{
		ChurnCheckSameTs(st->as_of, as_of, "as_of");
		period = ca_interval_usec(PG_GETARG_INTERVAL_P(4), "period", false);
		ActivityCheckSamePeriod(st->period, period);
		ChurnCheckSameNumber(st->drop, drop, "drop");
	}

	/* age = as_of - ts; an overflow means far outside both windows */
	if (ts <= as_of && !pg_sub_s64_overflow(as_of, ts, &age))
	{
		if (age < st->period)
		{
			ActivitySumAdd(&st->recent, micro);
			st->recent_n++;
		}
		else if (age < st->period * 2 || st->period > PG_INT64_MAX / 2)
		{
			ActivitySumAdd(&st->previous, micro);
			st->previous_n++;
		}
	}
	PG_RETURN_POINTER(st);
}

/* combine function */
PG_FUNCTION_INFO_V1(activity_drop_combine);
Datum
activity_drop_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt = ca_agg_context(fcinfo, "activity_drop_combine");
	ActivityState *a = PG_ARGISNULL(0) ? NULL : (ActivityState *) PG_GETARG_POINTER(0);
	ActivityState *b = PG_ARGISNULL(1) ? NULL : (ActivityState *) PG_GETARG_POINTER(1);

	if (b == NULL)
	{
		if (a == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(a);
	}
	if (a == NULL)
	{
		a = (ActivityState *) MemoryContextAlloc(aggcxt, sizeof(ActivityState));
		*a = *b;
		PG_RETURN_POINTER(a);
	}
	ChurnCheckSameTs(a->as_of, b->as_of, "as_of");
	ActivityCheckSamePeriod(a->period, b->period);
	ChurnCheckSameNumber(a->drop, b->drop, "drop");
	ActivitySumAdd(&a->previous, b->previous);
	ActivitySumAdd(&a->recent, b->recent);
	a->previous_n += b->previous_n;
	a->recent_n += b->recent_n;
	PG_RETURN_POINTER(a);
}

/* serial function */
PG_FUNCTION_INFO_V1(activity_drop_serialize);
Datum
activity_drop_serialize(PG_FUNCTION_ARGS)
{
	ActivityState *st = (ActivityState *) PG_GETARG_POINTER(0);
	StringInfoData buf;

	ca_ser_begin(&buf, CA_KIND_ACTIVITY);
	pq_sendint64(&buf, st->as_of);
	pq_sendint64(&buf, st->period);
	pq_sendfloat8(&buf, st->drop);
	pq_sendint64(&buf, (int64) st->previous);
	pq_sendint64(&buf, (int64) st->recent);
	pq_sendint64(&buf, st->previous_n);
	pq_sendint64(&buf, st->recent_n);
	PG_RETURN_BYTEA_P(ca_ser_end(&buf));
}

/* deserial function */
PG_FUNCTION_INFO_V1(activity_drop_deserialize);
Datum
activity_drop_deserialize(PG_FUNCTION_ARGS)
{
	MemoryContext cxt = ca_deser_context(fcinfo, "activity_drop_deserialize");
	bytea	   *b = PG_GETARG_BYTEA_PP(0);
	StringInfoData buf;
	ActivityState *st;

	ca_deser_begin(&buf, b, CA_KIND_ACTIVITY, "activity_drop");
	ca_deser_check_count(&buf, 7, 8, "activity_drop");
	st = (ActivityState *) MemoryContextAlloc(cxt, sizeof(ActivityState));
	st->as_of = pq_getmsgint64(&buf);
	st->period = pq_getmsgint64(&buf);
	st->drop = pq_getmsgfloat8(&buf);
	st->previous = (uint64) pq_getmsgint64(&buf);
	st->recent = (uint64) pq_getmsgint64(&buf);
	st->previous_n = pq_getmsgint64(&buf);
	st->recent_n = pq_getmsgint64(&buf);
	ca_deser_end(&buf, "activity_drop");
	if (TIMESTAMP_NOT_FINITE(st->as_of) || st->period <= 0 ||
		isnan(st->drop) || !(st->drop > 0 && st->drop <= 1) ||
		st->previous_n < 0 || st->recent_n < 0)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("serialized activity_drop state is invalid")));
	PG_RETURN_POINTER(st);
}

/* final function */
PG_FUNCTION_INFO_V1(activity_drop_final);
Datum
activity_drop_final(PG_FUNCTION_ARGS)
{
	ActivityState *st = PG_ARGISNULL(0) ? NULL : (ActivityState *) PG_GETARG_POINTER(0);
	Datum		values[ACTIVITY_NFIELDS + 2];
	bool		nulls[ACTIVITY_NFIELDS + 2];
	double		previous = st ? (double) st->previous / CHURN_MICRO : 0;
	double		recent = st ? (double) st->recent / CHURN_MICRO : 0;
	bool		dropped = false;

	memset(nulls, false, sizeof(nulls));
	values[0] = Float8GetDatum(previous);
	values[1] = Float8GetDatum(recent);
	if (previous > 0)
	{
		/* from the exact micro-unit sums: a change of exactly -50% is -0.5 */
		double		change = ((double) st->recent - (double) st->previous) / (double) st->previous;

		values[2] = Float8GetDatum(change);
		dropped = change <= -st->drop;
	}
	else
		nulls[2] = true;
	values[3] = BoolGetDatum(dropped);
	values[4] = Int64GetDatum(st ? st->previous_n : 0);
	values[5] = Int64GetDatum(st ? st->recent_n : 0);
	PG_RETURN_DATUM(ca_make_tuple(fcinfo, values, nulls));
}
