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
#include "libpq/pqformat.h"
#include "miscadmin.h"
#include "port/pg_bswap.h"
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
		if (funnel_key(ts, s->base, s->nsteps, mask, &key))
		{
			s = Reserve(s, 1);
			if (s->n > 0 && s->ev[s->n - 1] > key)
				s->sorted = false;
			s->ev[s->n++] = key;
			s->seen |= mask;
			return s;
		}
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

static inline int
KeyCmp(const uint64 *a, const uint64 *b)
{
	return *a < *b ? -1 : *a > *b ? 1 : 0;
}

#if PG_VERSION_NUM >= 140000
#define ST_SORT funnel_sort_keys
#define ST_ELEMENT_TYPE uint64
#define ST_COMPARE(a, b) KeyCmp(a, b)
#define ST_SCOPE static
#define ST_DEFINE
#include "lib/sort_template.h"
#else
static int
KeyCmpQsort(const void *a, const void *b)
{
	return KeyCmp((const uint64 *) a, (const uint64 *) b);
}
#endif

/* at most this many keys are sorted by straight insertion */
#define FUNNEL_INSERTION_MAX	24

void
funnel_state_sort(FunnelState *s)
{
	if (s->sorted || s->n < 2)
	{
		s->sorted = true;
		return;
	}
	if (s->wide)
	{
		CaEventBuf	b;

		b.n = s->n;
		b.cap = s->n;
		b.ev = (CaEvent *) s->ev;
		b.sorted = false;
		ca_evbuf_sort(&b);
	}
	else if (s->n <= FUNNEL_INSERTION_MAX)
	{
		uint64	   *k = s->ev;
		uint32		i;

		for (i = 1; i < s->n; i++)
		{
			uint64		x = k[i];
			uint32		j = i;

			while (j > 0 && k[j - 1] > x)
			{
				k[j] = k[j - 1];
				j--;
			}
			k[j] = x;
		}
	}
	else
	{
		CHECK_FOR_INTERRUPTS();
#if PG_VERSION_NUM >= 140000
		funnel_sort_keys(s->ev, s->n);
#else
		qsort(s->ev, s->n, sizeof(uint64), KeyCmpQsort);
#endif
	}
	s->sorted = true;
}

/* ---------- the serialized event list ---------- */

/*
 * The format of ca_evbuf_serialize (common.c): the count, then per event the
 * time (8 bytes), the mask and a zero (4 bytes each), in network byte order.
 */
void
funnel_state_write_events(StringInfo buf, const FunnelState *s)
{
	char	   *p;
	uint32		i;

	pq_sendint64(buf, s->n);
	if (s->n == 0)
		return;
	enlargeStringInfo(buf, (int) ((Size) s->n * 16));
	p = buf->data + buf->len;
	for (i = 0; i < s->n; i++)
	{
		uint64		ts = pg_hton64((uint64) funnel_state_ts(s, s->wide, i));
		uint32		mask = pg_hton32(funnel_state_mask(s, s->wide, i));
		uint32		aux = 0;

		memcpy(p, &ts, 8);
		memcpy(p + 8, &mask, 4);
		memcpy(p + 12, &aux, 4);
		p += 16;
	}
	buf->len += (int) ((Size) s->n * 16);
	buf->data[buf->len] = '\0';
}

/*
 * Read the events written by funnel_state_write_events into s (empty, with
 * its parameters set).  Times must be finite and masks within the steps.
 */
FunnelState *
funnel_state_read_events(StringInfo buf, FunnelState *s, MemoryContext cxt)
{
	int64		n = pq_getmsgint64(buf);
	uint32		allowed = s->nsteps >= 32 ? PG_UINT32_MAX : (((uint32) 1 << s->nsteps) - 1);
	const char *p;
	int64		i;

	Assert(s->n == 0);
	if (n < 0 || n > CA_MAX_EVENTS)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("invalid event count " INT64_FORMAT " in serialized state", n)));
	ca_deser_check_count(buf, n, 16, "event buffer");
	p = buf->data + buf->cursor;
	for (i = 0; i < n; i++)
	{
		uint64		ts;
		uint32		mask;

		memcpy(&ts, p, 8);
		memcpy(&mask, p + 8, 4);
		p += 16;
		ts = pg_ntoh64(ts);
		mask = pg_ntoh32(mask);
		if ((mask & ~allowed) != 0)
			ereport(ERROR,
					(errcode(ERRCODE_DATA_CORRUPTED),
					 errmsg("serialized window_funnel state has an event outside its steps")));
		if (TIMESTAMP_NOT_FINITE((int64) ts) || !IS_VALID_TIMESTAMP((int64) ts))
			ereport(ERROR,
					(errcode(ERRCODE_DATA_CORRUPTED),
					 errmsg("serialized window_funnel state has an invalid event time")));
		s = funnel_state_push(s, cxt, (int64) ts, mask);
	}
	buf->cursor += (int) (n * 16);
	return s;
}
