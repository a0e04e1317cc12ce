/*-------------------------------------------------------------------------
 * common.c
 *	  Shared helpers of customer_analytics: argument checks, interval
 *	  conversion, the compact event buffer and its serialization, composite
 *	  results, and the strict tokenizer used by the model types' text input.
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>
#include <errno.h>
#include <stdlib.h>

#include "common.h"
#include "common/shortest_dec.h"
#include "funcapi.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "nodes/execnodes.h"
#include "nodes/primnodes.h"
#include "catalog/pg_type_d.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"

PG_MODULE_MAGIC;

/* ---------- aggregate plumbing ---------- */

MemoryContext
ca_agg_context(FunctionCallInfo fcinfo, const char *fname)
{
	MemoryContext aggcontext;

	/* reachable from SQL (e.g. a transition function over a plain array type) */
	if (!AggCheckCallContext(fcinfo, &aggcontext))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("%s called in non-aggregate context", fname),
				 errhint("It is a support function of an aggregate; call the aggregate.")));
	return aggcontext;
}

MemoryContext
ca_deser_context(FunctionCallInfo fcinfo, const char *fname)
{
	(void) ca_agg_context(fcinfo, fname);
	return CurrentMemoryContext;
}

bool
ca_agg_is_hashed(FunctionCallInfo fcinfo, MemoryContext aggcxt)
{
	AggState   *as;

	if (fcinfo->context == NULL || !IsA(fcinfo->context, AggState))
		return false;
	as = (AggState *) fcinfo->context;
	return as->hashcontext != NULL && aggcxt == as->hashcontext->ecxt_per_tuple_memory;
}

/* The expression of aggregate argument argno, or NULL when unknown. */
static Expr *
AggArgExpr(FunctionCallInfo fcinfo, int argno)
{
	Aggref	   *aggref = AggGetAggref(fcinfo);

	if (aggref == NULL || argno < 1 || argno > list_length(aggref->args))
		return NULL;
	return list_nth_node(TargetEntry, aggref->args, argno - 1)->expr;
}

bool
ca_agg_arg_is_const(FunctionCallInfo fcinfo, int argno)
{
	Expr	   *e = AggArgExpr(fcinfo, argno);

	return e != NULL && IsA(e, Const);
}

bool
ca_agg_arg_is_fixed_array(FunctionCallInfo fcinfo, int argno)
{
	Expr	   *e = AggArgExpr(fcinfo, argno);

	return e != NULL &&
		(IsA(e, Const) || (IsA(e, ArrayExpr) && !((ArrayExpr *) e)->multidims));
}

Datum
ca_make_tuple(FunctionCallInfo fcinfo, Datum *values, bool *nulls)
{
	return HeapTupleGetDatum(heap_form_tuple(ca_result_tupdesc(fcinfo), values, nulls));
}

TupleDesc
ca_result_tupdesc(FunctionCallInfo fcinfo)
{
	if (fcinfo->flinfo->fn_extra == NULL)
	{
		MemoryContext old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);
		TupleDesc	tupdesc;

		if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
			elog(ERROR, "return type must be a row type");
		fcinfo->flinfo->fn_extra = BlessTupleDesc(tupdesc);
		MemoryContextSwitchTo(old);
	}
	return (TupleDesc) fcinfo->flinfo->fn_extra;
}

/* ---------- our UTF-8 strings in the database encoding ---------- */

bool
ca_db_utf8(void)
{
	int			enc = GetDatabaseEncoding();

	return enc == PG_UTF8 || enc == PG_SQL_ASCII;
}

text *
ca_utf8_text(const char *s)
{
	if (ca_db_utf8())
		return cstring_to_text(s);
	return cstring_to_text(pg_any_to_server(s, (int) strlen(s), PG_UTF8));
}

/* ---------- argument checks ---------- */

void
ca_check_finite(double v, const char *what)
{
	if (isnan(v) || isinf(v))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must be a finite number", what),
				 errdetail("The value given was %s.", isnan(v) ? "NaN" : (v > 0 ? "Infinity" : "-Infinity"))));
}

void
ca_check_nonnegative(double v, const char *what)
{
	ca_check_finite(v, what);
	if (v < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must not be negative", what),
				 errdetail("The value given was %g.", v)));
}

