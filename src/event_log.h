/*-------------------------------------------------------------------------
 * event_log.h
 *	  The event log of a hashed aggregation that collects events per group:
 *	  window_funnel, funnel_detail, sequence_match and sequence_count.
 *
 *	  A hashed GROUP BY user_id over events in random order touches a
 *	  different group on every row.  Keeping each group's events in its own
 *	  state costs a cache miss per row on top of the hash table's own; on 10
 *	  million events of 1 million users that miss was a third of the time.
 *	  So, when the aggregation is hashed and the parameters that shape a
 *	  group's events (a funnel's window, mode and steps; a sequence's pattern
 *	  and number of conditions) are constants of the call, the usual case, a
 *	  group's state is a small EventSlot that rows never touch: each row
 *	  appends (slot, key) to one log shared by all groups of the aggregate
 *	  context, which is written in sequence.  The first final (or serial)
 *	  call groups the log by slot in two passes and every group then reads its
 *	  events from one place.
 *
 *	  A key is the event's time relative to the log's first event and its
 *	  mask of shift bits (common.h); events too far from that time for a key
 *	  are kept aside, as they are, and read back with the group's keys.
 *
 *	  The log lives in the aggregate context and is forgotten when that
 *	  context is reset (a reset callback), as PostgreSQL does between the
 *	  batches of a hash aggregation that spilled to disk.  An owner that keeps
 *	  more with its log (a funnel's window, a sequence's compiled pattern)
 *	  declares a struct that starts with an EventLog and passes its size.
 *-------------------------------------------------------------------------
 */
#ifndef CA_EVENT_LOG_H
#define CA_EVENT_LOG_H

#include "common.h"

typedef struct EventLog EventLog;

/*
 * A group's state while its events are in a log.  Its first byte is 0; the
 * owners' own states start with a byte that is never 0, so the two are told
 * apart.
 */
typedef struct EventSlot
{
	uint8		zero;			/* always 0 */
	uint32		count;			/* the group's events, once the log is grouped */
	uint64		start;			/* the first of them in the grouped keys */
	EventLog   *log;
} EventSlot;

static inline bool
event_log_is_slot(const void *state)
{
	return *(const uint8 *) state == 0;
}

/*
 * What a call site (an aggregate's transition function, through fn_extra)
 * keeps: the aggregate context that has a log, and the last few that were
 * found to keep none.  A call has at most one hashed context, so at most one
 * log at a time.  The log is cleared here when its context is reset.
 */
typedef struct EventLogSite
{
	MemoryContext cxt;
	EventLog   *log;
	uint32		next_nolog;		/* round robin over nolog[] */
	MemoryContext nolog[4];
} EventLogSite;

typedef struct EventLogEntry
{
	EventSlot  *slot;
	uint64		key;			/* relative to the log's base */
} EventLogEntry;

typedef struct EventLogWide
{
	EventSlot  *slot;
	int64		ts;
	uint32		mask;
} EventLogWide;

struct EventLog
{
	MemoryContext cxt;			/* the aggregate context it all lives in */
	EventLogSite *site;			/* cleared when cxt is reset (may be NULL) */
	int			shift;			/* bits of mask in a key */
	int64		base;			/* the time keys are relative to */
	bool		have_base;
	/* appended entries: full segments, then the one being filled */
	EventLogEntry **segs;
	uint32		nsegs;
	uint32		segs_cap;
	EventLogEntry *seg;
	uint32		segn;
	uint32		segcap;
	uint64		nentries;		/* in the full segments */
	/* the slots, in blocks, in the order they were made */
	EventSlot **blocks;
	uint32		nblocks;
	uint32		blocks_cap;
	uint32		blockn;			/* slots used in the last block */
	/* events whose time is too far from base for a key (rare) */
	EventLogWide *wide;			/* sorted by slot once grouped */
	uint64		nwide;
	uint64		wide_cap;
	/* once grouped: every key, grouped by slot (each slot has its range) */
	bool		grouped;
	uint64	   *keys;
	MemoryContextCallback cb;
};

/* The log of aggcxt at a call site, or NULL. */
static inline EventLog *
event_log_of(const EventLogSite *site, MemoryContext aggcxt)
{
	return likely(site->cxt == aggcxt) ? site->log : NULL;
}

/*
 * On a group's first row in a context with no log: whether to start one
 * there.  True when consts_ok (the owner's parameters are constants of the
 * call), the aggregation is hashed and the site has no log yet; otherwise
 * the context is remembered as keeping none and the answer is false.
 */
extern bool event_log_may_start(EventLogSite *site, FunctionCallInfo fcinfo,
								MemoryContext aggcxt, bool consts_ok);

/*
 * A new log with keys of shift bits of mask (1 .. CA_KEY_MAX_SHIFT), in the
 * aggregate context cxt; size bytes (at least sizeof(EventLog)), zeroed past
 * the EventLog, for the owner's struct.  Becomes the site's log.
 */
extern EventLog *event_log_new(MemoryContext cxt, EventLogSite *site, int shift, Size size);
extern EventSlot *event_log_new_slot(EventLog *log);
extern void event_log_add_slow(EventLog *log, EventSlot *slot, int64 ts, uint32 mask);

static inline void
event_log_add(EventLog *log, EventSlot *slot, int64 ts, uint32 mask)
{
	uint64		key;

	if (likely(log->segn < log->segcap && !log->grouped &&
			   ca_key_make(ts, log->base, log->shift, mask, &key)))
	{
		EventLogEntry *e = &log->seg[log->segn++];

		e->slot = slot;
		e->key = key;
		return;
	}
	event_log_add_slow(log, slot, ts, mask);
}

/*
 * The events of a slot's group, in the order they came: *n keys at *keys
 * (relative to the log's base, with its shift) and *nwide events at *wide.
 * Groups the log on the first call.
 */
extern void event_log_slot_events(EventSlot *slot, const uint64 **keys, uint32 *n,
								  const EventLogWide **wide, uint64 *nwide);

#endif							/* CA_EVENT_LOG_H */
