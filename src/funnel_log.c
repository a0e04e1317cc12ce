/*-------------------------------------------------------------------------
 * funnel_log.c
 *	  The event log of a hashed window_funnel aggregation: slots, appending,
 *	  grouping the log by slot, and reading one group's events back.  Why
 *	  it exists is in funnel_log.h.
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "funnel_log.h"
#include "miscadmin.h"
#include "utils/memutils.h"

/* segments and slot blocks start small (a small GROUP BY stays small) and grow to these */
#define LOG_SEG_FIRST		1024
#define LOG_SEG_MAX			65536	/* entries: 1 MB */
#define LOG_BLOCK_FIRST		64
#define LOG_BLOCK_MAX		4096	/* slots: 96 kB */

static void
LogForget(void *arg)
{
	FunnelLog  *log = (FunnelLog *) arg;

	if (log->ref != NULL && log->ref->log == log)
	{
		log->ref->log = NULL;
		log->ref->cxt = NULL;
	}
}

FunnelLog *
funnel_log_new(MemoryContext cxt, FunnelLogRef *ref, int nsteps, uint32 flags, int64 window)
{
	FunnelLog  *log = MemoryContextAllocZero(cxt, sizeof(FunnelLog));

	Assert(nsteps >= 1 && nsteps <= FUNNEL_NARROW_MAX_STEPS);
	log->cxt = cxt;
	log->ref = ref;
	log->nsteps = nsteps;
	log->flags = flags;
	log->window = window;
	log->cb.func = LogForget;
	log->cb.arg = log;
	MemoryContextRegisterResetCallback(cxt, &log->cb);
	if (ref != NULL)
	{
		ref->cxt = cxt;
		ref->log = log;
	}
	return log;
}

/* The room of slot block b and of segment s: doubling from the first size to the largest. */
static inline uint32
BlockSize(uint32 b)
{
	return Min((uint32) LOG_BLOCK_FIRST << Min(b, 16), LOG_BLOCK_MAX);
}

static inline uint32
SegSize(uint32 s)
{
	return Min((uint32) LOG_SEG_FIRST << Min(s, 16), LOG_SEG_MAX);
}

/* the number of slots block b holds */
static inline uint32
BlockSlots(const FunnelLog *log, uint32 b)
{
	return b == log->nblocks - 1 ? log->blockn : BlockSize(b);
}

FunnelSlot *
funnel_log_new_slot(FunnelLog *log)
{
	FunnelSlot *s;

	if (log->nblocks == 0 || log->blockn == BlockSize(log->nblocks - 1))
	{
		uint32		size = BlockSize(log->nblocks);

		if (log->nblocks == log->blocks_cap)
		{
			log->blocks_cap = Max(log->blocks_cap * 2, 16);
			log->blocks = log->blocks == NULL
				? MemoryContextAlloc(log->cxt, log->blocks_cap * sizeof(FunnelSlot *))
				: repalloc(log->blocks, log->blocks_cap * sizeof(FunnelSlot *));
		}
		log->blocks[log->nblocks++] = MemoryContextAlloc(log->cxt, size * sizeof(FunnelSlot));
		log->blockn = 0;
	}
	s = &log->blocks[log->nblocks - 1][log->blockn++];
	s->zero = 0;
	s->count = 0;
	s->start = 0;
	s->log = log;
	return s;
}

/* Append an entry whose key is made, starting a new segment when needed. */
static void
LogAppend(FunnelLog *log, FunnelSlot *slot, uint64 key)
{
	if (log->segn >= log->segcap)
	{
		uint32		size;

		if (log->seg != NULL)
		{
			if (log->nsegs == log->segs_cap)
			{
				log->segs_cap = Max(log->segs_cap * 2, 16);
				log->segs = log->segs == NULL
					? MemoryContextAlloc(log->cxt, log->segs_cap * sizeof(FunnelLogEntry *))
					: repalloc(log->segs, log->segs_cap * sizeof(FunnelLogEntry *));
			}
			log->segs[log->nsegs++] = log->seg;
			log->nentries += log->segn;
		}
		/* segment k (the full ones are 0 .. nsegs - 1) holds SegSize(k) entries */
		size = SegSize(log->nsegs);
		log->seg = MemoryContextAlloc(log->cxt, size * sizeof(FunnelLogEntry));
		log->segcap = size;
		log->segn = 0;
	}
	log->seg[log->segn].slot = slot;
	log->seg[log->segn].key = key;
	log->segn++;
}

