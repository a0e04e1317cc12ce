/*-------------------------------------------------------------------------
 * sequence.c
 *	  sequence_match and sequence_count: ClickHouse's sequenceMatch and
 *	  sequenceCount as PostgreSQL aggregates.  This file is the glue: it
 *	  collects events into a CaEventBuf, keeps the compiled pattern in the
 *	  state, turns pattern errors into ereport, and hands sorted events to the
 *	  pure-C matcher in seq_pattern.c.
 *
 *	  Only rows where at least one condition holds are stored, as ClickHouse
 *	  does; they are what "." and ".*" count.  Events with equal timestamps
 *	  are ordered by their condition bitmask (bit 0 = condition 1) ascending,
 *	  so the answer never depends on input order or on a parallel plan.
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <stddef.h>

#include "common.h"
#include "seq_pattern.h"

#include "catalog/pg_type.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"

/* the matcher reads CaEvent arrays as SeqEvent arrays */
StaticAssertDecl(sizeof(SeqEvent) == sizeof(CaEvent) &&
				 offsetof(SeqEvent, ts) == offsetof(CaEvent, ts) &&
				 offsetof(SeqEvent, mask) == offsetof(CaEvent, mask) &&
				 offsetof(SeqEvent, aux) == offsetof(CaEvent, aux),
				 "SeqEvent must have CaEvent's layout");

typedef struct SeqState
{
	CaEventBuf	ev;				/* events with at least one condition true */
	int32		nconds;			/* number of conditions on every row */
	int32		patlen;			/* bytes of pattern */
	char	   *pattern;		/* the pattern text, NUL-terminated */
	SeqPattern	pat;			/* compiled once per state */
} SeqState;

#ifdef USE_ASSERT_CHECKING
static void
AssertCheckState(const SeqState *st)
{
	Assert(st->nconds >= 1 && st->nconds <= SEQ_MAX_CONDS);
	Assert(st->pattern != NULL && (int32) strlen(st->pattern) == st->patlen);
	Assert(st->ev.n >= 0 && st->ev.n <= st->ev.cap);
	Assert(st->pat.nactions >= 1 && st->pat.max_cond <= st->nconds);
}
#else
#define AssertCheckState(st) ((void) 0)
#endif

static void
SeqCheckInterrupts(void)
{
	CHECK_FOR_INTERRUPTS();
}

/* Turn a compiler error into ereport, with a character (not byte) position. */
static void
ReportPatternError(const char *pattern, int patlen, const SeqError *err)
{
	int			bytepos = Min(Max(err->pos, 1), patlen + 1);
	int			charpos = pg_mbstrlen_with_len(pattern, bytepos - 1) + 1;

	ereport(ERROR,
			(errcode(err->kind == SEQ_ERR_SYNTAX ? ERRCODE_SYNTAX_ERROR : ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("invalid sequence pattern at character %d: %s", charpos, err->message),
			 bytepos > patlen ?
			 errdetail("The pattern \"%s\" ends at character %d.", pattern, charpos) :
			 errdetail("In the pattern \"%s\", the text from character %d on is \"%s\".",
					   pattern, charpos, pattern + bytepos - 1),
			 errhint("Patterns are made of (?N), ., .* and (?t<=S), (?t<S), (?t>=S), (?t>S), (?t==S) with no spaces.")));
}

/* Compile st->pattern for st->nconds conditions into st->pat (in cxt). */
static void
CompileState(SeqState *st, MemoryContext cxt)
{
	SeqError	err;

	st->pat.actions = MemoryContextAlloc(cxt, sizeof(SeqAction) * seq_pattern_max_actions(st->patlen));
	if (!seq_pattern_compile(st->pattern, st->patlen, st->nconds, &st->pat, &err))
		ReportPatternError(st->pattern, st->patlen, &err);
}

static SeqState *
NewState(MemoryContext cxt, const char *pattern, int patlen, int nconds)
{
	SeqState   *st = MemoryContextAllocZero(cxt, sizeof(SeqState));

	ca_evbuf_init(&st->ev);
	st->nconds = nconds;
	st->patlen = patlen;
	st->pattern = MemoryContextAlloc(cxt, patlen + 1);
	memcpy(st->pattern, pattern, patlen);
	st->pattern[patlen] = '\0';
	CompileState(st, cxt);
	return st;
}

static inline void
CheckSamePattern(const SeqState *st, const char *pattern, int patlen)
{
	if (patlen != st->patlen || memcmp(pattern, st->pattern, patlen) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("sequence pattern must be the same on every row of a group"),
				 errdetail("The group started with \"%s\" and then had \"%.*s\".",
						   st->pattern, patlen, pattern)));
}

static inline void
CheckSameCount(const SeqState *st, int nconds)
{
	if (nconds != st->nconds)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("number of conditions must be the same on every row of a group"),
				 errdetail("The group started with %d conditions and then had %d.", st->nconds, nconds)));
}

