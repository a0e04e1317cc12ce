/*-------------------------------------------------------------------------
 * funnel.c
 *	  Conversion funnels: the window_funnel and funnel_detail aggregates.
 *
 *	  Per group the transition function keeps only the events that match at
 *	  least one step (plus, in strict_order mode, the events matching none,
 *	  which can break a chain): the time and the mask of matched steps, 8
 *	  bytes each in the state's own chunk (funnel_state.h).  The final
 *	  function sorts once and runs one
 *	  scan that follows ClickHouse's windowFunnel exactly: per level the
 *	  first and last time of the best chain reaching it, O(events x steps).
 *
 *	  Semantics, with worked examples, are in docs/reference/funnel.md.
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "common.h"
#include "funnel_state.h"
#include "libpq/pqformat.h"
#include "miscadmin.h"
#include "nodes/execnodes.h"
#include "nodes/primnodes.h"
#include "access/tupmacs.h"
#include "port/pg_bitutils.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/memutils.h"
#include "utils/timestamp.h"

#define FUNNEL_MODE_LIST "strict_order, strict_deduplication, strict_increase, allow_reentry"

StaticAssertDecl(FUNNEL_MAX_STEPS <= 32 && FUNNEL_ALL_FLAGS <= PG_UINT8_MAX,
				 "FunnelState field widths");

/*
 * Per-call cache (fn_extra of the transition function): the parsed mode and,
 * for the event-name form, the step names.  When the argument is a constant
 * of the aggregate call (the usual case) it is read once; otherwise each row
 * compares its raw argument bytes with the cached copy, so a non-constant
 * argument still works, only more slowly.
 */
typedef struct FunnelArgCache
{
	bool		consts_known;	/* *_const worked out */
	bool		window_const;	/* window argument is a Const of the Aggref */
	bool		mode_const;		/* mode argument is a Const of the Aggref */
	bool		steps_const;	/* steps argument is a Const of the Aggref */
	bool		log_ok;			/* window, mode and number of steps are constants */
	EventLogSite site;			/* the hashed aggregate context and its log */
	char	   *mode_raw;		/* mode text bytes (no header), or NULL */
	int			mode_len;
	uint32		mode_flags;
	char	   *steps_raw;		/* whole text[] varlena, or NULL */
	Size		steps_len;
	int			nsteps;
	int			step_len[FUNNEL_MAX_STEPS];
	const char *step_str[FUNNEL_MAX_STEPS]; /* NULL: a NULL step, never matches */
} FunnelArgCache;

#ifdef USE_ASSERT_CHECKING
static void
AssertCheckState(const FunnelState *s)
{
	Assert(s->nsteps >= 1 && s->nsteps <= FUNNEL_MAX_STEPS);
	Assert((s->flags & ~FUNNEL_ALL_FLAGS) == 0);
	Assert(s->window >= 0);
	Assert((uint64) s->n * (s->wide ? 2 : 1) <= s->cap);
	Assert(s->wide || s->nsteps <= FUNNEL_NARROW_MAX_STEPS);
}
#else
#define AssertCheckState(s) ((void) 0)
#endif

static inline uint32
StepMaskAll(int nsteps)
{
	return nsteps >= 32 ? PG_UINT32_MAX : (((uint32) 1 << nsteps) - 1);
}

/* ---------- argument checks ---------- */

static inline void
FunnelCheckNsteps(int n)
{
	if (n < 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("a funnel needs at least one step"),
				 errdetail("The step list given is empty.")));
	if (n > FUNNEL_MAX_STEPS)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("a funnel has at most %d steps", FUNNEL_MAX_STEPS),
				 errdetail("%d steps were given.", n)));
}

static inline void
FunnelCheckNotNull(FunctionCallInfo fcinfo, int argno, const char *what)
{
	if (PG_ARGISNULL(argno))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s of window_funnel must not be NULL", what)));
}

/*
 * Parse a comma-separated mode list into FUNNEL_* flags.  An empty (or blank)
 * string is the default mode; an empty item inside a list is an error.
 */
