/*-------------------------------------------------------------------------
 * example.c
 *	  Test-only C behind example.sql: a base type fuzz_example_pair with text
 *	  and binary I/O, and an aggregate state (count, sum, events) with
 *	  serialize/deserialize/combine/finals, written with the common.h helpers
 *	  the way the capabilities write theirs.  It proves the harness's
 *	  discovery and property checks before the real capabilities land.
 *
 *	  -DCA_FUZZ_PLANT_BUG=1 makes the output lose precision (a round-trip
 *	  finding); =2 makes the deserializer raise an error without errcode
 *	  (an XX000 finding).  run.sh --selftest uses them.
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "common.h"
#include "common/int.h"
#include "fmgr.h"
#include "libpq/pqformat.h"
#include "utils/timestamp.h"

#define CA_KIND_FUZZ_EXAMPLE	250	/* test only: never in common.h */

typedef struct FuzzExamplePair
{
	double		x;
	int64		n;
} FuzzExamplePair;

/* fuzz_example_pair_in(cstring): "(x=<number>, n=<0..1000000>)" */
PG_FUNCTION_INFO_V1(fuzz_example_pair_in);
Datum
fuzz_example_pair_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	FuzzExamplePair *p = palloc(sizeof(FuzzExamplePair));
	CaParser	ps;

	ca_parser_init(&ps, "fuzz_example_pair", str);
	ca_parse_expect(&ps, '(');
	ca_parse_key(&ps, "x");
	p->x = ca_parse_double(&ps);
	ca_parse_expect(&ps, ',');
	ca_parse_key(&ps, "n");
	p->n = ca_parse_int(&ps, 0, 1000000);
	ca_parse_expect(&ps, ')');
	ca_parse_end(&ps);
	PG_RETURN_POINTER(p);
}

/* fuzz_example_pair_out(fuzz_example_pair) */
PG_FUNCTION_INFO_V1(fuzz_example_pair_out);
Datum
fuzz_example_pair_out(PG_FUNCTION_ARGS)
{
	FuzzExamplePair *p = (FuzzExamplePair *) PG_GETARG_POINTER(0);
	StringInfoData buf;

	initStringInfo(&buf);
	appendStringInfoString(&buf, "(x=");
#if defined(CA_FUZZ_PLANT_BUG) && CA_FUZZ_PLANT_BUG == 1
	appendStringInfo(&buf, "%.6g", p->x);
#else
	ca_append_double(&buf, p->x);
#endif
	appendStringInfo(&buf, ", n=" INT64_FORMAT ")", p->n);
	PG_RETURN_CSTRING(buf.data);
}

/* fuzz_example_pair_recv(internal) */
PG_FUNCTION_INFO_V1(fuzz_example_pair_recv);
Datum
fuzz_example_pair_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	FuzzExamplePair *p = palloc(sizeof(FuzzExamplePair));

	p->x = pq_getmsgfloat8(buf);
	p->n = pq_getmsgint64(buf);
	/* the same rules as the text input */
	ca_check_finite(p->x, "x");
	if (p->n < 0 || p->n > 1000000)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("n must be from 0 to 1000000")));
	PG_RETURN_POINTER(p);
}