/*
 * Entries appended after the log was grouped (not done by PostgreSQL's
 * hashed aggregation, which finalizes only after its last row): put the
 * grouped keys back as entries, to be grouped again with the new ones.
 */
static void
LogUngroup(FunnelLog *log)
{
	uint32		b,
				i;

	Assert(log->grouped && log->nsegs == 0 && log->seg == NULL);
	log->grouped = false;
	for (b = 0; b < log->nblocks; b++)
	{
		FunnelSlot *blk = log->blocks[b];
		uint32		n = BlockSlots(log, b);

		CHECK_FOR_INTERRUPTS();
		for (i = 0; i < n; i++)
		{
			uint32		k;

			for (k = 0; k < blk[i].count; k++)
				LogAppend(log, &blk[i], log->keys[blk[i].start + k]);
		}
	}
	if (log->keys != NULL)
		pfree(log->keys);
	log->keys = NULL;
}

void
funnel_log_add_slow(FunnelLog *log, FunnelSlot *slot, int64 ts, uint32 mask)
{
	uint64		key;

	if (log->grouped)
		LogUngroup(log);
	if (!log->have_base)
	{
		log->base = ts;
		log->have_base = true;
	}
	if (funnel_key(ts, log->base, log->nsteps, mask, &key))
	{
		LogAppend(log, slot, key);
		return;
	}
	/* too far from the first event seen for a key: kept aside as it is */
	if (log->nwide == log->wide_cap)
	{
		log->wide_cap = Max(log->wide_cap * 2, 64);
		if ((Size) log->wide_cap * sizeof(FunnelWideEntry) > MaxAllocHugeSize / 2)
			ca_too_many_events((int64) log->wide_cap);
		log->wide = log->wide == NULL
			? MemoryContextAllocHuge(log->cxt, log->wide_cap * sizeof(FunnelWideEntry))
			: repalloc_huge(log->wide, log->wide_cap * sizeof(FunnelWideEntry));
	}
	log->wide[log->nwide].slot = slot;
	log->wide[log->nwide].ts = ts;
	log->wide[log->nwide].mask = mask;
	log->nwide++;
}

static int
WideCmp(const void *a, const void *b)
{
	uintptr_t	x = (uintptr_t) ((const FunnelWideEntry *) a)->slot;
	uintptr_t	y = (uintptr_t) ((const FunnelWideEntry *) b)->slot;

	return x < y ? -1 : x > y ? 1 : 0;
}

/* Visit every entry: full segments, then the current one. */
#define FOREACH_ENTRY(log, e, body) \
	do { \
		uint32		seg_; \
		for (seg_ = 0; seg_ <= (log)->nsegs; seg_++) \
		{ \
			FunnelLogEntry *p_ = seg_ < (log)->nsegs ? (log)->segs[seg_] : (log)->seg; \
			uint32		n_ = seg_ < (log)->nsegs ? SegSize(seg_) : (log)->segn; \
			uint32		i_; \
			if (p_ == NULL) \
				continue; \
			CHECK_FOR_INTERRUPTS(); \
			for (i_ = 0; i_ < n_; i_++) \
			{ \
				FunnelLogEntry *e = &p_[i_]; \
				body; \
			} \
		} \
	} while (0)

/*
 * Group the log by slot: count each slot's entries, give each slot its
 * range, and copy every key to its slot's range.  Two passes over the
 * entries in sequence; the slots (24 bytes each) are the only memory
 * touched at random.
 */