static uint32
FunnelParseMode(const char *str, int len)
{
	uint32		flags = 0;
	int			i = 0;
	int			end = len;

	while (i < end && (str[i] == ' ' || str[i] == '\t'))
		i++;
	if (i == end)
		return 0;
	for (;;)
	{
		int			start,
					stop;
		int			wlen;
		const char *w;

		while (i < end && (str[i] == ' ' || str[i] == '\t'))
			i++;
		start = i;
		while (i < end && str[i] != ',')
			i++;
		stop = i;
		while (stop > start && (str[stop - 1] == ' ' || str[stop - 1] == '\t'))
			stop--;
		w = str + start;
		wlen = stop - start;
		if (wlen == 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("invalid window_funnel mode \"%.*s\"", len, str),
					 errdetail("The mode list has an empty item."),
					 errhint("Valid modes are %s, separated by commas.", FUNNEL_MODE_LIST)));
		else if (wlen == 12 && memcmp(w, "strict_order", 12) == 0)
			flags |= FUNNEL_STRICT_ORDER;
		else if (wlen == 20 && memcmp(w, "strict_deduplication", 20) == 0)
			flags |= FUNNEL_STRICT_DEDUP;
		else if (wlen == 15 && memcmp(w, "strict_increase", 15) == 0)
			flags |= FUNNEL_STRICT_INCREASE;
		else if (wlen == 13 && memcmp(w, "allow_reentry", 13) == 0)
			flags |= FUNNEL_ALLOW_REENTRY;
		else
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("unknown window_funnel mode \"%.*s\"", wlen, w),
					 errhint("Valid modes are %s, separated by commas.", FUNNEL_MODE_LIST)));
		if (i >= end)
			break;
		i++;					/* past the comma */
	}
	if ((flags & FUNNEL_ALLOW_REENTRY) && !(flags & FUNNEL_STRICT_ORDER))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("window_funnel mode allow_reentry requires strict_order"),
				 errhint("Use the mode 'strict_order, allow_reentry'.")));
	return flags;
}

static inline FunnelArgCache *
FunnelGetCache(FunctionCallInfo fcinfo)
{
	return (FunnelArgCache *) ca_fn_cache(fcinfo, sizeof(FunnelArgCache));
}

/*
 * Work out once which arguments are constants, and so whether a hashed
 * aggregation may keep its events in one log.  modearg: the mode's argument
 * number, or 0.  stepsarg: the step names' argument number; for the VARIADIC
 * boolean form, minus the steps array's argument number (the number of steps
 * is fixed when that array is a constant or an ARRAY[...]); 0 for the
 * fixed-arity boolean forms, whose number of steps is always fixed.
 */
static inline void
FunnelNoteConsts(FunctionCallInfo fcinfo, FunnelArgCache *c, int modearg, int stepsarg)
{
	bool		steps_fixed;

	if (likely(c->consts_known))
		return;
	c->window_const = ca_agg_arg_is_const(fcinfo, 1);
	c->mode_const = modearg > 0 && ca_agg_arg_is_const(fcinfo, modearg);
	c->steps_const = stepsarg > 0 && ca_agg_arg_is_const(fcinfo, stepsarg);
	if (stepsarg > 0)
		steps_fixed = c->steps_const;
	else if (stepsarg < 0)
		steps_fixed = ca_agg_arg_is_fixed_array(fcinfo, -stepsarg);
	else
		steps_fixed = true;
	c->log_ok = c->window_const && (modearg == 0 || c->mode_const) && steps_fixed;
	c->consts_known = true;
}

/* The mode flags of argument argno, parsed once per distinct value. */
static inline uint32
FunnelModeArg(FunctionCallInfo fcinfo, int argno)
{
	FunnelArgCache *c;
	text	   *t;
	int			len;

	c = FunnelGetCache(fcinfo);
	if (c->mode_const && c->mode_raw != NULL)
		return c->mode_flags;	/* a constant, parsed on the first row */
	FunnelCheckNotNull(fcinfo, argno, "mode");
	t = PG_GETARG_TEXT_PP(argno);
	len = VARSIZE_ANY_EXHDR(t);
	if (c->mode_raw != NULL && c->mode_len == len &&
		memcmp(c->mode_raw, VARDATA_ANY(t), len) == 0)
		return c->mode_flags;

	c->mode_flags = FunnelParseMode(VARDATA_ANY(t), len);
	if (c->mode_raw)
		pfree(c->mode_raw);
	c->mode_raw = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, len + 1);
	memcpy(c->mode_raw, VARDATA_ANY(t), len);
	c->mode_len = len;
	return c->mode_flags;
}

