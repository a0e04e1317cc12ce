/*-------------------------------------------------------------------------
 * sequence.c
 *	  sequence_match and sequence_count: ClickHouse's sequenceMatch and
 *	  sequenceCount as PostgreSQL aggregates.  This file is the glue: it
 *	  collects events into a CaEventBuf, compiles the pattern (once per call
 *	  site when it is the same for every group), turns pattern errors into
 *	  ereport, and hands sorted events to the pure-C matcher in seq_pattern.c.
 *
 *	  In a hashed GROUP BY with a constant pattern and a fixed number of
 *	  conditions (the usual query), the events go to the aggregate's event
 *	  log instead (event_log.h): a group's state is then a slot, and the
 *	  compiled pattern is kept once, with the log.
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
#include "event_log.h"
#include "seq_pattern.h"

#include "catalog/pg_type.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/memutils.h"

/* the matcher reads CaEvent arrays as SeqEvent arrays */
StaticAssertDecl(sizeof(SeqEvent) == sizeof(CaEvent) &&
				 offsetof(SeqEvent, ts) == offsetof(CaEvent, ts) &&
				 offsetof(SeqEvent, mask) == offsetof(CaEvent, mask) &&
				 offsetof(SeqEvent, aux) == offsetof(CaEvent, aux),
				 "SeqEvent must have CaEvent's layout");

/* A pattern compiled for a number of conditions. */
typedef struct SeqCompiled
{
	int32		nconds;			/* number of conditions on every row */
	int32		patlen;			/* bytes of pattern */
	char	   *pattern;		/* the pattern text, NUL-terminated */
	SeqPattern	pat;
} SeqCompiled;

/*
 * A group's own state.  The compiled pattern is shared by every state of a
 * call site that has the first pattern it saw (with a constant pattern: all
 * of them), else it is the state's own.
 */
typedef struct SeqState
{
	uint8		own;			/* always 1: a state of its own, not an EventSlot */
	const SeqCompiled *pc;
	CaEventBuf	ev;				/* events with at least one condition true */
} SeqState;

/*
 * The event log of a hashed aggregation, with the compiled pattern every
 * group shares (keys have nconds bits of mask).
 */
typedef struct SeqLog
{
	EventLog	el;
	const SeqCompiled *pc;
} SeqLog;

/* What a call site (transition, combine, deserialize) keeps in fn_extra. */
typedef struct SeqSite
{
	SeqCompiled *shared;		/* the first pattern compiled here, in fn_mcxt */
	bool		consts_known;	/* log_ok worked out (transition) */
	bool		log_ok;			/* pattern constant, number of conditions fixed */
	EventLogSite site;
} SeqSite;

#ifdef USE_ASSERT_CHECKING
static void
AssertCheckState(const SeqState *st)
{
	Assert(st->own == 1);
	Assert(st->pc->nconds >= 1 && st->pc->nconds <= SEQ_MAX_CONDS);
	Assert(st->pc->pattern != NULL && (int32) strlen(st->pc->pattern) == st->pc->patlen);
	Assert(st->ev.n >= 0 && st->ev.n <= st->ev.cap);
	Assert(st->pc->pat.nactions >= 1 && st->pc->pat.max_cond <= st->pc->nconds);
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

/* Compile a pattern for nconds conditions, in cxt. */
static SeqCompiled *
Compile(MemoryContext cxt, const char *pattern, int patlen, int nconds)
{
	SeqCompiled *pc = MemoryContextAllocZero(cxt, sizeof(SeqCompiled));
	SeqError	err;

	pc->nconds = nconds;
	pc->patlen = patlen;
	pc->pattern = MemoryContextAlloc(cxt, patlen + 1);
	memcpy(pc->pattern, pattern, patlen);
	pc->pattern[patlen] = '\0';
	pc->pat.actions = MemoryContextAlloc(cxt, sizeof(SeqAction) * seq_pattern_max_actions(patlen));
	if (!seq_pattern_compile(pc->pattern, patlen, nconds, &pc->pat, &err))
		ReportPatternError(pc->pattern, patlen, &err);
	return pc;
}

static inline SeqSite *
SeqGetSite(FunctionCallInfo fcinfo)
{
	return (SeqSite *) ca_fn_cache(fcinfo, sizeof(SeqSite));
}

/*
 * The compiled pattern for a new state: the call site's shared one when the
 * pattern is the one it holds (compiled once, in fn_mcxt, which outlives the
 * aggregate's states), else a copy of the state's own in cxt, so that a
 * pattern varying per group costs memory per group, not per query.
 */
static const SeqCompiled *
SharedPattern(FunctionCallInfo fcinfo, MemoryContext cxt, const char *pattern, int patlen, int nconds)
{
	SeqSite    *c = SeqGetSite(fcinfo);
	SeqCompiled *pc = c->shared;

	if (pc != NULL && pc->nconds == nconds && pc->patlen == patlen &&
		memcmp(pc->pattern, pattern, patlen) == 0)
		return pc;
	if (pc == NULL)
		return c->shared = Compile(fcinfo->flinfo->fn_mcxt, pattern, patlen, nconds);
	return Compile(cxt, pattern, patlen, nconds);
}

static SeqState *
NewState(FunctionCallInfo fcinfo, MemoryContext cxt, const char *pattern, int patlen, int nconds)
{
	SeqState   *st = MemoryContextAlloc(cxt, sizeof(SeqState));

	st->own = 1;
	st->pc = SharedPattern(fcinfo, cxt, pattern, patlen, nconds);
	ca_evbuf_init(&st->ev, CA_EVBUF_FIRST_EVENTS);
	return st;
}

static inline void
CheckSamePattern(const SeqState *st, const char *pattern, int patlen)
{
	if (patlen != st->pc->patlen || memcmp(pattern, st->pc->pattern, patlen) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("sequence pattern must be the same in every row of a group"),
				 errdetail("The group started with \"%s\" and then had \"%.*s\".",
						   st->pc->pattern, patlen, pattern)));
}