void
ca_check_finite_ts(TimestampTz t, const char *what)
{
	if (TIMESTAMP_NOT_FINITE(t))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("%s must be a finite timestamp", what),
				 errdetail("The value given was %s.", TIMESTAMP_IS_NOBEGIN(t) ? "-infinity" : "infinity")));
}

bool
ca_numeric_is_special(Numeric n)
{
#if PG_VERSION_NUM >= 140000
	return numeric_is_nan(n) || numeric_is_inf(n);
#else
	return numeric_is_nan(n);
#endif
}

void
ca_check_numeric_finite(Numeric n, const char *what)
{
	if (ca_numeric_is_special(n))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must be a finite number", what),
				 errdetail("The value given was %s.",
						   numeric_is_nan(n) ? "NaN" : "an infinite numeric")));
}

double
ca_numeric_to_double(Numeric n, const char *what)
{
	double		v;

	ca_check_numeric_finite(n, what);
	v = DatumGetFloat8(DirectFunctionCall1(numeric_float8_no_overflow, NumericGetDatum(n)));
	ca_check_finite(v, what);
	return v;
}

int64
ca_interval_usec(const Interval *iv, const char *what, bool allow_zero)
{
	int64		usec;

#ifdef INTERVAL_NOT_FINITE
	/* PostgreSQL 17 and later have ±infinity intervals (all fields at their limit) */
	if (INTERVAL_NOT_FINITE(iv))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("%s must be a finite interval", what),
				 errdetail("The value given was %s.", INTERVAL_IS_NOBEGIN(iv) ? "-infinity" : "infinity")));
#endif
	if (iv->month != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must not contain months or years", what),
				 errdetail("A month has no fixed length, so the interval is ambiguous."),
				 errhint("Write the interval in days, e.g. '30 days'.")));
	if (pg_mul_s64_overflow((int64) iv->day, USECS_PER_DAY, &usec) ||
		pg_add_s64_overflow(usec, iv->time, &usec))
		ereport(ERROR,
				(errcode(ERRCODE_INTERVAL_FIELD_OVERFLOW),
				 errmsg("%s is out of range", what)));
	if (usec < 0 || (usec == 0 && !allow_zero))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must be %s", what, allow_zero ? "zero or positive" : "positive"),
				 errdetail("The interval given has %s length.", usec < 0 ? "a negative" : "zero")));
	return usec;
}

/* ---------- VARIADIC bool[] conditions ---------- */

uint32
ca_bool_array_bits(ArrayType *arr, int n)
{
	const char *p = ARR_DATA_PTR(arr);
	const bits8 *bitmap = ARR_NULLBITMAP(arr);
	uint32		mask = 0;
	int			i;

	Assert(n >= 0 && n <= 32);
	if (bitmap == NULL)
	{
		for (i = 0; i < n; i++)
			mask |= (p[i] != 0 ? (uint32) 1 : 0) << i;
		return mask;
	}
	for (i = 0; i < n; i++)
	{
		if (!(bitmap[i >> 3] & (1 << (i & 7))))
			continue;			/* NULL: false, and takes no data space */
		if (*p)
			mask |= (uint32) 1 << i;
		p++;
	}
	return mask;
}

uint32
ca_bool_array_mask(ArrayType *arr, int max, const char *fname, int *nconds)
{
	int			n;

	if (ARR_NDIM(arr) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s conditions must be a one-dimensional array", fname)));
	if (ARR_ELEMTYPE(arr) != BOOLOID)
		elog(ERROR, "%s: conditions are not of type boolean", fname);
	n = ARR_NDIM(arr) == 0 ? 0 : ARR_DIMS(arr)[0];
	if (n < 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s needs at least one condition", fname)));
	if (n > max)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("%s accepts at most %d conditions", fname, max),
				 errdetail("%d conditions were given.", n)));
	*nconds = n;
	return ca_bool_array_bits(arr, n);
}

/* ---------- compact event buffer ---------- */

void
ca_evbuf_init(CaEventBuf *b, int first)
{
	Assert(first >= 1 && first <= PG_UINT16_MAX);
	b->n = 0;
	b->cap = 0;
	b->ev = NULL;
	b->sorted = true;
	b->first = (uint16) first;
}

void
ca_too_many_events(int64 need)
{
	ereport(ERROR,
			(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
			 errmsg("too many events in one group"),
			 errdetail("One group may hold at most " INT64_FORMAT " events (%zu bytes each); this one needs " INT64_FORMAT ".",
					   CA_MAX_EVENTS, sizeof(CaEvent), need),
			 errhint("Group by a finer key, or filter the events first.")));
}

