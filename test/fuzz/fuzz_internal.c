/*-------------------------------------------------------------------------
 * fuzz_internal.c
 *	  Hand-written fuzz targets for what the SQL declarations do not name:
 *	  the shared event-buffer deserializer and text tokenizer of src/common.c,
 *	  and the pure-C sequence-pattern compiler (src/seq_pattern.h, when it
 *	  exists: run.sh defines CA_FUZZ_HAVE_SEQ_PATTERN).
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "fuzz.h"
#include "common.h"
#include "lib/stringinfo.h"

#ifdef CA_FUZZ_HAVE_SEQ_PATTERN
#include "seq_pattern.h"
#endif

/* ---------- common_evbuf: ca_evbuf_deserialize / sort / serialize ---------- */

typedef struct EvbufArgs
{
	StringInfo	buf;
	CaEventBuf *b;
} EvbufArgs;

static void
EvbufDeser(void *arg)
{
	EvbufArgs  *a = arg;

	ca_evbuf_deserialize(a->buf, a->b, CurrentMemoryContext);
}

static bool
EventsSorted(const CaEventBuf *b)
{
	int64		i;

	for (i = 1; i < b->n; i++)
	{
		const CaEvent *p = &b->ev[i - 1],
				   *e = &b->ev[i];

		if (p->ts > e->ts || (p->ts == e->ts && (p->mask > e->mask ||
												  (p->mask == e->mask && p->aux > e->aux))))
			return false;
	}
	return true;
}

static void
RunEvbuf(const uint8 *data, size_t size)
{
	StringInfoData buf,
				out;
	CaEventBuf	b,
				b2,
				cat;
	EvbufArgs	a;
	int			consumed;

	initStringInfo(&buf);
	appendBinaryStringInfo(&buf, (const char *) data, (int) size);
	a.buf = &buf;
	a.b = &b;
	if (!fz_try(EvbufDeser, &a))
	{
		fz_rejected("ca_evbuf_deserialize", true);
		return;
	}
	fz_accepted();
	consumed = buf.cursor;
	if (consumed != 8 + 16 * b.n)
		fz_finding("ca_evbuf_deserialize read %d bytes for " INT64_FORMAT " events", consumed, b.n);
	if (b.n > b.cap || (b.n > 0 && b.ev == NULL))
		fz_finding("event buffer invariant broken: n " INT64_FORMAT " cap " INT64_FORMAT, b.n, b.cap);
	if (b.sorted && !EventsSorted(&b))
		fz_finding("event buffer claims sorted but is not");

	/* serialize, deserialize: the same events */
	initStringInfo(&out);
	ca_evbuf_serialize(&out, &b);
	if (out.len != consumed || memcmp(out.data, buf.data, consumed) != 0)
		fz_finding("ca_evbuf_serialize(ca_evbuf_deserialize(x)) != x");
	out.cursor = 0;
	a.buf = &out;
	a.b = &b2;
	if (!fz_try(EvbufDeser, &a))
		fz_finding("a serialized event buffer does not deserialize: %s", fz_error.message);

	/* concat then sort: sorted, same multiset size */
	ca_evbuf_init(&cat, 16);
	ca_evbuf_concat(&cat, CurrentMemoryContext, b.ev, b.n);
	ca_evbuf_concat(&cat, CurrentMemoryContext, b2.ev, b2.n);
	if (cat.n != 2 * b.n)
		fz_finding("ca_evbuf_concat lost events");
	ca_evbuf_sort(&cat);
	if (!cat.sorted || !EventsSorted(&cat))
		fz_finding("ca_evbuf_sort did not sort");
	ca_evbuf_sort(&b);
	if (!EventsSorted(&b))
		fz_finding("ca_evbuf_sort did not sort");
}

/* ---------- common_parser: CaParser driven by an op list ---------- */

/*
 * Input: op bytes up to the first 0xFF, then the text; the first 8 bytes are
 * also taken as a double that must print and read back.  Each op runs one
 * tokenizer call; the loop stops at the first error (as an input function
 * would).  Every number read must print (ca_append_double) and read back to
 * the same bits.
 */
typedef struct ParserArgs
{
	const uint8 *ops;
	size_t		nops;
	const char *text;
} ParserArgs;