/* sequence_trans(state, pattern, ts, VARIADIC conds): collect one event */
PG_FUNCTION_INFO_V1(sequence_trans);
Datum
sequence_trans(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt = ca_agg_context(fcinfo, "sequence_trans");
	SeqState   *st = PG_ARGISNULL(0) ? NULL : (SeqState *) PG_GETARG_POINTER(0);
	text	   *pat;
	int64		ts;
	uint32		mask;
	int			nconds;

	if (PG_ARGISNULL(1))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("sequence pattern must not be null")));
	/* rows without a time or without conditions are skipped, like NULLs in built-ins */
	if (PG_ARGISNULL(2) || PG_ARGISNULL(3))
	{
		if (st == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(st);
	}
	pat = PG_GETARG_TEXT_PP(1);
	ts = PG_GETARG_INT64(2);	/* timestamptz and timestamp: both int64 usec */
	mask = ca_bool_array_mask(PG_GETARG_ARRAYTYPE_P(3), SEQ_MAX_CONDS, "sequence_match/sequence_count", &nconds);

	if (st == NULL)
		st = NewState(aggcxt, VARDATA_ANY(pat), VARSIZE_ANY_EXHDR(pat), nconds);
	else
	{
		CheckSamePattern(st, VARDATA_ANY(pat), VARSIZE_ANY_EXHDR(pat));
		CheckSameCount(st, nconds);
	}
	ca_check_finite_ts(ts, "event time");
	if (mask != 0)
		ca_evbuf_push(&st->ev, aggcxt, ts, mask, 0);
	AssertCheckState(st);
	PG_RETURN_POINTER(st);
}

/* sequence_combine(state, state) */
PG_FUNCTION_INFO_V1(sequence_combine);
Datum
sequence_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt = ca_agg_context(fcinfo, "sequence_combine");
	SeqState   *a = PG_ARGISNULL(0) ? NULL : (SeqState *) PG_GETARG_POINTER(0);
	SeqState   *b = PG_ARGISNULL(1) ? NULL : (SeqState *) PG_GETARG_POINTER(1);

	if (b == NULL)
	{
		if (a == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(a);
	}
	if (a == NULL)
		a = NewState(aggcxt, b->pattern, b->patlen, b->nconds);
	else
	{
		CheckSamePattern(a, b->pattern, b->patlen);
		CheckSameCount(a, b->nconds);
	}
	ca_evbuf_concat(&a->ev, aggcxt, b->ev.ev, b->ev.n);
	AssertCheckState(a);
	PG_RETURN_POINTER(a);
}

/* sequence_serialize(state) */
PG_FUNCTION_INFO_V1(sequence_serialize);
Datum
sequence_serialize(PG_FUNCTION_ARGS)
{
	SeqState   *st = (SeqState *) PG_GETARG_POINTER(0);
	StringInfoData buf;

	AssertCheckState(st);
	ca_ser_begin(&buf, CA_KIND_SEQUENCE);
	pq_sendint32(&buf, st->nconds);
	pq_sendint32(&buf, st->patlen);
	pq_sendbytes(&buf, st->pattern, st->patlen);
	ca_evbuf_serialize(&buf, &st->ev);
	PG_RETURN_BYTEA_P(ca_ser_end(&buf));
}

/* sequence_deserialize(bytea, internal) */
PG_FUNCTION_INFO_V1(sequence_deserialize);
Datum
sequence_deserialize(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt = ca_agg_context(fcinfo, "sequence_deserialize");
	StringInfoData buf;
	int32		nconds;
	int32		patlen;
	SeqState   *st;

	ca_deser_begin(&buf, PG_GETARG_BYTEA_PP(0), CA_KIND_SEQUENCE, "sequence");
	nconds = pq_getmsgint(&buf, 4);
	patlen = pq_getmsgint(&buf, 4);
	if (nconds < 1 || nconds > SEQ_MAX_CONDS)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("invalid condition count %d in serialized sequence state", nconds)));
	ca_deser_check_count(&buf, patlen, 1, "sequence pattern");
	st = NewState(aggcxt, pq_getmsgbytes(&buf, patlen), patlen, nconds);
	ca_evbuf_deserialize(&buf, &st->ev, aggcxt);
	ca_deser_end(&buf, "sequence");
	pfree(buf.data);
	AssertCheckState(st);
	PG_RETURN_POINTER(st);
}

/* Sort once, allocate the matcher's scratch (freed by the caller's pfree). */
static void *
PrepareMatch(SeqState *st)
{
	AssertCheckState(st);
	ca_evbuf_sort(&st->ev);
	return MemoryContextAllocHuge(CurrentMemoryContext,
								  seq_match_scratch_bytes(&st->pat, st->ev.n));
}

/* sequence_match_final(state) → bool */
PG_FUNCTION_INFO_V1(sequence_match_final);
Datum
sequence_match_final(PG_FUNCTION_ARGS)
{
	SeqState   *st;
	void	   *scratch;
	bool		r;

	(void) ca_agg_context(fcinfo, "sequence_match_final");
	if (PG_ARGISNULL(0))
		PG_RETURN_BOOL(false);
	st = (SeqState *) PG_GETARG_POINTER(0);
	scratch = PrepareMatch(st);
	r = seq_match(&st->pat, (const SeqEvent *) st->ev.ev, st->ev.n, scratch, SeqCheckInterrupts);
	pfree(scratch);
	PG_RETURN_BOOL(r);
}

/* sequence_count_final(state) → bigint */
PG_FUNCTION_INFO_V1(sequence_count_final);
Datum
sequence_count_final(PG_FUNCTION_ARGS)
{
	SeqState   *st;
	void	   *scratch;
	int64		r;

	(void) ca_agg_context(fcinfo, "sequence_count_final");
	if (PG_ARGISNULL(0))
		PG_RETURN_INT64(0);
	st = (SeqState *) PG_GETARG_POINTER(0);
	scratch = PrepareMatch(st);
	r = seq_count(&st->pat, (const SeqEvent *) st->ev.ev, st->ev.n, scratch, SeqCheckInterrupts);
	pfree(scratch);
	PG_RETURN_INT64(r);
}