static void
EvBufReserve(CaEventBuf *b, MemoryContext cxt, int64 need)
{
	int64		newcap;

	if (need <= b->cap)
		return;
	if (need > CA_MAX_EVENTS)
		ca_too_many_events(need);
	/*
	 * The owner's first size, then doubling, which matches the power-of-two
	 * chunks of an AllocSet.  (For the funnel's behaviour events a first
	 * allocation of 4 or 8 saved memory on small groups but was slower than
	 * 16 on 10 million events of 1 million users: each regrowth copies into
	 * cold memory.)
	 */
	newcap = Max(b->cap * 2, b->first);
	if (newcap < need)
		newcap = need;
	if (newcap > CA_MAX_EVENTS)
		newcap = CA_MAX_EVENTS;
	if (b->ev == NULL)
		b->ev = MemoryContextAlloc(cxt, newcap * sizeof(CaEvent));
	else
		b->ev = repalloc(b->ev, newcap * sizeof(CaEvent));
	b->cap = newcap;
}

void
ca_evbuf_push(CaEventBuf *b, MemoryContext cxt, int64 ts, uint32 mask, uint32 aux)
{
	CaEvent    *e;

	if (unlikely(b->n >= b->cap))
		EvBufReserve(b, cxt, b->n + 1);
	e = &b->ev[b->n];
	if (b->sorted && b->n > 0)
	{
		CaEvent    *p = e - 1;

		if (p->ts > ts || (p->ts == ts && (p->mask > mask || (p->mask == mask && p->aux > aux))))
			b->sorted = false;
	}
	e->ts = ts;
	e->mask = mask;
	e->aux = aux;
	b->n++;
}

void
ca_evbuf_concat(CaEventBuf *dst, MemoryContext cxt, const CaEvent *src, int64 n)
{
	if (n <= 0)
		return;
	EvBufReserve(dst, cxt, dst->n + n);
	memcpy(dst->ev + dst->n, src, n * sizeof(CaEvent));
	dst->n += n;
	dst->sorted = false;
}

static inline int
EvCmp(const CaEvent *a, const CaEvent *b)
{
	if (a->ts != b->ts)
		return a->ts < b->ts ? -1 : 1;
	if (a->mask != b->mask)
		return a->mask < b->mask ? -1 : 1;
	if (a->aux != b->aux)
		return a->aux < b->aux ? -1 : 1;
	return 0;
}

#if PG_VERSION_NUM >= 140000
#define ST_SORT ca_sort_events_big
#define ST_ELEMENT_TYPE CaEvent
#define ST_COMPARE(a, b) EvCmp(a, b)
#define ST_SCOPE static
#define ST_DEFINE
#include "lib/sort_template.h"
#else
static int
EvCmpQsort(const void *a, const void *b)
{
	return EvCmp((const CaEvent *) a, (const CaEvent *) b);
}
#endif

/*
 * Straight insertion sort, for short runs: most groups of a per-user GROUP BY
 * hold a few dozen events at most, where it beats the partitioning sort.
 */
static inline void
EvInsertionSort(CaEvent *ev, int64 n)
{
	int64		i;

	for (i = 1; i < n; i++)
	{
		CaEvent		x = ev[i];
		int64		j = i;

		while (j > 0 && EvCmp(&ev[j - 1], &x) > 0)
		{
			ev[j] = ev[j - 1];
			j--;
		}
		ev[j] = x;
	}
}

#define CA_EV_INSERTION_MAX	24

void
ca_sort_events(CaEvent *ev, int64 n)
{
	if (n < 2)
		return;
	if (n <= CA_EV_INSERTION_MAX)
	{
		EvInsertionSort(ev, n);
		return;
	}
	CHECK_FOR_INTERRUPTS();
#if PG_VERSION_NUM >= 140000
	ca_sort_events_big(ev, n);
#else
	qsort(ev, n, sizeof(CaEvent), EvCmpQsort);
#endif
}

void
ca_evbuf_sort(CaEventBuf *b)
{
	if (!b->sorted)
		ca_sort_events(b->ev, b->n);
	b->sorted = true;
}

static inline int
KeyCmp(const uint64 *a, const uint64 *b)
{
	return *a < *b ? -1 : *a > *b ? 1 : 0;
}