/* The step names of argument argno (text[]), cached per distinct value. */
static pg_noinline FunnelArgCache *
FunnelStepNamesArgSlow(FunctionCallInfo fcinfo, int argno)
{
	FunnelArgCache *c = FunnelGetCache(fcinfo);
	struct varlena *raw;
	Size		len;
	ArrayType  *arr;
	int			n;
	char	   *p;
	bits8	   *bitmap;
	int			bitmask;
	int			i;

	if (c->steps_const && c->steps_raw != NULL)
		return c;				/* a constant, indexed on the first row */
	if (PG_ARGISNULL(argno))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("steps of window_funnel must not be NULL"),
				 errhint("Pass the step names as a text array, e.g. ARRAY['view', 'cart', 'pay'].")));
	raw = (struct varlena *) DatumGetPointer(PG_GETARG_DATUM(argno));
	if (!VARATT_IS_EXTENDED(raw))
	{
		len = VARSIZE(raw);
		if (c->steps_raw != NULL && c->steps_len == len && memcmp(c->steps_raw, raw, len) == 0)
			return c;
	}

	/* a new value: copy it (flattened) into the cache and index it */
	arr = DatumGetArrayTypeP(PG_GETARG_DATUM(argno));
	len = VARSIZE(arr);
	if (c->steps_raw != NULL && c->steps_len == len && memcmp(c->steps_raw, arr, len) == 0)
		return c;
	if (ARR_NDIM(arr) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("steps of window_funnel must be a one-dimensional array"),
				 errdetail("The array given has %d dimensions.", ARR_NDIM(arr))));
	n = ARR_NDIM(arr) == 0 ? 0 : ARR_DIMS(arr)[0];
	FunnelCheckNsteps(n);
	if (c->steps_raw)
		pfree(c->steps_raw);
	c->steps_raw = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, len);
	memcpy(c->steps_raw, arr, len);
	c->steps_len = len;
	c->nsteps = n;

	arr = (ArrayType *) c->steps_raw;
	p = ARR_DATA_PTR(arr);
	bitmap = ARR_NULLBITMAP(arr);
	bitmask = 1;
	for (i = 0; i < n; i++)
	{
		if (bitmap && (*bitmap & bitmask) == 0)
		{
			c->step_str[i] = NULL;
			c->step_len[i] = 0;
		}
		else
		{
			c->step_str[i] = VARDATA_ANY(p);
			c->step_len[i] = VARSIZE_ANY_EXHDR(p);
			p = att_addlength_pointer(p, -1, p);
			p = (char *) att_align_nominal(p, TYPALIGN_INT);
		}
		if (bitmap)
		{
			bitmask <<= 1;
			if (bitmask == 0x100)
			{
				bitmap++;
				bitmask = 1;
			}
		}
	}
	return c;
}

/* The same, with the check for a constant done in line. */
static inline FunnelArgCache *
FunnelStepNamesArg(FunctionCallInfo fcinfo, int argno)
{
	FunnelArgCache *c = (FunnelArgCache *) fcinfo->flinfo->fn_extra;

	if (likely(c != NULL && c->steps_const && c->steps_raw != NULL))
		return c;
	return FunnelStepNamesArgSlow(fcinfo, argno);
}

/*
 * The step mask of a VARIADIC bool[] argument, read in place: no
 * deconstruct_array, no allocation.  NULL elements count as false.
 */
static inline uint32
FunnelBoolMask(FunctionCallInfo fcinfo, int argno, int *nsteps)
{
	ArrayType  *arr;
	int			n;

	if (PG_ARGISNULL(argno))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("steps of window_funnel must not be NULL"),
				 errhint("Pass one boolean condition per step.")));
	arr = PG_GETARG_ARRAYTYPE_P(argno);
	if (unlikely(ARR_NDIM(arr) != 1))
	{
		if (ARR_NDIM(arr) == 0)
			FunnelCheckNsteps(0);
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("steps of window_funnel must be a one-dimensional array"),
				 errdetail("The array given has %d dimensions.", ARR_NDIM(arr))));
	}
	Assert(ARR_ELEMTYPE(arr) == BOOLOID);
	n = ARR_DIMS(arr)[0];
	if (unlikely(n < 1 || n > FUNNEL_MAX_STEPS))
		FunnelCheckNsteps(n);
	*nsteps = n;
	return ca_bool_array_bits(arr, n);
}

