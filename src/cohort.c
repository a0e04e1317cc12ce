/*-------------------------------------------------------------------------
 * cohort.c
 *	  cohort_retention(ts, unit, periods): a cohort x period retention row
 *	  per group (usually per user) in one pass.  The cohort is the group's
 *	  first calendar period (date_trunc(unit, ts), in the session TimeZone
 *	  for timestamptz); retained[k + 1] = 1 when the group has a row in the
 *	  k-th period after it.  The retained arrays have the shape of
 *	  retention()'s, so retention_sum() adds them up per cohort.
 *
 *	  Periods are numbered absolutely (day: Julian day; week: Julian day / 7,
 *	  Monday weeks; month: 12 * year + month - 1; quarter; year), from the
 *	  local calendar fields exactly as date_trunc computes them.  The state is
 *	  the group's earliest period number and a bitmap of the periods seen
 *	  relative to it; rows may arrive in any order: a row before the current
 *	  earliest period shifts the bitmap, dropping periods that fall outside
 *	  the window (they can never come back into it, since the earliest period
 *	  only moves back).
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "common.h"

#include "catalog/pg_type.h"
#include "funcapi.h"
#include "libpq/pqformat.h"
#include "miscadmin.h"
#include "parser/scansup.h"
#include "pgtime.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/datetime.h"
#include "utils/timestamp.h"

/* The most periods one row of the matrix may have: 16 words of bitmap. */
#define COHORT_MAX_PERIODS		1024
#define COHORT_WORDS(p)			(((p) + 63) / 64)

typedef enum CohortUnit
{
	COHORT_DAY = 1,
	COHORT_WEEK,
	COHORT_MONTH,
	COHORT_QUARTER,
	COHORT_YEAR
} CohortUnit;

#define COHORT_UNIT_VALID(u)	((u) >= COHORT_DAY && (u) <= COHORT_YEAR)

typedef struct CohortState
{
	int64		base;			/* the group's earliest period number */
	int32		periods;		/* 1..COHORT_MAX_PERIODS, the same on every row */
	int32		unit;			/* CohortUnit, the same on every row */
	uint64		bits[FLEXIBLE_ARRAY_MEMBER];	/* bit k: a row in period base + k */
} CohortState;

#define COHORT_STATE_SIZE(p)	(offsetof(CohortState, bits) + sizeof(uint64) * COHORT_WORDS(p))

/* The unit text last seen at a call site and what it meant. */
typedef struct CohortUnitCache
{
	int			len;			/* -1: nothing cached */
	int			unit;
	char		text[32];
} CohortUnitCache;

static const char *const CohortUnitName[] = {"", "day", "week", "month", "quarter", "year"};

#ifdef USE_ASSERT_CHECKING
static void
AssertCheckState(const CohortState *st)
{
	int			nw = COHORT_WORDS(st->periods);

	Assert(COHORT_UNIT_VALID(st->unit));
	Assert(st->periods >= 1 && st->periods <= COHORT_MAX_PERIODS);
	Assert((st->bits[0] & 1) != 0);
	Assert(st->periods % 64 == 0 || (st->bits[nw - 1] >> (st->periods % 64)) == 0);
}
#else
#define AssertCheckState(st) ((void) 0)
#endif

/* ---------- argument checks ---------- */

static int
CohortParseUnit(const char *str, int len)
{
	char	   *low = downcase_truncate_identifier(str, len, false);
	int			val;
	int			type = DecodeUnits(0, low, &val);

	if (type == UNITS)
	{
		switch (val)
		{
			case DTK_DAY:
				return COHORT_DAY;
			case DTK_WEEK:
				return COHORT_WEEK;
			case DTK_MONTH:
				return COHORT_MONTH;
			case DTK_QUARTER:
				return COHORT_QUARTER;
			case DTK_YEAR:
				return COHORT_YEAR;
			default:
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("cohort_retention unit \"%s\" is not supported", low),
						 errdetail("Cohorts are whole calendar periods from a day to a year."),
						 errhint("Use 'day', 'week', 'month', 'quarter' or 'year'.")));
		}
	}
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("cohort_retention unit \"%s\" not recognized", low),
			 errhint("Use 'day', 'week', 'month', 'quarter' or 'year' (date_trunc's spellings).")));
	return 0;					/* keep the compiler quiet */
}