static void
ParserRun(void *arg)
{
	ParserArgs *a = arg;
	CaParser	ps;
	size_t		i;
	size_t		len = strlen(a->text);

	ca_parser_init(&ps, "fuzz_parser", a->text);
	for (i = 0; i < a->nops; i++)
	{
		uint8		op = a->ops[i];

		switch (op % 8)
		{
			case 0:
				ca_parse_skip_space(&ps);
				break;
			case 1:
				(void) ca_parse_accept(&ps, "(),=;:"[(op >> 3) % 6]);
				break;
			case 2:
				ca_parse_expect(&ps, "(),=;:"[(op >> 3) % 6]);
				break;
			case 3:
				{
					static const char *const keys[] = {"a", "n", "alpha", "r", "x1"};

					ca_parse_key(&ps, keys[(op >> 3) % 5]);
					break;
				}
			case 4:
				{
					double		v = ca_parse_double(&ps);
					double		v2;
					StringInfoData s;
					CaParser	ps2;

					if (isnan(v) || isinf(v))
						fz_finding("ca_parse_double returned a non-finite number");
					initStringInfo(&s);
					ca_append_double(&s, v);
					ca_parser_init(&ps2, "fuzz_parser", s.data);
					v2 = ca_parse_double(&ps2);
					ca_parse_end(&ps2);
					if (memcmp(&v, &v2, sizeof(double)) != 0)
						fz_finding("ca_append_double printed %s for %.17g, which reads back as %.17g",
								   s.data, v, v2);
					break;
				}
			case 5:
				{
					static const int64 lims[][2] = {{0, 10}, {1, 100}, {-5, 5}, {PG_INT64_MIN, PG_INT64_MAX}};
					int			k = (op >> 3) % 4;
					int64		v = ca_parse_int(&ps, lims[k][0], lims[k][1]);

					if (v < lims[k][0] || v > lims[k][1])
						fz_finding("ca_parse_int returned " INT64_FORMAT " outside its range", v);
					break;
				}
			case 6:
				(void) ca_parse_bool(&ps);
				break;
			case 7:
				ca_parse_end(&ps);
				break;
		}
		if (ps.p < ps.str || ps.p > ps.str + len)
			fz_finding("CaParser cursor left the string");
	}
}

/* Any finite double prints (ca_append_double) as text ca_parse_double reads back exactly. */
typedef struct DoubleArgs
{
	const char *text;
	double		v;
} DoubleArgs;

static void
DoubleReparse(void *arg)
{
	DoubleArgs *a = arg;
	CaParser	ps;

	ca_parser_init(&ps, "fuzz_parser", a->text);
	a->v = ca_parse_double(&ps);
	ca_parse_end(&ps);
}

static void
CheckDoublePrints(const uint8 *data, size_t size)
{
	double		v;
	StringInfoData s;
	DoubleArgs	a;

	if (size < sizeof(double))
		return;
	memcpy(&v, data, sizeof(double));
	if (isnan(v) || isinf(v))
		return;
	initStringInfo(&s);
	ca_append_double(&s, v);
	a.text = s.data;
	if (!fz_try(DoubleReparse, &a))
		fz_finding("ca_append_double printed \"%s\" for %.17g, which ca_parse_double refuses: %s (%s)",
				   s.data, v, fz_error.message, fz_error.detail);
	if (memcmp(&v, &a.v, sizeof(double)) != 0)
		fz_finding("ca_append_double printed \"%s\" for %.17g, which reads back as %.17g", s.data, v, a.v);
}

static void
RunParser(const uint8 *data, size_t size)
{
	ParserArgs	a;
	const uint8 *sep = memchr(data, 0xFF, size);
	size_t		tlen;
	char	   *text;

	a.ops = data;
	a.nops = sep ? (size_t) (sep - data) : Min(size, 8);
	if (a.nops > 64)
		a.nops = 64;
	tlen = sep ? size - (sep - data) - 1 : size - a.nops;
	text = palloc(tlen + 1);
	memcpy(text, sep ? sep + 1 : data + a.nops, tlen);
	text[tlen] = '\0';
	a.text = text;
	CheckDoublePrints(data, size);
	if (fz_try(ParserRun, &a))
		fz_accepted();
	else
	{
		if (fz_error.sqlerrcode != ERRCODE_INVALID_TEXT_REPRESENTATION)
			fz_finding("CaParser raised %s instead of 22P02: %s",
					   fz_sqlstate(fz_error.sqlerrcode), fz_error.message);
		fz_rejected("CaParser", false);
	}
}

