/*-------------------------------------------------------------------------
 * common.h
 *	  What every customer_analytics capability shares: argument checks,
 *	  time conversion, the compact event buffer, state serialization with a
 *	  format version byte, composite results and a strict text tokenizer for
 *	  the model types' input functions.
 *
 *	  Capabilities never include each other; anything two of them need lives
 *	  here.
 *-------------------------------------------------------------------------
 */
#ifndef CA_COMMON_H
#define CA_COMMON_H

#include "postgres.h"

#include "fmgr.h"
#include "common/int.h"
#include "access/tupdesc.h"
#include "datatype/timestamp.h"
#include "lib/stringinfo.h"
#include "port/pg_bswap.h"
#include "utils/array.h"
#include "utils/numeric.h"

/* ---------- aggregate plumbing ---------- */

/* The aggregate memory context, or ERROR when not called as an aggregate. */
extern MemoryContext ca_agg_context(FunctionCallInfo fcinfo, const char *fname);

/*
 * Where a deserial function builds its state: the caller's per-tuple memory
 * (after checking it is called as an aggregate).  A deserialized state is only
 * read by the aggregate's combine function, which copies what it keeps into
 * the aggregate context, so a hashed Finalize does not keep every partial
 * state it was given.
 */
extern MemoryContext ca_deser_context(FunctionCallInfo fcinfo, const char *fname);

/*
 * The zeroed struct of size bytes a call site keeps in fn_extra (argument
 * caches of transition functions), made on first use in fn_mcxt.
 */
static inline void *
ca_fn_cache(FunctionCallInfo fcinfo, Size size)
{
	if (unlikely(fcinfo->flinfo->fn_extra == NULL))
		fcinfo->flinfo->fn_extra = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, size);
	return fcinfo->flinfo->fn_extra;
}

/*
 * Whether aggcxt is the hash table's context of a hashed aggregation (a
 * hashed GROUP BY), where the groups live until the last row is read.
 */
extern bool ca_agg_is_hashed(FunctionCallInfo fcinfo, MemoryContext aggcxt);

/*
 * Whether aggregate argument argno (counted as the transition function counts
 * them, the state being argument 0) is a constant of the aggregate call; and
 * whether it is an array of a number of elements fixed for the call: a
 * constant, or an ARRAY[...] constructor (what a VARIADIC call passes).
 */
extern bool ca_agg_arg_is_const(FunctionCallInfo fcinfo, int argno);
extern bool ca_agg_arg_is_fixed_array(FunctionCallInfo fcinfo, int argno);

/*
 * Build a composite Datum of the function's declared result type.  The blessed
 * row descriptor is looked up once per call site and kept in fn_extra: only for
 * functions that keep nothing else there (not set-returning functions).
 */
extern Datum ca_make_tuple(FunctionCallInfo fcinfo, Datum *values, bool *nulls);
extern TupleDesc ca_result_tupdesc(FunctionCallInfo fcinfo);

/*
 * A text Datum of a UTF-8 string constant of ours (Chinese labels, bar
 * characters) in the database encoding: converted where the database is not
 * UTF-8, with ERROR 22P05 where the encoding cannot represent it.
 */
extern text *ca_utf8_text(const char *s);
/* Whether the database encoding is UTF-8 (or SQL_ASCII, which stores it as is). */
extern bool ca_db_utf8(void);

/* ---------- argument checks (ERRCODE_INVALID_PARAMETER_VALUE unless noted) ---------- */

extern void ca_check_finite(double v, const char *what);
extern void ca_check_nonnegative(double v, const char *what);
/* ±infinity timestamps: ERRCODE_DATETIME_VALUE_OUT_OF_RANGE */
extern void ca_check_finite_ts(TimestampTz t, const char *what);
/* numeric → double, refusing NaN and ±Infinity */
extern double ca_numeric_to_double(Numeric n, const char *what);
/* true when a numeric is NaN or ±Infinity */
extern bool ca_numeric_is_special(Numeric n);
/* ERROR for NaN / ±Infinity numeric */
extern void ca_check_numeric_finite(Numeric n, const char *what);

/*
 * Interval → microseconds.  Months are refused (their length depends on the
 * calendar); days count as 24 hours.  Negative intervals are refused, zero is
 * refused unless allow_zero.
 */
extern int64 ca_interval_usec(const Interval *iv, const char *what, bool allow_zero);