static void
LogGroup(FunnelLog *log)
{
	uint64		total = log->nentries + log->segn;
	uint64		off = 0;
	uint32		b,
				i;

	Assert(!log->grouped);
	for (b = 0; b < log->nblocks; b++)
	{
		FunnelSlot *blk = log->blocks[b];
		uint32		n = BlockSlots(log, b);

		for (i = 0; i < n; i++)
			blk[i].count = 0;
	}
	FOREACH_ENTRY(log, e,
				  {
					  if (unlikely(++e->slot->count > CA_MAX_EVENTS))
						  ca_too_many_events((int64) e->slot->count);
				  });
	for (b = 0; b < log->nblocks; b++)
	{
		FunnelSlot *blk = log->blocks[b];
		uint32		n = BlockSlots(log, b);

		for (i = 0; i < n; i++)
		{
			blk[i].start = off;
			off += blk[i].count;
		}
	}
	Assert(off == total);
	log->keys = MemoryContextAllocHuge(log->cxt, Max(total, 1) * sizeof(uint64));
	FOREACH_ENTRY(log, e, log->keys[e->slot->start++] = e->key);
	for (b = 0; b < log->nblocks; b++)
	{
		FunnelSlot *blk = log->blocks[b];
		uint32		n = BlockSlots(log, b);

		for (i = 0; i < n; i++)
			blk[i].start -= blk[i].count;
	}

	/* the entries are no longer needed */
	for (b = 0; b < log->nsegs; b++)
		pfree(log->segs[b]);
	if (log->seg != NULL)
		pfree(log->seg);
	log->nsegs = 0;
	log->seg = NULL;
	log->segn = log->segcap = 0;
	log->nentries = 0;

	if (log->nwide > 1)
		qsort(log->wide, log->nwide, sizeof(FunnelWideEntry), WideCmp);
	log->grouped = true;
}

FunnelState *
funnel_log_events(FunnelSlot *slot, void *stackbuf, uint32 stack_events)
{
	FunnelLog  *log = slot->log;
	const int	shift = log->nsteps;
	const uint64 *keys;
	FunnelState *s;
	uint64		wlo = 0,
				whi = 0;
	uint32		n;
	uint32		i;

	if (!log->grouped)
		LogGroup(log);
	keys = log->keys + slot->start;
	n = slot->count;

	if (log->nwide > 0)
	{
		/* the slot's wide events: [wlo, whi) of the sorted wide list */
		uint64		lo = 0,
					hi = log->nwide;

		while (lo < hi)
		{
			uint64		mid = lo + (hi - lo) / 2;

			if ((uintptr_t) log->wide[mid].slot < (uintptr_t) slot)
				lo = mid + 1;
			else
				hi = mid;
		}
		wlo = whi = lo;
		while (whi < log->nwide && log->wide[whi].slot == slot)
			whi++;
	}

	if (whi == wlo)
	{
		/* the usual case: copy the keys, whose encoding a narrow state shares */
		uint32		seen = 0;

		s = stackbuf != NULL && n <= stack_events ? (FunnelState *) stackbuf
			: MemoryContextAlloc(CurrentMemoryContext, offsetof(FunnelState, ev) + (Size) Max(n, 1) * sizeof(uint64));
		s->nsteps = (uint8) log->nsteps;
		s->flags = (uint8) log->flags;
		s->wide = false;
		s->sorted = false;
		s->n = n;
		s->cap = Max(n, 1);
		s->window = log->window;
		s->base = log->base;
		for (i = 0; i < n; i++)
		{
			s->ev[i] = keys[i];
			seen |= funnel_key_mask(keys[i], shift);
		}
		s->seen = seen;
		return s;
	}

	/* with events too far apart for keys: rebuild through the state's own pushes */
	s = funnel_state_new(CurrentMemoryContext, log->nsteps, log->flags, log->window);
	for (i = 0; i < n; i++)
		s = funnel_state_push(s, CurrentMemoryContext, funnel_key_ts(keys[i], log->base, shift),
							  funnel_key_mask(keys[i], shift));
	for (; wlo < whi; wlo++)
		s = funnel_state_push(s, CurrentMemoryContext, log->wide[wlo].ts, log->wide[wlo].mask);
	return s;
}