/* fuzz_example_pair_send(fuzz_example_pair) */
PG_FUNCTION_INFO_V1(fuzz_example_pair_send);
Datum
fuzz_example_pair_send(PG_FUNCTION_ARGS)
{
	FuzzExamplePair *p = (FuzzExamplePair *) PG_GETARG_POINTER(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendfloat8(&buf, p->x);
	pq_sendint64(&buf, p->n);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* ---------- aggregate state ---------- */

typedef struct FuzzExampleState
{
	int64		count;
	double		sum;
	CaEventBuf	ev;
} FuzzExampleState;

static FuzzExampleState *
NewState(MemoryContext cxt)
{
	FuzzExampleState *s = MemoryContextAllocZero(cxt, sizeof(FuzzExampleState));

	ca_evbuf_init(&s->ev, 16);
	return s;
}

/* fuzz_example_trans(internal, timestamptz, float8) */
PG_FUNCTION_INFO_V1(fuzz_example_trans);
Datum
fuzz_example_trans(PG_FUNCTION_ARGS)
{
	MemoryContext cxt = ca_agg_context(fcinfo, "fuzz_example_trans");
	FuzzExampleState *s = PG_ARGISNULL(0) ? NewState(cxt) : (FuzzExampleState *) PG_GETARG_POINTER(0);

	if (!PG_ARGISNULL(1) && !PG_ARGISNULL(2))
	{
		s->count++;
		s->sum += PG_GETARG_FLOAT8(2);
		ca_evbuf_push(&s->ev, cxt, PG_GETARG_TIMESTAMPTZ(1), 1, 0);
	}
	PG_RETURN_POINTER(s);
}

/* fuzz_example_combine(internal, internal) */
PG_FUNCTION_INFO_V1(fuzz_example_combine);
Datum
fuzz_example_combine(PG_FUNCTION_ARGS)
{
	MemoryContext cxt = ca_agg_context(fcinfo, "fuzz_example_combine");
	FuzzExampleState *a = PG_ARGISNULL(0) ? NULL : (FuzzExampleState *) PG_GETARG_POINTER(0);
	FuzzExampleState *b = PG_ARGISNULL(1) ? NULL : (FuzzExampleState *) PG_GETARG_POINTER(1);

	if (b == NULL)
	{
		if (a == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(a);
	}
	if (a == NULL)
		a = NewState(cxt);
	a->count += b->count;
	a->sum += b->sum;
	ca_evbuf_concat(&a->ev, cxt, b->ev.ev, b->ev.n);
	PG_RETURN_POINTER(a);
}

/* fuzz_example_serialize(internal) */
PG_FUNCTION_INFO_V1(fuzz_example_serialize);
Datum
fuzz_example_serialize(PG_FUNCTION_ARGS)
{
	FuzzExampleState *s = (FuzzExampleState *) PG_GETARG_POINTER(0);
	StringInfoData buf;

	ca_ser_begin(&buf, CA_KIND_FUZZ_EXAMPLE);
	pq_sendint64(&buf, s->count);
	pq_sendfloat8(&buf, s->sum);
	ca_evbuf_serialize(&buf, &s->ev);
	PG_RETURN_BYTEA_P(ca_ser_end(&buf));
}

/* fuzz_example_deserialize(bytea, internal) */
PG_FUNCTION_INFO_V1(fuzz_example_deserialize);
Datum
fuzz_example_deserialize(PG_FUNCTION_ARGS)
{
	bytea	   *b = PG_GETARG_BYTEA_PP(0);
	MemoryContext cxt = ca_agg_context(fcinfo, "fuzz_example_deserialize");
	FuzzExampleState *s = NewState(cxt);
	StringInfoData buf;

	ca_deser_begin(&buf, b, CA_KIND_FUZZ_EXAMPLE, "fuzz_example");
	s->count = pq_getmsgint64(&buf);
	if (s->count < 0)
#if defined(CA_FUZZ_PLANT_BUG) && CA_FUZZ_PLANT_BUG == 2
		ereport(ERROR, (errmsg("negative count")));
#else
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("serialized fuzz_example state has a negative count")));
#endif
	s->sum = pq_getmsgfloat8(&buf);
	ca_evbuf_deserialize(&buf, &s->ev, cxt);
	ca_deser_end(&buf, "fuzz_example");
	PG_RETURN_POINTER(s);
}

/* fuzz_example_mean_final(internal): sum / count, NULL for none */
PG_FUNCTION_INFO_V1(fuzz_example_mean_final);
Datum
fuzz_example_mean_final(PG_FUNCTION_ARGS)
{
	FuzzExampleState *s = PG_ARGISNULL(0) ? NULL : (FuzzExampleState *) PG_GETARG_POINTER(0);

	if (s == NULL || s->count == 0)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(s->sum / (double) s->count);
}

/* fuzz_example_span_final(internal): last - first event time, sorting in place */
PG_FUNCTION_INFO_V1(fuzz_example_span_final);
Datum
fuzz_example_span_final(PG_FUNCTION_ARGS)
{
	FuzzExampleState *s = PG_ARGISNULL(0) ? NULL : (FuzzExampleState *) PG_GETARG_POINTER(0);
	int64		span;

	if (s == NULL || s->ev.n == 0)
		PG_RETURN_NULL();
	ca_evbuf_sort(&s->ev);
	if (pg_sub_s64_overflow(s->ev.ev[s->ev.n - 1].ts, s->ev.ev[0].ts, &span))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("event time span is out of range")));
	PG_RETURN_INT64(span);
}

/* fuzz_example_extra_final(internal, timestamptz, float8): FINALFUNC_EXTRA, never fuzzed */
PG_FUNCTION_INFO_V1(fuzz_example_extra_final);
Datum
fuzz_example_extra_final(PG_FUNCTION_ARGS)
{
	(void) fcinfo;
	/* PANIC: the harness reports it, so calling this by mistake cannot pass unseen */
	elog(PANIC, "fuzz_example_extra_final must not be called by the harness");
	PG_RETURN_NULL();
}