/* The step mask of the event-name form: step k matches when event = steps[k]. */
static inline uint32
FunnelNameMask(FunctionCallInfo fcinfo, int evarg, const FunnelArgCache *c)
{
	text	   *ev;
	const char *s;
	int			len;
	uint32		mask = 0;
	int			i;

	if (PG_ARGISNULL(evarg))
		return 0;
	ev = (text *) DatumGetPointer(PG_GETARG_DATUM(evarg));
	if (unlikely(VARATT_IS_COMPRESSED(ev) || VARATT_IS_EXTERNAL(ev)))
		ev = PG_GETARG_TEXT_PP(evarg);	/* detoast; a plain value is read in place */
	s = VARDATA_ANY(ev);
	len = VARSIZE_ANY_EXHDR(ev);
	for (i = 0; i < c->nsteps; i++)
	{
		if (c->step_len[i] == len && c->step_str[i] != NULL &&
			(len == 0 || (c->step_str[i][0] == s[0] && memcmp(c->step_str[i], s, len) == 0)))
			mask |= (uint32) 1 << i;
	}
	return mask;
}

/* ---------- transition ---------- */

/* A transition function's result: NULL until the first row with a time. */
#define FUNNEL_RETURN_STATE(s) \
	do { \
		if ((s) == NULL) \
			PG_RETURN_NULL(); \
		PG_RETURN_POINTER(s); \
	} while (0)

/*
 * Add one row.  window is argument 1 and ts argument 2 in every form; the
 * caller has worked out the step mask, the number of steps and the flags.
 */
static inline FunnelState *
FunnelAdd(FunctionCallInfo fcinfo, MemoryContext aggcxt, FunnelState *s,
		  uint32 mask, int nsteps, uint32 flags)
{
	Interval   *iv;
	int64		ts;

	FunnelCheckNotNull(fcinfo, 1, "window");
	iv = PG_GETARG_INTERVAL_P(1);
	if (s == NULL)
		s = funnel_state_new(aggcxt, nsteps, flags, ca_interval_usec(iv, "window", true));
	else
	{
		/* a constant window (the usual case) is checked on the first row only */
		if (!FunnelGetCache(fcinfo)->window_const &&
			unlikely(ca_interval_usec(iv, "window", true) != s->window))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("window of window_funnel must be the same in every row of a group")));
		if (unlikely(nsteps != s->nsteps))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("every row of a window_funnel group must have the same number of steps"),
					 errdetail("A row has %d steps where an earlier one had %d.", nsteps, s->nsteps)));
		if (unlikely(flags != s->flags))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("mode of window_funnel must be the same in every row of a group")));
	}

	/* events matching no step matter only in strict_order mode */
	if (mask == 0 && !(flags & FUNNEL_STRICT_ORDER))
		return s;
	ts = PG_GETARG_INT64(2);
	if (unlikely(TIMESTAMP_NOT_FINITE(ts)))
		ca_check_finite_ts(ts, "event time");
	return funnel_state_push(s, aggcxt, ts, mask);
}

/*
 * The log of an aggregate context seen for the first time (on a group's
 * first row): made when the aggregation is hashed and the call's window,
 * mode and number of steps are constants (event_log.h).  NULL, and
 * remembered by the site, when the groups keep their own events.
 */
static pg_noinline FunnelLog *
FunnelLogDecide(FunctionCallInfo fcinfo, FunnelArgCache *c, MemoryContext aggcxt,
				int nsteps, uint32 flags)
{
	FunnelLog  *log;

	if (!event_log_may_start(&c->site, fcinfo, aggcxt,
							 c->log_ok && nsteps <= FUNNEL_NARROW_MAX_STEPS))
		return NULL;
	FunnelCheckNotNull(fcinfo, 1, "window");
	log = (FunnelLog *) event_log_new(aggcxt, &c->site, nsteps, sizeof(FunnelLog));
	log->flags = flags;
	log->window = ca_interval_usec(PG_GETARG_INTERVAL_P(1), "window", true);
	return log;
}

/*
 * One row, for a group whose state is state (NULL on its first row): into
 * the log when the context has one, else into the group's own FunnelState.
 * In a context with a log every state is a slot of that log, and is not
 * read here: not touching the group is the point of the log.
 */
