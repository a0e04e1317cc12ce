/*-------------------------------------------------------------------------
 * funnel_state.c
 *	  The per-group event store of window_funnel and funnel_detail: growth,
 *	  the switch from 8-byte keys to 16-byte events, merging, sorting and
 *	  the serialized event list.  The layout is described in funnel_state.h.
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "common/int.h"
#include "funnel_state.h"
#include "miscadmin.h"
#include "utils/memutils.h"

#define FUNNEL_HEADER		offsetof(FunnelState, ev)
/* the first chunk: the header and four narrow events, one cache line */
#define FUNNEL_FIRST_BYTES	64
/* the largest state: CA_MAX_EVENTS wide events */
#define FUNNEL_MAX_BYTES	(FUNNEL_HEADER + (Size) CA_MAX_EVENTS * sizeof(CaEvent))

StaticAssertDecl(FUNNEL_HEADER == 32 && sizeof(CaEvent) == 16,
				 "FunnelState header and event sizes");
StaticAssertDecl(FUNNEL_MAX_BYTES <= MaxAllocSize, "largest funnel state fits one allocation");

static inline Size
StateBytes(uint32 cap)
{
	return FUNNEL_HEADER + (Size) cap * sizeof(uint64);
}

FunnelState *
funnel_state_new(MemoryContext cxt, int nsteps, uint32 flags, int64 window)
{
	FunnelState *s = MemoryContextAlloc(cxt, FUNNEL_FIRST_BYTES);

	Assert(nsteps >= 1 && nsteps <= FUNNEL_MAX_STEPS);
	s->window = window;
	s->base = 0;
	s->n = 0;
	s->cap = (FUNNEL_FIRST_BYTES - FUNNEL_HEADER) / sizeof(uint64);
	s->seen = 0;
	s->nsteps = (uint8) nsteps;
	s->flags = (uint8) flags;
	s->wide = nsteps > FUNNEL_NARROW_MAX_STEPS;
	s->sorted = true;
	return s;
}

/* Room for need more words: doubles the chunk (AllocSet chunks are powers of two). */
static FunnelState *
Reserve(FunnelState *s, uint64 need_words)
{
	uint64		words = (uint64) s->n * (s->wide ? 2 : 1) + need_words;
	Size		bytes;

	if (words <= s->cap)
		return s;
	if ((s->wide ? words / 2 : words) > (uint64) CA_MAX_EVENTS)
		ca_too_many_events((int64) (s->wide ? words / 2 : words));
	bytes = Max(StateBytes(s->cap) * 2, StateBytes((uint32) Min(words, PG_UINT32_MAX)));
	bytes = Min(bytes, FUNNEL_MAX_BYTES);
	s = repalloc(s, bytes);
	s->cap = (uint32) ((bytes - FUNNEL_HEADER) / sizeof(uint64));
	return s;
}

/*
 * Switch to 16-byte events: an event whose time is too far from the first
 * one for a key.  Rare, so done by rebuilding the events in a new chunk.
 */
static pg_noinline FunnelState *
Widen(FunnelState *s, MemoryContext cxt)
{
	FunnelState *w;
	CaEvent    *ev;
	uint32		i;
	Size		bytes;

	Assert(!s->wide);
	if ((int64) s->n + 1 > CA_MAX_EVENTS)
		ca_too_many_events((int64) s->n + 1);
	bytes = Max(StateBytes(s->cap) * 2, FUNNEL_HEADER + (Size) (s->n + 1) * sizeof(CaEvent));
	bytes = Min(bytes, FUNNEL_MAX_BYTES);
	w = MemoryContextAlloc(cxt, bytes);
	memcpy(w, s, FUNNEL_HEADER);
	w->wide = true;
	w->cap = (uint32) ((bytes - FUNNEL_HEADER) / sizeof(uint64));
	ev = (CaEvent *) w->ev;
	for (i = 0; i < s->n; i++)
	{
		ev[i].ts = funnel_state_ts(s, false, i);
		ev[i].mask = funnel_state_mask(s, false, i);
		ev[i].aux = 0;
	}
	pfree(s);
	return w;
}

/* The out-of-line part of funnel_state_push: growth and wide events. */
FunnelState *
funnel_state_grow(FunnelState *s, MemoryContext cxt, int64 ts, uint32 mask)
{
	CaEvent    *ev;
	CaEvent    *e;

	Assert((mask & ~((s->nsteps >= 32) ? PG_UINT32_MAX : (((uint32) 1 << s->nsteps) - 1))) == 0);
	if (!s->wide)
	{
		uint64		key;

		if (s->n == 0)
			s->base = ts;
		if (ca_key_make(ts, s->base, s->nsteps, mask, &key))
			return funnel_state_put_key(Reserve(s, 1), key, mask);
		s = Widen(s, cxt);
	}
	s = Reserve(s, 2);
	ev = (CaEvent *) s->ev;
	e = &ev[s->n];
	if (s->n > 0 && (e[-1].ts > ts || (e[-1].ts == ts && e[-1].mask > mask)))
		s->sorted = false;
	e->ts = ts;
	e->mask = mask;
	e->aux = 0;
	s->n++;
	s->seen |= mask;
	return s;
}