/* ---------- seq_pattern: compiler, then matcher on derived events ---------- */

#ifdef CA_FUZZ_HAVE_SEQ_PATTERN
static void
SeqInterrupt(void)
{
}

/*
 * Input: byte 0 = number of conditions (1..32), then the pattern up to the
 * first NUL byte, then events of 3 bytes each (seconds since the previous
 * event, a 16-bit condition mask; mask 0 becomes 1).
 */
static void
RunSeqPattern(const uint8 *data, size_t size)
{
	int			nconds;
	const char *pat;
	size_t		plen,
				nact;
	SeqPattern	p;
	SeqError	err;
	const uint8 *rest;
	size_t		rlen;
	int64_t		n,
				i;
	SeqEvent   *ev;
	int64_t		ts = 0;
	void	   *scratch;
	bool		m;
	int64_t		cnt;

	if (size < 1)
		return;
	nconds = data[0] % SEQ_MAX_CONDS + 1;
	pat = (const char *) data + 1;
	rest = memchr(pat, 0, size - 1);
	plen = rest ? (size_t) ((const uint8 *) rest - (const uint8 *) pat) : size - 1;
	nact = seq_pattern_max_actions(plen);
	/* exact-size buffer: ASan catches a compiler writing past max_actions */
	p.actions = palloc(nact * sizeof(SeqAction));
	memset(&err, 0, sizeof(err));
	if (!seq_pattern_compile(pat, plen, nconds, &p, &err))
	{
		if (err.kind != SEQ_ERR_SYNTAX && err.kind != SEQ_ERR_VALUE)
			fz_finding("seq_pattern_compile failed with error kind %d", (int) err.kind);
		if (memchr(err.message, '\0', sizeof(err.message)) == NULL || err.message[0] == '\0')
			fz_finding("seq_pattern_compile failed without a message");
		if (err.pos < 0 || (size_t) err.pos > plen + 1)
			fz_finding("seq_pattern_compile error position %d outside 0..%zu", err.pos, plen + 1);
		fz_rejected("seq_pattern_compile", false);
		return;
	}
	if (p.nactions < 1 || (size_t) p.nactions > nact)
		fz_finding("seq_pattern_compile produced %d actions, room for %zu", p.nactions, nact);
	if (p.max_cond > nconds)
		fz_finding("pattern names condition %d of %d", p.max_cond, nconds);

	rest = rest ? rest + 1 : (const uint8 *) pat + plen;
	rlen = size - (rest - data);
	n = rlen / 3;
	ev = palloc(sizeof(SeqEvent) * (n > 0 ? n : 1));
	for (i = 0; i < n; i++)
	{
		uint32_t	mask = rest[3 * i + 1] | (rest[3 * i + 2] << 8);

		ts += (int64_t) rest[3 * i] * SEQ_USEC_PER_SEC;
		ev[i].ts = ts;
		ev[i].mask = mask ? mask : 1;
		ev[i].aux = (uint32_t) i;
	}
	scratch = palloc(seq_match_scratch_bytes(&p, n) + 1);
	m = seq_match(&p, ev, n, scratch, SeqInterrupt);
	cnt = seq_count(&p, ev, n, scratch, SeqInterrupt);
	if (cnt < 0 || cnt > n + 1)
		fz_finding("seq_count = %lld for %lld events", (long long) cnt, (long long) n);
	/* a pattern without atoms (empty, or only .*) is left to the glue's rules */
	if (p.natoms > 0 && (cnt > 0) != m)
		fz_finding("seq_match = %d but seq_count = %lld", (int) m, (long long) cnt);
	fz_accepted();
}
#endif

const FzTarget fz_internal_targets[] = {
	{.name = "common_evbuf", .kind = FZ_INTERNAL, .what = "ca_evbuf_deserialize (src/common.c)",
	.run = RunEvbuf, .max_len = 16384},
	{.name = "common_parser", .kind = FZ_INTERNAL, .what = "CaParser (src/common.c)",
	.run = RunParser, .max_len = 1024},
#ifdef CA_FUZZ_HAVE_SEQ_PATTERN
	{.name = "seq_pattern", .kind = FZ_INTERNAL, .what = "seq_pattern_compile/seq_match/seq_count (src/seq_pattern.c)",
	.run = RunSeqPattern, .max_len = 4096},
#endif
};
const int	fz_n_internal_targets = lengthof(fz_internal_targets);