static inline void
CheckSameCount(const SeqState *st, int nconds)
{
	if (nconds != st->pc->nconds)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("number of conditions must be the same in every row of a group"),
				 errdetail("The group started with %d conditions and then had %d.", st->pc->nconds, nconds)));
}

/*
 * The transition function's site, with whether its arguments allow a log:
 * a constant pattern and a fixed number of conditions (always so for the
 * fixed-arity overloads).
 */
static inline SeqSite *
SeqTransSite(FunctionCallInfo fcinfo, bool variadic)
{
	SeqSite    *c = SeqGetSite(fcinfo);

	if (unlikely(!c->consts_known))
	{
		c->log_ok = ca_agg_arg_is_const(fcinfo, 1) &&
			(!variadic || ca_agg_arg_is_fixed_array(fcinfo, 3));
		c->consts_known = true;
	}
	return c;
}

/*
 * On a group's first row in an aggregate context without a log: a log when
 * the aggregation is hashed and the pattern and number of conditions are
 * constants of the call (the pattern is compiled here, once), else NULL.
 */
static pg_noinline SeqLog *
SeqLogDecide(FunctionCallInfo fcinfo, SeqSite *c, MemoryContext aggcxt,
			 const text *pat, int nconds)
{
	const SeqCompiled *pc;
	SeqLog	   *log;

	if (!event_log_may_start(&c->site, fcinfo, aggcxt, c->log_ok && nconds <= CA_KEY_MAX_SHIFT))
		return NULL;
	pc = SharedPattern(fcinfo, aggcxt, VARDATA_ANY(pat), VARSIZE_ANY_EXHDR(pat), nconds);
	log = (SeqLog *) event_log_new(aggcxt, &c->site, nconds, sizeof(SeqLog));
	log->pc = pc;
	return log;
}

/*
 * Collect one event: the conditions are one VARIADIC bool[] (argument 3) or,
 * for the fixed-arity overloads, bool arguments 3 .. PG_NARGS() - 1.
 */