#if PG_VERSION_NUM >= 140000
#define ST_SORT ca_sort_keys_big
#define ST_ELEMENT_TYPE uint64
#define ST_COMPARE(a, b) KeyCmp(a, b)
#define ST_SCOPE static
#define ST_DEFINE
#include "lib/sort_template.h"
#else
static int
KeyCmpQsort(const void *a, const void *b)
{
	return KeyCmp((const uint64 *) a, (const uint64 *) b);
}
#endif

void
ca_sort_keys(uint64 *k, int64 n)
{
	if (n <= CA_EV_INSERTION_MAX)
	{
		int64		i;

		for (i = 1; i < n; i++)
		{
			uint64		x = k[i];
			int64		j = i;

			while (j > 0 && k[j - 1] > x)
			{
				k[j] = k[j - 1];
				j--;
			}
			k[j] = x;
		}
		return;
	}
	CHECK_FOR_INTERRUPTS();
#if PG_VERSION_NUM >= 140000
	ca_sort_keys_big(k, n);
#else
	qsort(k, n, sizeof(uint64), KeyCmpQsort);
#endif
}

char *
ca_evlist_write(StringInfo buf, int64 n)
{
	char	   *p;

	pq_sendint64(buf, n);
	enlargeStringInfo(buf, (int) (n * CA_EVENT_WIRE_BYTES));
	p = buf->data + buf->len;
	buf->len += (int) (n * CA_EVENT_WIRE_BYTES);
	buf->data[buf->len] = '\0';
	return p;
}

const char *
ca_evlist_read(StringInfo buf, int64 *n)
{
	const char *p;

	*n = pq_getmsgint64(buf);
	if (*n < 0 || *n > CA_MAX_EVENTS)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("invalid event count " INT64_FORMAT " in serialized state", *n)));
	ca_deser_check_count(buf, *n, CA_EVENT_WIRE_BYTES, "event buffer");
	p = buf->data + buf->cursor;
	buf->cursor += (int) (*n * CA_EVENT_WIRE_BYTES);
	return p;
}

void
ca_evlist_send(StringInfo buf, const CaEvent *ev, int64 n)
{
	char	   *p = ca_evlist_write(buf, n);
	int64		i;

	for (i = 0; i < n; i++, p += CA_EVENT_WIRE_BYTES)
		ca_event_put(p, ev[i].ts, ev[i].mask, ev[i].aux);
}

void
ca_evbuf_deserialize(StringInfo buf, CaEventBuf *b, MemoryContext cxt)
{
	int64		n;
	const char *p = ca_evlist_read(buf, &n);
	bool		sorted = true;
	int64		i;

	ca_evbuf_init(b, 1);		/* read-only: exactly n events */
	if (n == 0)
		return;
	EvBufReserve(b, cxt, n);
	for (i = 0; i < n; i++, p += CA_EVENT_WIRE_BYTES)
	{
		CaEvent    *e = &b->ev[i];

		ca_event_get(p, &e->ts, &e->mask, &e->aux);
		if (sorted && i > 0 && EvCmp(e - 1, e) > 0)
			sorted = false;
	}
	b->n = n;
	b->sorted = sorted;
}

/* ---------- serialized states ---------- */

void
ca_ser_begin(StringInfo buf, uint8 kind)
{
	pq_begintypsend(buf);
	pq_sendbyte(buf, CA_SERIAL_VERSION);
	pq_sendbyte(buf, kind);
}

bytea *
ca_ser_end(StringInfo buf)
{
	return pq_endtypsend(buf);
}

void
ca_deser_begin(StringInfo buf, bytea *b, uint8 kind, const char *what)
{
	int			version;
	int			k;

	initStringInfo(buf);
	appendBinaryStringInfo(buf, VARDATA_ANY(b), VARSIZE_ANY_EXHDR(b));
	if (buf->len < 2)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("serialized %s state is too short", what)));
	version = pq_getmsgbyte(buf);
	k = pq_getmsgbyte(buf);
	if (version != CA_SERIAL_VERSION || k != kind)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("serialized %s state has format %d/%d, expected %d/%d",
						what, version, k, CA_SERIAL_VERSION, kind)));
}

void
ca_deser_end(StringInfo buf, const char *what)
{
	if (buf->cursor != buf->len)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("serialized %s state has %d trailing bytes", what, buf->len - buf->cursor)));
}