static inline Datum
FunnelRow(FunctionCallInfo fcinfo, MemoryContext aggcxt, void *state,
		  uint32 mask, int nsteps, uint32 flags)
{
	FunnelArgCache *c = (FunnelArgCache *) fcinfo->flinfo->fn_extra;
	FunnelLog  *log = (FunnelLog *) event_log_of(&c->site, aggcxt);

	if (log == NULL && state == NULL)
		log = FunnelLogDecide(fcinfo, c, aggcxt, nsteps, flags);
	if (log != NULL)
	{
		EventSlot  *slot = state != NULL ? (EventSlot *) state : event_log_new_slot(&log->el);

		Assert(event_log_is_slot(slot) && slot->log == &log->el);
		/* a log is made only when these are constants of the call */
		Assert(nsteps == log->el.shift && flags == log->flags);
		if (mask != 0 || (flags & FUNNEL_STRICT_ORDER))
		{
			int64		ts = PG_GETARG_INT64(2);

			if (unlikely(TIMESTAMP_NOT_FINITE(ts)))
				ca_check_finite_ts(ts, "event time");
			event_log_add(&log->el, slot, ts, mask);
		}
		PG_RETURN_POINTER(slot);
	}
	Assert(state == NULL || !event_log_is_slot(state));
	PG_RETURN_POINTER(FunnelAdd(fcinfo, aggcxt, (FunnelState *) state, mask, nsteps, flags));
}

/*
 * The boolean-step transitions: mode text at argument 3 when modearg, then
 * the steps, as one VARIADIC bool[] or as fixed-arity bool arguments.
 */
static inline Datum
FunnelBoolTrans(FunctionCallInfo fcinfo, const char *fname, bool modearg, bool variadic)
{
	MemoryContext aggcxt = ca_agg_context(fcinfo, fname);
	void	   *s = PG_ARGISNULL(0) ? NULL : PG_GETARG_POINTER(0);
	int			first = modearg ? 4 : 3;
	uint32		flags = 0;
	uint32		mask;
	int			nsteps;

	if (PG_ARGISNULL(2))
		FUNNEL_RETURN_STATE(s);
	FunnelNoteConsts(fcinfo, FunnelGetCache(fcinfo), modearg ? 3 : 0, variadic ? -first : 0);
	if (modearg)
		flags = FunnelModeArg(fcinfo, 3);
	mask = variadic ? FunnelBoolMask(fcinfo, first, &nsteps)
		: ca_bool_args_mask(fcinfo, first, &nsteps);
	return FunnelRow(fcinfo, aggcxt, s, mask, nsteps, flags);
}

/* window_funnel(window, ts, VARIADIC steps bool[]) transition */
PG_FUNCTION_INFO_V1(funnel_bool_trans);
Datum
funnel_bool_trans(PG_FUNCTION_ARGS)
{
	return FunnelBoolTrans(fcinfo, "funnel_bool_trans", false, true);
}

/* window_funnel(window, ts, mode text, VARIADIC steps bool[]) transition */
PG_FUNCTION_INFO_V1(funnel_bool_mode_trans);
Datum
funnel_bool_mode_trans(PG_FUNCTION_ARGS)
{
	return FunnelBoolTrans(fcinfo, "funnel_bool_mode_trans", true, true);
}

/* window_funnel(window, ts, step1 bool, ..., stepN bool) transition */
PG_FUNCTION_INFO_V1(funnel_bools_trans);
Datum
funnel_bools_trans(PG_FUNCTION_ARGS)
{
	return FunnelBoolTrans(fcinfo, "funnel_bools_trans", false, false);
}

/* window_funnel(window, ts, mode text, step1 bool, ..., stepN bool) transition */
PG_FUNCTION_INFO_V1(funnel_bools_mode_trans);
Datum
funnel_bools_mode_trans(PG_FUNCTION_ARGS)
{
	return FunnelBoolTrans(fcinfo, "funnel_bools_mode_trans", true, false);
}

/* window_funnel(window, ts, event text, steps text[]) transition */
PG_FUNCTION_INFO_V1(funnel_name_trans);
Datum
funnel_name_trans(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt = ca_agg_context(fcinfo, "funnel_name_trans");
	void	   *s = PG_ARGISNULL(0) ? NULL : PG_GETARG_POINTER(0);
	FunnelArgCache *c;
	uint32		mask;

	if (PG_ARGISNULL(2))
		FUNNEL_RETURN_STATE(s);
	FunnelNoteConsts(fcinfo, FunnelGetCache(fcinfo), 0, 4);
	c = FunnelStepNamesArg(fcinfo, 4);
	mask = FunnelNameMask(fcinfo, 3, c);
	return FunnelRow(fcinfo, aggcxt, s, mask, c->nsteps, 0);
}