FunnelState *
funnel_state_append(FunnelState *a, MemoryContext cxt, const FunnelState *b)
{
	uint32		i;

	Assert(a->nsteps == b->nsteps && a->flags == b->flags && a->window == b->window);
	if ((uint64) a->n + b->n > (uint64) CA_MAX_EVENTS)
		ca_too_many_events((int64) a->n + b->n);
	for (i = 0; i < b->n; i++)
	{
		if ((i & 0xFFFF) == 0xFFFF)
			CHECK_FOR_INTERRUPTS();
		a = funnel_state_push(a, cxt, funnel_state_ts(b, b->wide, i), funnel_state_mask(b, b->wide, i));
	}
	return a;
}

/* ---------- sorting ---------- */

void
funnel_state_sort(FunnelState *s)
{
	if (s->sorted || s->n < 2)
	{
		s->sorted = true;
		return;
	}
	if (s->wide)
		ca_sort_events((CaEvent *) s->ev, s->n);
	else
		ca_sort_keys(s->ev, s->n);
	s->sorted = true;
}

/* ---------- the serialized event list ---------- */

/* The event list of common.h, aux always 0. */
void
funnel_state_write_events(StringInfo buf, const FunnelState *s)
{
	char	   *p = ca_evlist_write(buf, s->n);
	uint32		i;

	for (i = 0; i < s->n; i++, p += CA_EVENT_WIRE_BYTES)
		ca_event_put(p, funnel_state_ts(s, s->wide, i), funnel_state_mask(s, s->wide, i), 0);
}

/*
 * Read the events written by funnel_state_write_events into s (empty, with
 * its parameters set).  Times must be finite and masks within the steps.
 */
FunnelState *
funnel_state_read_events(StringInfo buf, FunnelState *s, MemoryContext cxt)
{
	int64		n;
	const char *p = ca_evlist_read(buf, &n);
	uint32		allowed = s->nsteps >= 32 ? PG_UINT32_MAX : (((uint32) 1 << s->nsteps) - 1);
	int64		i;

	Assert(s->n == 0);
	for (i = 0; i < n; i++, p += CA_EVENT_WIRE_BYTES)
	{
		int64		ts;
		uint32		mask;
		uint32		aux;

		ca_event_get(p, &ts, &mask, &aux);
		if ((mask & ~allowed) != 0)
			ereport(ERROR,
					(errcode(ERRCODE_DATA_CORRUPTED),
					 errmsg("serialized window_funnel state has an event outside its steps")));
		if (TIMESTAMP_NOT_FINITE(ts) || !IS_VALID_TIMESTAMP(ts))
			ereport(ERROR,
					(errcode(ERRCODE_DATA_CORRUPTED),
					 errmsg("serialized window_funnel state has an invalid event time")));
		s = funnel_state_push(s, cxt, ts, mask);
	}
	return s;
}

/* ---------- a group's events from the event log ---------- */

FunnelState *
funnel_state_from_log(EventSlot *slot, void *stackbuf, uint32 stack_events)
{
	const FunnelLog *flog = (const FunnelLog *) slot->log;
	const int	shift = flog->el.shift;
	const uint64 *keys;
	const EventLogWide *wide;
	uint32		n;
	uint64		nwide;
	FunnelState *s;
	uint32		i;
	uint64		w;

	event_log_slot_events(slot, &keys, &n, &wide, &nwide);
	if (nwide == 0)
	{
		/* the usual case: copy the keys, whose encoding a narrow state shares */
		uint32		seen = 0;

		s = stackbuf != NULL && n <= stack_events ? (FunnelState *) stackbuf
			: MemoryContextAlloc(CurrentMemoryContext, FUNNEL_HEADER + (Size) Max(n, 1) * sizeof(uint64));
		s->nsteps = (uint8) shift;
		s->flags = (uint8) flog->flags;
		s->wide = false;
		s->sorted = false;
		s->n = n;
		s->cap = Max(n, 1);
		s->window = flog->window;
		s->base = flog->el.base;
		for (i = 0; i < n; i++)
		{
			s->ev[i] = keys[i];
			seen |= ca_key_mask(keys[i], shift);
		}
		s->seen = seen;
		return s;
	}

	/* with events too far apart for keys: rebuild through the state's own pushes */
	s = funnel_state_new(CurrentMemoryContext, shift, flog->flags, flog->window);
	for (i = 0; i < n; i++)
		s = funnel_state_push(s, CurrentMemoryContext, ca_key_ts(keys[i], flog->el.base, shift),
							  ca_key_mask(keys[i], shift));
	for (w = 0; w < nwide; w++)
		s = funnel_state_push(s, CurrentMemoryContext, wide[w].ts, wide[w].mask);
	return s;
}