void
ca_deser_check_count(StringInfo buf, int64 count, size_t size, const char *what)
{
	if (count < 0 || (uint64) count > (uint64) (buf->len - buf->cursor) / (size ? size : 1))
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("serialized %s claims " INT64_FORMAT " items but only %d bytes remain",
						what, count, buf->len - buf->cursor)));
}

/* ---------- numbers in text ---------- */

void
ca_append_double(StringInfo buf, double v)
{
	char		tmp[DOUBLE_SHORTEST_DECIMAL_LEN];

	double_to_shortest_decimal_buf(v, tmp);
	appendStringInfoString(buf, tmp);
}

void
ca_parser_init(CaParser *ps, const char *type, const char *str)
{
	ps->type = type;
	ps->str = str;
	ps->p = str;
}

void
ca_parse_error(CaParser *ps, const char *expected)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid input syntax for type %s: \"%s\"", ps->type, ps->str),
			 errdetail("Expected %s at character %d.", expected, (int) (ps->p - ps->str) + 1)));
}

void
ca_parse_skip_space(CaParser *ps)
{
	while (*ps->p == ' ' || *ps->p == '\t' || *ps->p == '\n' || *ps->p == '\r')
		ps->p++;
}

bool
ca_parse_accept(CaParser *ps, char c)
{
	ca_parse_skip_space(ps);
	if (*ps->p == c)
	{
		ps->p++;
		return true;
	}
	return false;
}

void
ca_parse_expect(CaParser *ps, char c)
{
	char		what[8];

	if (ca_parse_accept(ps, c))
		return;
	snprintf(what, sizeof(what), "\"%c\"", c);
	ca_parse_error(ps, what);
}

void
ca_parse_key(CaParser *ps, const char *key)
{
	size_t		len = strlen(key);

	ca_parse_skip_space(ps);
	if (strncmp(ps->p, key, len) != 0)
	{
		char	   *msg = psprintf("\"%s=\"", key);

		ca_parse_error(ps, msg);
	}
	ps->p += len;
	ca_parse_expect(ps, '=');
}

double
ca_parse_double(CaParser *ps)
{
	char	   *end;
	double		v;

	ca_parse_skip_space(ps);
	if (!((*ps->p >= '0' && *ps->p <= '9') || *ps->p == '-' || *ps->p == '+' || *ps->p == '.'))
		ca_parse_error(ps, "a finite number");
	errno = 0;
	v = strtod(ps->p, &end);
	/* glibc sets ERANGE for subnormal results too: refuse only overflow and underflow to zero */
	if (end == ps->p || (errno == ERANGE && (v == 0.0 || isinf(v))) || isnan(v) || isinf(v))
		ca_parse_error(ps, "a finite number");
	/* refuse hexadecimal floats: they are not what this type prints */
	if (memchr(ps->p, 'x', end - ps->p) || memchr(ps->p, 'X', end - ps->p))
		ca_parse_error(ps, "a decimal number");
	ps->p = end;
	return v;
}

int64
ca_parse_int(CaParser *ps, int64 min, int64 max)
{
	char	   *end;
	long long	v;

	ca_parse_skip_space(ps);
	if (!((*ps->p >= '0' && *ps->p <= '9') || *ps->p == '-' || *ps->p == '+'))
		ca_parse_error(ps, "an integer");
	errno = 0;
	v = strtoll(ps->p, &end, 10);
	if (end == ps->p || errno == ERANGE)
		ca_parse_error(ps, "an integer");
	if (v < min || v > max)
	{
		char	   *msg = psprintf("an integer from " INT64_FORMAT " to " INT64_FORMAT, min, max);

		ca_parse_error(ps, msg);
	}
	ps->p = end;
	return (int64) v;
}

bool
ca_parse_bool(CaParser *ps)
{
	ca_parse_skip_space(ps);
	if (strncmp(ps->p, "true", 4) == 0)
	{
		ps->p += 4;
		return true;
	}
	if (strncmp(ps->p, "false", 5) == 0)
	{
		ps->p += 5;
		return false;
	}
	ca_parse_error(ps, "true or false");
}

void
ca_parse_end(CaParser *ps)
{
	ca_parse_skip_space(ps);
	if (*ps->p != '\0')
		ca_parse_error(ps, "end of input");
}