/*
 * The unit argument as a CohortUnit.  The text is parsed once per call site
 * and compared bytewise on later rows, so a constant costs a memcmp per row.
 */
static int
CohortUnitArg(FunctionCallInfo fcinfo, int argno)
{
	CohortUnitCache *cache = (CohortUnitCache *) fcinfo->flinfo->fn_extra;
	text	   *t;
	const char *s;
	int			len;
	int			unit;

	if (PG_ARGISNULL(argno))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cohort_retention unit must not be NULL"),
				 errhint("Use 'day', 'week', 'month', 'quarter' or 'year'.")));
	t = PG_GETARG_TEXT_PP(argno);
	s = VARDATA_ANY(t);
	len = VARSIZE_ANY_EXHDR(t);
	if (cache != NULL && cache->len == len && memcmp(cache->text, s, len) == 0)
		return cache->unit;
	unit = CohortParseUnit(s, len);
	if (cache == NULL)
	{
		cache = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, sizeof(CohortUnitCache));
		fcinfo->flinfo->fn_extra = cache;
	}
	cache->len = -1;
	if (len <= (int) sizeof(cache->text))
	{
		memcpy(cache->text, s, len);
		cache->len = len;
		cache->unit = unit;
	}
	return unit;
}

static int32
CohortPeriodsArg(FunctionCallInfo fcinfo, int argno)
{
	int32		p;

	if (PG_ARGISNULL(argno))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cohort_retention periods must not be NULL"),
				 errhint("Pass the number of periods to track, counting the cohort's own period.")));
	p = PG_GETARG_INT32(argno);
	if (p < 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cohort_retention periods must be at least 1"),
				 errdetail("The value given was %d.", p),
				 errhint("periods counts the cohort's own period: 4 gives retained[1..4] for periods 0 to 3 after the cohort's.")));
	if (p > COHORT_MAX_PERIODS)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("cohort_retention periods must be at most %d", COHORT_MAX_PERIODS),
				 errdetail("The value given was %d.", p),
				 errhint("Use a coarser unit, e.g. 'week' instead of 'day'.")));
	return p;
}

static inline void
CheckSameParams(const CohortState *st, int unit, int32 periods)
{
	if (st->unit != unit || st->periods != periods)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cohort_retention unit and periods must be the same in every row of a group"),
				 errdetail("The group has rows with (%s, %d) and (%s, %d).",
						   CohortUnitName[st->unit], st->periods,
						   CohortUnitName[unit], periods),
				 errhint("Pass constants, e.g. cohort_retention(ts, 'month', 12).")));
}

/* ---------- period numbers ---------- */

/* The period number of a local calendar date (Julian day j). */
static inline int64
CohortPeriodOfDate(int unit, int j, int year, int mon)
{
	switch (unit)
	{
		case COHORT_DAY:
			return j;
		case COHORT_WEEK:
			/* Julian day 0 is a Monday, so Monday weeks are j / 7 */
			return ca_floor_div(j, 7);
		case COHORT_MONTH:
			return (int64) year * 12 + (mon - 1);
		case COHORT_QUARTER:
			return (int64) year * 4 + (mon - 1) / 3;
		case COHORT_YEAR:
			return year;
	}
	elog(ERROR, "unexpected cohort unit %d", unit);
	return 0;
}

/* Whether the calendar needs the year and month, not only the Julian day. */
#define COHORT_NEEDS_YMD(unit)	((unit) >= COHORT_MONTH)

/* Period of a timestamp without time zone: its own calendar fields. */
static inline int64
CohortPeriodTimestamp(Timestamp ts, int unit)
{
	int64		j = ca_floor_div(ts, USECS_PER_DAY) + POSTGRES_EPOCH_JDATE;
	int			year = 0,
				mon = 0,
				mday;

	if (j < 0 || j > INT_MAX)
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("timestamp out of range")));
	if (COHORT_NEEDS_YMD(unit))
		j2date((int) j, &year, &mon, &mday);
	return CohortPeriodOfDate(unit, (int) j, year, mon);
}

