/*-------------------------------------------------------------------------
 * funnel_state.h
 *	  The per-group state of window_funnel and funnel_detail: the window, the
 *	  mode and the events of the group in one growing chunk.
 *
 *	  An event is stored as one 8-byte key when it can be: the time relative
 *	  to the first event of the group in the high bits, the mask of matched
 *	  steps in the low nsteps bits, so that keys sort in (time, mask) order.
 *	  A group whose steps or time span do not fit (more than
 *	  FUNNEL_NARROW_MAX_STEPS steps, or events further apart than the key can
 *	  hold: about 1,000 years with 8 steps) holds 16-byte CaEvents instead.
 *	  Most groups hold a few events: a 64-byte chunk holds the header and the
 *	  first four, so a group costs one allocation and one cache line.
 *-------------------------------------------------------------------------
 */
#ifndef CA_FUNNEL_STATE_H
#define CA_FUNNEL_STATE_H

#include "common.h"
#include "event_log.h"

#define FUNNEL_MAX_STEPS		32
#define FUNNEL_NARROW_MAX_STEPS	CA_KEY_MAX_SHIFT

/* mode flags (serialized: never renumber) */
#define FUNNEL_STRICT_ORDER		0x01
#define FUNNEL_STRICT_DEDUP		0x02
#define FUNNEL_STRICT_INCREASE	0x04
#define FUNNEL_ALLOW_REENTRY	0x08
#define FUNNEL_ALL_FLAGS		0x0F

typedef struct FunnelState
{
	uint8		nsteps;			/* 1 .. FUNNEL_MAX_STEPS (0 marks an EventSlot) */
	uint8		flags;			/* FUNNEL_* mode flags */
	bool		wide;			/* ev holds CaEvents, not narrow keys */
	bool		sorted;			/* events are in (time, mask) order */
	uint32		seen;			/* OR of the masks of the events held */
	uint32		n;				/* events held */
	uint32		cap;			/* room after the header, in 8-byte words */
	int64		window;			/* microseconds, >= 0 */
	int64		base;			/* narrow keys: the time they are relative to */
	uint64		ev[FLEXIBLE_ARRAY_MEMBER];
} FunnelState;

/* Append a narrow key to a state with room for it. */
static inline FunnelState *
funnel_state_put_key(FunnelState *s, uint64 key, uint32 mask)
{
	Assert(!s->wide && s->n < s->cap);
	if (s->n > 0 && s->ev[s->n - 1] > key)
		s->sorted = false;
	s->ev[s->n++] = key;
	s->seen |= mask;
	return s;
}

/* A new, empty state in cxt. */
extern FunnelState *funnel_state_new(MemoryContext cxt, int nsteps, uint32 flags, int64 window);

/*
 * Add one event (a finite time); returns the state, which may have moved
 * (the transition function returns the new pointer).
 */
extern FunnelState *funnel_state_grow(FunnelState *s, MemoryContext cxt, int64 ts, uint32 mask);

static inline FunnelState *
funnel_state_push(FunnelState *s, MemoryContext cxt, int64 ts, uint32 mask)
{
	/* the common case in line: a narrow key that fits in the room left */
	if (likely(!s->wide && s->n < s->cap))
	{
		uint64		key;

		if (s->n == 0)
			s->base = ts;
		if (likely(ca_key_make(ts, s->base, s->nsteps, mask, &key)))
			return funnel_state_put_key(s, key, mask);
	}
	return funnel_state_grow(s, cxt, ts, mask);
}

/* Event i (after funnel_state_sort, in time order). */
static pg_attribute_always_inline int64
funnel_state_ts(const FunnelState *s, bool wide, uint32 i)
{
	if (wide)
		return ((const CaEvent *) s->ev)[i].ts;
	return ca_key_ts(s->ev[i], s->base, s->nsteps);
}

static pg_attribute_always_inline uint32
funnel_state_mask(const FunnelState *s, bool wide, uint32 i)
{
	if (wide)
		return ((const CaEvent *) s->ev)[i].mask;
	return ca_key_mask(s->ev[i], s->nsteps);
}

/* Append b's events to a (same parameters); returns a, which may have moved. */
extern FunnelState *funnel_state_append(FunnelState *a, MemoryContext cxt, const FunnelState *b);
/* Sort the events by (time, mask), once. */
extern void funnel_state_sort(FunnelState *s);
/* The events as the serialized event list of common.h; read back by funnel_state_read_events. */
extern void funnel_state_write_events(StringInfo buf, const FunnelState *s);
extern FunnelState *funnel_state_read_events(StringInfo buf, FunnelState *s, MemoryContext cxt);

/*
 * The event log of a hashed window_funnel / funnel_detail (event_log.h),
 * with the constants its groups share; keys have nsteps bits of mask.
 */
typedef struct FunnelLog
{
	EventLog	el;
	uint32		flags;
	int64		window;
} FunnelLog;

/*
 * The events of a slot's group as a FunnelState (not sorted).  Up to
 * stack_events events go in stackbuf (room for the header and that many
 * keys, 8-byte aligned), more in a chunk allocated in CurrentMemoryContext.
 */
extern FunnelState *funnel_state_from_log(EventSlot *slot, void *stackbuf, uint32 stack_events);

#endif							/* CA_FUNNEL_STATE_H */