/* window_funnel(window, ts, event text, steps text[], mode text) transition */
PG_FUNCTION_INFO_V1(funnel_name_mode_trans);
Datum
funnel_name_mode_trans(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt = ca_agg_context(fcinfo, "funnel_name_mode_trans");
	void	   *s = PG_ARGISNULL(0) ? NULL : PG_GETARG_POINTER(0);
	FunnelArgCache *c;
	uint32		flags;
	uint32		mask;

	if (PG_ARGISNULL(2))
		FUNNEL_RETURN_STATE(s);
	FunnelNoteConsts(fcinfo, FunnelGetCache(fcinfo), 5, 4);
	flags = FunnelModeArg(fcinfo, 5);
	c = FunnelStepNamesArg(fcinfo, 4);
	mask = FunnelNameMask(fcinfo, 3, c);
	return FunnelRow(fcinfo, aggcxt, s, mask, c->nsteps, flags);
}

/* ---------- the events of a state ---------- */

/* Room on the stack for the events of a group read from a log. */
#define FUNNEL_STACK_EVENTS 128
typedef struct FunnelStackBuf
{
	uint64		words[offsetof(FunnelState, ev) / sizeof(uint64) + FUNNEL_STACK_EVENTS];
} FunnelStackBuf;

/*
 * A state's events as a FunnelState: the state itself, or for a slot the
 * group's events read from its log (into *stack when they fit).  Release
 * with FunnelEventsDone.
 */
static inline FunnelState *
FunnelEventsOf(void *state, FunnelStackBuf *stack)
{
	if (event_log_is_slot(state))
		return funnel_state_from_log((EventSlot *) state, stack, FUNNEL_STACK_EVENTS);
	return (FunnelState *) state;
}

static inline void
FunnelEventsDone(FunnelState *s, void *state, FunnelStackBuf *stack)
{
	if ((void *) s != state && (void *) s != (void *) stack)
		pfree(s);
}

/* ---------- combine, serialize, deserialize ---------- */

static void
FunnelCheckCompatible(const FunnelState *a, const FunnelState *b)
{
	if (a->nsteps != b->nsteps || a->flags != b->flags || a->window != b->window)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot combine window_funnel states with different windows, modes or numbers of steps")));
}

/* window_funnel / funnel_detail combine function */
PG_FUNCTION_INFO_V1(funnel_combine);
Datum
funnel_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggcxt = ca_agg_context(fcinfo, "funnel_combine");
	void	   *av = PG_ARGISNULL(0) ? NULL : PG_GETARG_POINTER(0);
	void	   *bv = PG_ARGISNULL(1) ? NULL : PG_GETARG_POINTER(1);
	FunnelState *a;
	FunnelState *b;

	if (bv == NULL)
	{
		if (av == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(av);
	}
	/* states in a log (not what PostgreSQL combines, but any state works) */
	if (av != NULL && event_log_is_slot(av))
	{
		MemoryContext old = MemoryContextSwitchTo(aggcxt);

		av = funnel_state_from_log((EventSlot *) av, NULL, 0);
		MemoryContextSwitchTo(old);
	}
	b = event_log_is_slot(bv) ? funnel_state_from_log((EventSlot *) bv, NULL, 0) : (FunnelState *) bv;
	if (av == NULL)
		a = funnel_state_new(aggcxt, b->nsteps, b->flags, b->window);
	else
	{
		a = (FunnelState *) av;
		FunnelCheckCompatible(a, b);
	}
	a = funnel_state_append(a, aggcxt, b);
	if ((void *) b != bv)
		pfree(b);
	AssertCheckState(a);
	PG_RETURN_POINTER(a);
}

/* window_funnel / funnel_detail serial function */
PG_FUNCTION_INFO_V1(funnel_serialize);
Datum
funnel_serialize(PG_FUNCTION_ARGS)
{
	FunnelStackBuf stack;
	void	   *state = PG_GETARG_POINTER(0);
	FunnelState *s = FunnelEventsOf(state, &stack);
	StringInfoData buf;

	AssertCheckState(s);
	ca_ser_begin(&buf, CA_KIND_FUNNEL);
	pq_sendint32(&buf, s->nsteps);
	pq_sendint32(&buf, s->flags);
	pq_sendint64(&buf, s->window);
	funnel_state_write_events(&buf, s);
	FunnelEventsDone(s, state, &stack);
	PG_RETURN_BYTEA_P(ca_ser_end(&buf));
}