/* Period of a timestamptz: its calendar fields in the session time zone. */
static inline int64
CohortPeriodTimestampTz(TimestampTz ts, int unit)
{
	struct pg_tm tt;
	fsec_t		fsec;
	int			tz;

	/* exactly date_trunc's conversion */
	if (timestamp2tm(ts, &tz, &tt, &fsec, NULL, session_timezone) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("timestamp out of range")));
	return CohortPeriodOfDate(unit, date2j(tt.tm_year, tt.tm_mon, tt.tm_mday),
							  tt.tm_year, tt.tm_mon);
}

/* The first day of a period as calendar fields at 00:00. */
static void
CohortPeriodStart(int unit, int64 p, struct pg_tm *tm)
{
	int64		year = 0;
	int			mon = 1;

	memset(tm, 0, sizeof(*tm));
	switch (unit)
	{
		case COHORT_DAY:
			j2date((int) p, &tm->tm_year, &tm->tm_mon, &tm->tm_mday);
			return;
		case COHORT_WEEK:
			j2date((int) (p * 7), &tm->tm_year, &tm->tm_mon, &tm->tm_mday);
			return;
		case COHORT_MONTH:
			year = ca_floor_div(p, 12);
			mon = (int) (p - year * 12) + 1;
			break;
		case COHORT_QUARTER:
			year = ca_floor_div(p, 4);
			mon = (int) (p - year * 4) * 3 + 1;
			break;
		case COHORT_YEAR:
			year = p;
			break;
	}
	tm->tm_year = (int) year;
	tm->tm_mon = mon;
	tm->tm_mday = 1;
}

/*
 * Whether a period number can be the period of a valid timestamp (it always
 * is when computed here; a serialized state from elsewhere is checked).
 */
static bool
CohortPeriodPlausible(int unit, int64 p)
{
	const int64 maxj = TIMESTAMP_END_JULIAN;
	const int64 maxy = JULIAN_MAXYEAR + 1;
	const int64 miny = JULIAN_MINYEAR - 1;

	switch (unit)
	{
		case COHORT_DAY:
			return p >= 0 && p <= maxj;
		case COHORT_WEEK:
			return p >= 0 && p <= maxj / 7;
		case COHORT_MONTH:
			return p >= miny * 12 && p <= maxy * 12;
		case COHORT_QUARTER:
			return p >= miny * 4 && p <= maxy * 4;
		case COHORT_YEAR:
			return p >= miny && p <= maxy;
	}
	return false;
}

/* ---------- the bitmap ---------- */

/* Clear the bits at and above periods in the last word. */
static inline void
CohortMaskTail(CohortState *st)
{
	int			r = st->periods % 64;

	if (r != 0)
		st->bits[COHORT_WORDS(st->periods) - 1] &= (UINT64CONST(1) << r) - 1;
}

/* Move every bit up by d (offset k becomes k + d), dropping what leaves the window. */
static void
CohortShiftUp(CohortState *st, int64 d)
{
	int			nw = COHORT_WORDS(st->periods);
	int			ws;
	int			bs;
	int			i;

	if (d <= 0)
		return;
	if (d >= st->periods)
	{
		memset(st->bits, 0, sizeof(uint64) * nw);
		return;
	}
	ws = (int) (d / 64);
	bs = (int) (d % 64);
	for (i = nw - 1; i >= 0; i--)
	{
		uint64		w = 0;

		if (i - ws >= 0)
		{
			w = st->bits[i - ws] << bs;
			if (bs != 0 && i - ws - 1 >= 0)
				w |= st->bits[i - ws - 1] >> (64 - bs);
		}
		st->bits[i] = w;
	}
	CohortMaskTail(st);
}

/* Record period p in the state. */
static inline void
CohortAdd(CohortState *st, int64 p)
{
	int64		off = p - st->base;

	if (off >= 0)
	{
		if (off < st->periods)
			st->bits[off / 64] |= UINT64CONST(1) << (off % 64);
	}
	else
	{
		CohortShiftUp(st, -off);
		st->base = p;
		st->bits[0] |= 1;
	}
}

static CohortState *
CohortStateNew(MemoryContext cxt, int unit, int32 periods, int64 base)
{
	CohortState *st = MemoryContextAllocZero(cxt, COHORT_STATE_SIZE(periods));

	st->unit = unit;
	st->periods = periods;
	st->base = base;
	st->bits[0] = 1;
	return st;
}

