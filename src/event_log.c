/*-------------------------------------------------------------------------
 * event_log.c
 *	  The event log of a hashed aggregation: slots, appending, grouping the
 *	  log by slot, and reading one group's events back.  Why it exists is in
 *	  event_log.h.
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "event_log.h"
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
	EventLog   *log = (EventLog *) arg;

	if (log->site != NULL && log->site->log == log)
	{
		log->site->log = NULL;
		log->site->cxt = NULL;
	}
}

bool
event_log_may_start(EventLogSite *site, FunctionCallInfo fcinfo, MemoryContext aggcxt,
					bool consts_ok)
{
	Size		i;

	for (i = 0; i < lengthof(site->nolog); i++)
		if (site->nolog[i] == aggcxt)
			return false;
	if (consts_ok && site->log == NULL && ca_agg_is_hashed(fcinfo, aggcxt))
		return true;
	site->nolog[site->next_nolog++ % lengthof(site->nolog)] = aggcxt;
	return false;
}

EventLog *
event_log_new(MemoryContext cxt, EventLogSite *site, int shift, Size size)
{
	EventLog   *log = MemoryContextAllocZero(cxt, Max(size, sizeof(EventLog)));

	Assert(shift >= 1 && shift <= CA_KEY_MAX_SHIFT);
	log->cxt = cxt;
	log->site = site;
	log->shift = shift;
	log->cb.func = LogForget;
	log->cb.arg = log;
	MemoryContextRegisterResetCallback(cxt, &log->cb);
	if (site != NULL)
	{
		site->cxt = cxt;
		site->log = log;
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
BlockSlots(const EventLog *log, uint32 b)
{
	return b == log->nblocks - 1 ? log->blockn : BlockSize(b);
}

EventSlot *
event_log_new_slot(EventLog *log)
{
	EventSlot  *s;

	if (log->nblocks == 0 || log->blockn == BlockSize(log->nblocks - 1))
	{
		uint32		size = BlockSize(log->nblocks);

		if (log->nblocks == log->blocks_cap)
		{
			log->blocks_cap = Max(log->blocks_cap * 2, 16);
			log->blocks = log->blocks == NULL
				? MemoryContextAlloc(log->cxt, log->blocks_cap * sizeof(EventSlot *))
				: repalloc(log->blocks, log->blocks_cap * sizeof(EventSlot *));
		}
		log->blocks[log->nblocks++] = MemoryContextAlloc(log->cxt, size * sizeof(EventSlot));
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
LogAppend(EventLog *log, EventSlot *slot, uint64 key)
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
					? MemoryContextAlloc(log->cxt, log->segs_cap * sizeof(EventLogEntry *))
					: repalloc(log->segs, log->segs_cap * sizeof(EventLogEntry *));
			}
			log->segs[log->nsegs++] = log->seg;
			log->nentries += log->segn;
		}
		/* segment k (the full ones are 0 .. nsegs - 1) holds SegSize(k) entries */
		size = SegSize(log->nsegs);
		log->seg = MemoryContextAlloc(log->cxt, size * sizeof(EventLogEntry));
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
LogUngroup(EventLog *log)
{
	uint32		b,
				i;

	Assert(log->grouped && log->nsegs == 0 && log->seg == NULL);
	log->grouped = false;
	for (b = 0; b < log->nblocks; b++)
	{
		EventSlot  *blk = log->blocks[b];
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
event_log_add_slow(EventLog *log, EventSlot *slot, int64 ts, uint32 mask)
{
	uint64		key;

	if (log->grouped)
		LogUngroup(log);
	if (!log->have_base)
	{
		log->base = ts;
		log->have_base = true;
	}
	if (ca_key_make(ts, log->base, log->shift, mask, &key))
	{
		LogAppend(log, slot, key);
		return;
	}
	/* too far from the first event seen for a key: kept aside as it is */
	if (log->nwide == log->wide_cap)
	{
		log->wide_cap = Max(log->wide_cap * 2, 64);
		if ((Size) log->wide_cap * sizeof(EventLogWide) > MaxAllocHugeSize / 2)
			ca_too_many_events((int64) log->wide_cap);
		log->wide = log->wide == NULL
			? MemoryContextAllocHuge(log->cxt, log->wide_cap * sizeof(EventLogWide))
			: repalloc_huge(log->wide, log->wide_cap * sizeof(EventLogWide));
	}
	log->wide[log->nwide].slot = slot;
	log->wide[log->nwide].ts = ts;
	log->wide[log->nwide].mask = mask;
	log->nwide++;
}

static int
WideCmp(const void *a, const void *b)
{
	uintptr_t	x = (uintptr_t) ((const EventLogWide *) a)->slot;
	uintptr_t	y = (uintptr_t) ((const EventLogWide *) b)->slot;

	return x < y ? -1 : x > y ? 1 : 0;
}

/* Visit every entry: full segments, then the current one. */
#define FOREACH_ENTRY(log, e, body) \
	do { \
		uint32		seg_; \
		for (seg_ = 0; seg_ <= (log)->nsegs; seg_++) \
		{ \
			EventLogEntry *p_ = seg_ < (log)->nsegs ? (log)->segs[seg_] : (log)->seg; \
			uint32		n_ = seg_ < (log)->nsegs ? SegSize(seg_) : (log)->segn; \
			uint32		i_; \
			if (p_ == NULL) \
				continue; \
			CHECK_FOR_INTERRUPTS(); \
			for (i_ = 0; i_ < n_; i_++) \
			{ \
				EventLogEntry *e = &p_[i_]; \
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
LogGroup(EventLog *log)
{
	uint64		total = log->nentries + log->segn;
	uint64		off = 0;
	uint32		b,
				i;

	Assert(!log->grouped);
	for (b = 0; b < log->nblocks; b++)
	{
		EventSlot  *blk = log->blocks[b];
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
		EventSlot  *blk = log->blocks[b];
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
		EventSlot  *blk = log->blocks[b];
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
		qsort(log->wide, log->nwide, sizeof(EventLogWide), WideCmp);
	log->grouped = true;
}

void
event_log_slot_events(EventSlot *slot, const uint64 **keys, uint32 *n,
					  const EventLogWide **wide, uint64 *nwide)
{
	EventLog   *log = slot->log;
	uint64		lo = 0,
				hi = log->nwide;

	if (!log->grouped)
		LogGroup(log);
	*keys = log->keys + slot->start;
	*n = slot->count;

	/* the slot's wide events: a range of the list sorted by slot */
	while (lo < hi)
	{
		uint64		mid = lo + (hi - lo) / 2;

		if ((uintptr_t) log->wide[mid].slot < (uintptr_t) slot)
			lo = mid + 1;
		else
			hi = mid;
	}
	hi = lo;
	while (hi < log->nwide && log->wide[hi].slot == slot)
		hi++;
	*wide = hi > lo ? log->wide + lo : NULL;
	*nwide = hi - lo;
}