/* window_funnel / funnel_detail deserial function */
PG_FUNCTION_INFO_V1(funnel_deserialize);
Datum
funnel_deserialize(PG_FUNCTION_ARGS)
{
	MemoryContext cxt = ca_deser_context(fcinfo, "funnel_deserialize");
	bytea	   *b = PG_GETARG_BYTEA_PP(0);
	StringInfoData buf;
	FunnelState *s;
	int32		nsteps;
	uint32		flags;
	int64		window;

	ca_deser_begin(&buf, b, CA_KIND_FUNNEL, "window_funnel");
	nsteps = (int32) pq_getmsgint(&buf, 4);
	flags = (uint32) pq_getmsgint(&buf, 4);
	window = pq_getmsgint64(&buf);
	if (nsteps < 1 || nsteps > FUNNEL_MAX_STEPS ||
		(flags & ~FUNNEL_ALL_FLAGS) != 0 || window < 0)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("serialized window_funnel state has invalid parameters")));
	s = funnel_state_new(cxt, nsteps, flags, window);
	s = funnel_state_read_events(&buf, s, cxt);
	ca_deser_end(&buf, "window_funnel");
	AssertCheckState(s);
	PG_RETURN_POINTER(s);
}

/* ---------- the scan ---------- */

/* One link of a chain built by the scan: a step's time and the chain it extends. */
typedef struct FunnelLink
{
	int64		ts;
	int32		parent;			/* index of the previous step's link, -1 for step 1 */
} FunnelLink;

typedef struct FunnelTrace
{
	FunnelLink *links;
	int32		nlinks;
	int32		cap;
	int32		cur[FUNNEL_MAX_STEPS];	/* link of the chain now held at each level */
	int32		firstset[FUNNEL_MAX_STEPS]; /* link when the level was first reached */
} FunnelTrace;

static inline void
FunnelTraceSet(FunnelTrace *tr, int level, int64 ts)
{
	int32		k;

	if (tr->nlinks >= tr->cap)
	{
		tr->cap = tr->cap == 0 ? 64 : tr->cap * 2;
		if ((Size) tr->cap * sizeof(FunnelLink) > MaxAllocSize)
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("funnel_detail trace too large")));
		tr->links = tr->links == NULL ? palloc(tr->cap * sizeof(FunnelLink))
			: repalloc(tr->links, tr->cap * sizeof(FunnelLink));
	}
	k = tr->nlinks++;
	tr->links[k].ts = ts;
	tr->links[k].parent = level == 0 ? -1 : tr->cur[level - 1];
	tr->cur[level] = k;
	if (tr->firstset[level] < 0)
		tr->firstset[level] = k;
}

/*
 * The ClickHouse windowFunnel scan.  Events are sorted by time; an event
 * matching several steps stands for one entry per step, and entries of equal
 * time are taken in step order (events matching no step first), which is
 * ClickHouse's order of (time, step) pairs.  Per level the scan holds the
 * first and last time of one chain: the one whose start is latest, as a
 * later start can only help later steps fit in the window.
 *
 * Returns the level reached.  With a trace, records the chains so the chain
 * that first reached each level can be read back.
 */