/* a / b rounded towards minus infinity (b != 0) */
static inline int64
ca_floor_div(int64 a, int64 b)
{
	int64		q = a / b;

	return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

static inline double
ca_usec_to_days(int64 usec)
{
	return (double) usec / (double) USECS_PER_DAY;
}

/* ---------- VARIADIC bool[] conditions ---------- */

/*
 * The first n elements of a one-dimensional bool[] as a bitmask, read in place
 * (no deconstruct_array, no allocation).  NULL elements count as false.
 */
extern uint32 ca_bool_array_bits(ArrayType *arr, int n);

/*
 * A row's VARIADIC bool[] conditions as a bitmask, with the checks every
 * condition aggregate makes: one dimension (22023), 1..max elements (22023 /
 * 54000).  fname names the aggregate in messages; *nconds gets the count.
 */
extern uint32 ca_bool_array_mask(ArrayType *arr, int max, const char *fname, int *nconds);

/*
 * The conditions of the fixed-arity overloads (bool arguments first ..
 * PG_NARGS() - 1, declared for up to 8 conditions, so that no array is built
 * per row) as a bitmask.  NULL counts as false, as in the arrays.
 */
static inline uint32
ca_bool_args_mask(FunctionCallInfo fcinfo, int first, int *nconds)
{
	int			n = PG_NARGS() - first;
	uint32		mask = 0;
	int			i;

	Assert(n >= 1 && n <= 32);
	for (i = 0; i < n; i++)
		if (!PG_ARGISNULL(first + i) && PG_GETARG_BOOL(first + i))
			mask |= (uint32) 1 << i;
	*nconds = n;
	return mask;
}

/* ---------- compact event buffer ---------- */

/*
 * One event: 16 bytes.  mask holds up to 32 condition/step bits; aux is free
 * for the capability (an event id, a row ordinal for stable ties, ...).
 */
typedef struct CaEvent
{
	int64		ts;				/* microseconds, as TimestampTz / Timestamp */
	uint32		mask;
	uint32		aux;
} CaEvent;

typedef struct CaEventBuf
{
	int64		n;
	int64		cap;
	CaEvent    *ev;				/* allocated in the owner's context */
	bool		sorted;
	uint16		first;			/* events in the first allocation */
} CaEventBuf;

/* The most events one group may hold (its serialized form must fit in a bytea). */
#define CA_MAX_EVENTS	((int64) ((MaxAllocSize - 1024) / sizeof(CaEvent)))

/* The error for a group that would hold more than CA_MAX_EVENTS events. */
extern void ca_too_many_events(int64 need) pg_attribute_noreturn();

/*
 * An empty buffer whose first allocation holds `first` events, then doubles:
 * CA_EVBUF_FIRST_EVENTS for behaviour events (about 10 per user; regrowth
 * copies into cold memory), CA_EVBUF_FIRST_ORDERS for a customer's orders or
 * purchase periods (most customers have one or two).
 */
#define CA_EVBUF_FIRST_EVENTS	16
#define CA_EVBUF_FIRST_ORDERS	4
extern void ca_evbuf_init(CaEventBuf *b, int first);
extern void ca_evbuf_push(CaEventBuf *b, MemoryContext cxt, int64 ts, uint32 mask, uint32 aux);
extern void ca_evbuf_concat(CaEventBuf *dst, MemoryContext cxt, const CaEvent *src, int64 n);
/* Sort events by (ts, mask, aux). */
extern void ca_sort_events(CaEvent *ev, int64 n);
/* Sort a buffer's events once; a no-op when already sorted. */
extern void ca_evbuf_sort(CaEventBuf *b);
/*
 * The serialized event list: the count (8 bytes), then per event the time
 * (8 bytes), the mask and aux (4 bytes each), in network byte order.
 * ca_evlist_write sends the count and returns where the n events go;
 * ca_evlist_read reads and checks the count and returns where they are.
 */
#define CA_EVENT_WIRE_BYTES	16
extern char *ca_evlist_write(StringInfo buf, int64 n);
extern const char *ca_evlist_read(StringInfo buf, int64 *n);

static inline void
ca_event_put(char *p, int64 ts, uint32 mask, uint32 aux)
{
	uint64		t = pg_hton64((uint64) ts);

	mask = pg_hton32(mask);
	aux = pg_hton32(aux);
	memcpy(p, &t, 8);
	memcpy(p + 8, &mask, 4);
	memcpy(p + 12, &aux, 4);
}

static inline void
ca_event_get(const char *p, int64 *ts, uint32 *mask, uint32 *aux)
{
	uint64		t;

	memcpy(&t, p, 8);
	memcpy(mask, p + 8, 4);
	memcpy(aux, p + 12, 4);
	*ts = (int64) pg_ntoh64(t);
	*mask = pg_ntoh32(*mask);
	*aux = pg_ntoh32(*aux);
}

/* Send n events as the serialized event list. */
extern void ca_evlist_send(StringInfo buf, const CaEvent *ev, int64 n);

static inline void
ca_evbuf_serialize(StringInfo buf, const CaEventBuf *b)
{
	ca_evlist_send(buf, b->ev, b->n);
}
extern void ca_evbuf_deserialize(StringInfo buf, CaEventBuf *b, MemoryContext cxt);

/* ---------- narrow event keys ---------- */

/*
 * An event as one 8-byte key: the time relative to a base time in the high
 * bits, the mask in the low shift bits (shift <= 16), so that keys sort in
 * (time, mask) order, as CaEvents do.  False when the time is too far from
 * base for a key (2^(63 - shift) microseconds either side: about 4.5 years
 * with 16 bits of mask, 1,100 years with 8).
 */
#define CA_KEY_MAX_SHIFT	16

static inline bool
ca_key_make(int64 ts, int64 base, int shift, uint32 mask, uint64 *key)
{
	int64		delta;

	if (unlikely(pg_sub_s64_overflow(ts, base, &delta) ||
				 delta < -((int64) 1 << (63 - shift)) ||
				 delta >= ((int64) 1 << (63 - shift))))
		return false;
	*key = ((uint64) (delta + ((int64) 1 << (63 - shift))) << shift) | mask;
	return true;
}

/* The time and the mask a key holds (the inverse of ca_key_make). */
static pg_attribute_always_inline int64
ca_key_ts(uint64 key, int64 base, int shift)
{
	return (int64) ((uint64) base - ((uint64) 1 << (63 - shift)) + (key >> shift));
}

static pg_attribute_always_inline uint32
ca_key_mask(uint64 key, int shift)
{
	return (uint32) (key & (((uint64) 1 << shift) - 1));
}

/* Sort keys ascending, that is by (time, mask). */
extern void ca_sort_keys(uint64 *keys, int64 n);

/* ---------- serialized states ---------- */

/*
 * Every serialized state starts with CA_SERIAL_VERSION and a one-byte kind
 * tag naming the state, so a state of one aggregate is never read as another.
 */
#define CA_SERIAL_VERSION	1

extern void ca_ser_begin(StringInfo buf, uint8 kind);
extern bytea *ca_ser_end(StringInfo buf);
/* Wrap a bytea for reading; checks version and kind. */
extern void ca_deser_begin(StringInfo buf, bytea *b, uint8 kind, const char *what);
/* Check the whole buffer was consumed. */
extern void ca_deser_end(StringInfo buf, const char *what);
/* Check that count items of size bytes each remain before allocating them. */
extern void ca_deser_check_count(StringInfo buf, int64 count, size_t size, const char *what);

/* Kind tags: one per aggregate state; never reuse a number. */
#define CA_KIND_RFM_AGG			1
#define CA_KIND_RFM_MODEL		2
/* 3 was window_funnel's state up to 0.2.0 (with the window as an interval) */
#define CA_KIND_FUNNEL			14
#define CA_KIND_FUNNEL_COUNTS	4
#define CA_KIND_RETENTION		5
#define CA_KIND_SEQUENCE		6
#define CA_KIND_CHURN			7
/* 8 was activity_drop's state up to 0.4.0 (float8 sums) */
#define CA_KIND_ACTIVITY		15
#define CA_KIND_BTYD_SUMMARY	9
#define CA_KIND_BGNBD_FIT		10
#define CA_KIND_GG_FIT			11
#define CA_KIND_RFM_CLASS		12
#define CA_KIND_COHORT			13

/* ---------- numbers in text ---------- */

/* Shortest text that reads back to exactly the same double. */
extern void ca_append_double(StringInfo buf, double v);

/*
 * A strict tokenizer for the text input of model types.  Every failure is
 * ERRCODE_INVALID_TEXT_REPRESENTATION: invalid input syntax for type T: "..."
 * with a detail naming what was expected and at which character position.
 */
typedef struct CaParser
{
	const char *type;			/* type name for messages */
	const char *str;			/* whole input */
	const char *p;				/* cursor */
} CaParser;

extern void ca_parser_init(CaParser *ps, const char *type, const char *str);
extern void ca_parse_skip_space(CaParser *ps);
extern bool ca_parse_accept(CaParser *ps, char c);
extern void ca_parse_expect(CaParser *ps, char c);
extern void ca_parse_key(CaParser *ps, const char *key);
extern double ca_parse_double(CaParser *ps);
extern int64 ca_parse_int(CaParser *ps, int64 min, int64 max);
extern bool ca_parse_bool(CaParser *ps);
extern void ca_parse_end(CaParser *ps);
extern void ca_parse_error(CaParser *ps, const char *expected) pg_attribute_noreturn();

#endif							/* CA_COMMON_H */
