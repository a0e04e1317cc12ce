/*-------------------------------------------------------------------------
 * funnel_log.h
 *	  The event log of a hashed window_funnel / funnel_detail aggregation.
 *
 *	  A hashed GROUP BY user_id over events in random order touches a
 *	  different group on every row.  Keeping each group's events in its own
 *	  state costs a cache miss per row on top of the hash table's own; on 10
 *	  million events of 1 million users that miss was a third of the time.
 *	  So, when the aggregation is hashed and the window, mode and steps are
 *	  constants of the call (the usual case), a group's state is a small
 *	  FunnelSlot that rows never touch: each row appends (slot, key) to one
 *	  log shared by all groups of the aggregate context, which is written in
 *	  sequence.  The first final (or serial) call groups the log by slot in
 *	  two passes and every group then reads its events from one place.
 *
 *	  The log lives in the aggregate context and is forgotten when that
 *	  context is reset (a reset callback), as PostgreSQL does between the
 *	  batches of a hash aggregation that spilled to disk.
 *-------------------------------------------------------------------------
 */
#ifndef CA_FUNNEL_LOG_H
#define CA_FUNNEL_LOG_H

#include "funnel_state.h"

typedef struct FunnelLog FunnelLog;

/*
 * Where a caller keeps the log of one aggregate context (NULL log: the
 * context does not use one).  Cleared when the context is reset.
 */
typedef struct FunnelLogRef
{
	MemoryContext cxt;
	FunnelLog  *log;
} FunnelLogRef;

/*
 * A group's state while its events are in a log.  Its first byte is 0, where
 * a FunnelState has nsteps (1 or more), so the two are told apart.
 */
typedef struct FunnelSlot
{
	uint8		zero;			/* always 0 */
	uint32		count;			/* the group's events, once the log is grouped */
	uint64		start;			/* the first of them in the grouped keys */
	FunnelLog  *log;
} FunnelSlot;

static inline bool
funnel_is_slot(const void *state)
{
	return *(const uint8 *) state == 0;
}

typedef struct FunnelLogEntry
{
	FunnelSlot *slot;
	uint64		key;			/* a narrow key relative to the log's base */
} FunnelLogEntry;

typedef struct FunnelWideEntry
{
	FunnelSlot *slot;
	int64		ts;
	uint32		mask;
} FunnelWideEntry;

struct FunnelLog
{
	MemoryContext cxt;			/* the aggregate context it all lives in */
	FunnelLogRef *ref;			/* cleared when cxt is reset (may be NULL) */
	int			nsteps;			/* the call's constants, shared by every group */
	uint32		flags;
	int64		window;
	int64		base;			/* the time keys are relative to */
	bool		have_base;
	/* appended entries: full segments, then the one being filled */
	FunnelLogEntry **segs;
	uint32		nsegs;
	uint32		segs_cap;
	FunnelLogEntry *seg;
	uint32		segn;
	uint32		segcap;
	uint64		nentries;		/* in the full segments */
	/* the slots, in blocks, in the order they were made */
	FunnelSlot **blocks;
	uint32		nblocks;
	uint32		blocks_cap;
	uint32		blockn;			/* slots used in the last block */
	/* events whose time is too far from base for a key (rare) */
	struct FunnelWideEntry *wide;	/* sorted by slot once grouped */
	uint64		nwide;
	uint64		wide_cap;
	/* once grouped: every key, grouped by slot (each slot has its range) */
	bool		grouped;
	uint64	   *keys;
	MemoryContextCallback cb;
};

/* A new log for the constants of a call, in the aggregate context cxt; sets *ref. */
extern FunnelLog *funnel_log_new(MemoryContext cxt, FunnelLogRef *ref,
								 int nsteps, uint32 flags, int64 window);
extern FunnelSlot *funnel_log_new_slot(FunnelLog *log);
extern void funnel_log_add_slow(FunnelLog *log, FunnelSlot *slot, int64 ts, uint32 mask);

static inline void
funnel_log_add(FunnelLog *log, FunnelSlot *slot, int64 ts, uint32 mask)
{
	uint64		key;

	if (likely(log->segn < log->segcap && !log->grouped &&
			   funnel_key(ts, log->base, log->nsteps, mask, &key)))
	{
		FunnelLogEntry *e = &log->seg[log->segn++];

		e->slot = slot;
		e->key = key;
		return;
	}
	funnel_log_add_slow(log, slot, ts, mask);
}

/*
 * The events of a slot's group as a FunnelState (not sorted).  Up to
 * stack_events events go in stackbuf (room for the header and that many
 * keys, 8-byte aligned), more in a chunk allocated in CurrentMemoryContext.
 */
extern FunnelState *funnel_log_events(FunnelSlot *slot, void *stackbuf, uint32 stack_events);

#endif							/* CA_FUNNEL_LOG_H */