static pg_attribute_always_inline int
FunnelScanImpl(const FunnelState *st, bool wide, FunnelTrace *tr)
{
	int64		first[FUNNEL_MAX_STEPS];
	int64		last[FUNNEL_MAX_STEPS];
	const uint32 n = st->n;
	const int	nsteps = st->nsteps;
	const int64 window = st->window;
	const uint32 flags = st->flags;
	int			level = 0;		/* levels 0 .. level-1 (steps 1 .. level) reached */
	const bool	strict_order = (flags & FUNNEL_STRICT_ORDER) != 0;
	const bool	dedup = (flags & FUNNEL_STRICT_DEDUP) != 0;
	const bool	increase = (flags & FUNNEL_STRICT_INCREASE) != 0;
	const bool	reentry = (flags & FUNNEL_ALLOW_REENTRY) != 0;
	uint32		i,
				j;

	Assert(st->sorted);
	for (i = 0; i < n; i = j)
	{
		int64		t = funnel_state_ts(st, wide, i);
		uint32		m = funnel_state_mask(st, wide, i);
		uint32		dup = 0;
		bool		zero = (m == 0);

		/* gather the entries of this instant: their steps, and steps seen twice */
		for (j = i + 1; j < n && funnel_state_ts(st, wide, j) == t; j++)
		{
			uint32		mj = funnel_state_mask(st, wide, j);

			dup |= m & mj;
			m |= mj;
			zero |= (mj == 0);
		}
		if ((j & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();

		/* in strict_order, an event matching no step ends the chain */
		if (zero && strict_order && level > 0)
			return level;

		while (m != 0)
		{
			int			s = pg_rightmost_one_pos32(m);

			m &= m - 1;
			if (s == 0)
			{
				/* a chain may (re)start here: the latest start is the best */
				first[0] = last[0] = t;
				if (tr)
					FunnelTraceSet(tr, 0, t);
				if (level == 0)
					level = 1;
				if (nsteps == 1)
					return 1;
			}
			else if (dedup && s < level)
				return level;	/* a step already reached came again */
			else if (s - 1 < level)
			{
				if (t - first[s - 1] <= window && (!increase || last[s - 1] < t))
				{
					first[s] = first[s - 1];
					last[s] = t;
					if (tr)
						FunnelTraceSet(tr, s, t);
					if (s == level)
						level++;
					if (level == nsteps)
						return level;
				}
				/* the same step twice at this instant: the second is a repeat */
				if (dedup && ((dup >> s) & 1) && s < level)
					return level;
			}
			else if (strict_order && level > 0 && !reentry)
				return level;	/* a step came before its predecessor */
		}
	}
	return level;
}

/*
 * The level, sorting and scanning only when the steps seen leave a choice:
 * with no step-1 event the level is 0, and with step-1 events but none for
 * step 2 it is 1, whatever the mode (the first step-1 event reaches level 1
 * and nothing can reach level 2).
 */
static int
FunnelLevel(FunnelState *s)
{
	if ((s->seen & 1) == 0)
		return 0;
	if (s->nsteps == 1 || (s->seen & 2) == 0)
		return 1;
	funnel_state_sort(s);
	return s->wide ? FunnelScanImpl(s, true, NULL) : FunnelScanImpl(s, false, NULL);
}

/* window_funnel final function: the level reached, 0 for no rows */
PG_FUNCTION_INFO_V1(funnel_level_final);
Datum
funnel_level_final(PG_FUNCTION_ARGS)
{
	FunnelStackBuf stack;
	void	   *state;
	FunnelState *s;
	int			level;

	ca_agg_context(fcinfo, "funnel_level_final");
	if (PG_ARGISNULL(0))
		PG_RETURN_INT32(0);
	state = PG_GETARG_POINTER(0);
	s = FunnelEventsOf(state, &stack);
	AssertCheckState(s);
	level = FunnelLevel(s);
	FunnelEventsDone(s, state, &stack);
	PG_RETURN_INT32(level);
}

static Datum
FunnelDetail(FunctionCallInfo fcinfo, Oid elemtype)
{
	FunnelStackBuf stack;
	void	   *state;
	FunnelState *s;
	FunnelTrace tr;
	int			level = 0;
	Datum		times[FUNNEL_MAX_STEPS];
	Datum		values[2];
	bool		nulls[2] = {false, false};
	int			k;

	ca_agg_context(fcinfo, "funnel_detail_final");
	if (!PG_ARGISNULL(0))
	{
		state = PG_GETARG_POINTER(0);
		s = FunnelEventsOf(state, &stack);
		AssertCheckState(s);
		funnel_state_sort(s);
		memset(&tr, 0, sizeof(tr));
		for (k = 0; k < FUNNEL_MAX_STEPS; k++)
			tr.cur[k] = tr.firstset[k] = -1;
		level = s->wide ? FunnelScanImpl(s, true, &tr) : FunnelScanImpl(s, false, &tr);
		if (level > 0)
		{
			int32		l = tr.firstset[level - 1];

			for (k = level - 1; k >= 0; k--)
			{
				Assert(l >= 0);
				times[k] = Int64GetDatum(tr.links[l].ts);
				l = tr.links[l].parent;
			}
			Assert(l == -1);
		}
		if (tr.links)
			pfree(tr.links);
		FunnelEventsDone(s, state, &stack);
	}
	values[0] = Int32GetDatum(level);
	values[1] = PointerGetDatum(construct_array(times, level, elemtype, 8, FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
	return ca_make_tuple(fcinfo, values, nulls);
}

/* funnel_detail final function, timestamptz events */
PG_FUNCTION_INFO_V1(funnel_detail_final);
Datum
funnel_detail_final(PG_FUNCTION_ARGS)
{
	return FunnelDetail(fcinfo, TIMESTAMPTZOID);
}

/* funnel_detail final function, timestamp events */
PG_FUNCTION_INFO_V1(funnel_detail_ts_final);
Datum
funnel_detail_ts_final(PG_FUNCTION_ARGS)
{
	return FunnelDetail(fcinfo, TIMESTAMPOID);
}