/* ---------- transition ---------- */

static Datum
CohortTransition(FunctionCallInfo fcinfo, bool withtz)
{
	MemoryContext aggcxt = ca_agg_context(fcinfo, "cohort_retention");
	CohortState *st = PG_ARGISNULL(0) ? NULL : (CohortState *) PG_GETARG_POINTER(0);
	int			unit = CohortUnitArg(fcinfo, 2);
	int32		periods = CohortPeriodsArg(fcinfo, 3);
	int64		ts;
	int64		p;

	if (st != NULL)
		CheckSameParams(st, unit, periods);

	/* a row with a NULL timestamp is skipped */
	if (PG_ARGISNULL(1))
	{
		if (st == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(st);
	}
	ts = PG_GETARG_INT64(1);
	ca_check_finite_ts(ts, "cohort_retention ts");
	p = withtz ? CohortPeriodTimestampTz(ts, unit) : CohortPeriodTimestamp(ts, unit);

	if (st == NULL)
		st = CohortStateNew(aggcxt, unit, periods, p);
	else
		CohortAdd(st, p);
	AssertCheckState(st);
	PG_RETURN_POINTER(st);
}

/* cohort_retention(timestamptz, text, integer) transition */
PG_FUNCTION_INFO_V1(cohort_retention_trans);
Datum
cohort_retention_trans(PG_FUNCTION_ARGS)
{
	return CohortTransition(fcinfo, true);
}

/* cohort_retention(timestamp, text, integer) transition */
PG_FUNCTION_INFO_V1(cohort_retention_trans_local);
Datum
cohort_retention_trans_local(PG_FUNCTION_ARGS)
{
	return CohortTransition(fcinfo, false);
}

/* ---------- combine, serialize, deserialize ---------- */

/* cohort_retention combine: the earlier base wins; the other bitmap is shifted into it */
PG_FUNCTION_INFO_V1(cohort_retention_combine);
Datum
cohort_retention_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt = ca_agg_context(fcinfo, "cohort_retention_combine");
	CohortState *a = PG_ARGISNULL(0) ? NULL : (CohortState *) PG_GETARG_POINTER(0);
	CohortState *b = PG_ARGISNULL(1) ? NULL : (CohortState *) PG_GETARG_POINTER(1);
	int			nw;
	int64		d;
	int			k;

	if (b == NULL)
	{
		if (a == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(a);
	}
	AssertCheckState(b);
	if (a == NULL)
	{
		a = MemoryContextAlloc(aggcxt, COHORT_STATE_SIZE(b->periods));
		memcpy(a, b, COHORT_STATE_SIZE(b->periods));
		PG_RETURN_POINTER(a);
	}
	CheckSameParams(a, b->unit, b->periods);
	nw = COHORT_WORDS(a->periods);
	if (b->base < a->base)
	{
		/* a's periods move up relative to b's earlier base */
		CohortShiftUp(a, a->base - b->base);
		a->base = b->base;
		for (k = 0; k < nw; k++)
			a->bits[k] |= b->bits[k];
	}
	else
	{
		/* b's periods land d places above a's base */
		d = b->base - a->base;
		if (d < a->periods)
		{
			int			ws = (int) (d / 64);
			int			bs = (int) (d % 64);

			for (k = nw - 1; k >= ws; k--)
			{
				uint64		w = b->bits[k - ws] << bs;

				if (bs != 0 && k - ws - 1 >= 0)
					w |= b->bits[k - ws - 1] >> (64 - bs);
				a->bits[k] |= w;
			}
			CohortMaskTail(a);
		}
	}
	AssertCheckState(a);
	PG_RETURN_POINTER(a);
}

/* cohort_retention serialize: unit, periods, base, bitmap words */
PG_FUNCTION_INFO_V1(cohort_retention_serialize);
Datum
cohort_retention_serialize(PG_FUNCTION_ARGS)
{
	CohortState *st = (CohortState *) PG_GETARG_POINTER(0);
	StringInfoData buf;
	int			k;

	(void) ca_agg_context(fcinfo, "cohort_retention_serialize");
	AssertCheckState(st);
	ca_ser_begin(&buf, CA_KIND_COHORT);
	pq_sendbyte(&buf, (uint8) st->unit);
	pq_sendint32(&buf, st->periods);
	pq_sendint64(&buf, st->base);
	for (k = 0; k < COHORT_WORDS(st->periods); k++)
		pq_sendint64(&buf, (int64) st->bits[k]);
	PG_RETURN_BYTEA_P(ca_ser_end(&buf));
}

/* cohort_retention deserialize, validating everything it reads */
PG_FUNCTION_INFO_V1(cohort_retention_deserialize);
Datum
cohort_retention_deserialize(PG_FUNCTION_ARGS)
{
	MemoryContext cxt = ca_deser_context(fcinfo, "cohort_retention_deserialize");
	StringInfoData buf;
	CohortState *st;
	int			unit;
	int32		periods;
	int64		base;
	int			nw;
	int			k;

	ca_deser_begin(&buf, PG_GETARG_BYTEA_PP(0), CA_KIND_COHORT, "cohort_retention");
	unit = pq_getmsgbyte(&buf);
	periods = (int32) pq_getmsgint(&buf, 4);
	base = pq_getmsgint64(&buf);
	if (!COHORT_UNIT_VALID(unit) || periods < 1 || periods > COHORT_MAX_PERIODS ||
		!CohortPeriodPlausible(unit, base))
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("invalid serialized cohort_retention state"),
				 errdetail("Unit %d, periods %d, base " INT64_FORMAT ".", unit, periods, base)));
	nw = COHORT_WORDS(periods);
	ca_deser_check_count(&buf, nw, sizeof(uint64), "cohort_retention");
	st = MemoryContextAllocZero(cxt, COHORT_STATE_SIZE(periods));
	st->unit = unit;
	st->periods = periods;
	st->base = base;
	for (k = 0; k < nw; k++)
		st->bits[k] = (uint64) pq_getmsgint64(&buf);
	ca_deser_end(&buf, "cohort_retention");
	pfree(buf.data);
	if ((st->bits[0] & 1) == 0 ||
		(periods % 64 != 0 && (st->bits[nw - 1] >> (periods % 64)) != 0))
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("invalid serialized cohort_retention state"),
				 errdetail("The period bitmap does not match %d periods.", periods)));
	AssertCheckState(st);
	PG_RETURN_POINTER(st);
}