static inline Datum
SeqTrans(FunctionCallInfo fcinfo, const char *fname, bool variadic)
{
	MemoryContext aggcxt = ca_agg_context(fcinfo, fname);
	void	   *state = PG_ARGISNULL(0) ? NULL : PG_GETARG_POINTER(0);
	SeqSite    *c = SeqTransSite(fcinfo, variadic);
	SeqLog	   *log = (SeqLog *) event_log_of(&c->site, aggcxt);
	SeqState   *st;
	text	   *pat;
	int64		ts;
	uint32		mask;
	int			nconds;

	if (PG_ARGISNULL(1))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("sequence pattern must not be null")));
	/* rows without a time or without conditions are skipped, like NULLs in built-ins */
	if (PG_ARGISNULL(2) || (variadic && PG_ARGISNULL(3)))
	{
		if (state == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(state);
	}
	pat = PG_GETARG_TEXT_PP(1);
	ts = PG_GETARG_INT64(2);	/* timestamptz and timestamp: both int64 usec */
	if (variadic)
		mask = ca_bool_array_mask(PG_GETARG_ARRAYTYPE_P(3), SEQ_MAX_CONDS, "sequence_match/sequence_count", &nconds);
	else
		mask = ca_bool_args_mask(fcinfo, 3, &nconds);

	if (log == NULL && state == NULL)
		log = SeqLogDecide(fcinfo, c, aggcxt, pat, nconds);
	if (log != NULL)
	{
		EventSlot  *slot = state != NULL ? (EventSlot *) state : event_log_new_slot(&log->el);

		Assert(event_log_is_slot(slot) && slot->log == &log->el);
		/* a log is made only when these are constants of the call */
		Assert(nconds == log->el.shift);
		ca_check_finite_ts(ts, "event time");
		if (mask != 0)
			event_log_add(&log->el, slot, ts, mask);
		PG_RETURN_POINTER(slot);
	}

	Assert(state == NULL || !event_log_is_slot(state));
	st = (SeqState *) state;
	if (st == NULL)
		st = NewState(fcinfo, aggcxt, VARDATA_ANY(pat), VARSIZE_ANY_EXHDR(pat), nconds);
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

/* sequence_trans(state, pattern, ts, VARIADIC conds bool[]) */
PG_FUNCTION_INFO_V1(sequence_trans);
Datum
sequence_trans(PG_FUNCTION_ARGS)
{
	return SeqTrans(fcinfo, "sequence_trans", true);
}

/* sequence_bools_trans(state, pattern, ts, cond1 bool, ..., condN bool) */
PG_FUNCTION_INFO_V1(sequence_bools_trans);
Datum
sequence_bools_trans(PG_FUNCTION_ARGS)
{
	return SeqTrans(fcinfo, "sequence_bools_trans", false);
}

/* ---------- the events of a state ---------- */

/* Room on the stack for the events of a group read from a log. */
#define SEQ_STACK_EVENTS 128

typedef struct SeqEvents
{
	const SeqCompiled *pc;		/* the pattern and number of conditions */
	SeqEvent   *ev;				/* sorted by (ts, mask) */
	int64		n;
	bool		allocated;		/* ev was palloc'd here */
	uint64		keys[SEQ_STACK_EVENTS];
	SeqEvent	stack[SEQ_STACK_EVENTS];
} SeqEvents;

/*
 * A state's events in time order: its own, sorted in place, or for a slot
 * the group's events read from the log (on the stack when they fit, else in
 * CurrentMemoryContext).  Release with SeqEventsDone.
 */
static void
SeqEventsOf(void *state, SeqEvents *out)
{
	const uint64 *keys;
	const EventLogWide *wide;
	uint32		n;
	uint64		nwide;
	const SeqLog *log;
	uint64	   *k;
	uint32		i;
	uint64		w;

	out->allocated = false;
	if (!event_log_is_slot(state))
	{
		SeqState   *st = (SeqState *) state;

		AssertCheckState(st);
		ca_evbuf_sort(&st->ev);
		out->pc = st->pc;
		out->ev = (SeqEvent *) st->ev.ev;
		out->n = st->ev.n;
		return;
	}
	log = (const SeqLog *) ((EventSlot *) state)->log;
	event_log_slot_events((EventSlot *) state, &keys, &n, &wide, &nwide);
	out->pc = log->pc;
	out->n = (int64) n + (int64) nwide;
	if (out->n > CA_MAX_EVENTS)
		ca_too_many_events(out->n);
	if (out->n <= SEQ_STACK_EVENTS)
	{
		out->ev = out->stack;
		k = out->keys;
	}
	else
	{
		out->ev = palloc(out->n * sizeof(SeqEvent));
		k = palloc(Max(n, 1) * sizeof(uint64));
		out->allocated = true;
	}
	/* keys sort in (time, mask) order: sort them, then spell them out */
	memcpy(k, keys, n * sizeof(uint64));
	ca_sort_keys(k, n);
	for (i = 0; i < n; i++)
	{
		out->ev[i].ts = ca_key_ts(k[i], log->el.base, log->el.shift);
		out->ev[i].mask = ca_key_mask(k[i], log->el.shift);
		out->ev[i].aux = 0;
	}
	if (k != out->keys)
		pfree(k);
	if (nwide > 0)
	{
		for (w = 0; w < nwide; w++)
		{
			out->ev[n + w].ts = wide[w].ts;
			out->ev[n + w].mask = wide[w].mask;
			out->ev[n + w].aux = 0;
		}
		ca_sort_events((CaEvent *) out->ev, out->n);
	}
}

static void
SeqEventsDone(SeqEvents *e)
{
	if (e->allocated)
		pfree(e->ev);
}

/*
 * sequence_combine(state, state).  States in a log (not what PostgreSQL
 * combines, but any state works) are read out into states of their own.
 */
PG_FUNCTION_INFO_V1(sequence_combine);
Datum
sequence_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt = ca_agg_context(fcinfo, "sequence_combine");
	void	   *av = PG_ARGISNULL(0) ? NULL : PG_GETARG_POINTER(0);
	void	   *bv = PG_ARGISNULL(1) ? NULL : PG_GETARG_POINTER(1);
	SeqState   *a;
	SeqEvents	b;

	if (bv == NULL)
	{
		if (av == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(av);
	}
	if (av != NULL && event_log_is_slot(av))
	{
		SeqEvents	e;

		SeqEventsOf(av, &e);
		a = NewState(fcinfo, aggcxt, e.pc->pattern, e.pc->patlen, e.pc->nconds);
		ca_evbuf_concat(&a->ev, aggcxt, (const CaEvent *) e.ev, e.n);
		SeqEventsDone(&e);
	}
	else
		a = (SeqState *) av;
	SeqEventsOf(bv, &b);
	if (a == NULL)
		a = NewState(fcinfo, aggcxt, b.pc->pattern, b.pc->patlen, b.pc->nconds);
	else
	{
		CheckSamePattern(a, b.pc->pattern, b.pc->patlen);
		CheckSameCount(a, b.pc->nconds);
	}
	ca_evbuf_concat(&a->ev, aggcxt, (const CaEvent *) b.ev, b.n);
	SeqEventsDone(&b);
	AssertCheckState(a);
	PG_RETURN_POINTER(a);
}

/* sequence_serialize(state) */
PG_FUNCTION_INFO_V1(sequence_serialize);
Datum
sequence_serialize(PG_FUNCTION_ARGS)
{
	SeqEvents	e;
	StringInfoData buf;

	SeqEventsOf(PG_GETARG_POINTER(0), &e);
	ca_ser_begin(&buf, CA_KIND_SEQUENCE);
	pq_sendint32(&buf, e.pc->nconds);
	pq_sendint32(&buf, e.pc->patlen);
	pq_sendbytes(&buf, e.pc->pattern, e.pc->patlen);
	ca_evlist_send(&buf, (const CaEvent *) e.ev, e.n);
	SeqEventsDone(&e);
	PG_RETURN_BYTEA_P(ca_ser_end(&buf));
}

/* sequence_deserialize(bytea, internal) */
PG_FUNCTION_INFO_V1(sequence_deserialize);
Datum
sequence_deserialize(PG_FUNCTION_ARGS)
{
	MemoryContext cxt = ca_deser_context(fcinfo, "sequence_deserialize");
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
	st = NewState(fcinfo, cxt, pq_getmsgbytes(&buf, patlen), patlen, nconds);
	ca_evbuf_deserialize(&buf, &st->ev, cxt);
	ca_deser_end(&buf, "sequence");
	pfree(buf.data);
	AssertCheckState(st);
	PG_RETURN_POINTER(st);
}

/* The matcher's scratch for n events (freed by the caller's pfree). */
static void *
MatchScratch(const SeqEvents *e)
{
	return MemoryContextAllocHuge(CurrentMemoryContext,
								  seq_match_scratch_bytes(&e->pc->pat, e->n));
}

/* sequence_match_final(state) → bool */
PG_FUNCTION_INFO_V1(sequence_match_final);
Datum
sequence_match_final(PG_FUNCTION_ARGS)
{
	SeqEvents	e;
	void	   *scratch;
	bool		r;

	(void) ca_agg_context(fcinfo, "sequence_match_final");
	if (PG_ARGISNULL(0))
		PG_RETURN_BOOL(false);
	SeqEventsOf(PG_GETARG_POINTER(0), &e);
	scratch = MatchScratch(&e);
	r = seq_match(&e.pc->pat, e.ev, e.n, scratch, SeqCheckInterrupts);
	pfree(scratch);
	SeqEventsDone(&e);
	PG_RETURN_BOOL(r);
}

/* sequence_count_final(state) → bigint */
PG_FUNCTION_INFO_V1(sequence_count_final);
Datum
sequence_count_final(PG_FUNCTION_ARGS)
{
	SeqEvents	e;
	void	   *scratch;
	int64		r;

	(void) ca_agg_context(fcinfo, "sequence_count_final");
	if (PG_ARGISNULL(0))
		PG_RETURN_INT64(0);
	SeqEventsOf(PG_GETARG_POINTER(0), &e);
	scratch = MatchScratch(&e);
	r = seq_count(&e.pc->pat, e.ev, e.n, scratch, SeqCheckInterrupts);
	pfree(scratch);
	SeqEventsDone(&e);
	PG_RETURN_INT64(r);
}