/* ---------- final ---------- */

static Datum
CohortFinal(FunctionCallInfo fcinfo, bool withtz)
{
	CohortState *st;
	struct pg_tm tt;
	Timestamp	cohort;
	Datum		values[2];
	bool		nulls[2] = {false, false};
	Datum	   *d;
	int			k;

	(void) ca_agg_context(fcinfo, "cohort_retention_final");
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = (CohortState *) PG_GETARG_POINTER(0);
	AssertCheckState(st);

	/* the period's first day at 00:00, converted as date_trunc converts it */
	CohortPeriodStart(st->unit, st->base, &tt);
	if (withtz)
	{
		int			tz = DetermineTimeZoneOffset(&tt, session_timezone);

		if (tm2timestamp(&tt, 0, &tz, &cohort) != 0)
			ereport(ERROR,
					(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
					 errmsg("timestamp out of range")));
	}
	else if (tm2timestamp(&tt, 0, NULL, &cohort) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("timestamp out of range")));

	d = palloc(sizeof(Datum) * st->periods);
	for (k = 0; k < st->periods; k++)
		d[k] = Int16GetDatum((st->bits[k / 64] >> (k % 64)) & 1);
	values[0] = Int64GetDatum(cohort);
	values[1] = PointerGetDatum(construct_array(d, st->periods, INT2OID, sizeof(int16),
												true, TYPALIGN_SHORT));
	PG_RETURN_DATUM(ca_make_tuple(fcinfo, values, nulls));
}

/* cohort_retention final for timestamptz → cohort_retention */
PG_FUNCTION_INFO_V1(cohort_retention_final);
Datum
cohort_retention_final(PG_FUNCTION_ARGS)
{
	return CohortFinal(fcinfo, true);
}

/* cohort_retention final for timestamp → cohort_retention_local */
PG_FUNCTION_INFO_V1(cohort_retention_final_local);
Datum
cohort_retention_final_local(PG_FUNCTION_ARGS)
{
	return CohortFinal(fcinfo, false);
}
