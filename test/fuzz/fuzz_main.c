/*-------------------------------------------------------------------------
 * fuzz_main.c
 *	  The libFuzzer driver: picks the target named by CA_FUZZ_TARGET, calls
 *	  the extension's functions through fake FunctionCallInfos under an error
 *	  trap, checks the properties (round trips, no XX000 for user input, no
 *	  NULL from an input function) and frees each input's memory.
 *
 *	  CA_FUZZ_TARGET=list prints the targets and exits.
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

#include "fuzz.h"
#include "common/string.h"
#include "lib/stringinfo.h"
#include "mb/pg_wchar.h"
#include "utils/memutils.h"

int			LLVMFuzzerInitialize(int *argc, char ***argv);
int			LLVMFuzzerTestOneInput(const uint8 *data, size_t size);

static const FzTarget *target;

/* ---------- statistics, printed at exit ---------- */

#define FZ_MAX_STATES 32
#define FZ_MAX_UNMODELLED 32

static struct
{
	int64		inputs;
	int64		accepted;		/* the first call succeeded */
	int64		roundtrips;		/* ... and every property check ran */
	int64		skipped;		/* not a possible server input (bad UTF-8) */
	int64		internal_errors;	/* tolerated elog() XX000 */
	int64		unmodelled;
	int			nstates;
	int			state[FZ_MAX_STATES];
	int64		state_count[FZ_MAX_STATES];
	int			nunmod;
	const char *unmod[FZ_MAX_UNMODELLED];
	int64		unmod_count[FZ_MAX_UNMODELLED];
}			stats;

static void
PrintStats(void)
{
	int			i;

	if (target == NULL)
		return;
	fprintf(stderr, "ca_fuzz: target %s: inputs " INT64_FORMAT " accepted " INT64_FORMAT
			" fully-checked " INT64_FORMAT " skipped " INT64_FORMAT " tolerated-elog " INT64_FORMAT
			" unmodelled " INT64_FORMAT "\n",
			target->name, stats.inputs, stats.accepted, stats.roundtrips, stats.skipped,
			stats.internal_errors, stats.unmodelled);
	fprintf(stderr, "ca_fuzz: target %s: rejections by SQLSTATE:", target->name);
	for (i = 0; i < stats.nstates; i++)
		fprintf(stderr, " %s=" INT64_FORMAT, fz_sqlstate(stats.state[i]), stats.state_count[i]);
	fprintf(stderr, "\n");
	fz_print_unmodelled();
}

void
fz_note_unmodelled(const char *symbol)
{
	int			i;

	stats.unmodelled++;
	for (i = 0; i < stats.nunmod; i++)
		if (strcmp(stats.unmod[i], symbol) == 0)
			break;
	if (i == stats.nunmod)
	{
		if (i == FZ_MAX_UNMODELLED)
			return;
		stats.unmod[stats.nunmod++] = symbol;
	}
	stats.unmod_count[i]++;
}

void
fz_print_unmodelled(void)
{
	int			i;

	for (i = 0; i < stats.nunmod; i++)
		fprintf(stderr, "ca_fuzz: target %s: unmodelled backend symbol %s reached " INT64_FORMAT " times\n",
				target ? target->name : "?", stats.unmod[i], stats.unmod_count[i]);
}

static void
CountState(int sqlerrcode)
{
	int			i;

	for (i = 0; i < stats.nstates; i++)
		if (stats.state[i] == sqlerrcode)
			break;
	if (i == stats.nstates)
	{
		if (i == FZ_MAX_STATES)
			return;
		stats.state[stats.nstates++] = sqlerrcode;
	}
	stats.state_count[i]++;
}

void
fz_finding(const char *fmt,...)
{
	va_list		ap;

	fprintf(stderr, "\n==ca_fuzz== FINDING in target %s: ", target ? target->name : "?");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\n");
	fflush(stderr);
	abort();
}

/* ---------- calling under an error trap ---------- */

bool
fz_call(PGFunction fn, int nargs, const Datum *args, const bool *nulls,
		Datum *result, bool *isnull)
{
	sigjmp_buf	jb;
	sigjmp_buf *volatile save_stack = PG_exception_stack;
	ErrorContextCallback *volatile save_ctx = error_context_stack;
	volatile MemoryContext save_cxt = CurrentMemoryContext;
	FmgrInfo	flinfo;
	LOCAL_FCINFO(fcinfo, 4);
	int			i;

	Assert(nargs <= 4);
	memset(&flinfo, 0, sizeof(flinfo));
	flinfo.fn_addr = fn;
	flinfo.fn_oid = InvalidOid;
	flinfo.fn_nargs = nargs;
	flinfo.fn_mcxt = CurrentMemoryContext;
	InitFunctionCallInfoData(*fcinfo, &flinfo, nargs, InvalidOid, NULL, NULL);
	for (i = 0; i < nargs; i++)
	{
		fcinfo->args[i].value = args[i];
		fcinfo->args[i].isnull = nulls ? nulls[i] : false;
	}
	if (sigsetjmp(jb, 0) == 0)
	{
		Datum		r;

		PG_exception_stack = &jb;
		r = fn(fcinfo);
		PG_exception_stack = save_stack;
		error_context_stack = save_ctx;
		if (CurrentMemoryContext != save_cxt)
			fz_finding("function returned with CurrentMemoryContext switched to \"%s\"",
					   CurrentMemoryContext->name);
		*result = r;
		*isnull = fcinfo->isnull;
		return true;
	}
	PG_exception_stack = save_stack;
	error_context_stack = save_ctx;
	CurrentMemoryContext = save_cxt;
	return false;
}

bool
fz_try(void (*fn) (void *), void *arg)
{
	sigjmp_buf	jb;
	sigjmp_buf *volatile save_stack = PG_exception_stack;
	ErrorContextCallback *volatile save_ctx = error_context_stack;
	volatile MemoryContext save_cxt = CurrentMemoryContext;

	if (sigsetjmp(jb, 0) == 0)
	{
		PG_exception_stack = &jb;
		fn(arg);
		PG_exception_stack = save_stack;
		error_context_stack = save_ctx;
		return true;
	}
	PG_exception_stack = save_stack;
	error_context_stack = save_ctx;
	CurrentMemoryContext = save_cxt;
	return false;
}

void
fz_rejected(const char *step, bool elog_ok)
{
	if (fz_error.unmodelled)
		return;					/* counted by fz_note_unmodelled */
	CountState(fz_error.sqlerrcode);
	if (fz_error.sqlerrcode != ERRCODE_INTERNAL_ERROR)
		return;
	if (!fz_error.has_errcode && !fz_error.internal_msg)
		fz_finding("%s: ereport(ERROR) without errcode (SQLSTATE XX000): \"%s\" at %s:%d (%s)",
				   step, fz_error.message, fz_error.filename, fz_error.lineno, fz_error.funcname);
	if (!elog_ok)
		fz_finding("%s: XX000 internal error on user-reachable input: \"%s\" at %s:%d (%s)",
				   step, fz_error.message, fz_error.filename, fz_error.lineno, fz_error.funcname);
	stats.internal_errors++;
}

void
fz_accepted(void)
{
	stats.accepted++;
	stats.roundtrips++;
}

/* A property check's call must succeed: an error there is a finding. */
static Datum
MustCall(const char *step, PGFunction fn, int nargs, const Datum *args, const bool *nulls, bool *isnull)
{
	Datum		r;
	bool		dummy;

	if (!fz_call(fn, nargs, args, nulls, &r, isnull ? isnull : &dummy))
	{
		if (fz_error.unmodelled)
			return (Datum) 0;
		fz_finding("%s failed: %s \"%s\" (%s) at %s:%d", step, fz_sqlstate(fz_error.sqlerrcode),
				   fz_error.message, fz_error.detail, fz_error.filename, fz_error.lineno);
	}
	if (isnull == NULL && dummy)
		fz_finding("%s returned NULL", step);
	return r;
}

/*
 * CA_FUZZ_EMIT=DIR: write texts printed from values that binary input or a
 * final function produced into DIR/text_<type>/, so run.sh can seed the
 * text targets with valid values of types whose grammar the fuzzer would
 * take long to discover.
 */
static void
EmitText(const char *text_target, const char *s)
{
	static int	emitted = 0;
	const char *dir = getenv("CA_FUZZ_EMIT");
	char		path[1024];
	uint32		h = 2166136261u;
	const char *c;
	FILE	   *f;

	if (dir == NULL || text_target == NULL || emitted >= 500)
		return;
	for (c = s; *c; c++)
		h = (h ^ (uint8) *c) * 16777619u;
	snprintf(path, sizeof(path), "%s/%s", dir, text_target);
	(void) mkdir(dir, 0777);
	(void) mkdir(path, 0777);
	snprintf(path, sizeof(path), "%s/%s/%08x", dir, text_target, h);
	f = fopen(path, "w");
	if (f == NULL)
		return;
	fputs(s, f);
	fclose(f);
	emitted++;
}

/* Unmodelled symbols end the checks of this input without a finding. */
#define RETURN_IF_UNMODELLED() do { if (fz_error.unmodelled) return; } while (0)

/* ---------- FZ_TEXT: input function, output, re-parse, re-print ---------- */

static bool
CallIn(PGFunction in, const char *s, Datum *v)
{
	Datum		args[3] = {CStringGetDatum(s), ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1)};
	bool		isnull;

	if (!fz_call(in, 3, args, NULL, v, &isnull))
		return false;
	if (isnull)
		fz_finding("input function returned NULL for \"%s\"", s);
	return true;
}

static char *
CallOut(PGFunction out, Datum v, const char *step)
{
	Datum		r;

	memset(&fz_error, 0, sizeof(fz_error));
	r = MustCall(step, out, 1, &v, NULL, NULL);
	if (fz_error.unmodelled)
		return NULL;
	if (DatumGetPointer(r) == NULL)
		fz_finding("%s returned a NULL pointer", step);
	return DatumGetCString(r);
}

/* out(v) must parse, and print the same again */
static void
CheckTextRoundTrip(const FzTarget *t, Datum v, const char *origin)
{
	char	   *out1,
			   *out2;
	Datum		v2;

	if (t->out == NULL || t->in == NULL)
		return;
	out1 = CallOut(t->out, v, "output function");
	if (out1 == NULL)
		return;
	if (t->kind == FZ_RECV && strncmp(t->name, "recv_", 5) == 0)
	{
		char		tt[256];

		snprintf(tt, sizeof(tt), "text_%s", t->name + 5);
		EmitText(tt, out1);
	}
	if (!CallIn(t->in, out1, &v2))
	{
		RETURN_IF_UNMODELLED();
		fz_finding("the output of a value accepted from %s does not parse: \"%s\" -> %s \"%s\" (%s)",
				   origin, out1, fz_sqlstate(fz_error.sqlerrcode), fz_error.message, fz_error.detail);
	}
	out2 = CallOut(t->out, v2, "output function (second time)");
	if (out2 == NULL)
		return;
	if (strcmp(out1, out2) != 0)
		fz_finding("round trip changed the value (from %s): printed \"%s\", re-parsed and printed \"%s\"",
				   origin, out1, out2);
	/* printing may lose what prints the same twice: compare the binary forms */
	if (t->send)
	{
		bytea	   *s1,
				   *s2;

		memset(&fz_error, 0, sizeof(fz_error));
		s1 = DatumGetByteaPP(MustCall("send function", t->send, 1, &v, NULL, NULL));
		RETURN_IF_UNMODELLED();
		s2 = DatumGetByteaPP(MustCall("send function", t->send, 1, &v2, NULL, NULL));
		RETURN_IF_UNMODELLED();
		if (VARSIZE_ANY_EXHDR(s1) != VARSIZE_ANY_EXHDR(s2) ||
			memcmp(VARDATA_ANY(s1), VARDATA_ANY(s2), VARSIZE_ANY_EXHDR(s1)) != 0)
			fz_finding("text round trip changed the value (from %s): \"%s\" reads back as a value whose SEND bytes differ",
					   origin, out1);
	}
	stats.roundtrips++;
}

static void
RunText(const FzTarget *t, const uint8 *data, size_t size)
{
	char	   *s;
	size_t		len;
	Datum		v;

	/* a cstring stops at the first NUL; the server only passes valid UTF-8 */
	len = strnlen((const char *) data, size);
	s = palloc(len + 1);
	memcpy(s, data, len);
	s[len] = '\0';
	if (pg_encoding_verifymbstr(PG_UTF8, s, len) != (int) len)
	{
		stats.skipped++;
		return;
	}
	if (!CallIn(t->in, s, &v))
	{
		fz_rejected("input function", false);
		return;
	}
	stats.accepted++;
	CheckTextRoundTrip(t, v, "text input");
}

/* ---------- FZ_RECV: receive, send, receive again; text output parses ---------- */

static bool
CallRecv(PGFunction recv, const char *bytes, int len, Datum *v)
{
	StringInfoData buf;
	Datum		args[3];
	bool		isnull;

	buf.data = palloc(len + 1);
	memcpy(buf.data, bytes, len);
	buf.data[len] = '\0';
	buf.len = len;
	buf.maxlen = len + 1;
	buf.cursor = 0;
	args[0] = PointerGetDatum(&buf);
	args[1] = ObjectIdGetDatum(InvalidOid);
	args[2] = Int32GetDatum(-1);
	if (!fz_call(recv, 3, args, NULL, v, &isnull))
		return false;
	if (isnull)
		fz_finding("receive function returned NULL");
	if (buf.cursor != buf.len)
	{
		/* the server's "incorrect binary data format" */
		memset(&fz_error, 0, sizeof(fz_error));
		fz_error.elevel = ERROR;
		fz_error.sqlerrcode = ERRCODE_INVALID_BINARY_REPRESENTATION;
		fz_error.has_errcode = true;
		snprintf(fz_error.message, sizeof(fz_error.message), "incorrect binary data format");
		return false;
	}
	return true;
}

static void
RunRecv(const FzTarget *t, const uint8 *data, size_t size)
{
	Datum		v,
				v2,
				b1,
				b2;
	bytea	   *s1,
			   *s2;

	if (!CallRecv(t->recv, (const char *) data, (int) size, &v))
	{
		fz_rejected("receive function", false);
		return;
	}
	stats.accepted++;
	if (t->send)
	{
		memset(&fz_error, 0, sizeof(fz_error));
		b1 = MustCall("send function", t->send, 1, &v, NULL, NULL);
		RETURN_IF_UNMODELLED();
		s1 = DatumGetByteaPP(b1);
		if (!CallRecv(t->recv, VARDATA_ANY(s1), VARSIZE_ANY_EXHDR(s1), &v2))
		{
			RETURN_IF_UNMODELLED();
			fz_finding("what send printed does not receive: %s \"%s\" (%s)",
					   fz_sqlstate(fz_error.sqlerrcode), fz_error.message, fz_error.detail);
		}
		b2 = MustCall("send function (second time)", t->send, 1, &v2, NULL, NULL);
		RETURN_IF_UNMODELLED();
		s2 = DatumGetByteaPP(b2);
		if (VARSIZE_ANY_EXHDR(s1) != VARSIZE_ANY_EXHDR(s2) ||
			memcmp(VARDATA_ANY(s1), VARDATA_ANY(s2), VARSIZE_ANY_EXHDR(s1)) != 0)
			fz_finding("binary round trip changed the value (%d bytes, then %d bytes)",
					   (int) VARSIZE_ANY_EXHDR(s1), (int) VARSIZE_ANY_EXHDR(s2));
	}
	/* a value the binary input accepts must also print and parse as text */
	CheckTextRoundTrip(t, v, "binary input");
	if (t->out == NULL)
		stats.roundtrips++;
}

/* ---------- FZ_DESER: deserialize, serialize, combine, final ---------- */

static bool
CallDeser(PGFunction deser, const char *bytes, int len, Datum *state)
{
	bytea	   *b = palloc(len + VARHDRSZ);
	Datum		args[2];
	bool		isnull;

	SET_VARSIZE(b, len + VARHDRSZ);
	memcpy(VARDATA(b), bytes, len);
	args[0] = PointerGetDatum(b);
	args[1] = PointerGetDatum(NULL);
	if (!fz_call(deser, 2, args, NULL, state, &isnull))
		return false;
	if (isnull || DatumGetPointer(*state) == NULL)
		fz_finding("deserialize returned NULL");
	return true;
}

static bytea *
CallSer(const FzTarget *t, Datum state, const char *step)
{
	Datum		r;

	memset(&fz_error, 0, sizeof(fz_error));
	r = MustCall(step, t->ser, 1, &state, NULL, NULL);
	if (fz_error.unmodelled)
		return NULL;
	return DatumGetByteaPP(r);
}

static void
RunDeser(const FzTarget *t, const uint8 *data, size_t size)
{
	Datum		s1,
				s2,
				a,
				b,
				c;
	bytea	   *b1,
			   *b2,
			   *b3;
	int			i;

	if (!CallDeser(t->deser, (const char *) data, (int) size, &s1))
	{
		fz_rejected("deserialize", true);
		return;
	}
	stats.accepted++;
	if (t->ser == NULL)
		return;

	/* a state that deserialized serializes, deserializes again and is stable */
	b1 = CallSer(t, s1, "serialize of a deserialized state");
	if (b1 == NULL)
		return;
	if (!CallDeser(t->deser, VARDATA_ANY(b1), VARSIZE_ANY_EXHDR(b1), &s2))
	{
		RETURN_IF_UNMODELLED();
		fz_finding("a serialized state does not deserialize: %s \"%s\" (%s)",
				   fz_sqlstate(fz_error.sqlerrcode), fz_error.message, fz_error.detail);
	}
	b2 = CallSer(t, s2, "serialize (second time)");
	if (b2 == NULL)
		return;
	if (VARSIZE_ANY_EXHDR(b1) != VARSIZE_ANY_EXHDR(b2) ||
		memcmp(VARDATA_ANY(b1), VARDATA_ANY(b2), VARSIZE_ANY_EXHDR(b1)) != 0)
		fz_finding("serialize(deserialize(serialize(s))) differs from serialize(s) (%d vs %d bytes)",
				   (int) VARSIZE_ANY_EXHDR(b1), (int) VARSIZE_ANY_EXHDR(b2));

	/* combine: NULL on the left copies; two states merge (errors allowed, no crash) */
	if (t->combine)
	{
		Datum		args[2];
		bool		nulls[2];
		bool		isnull;

		if (!t->combine_strict)
		{
			args[0] = (Datum) 0;
			nulls[0] = true;
			args[1] = s2;
			nulls[1] = false;
			if (!fz_call(t->combine, 2, args, nulls, &c, &isnull))
			{
				RETURN_IF_UNMODELLED();
				fz_finding("combine(NULL, state) failed: %s \"%s\"",
						   fz_sqlstate(fz_error.sqlerrcode), fz_error.message);
			}
			if (isnull)
				fz_finding("combine(NULL, state) returned NULL");
			b3 = CallSer(t, c, "serialize of combine(NULL, state)");
			if (b3 == NULL)
				return;
		}
		if (!CallDeser(t->deser, VARDATA_ANY(b1), VARSIZE_ANY_EXHDR(b1), &a) ||
			!CallDeser(t->deser, VARDATA_ANY(b1), VARSIZE_ANY_EXHDR(b1), &b))
		{
			RETURN_IF_UNMODELLED();
			fz_finding("a serialized state does not deserialize the second time");
		}
		args[0] = a;
		args[1] = b;
		nulls[0] = nulls[1] = false;
		if (fz_call(t->combine, 2, args, nulls, &c, &isnull))
		{
			if (!isnull)
			{
				b3 = CallSer(t, c, "serialize of combine(state, state)");
				if (b3 == NULL)
					return;
				/*
				 * Merging two fuzzed states may overflow what no real data
				 * reaches (counts near 2^63), and the deserializer may then
				 * rightly refuse the result: only a crash or an XX000 ereport
				 * without errcode is a finding here.
				 */
				if (!CallDeser(t->deser, VARDATA_ANY(b3), VARSIZE_ANY_EXHDR(b3), &a))
				{
					RETURN_IF_UNMODELLED();
					fz_rejected("deserialize of a combined state", true);
				}
			}
		}
		else
		{
			RETURN_IF_UNMODELLED();
			fz_rejected("combine", true);
		}
	}

	/* final functions: may run twice on the same state and must agree */
	for (i = 0; i < t->nfinal; i++)
	{
		Datum		r1,
					r2;
		bool		n1,
					n2;

		if (!fz_call(t->final[i], 1, &s2, NULL, &r1, &n1))
		{
			if (!fz_error.unmodelled)
				fz_rejected(t->final_name[i], true);
			continue;
		}
		if (!fz_call(t->final[i], 1, &s2, NULL, &r2, &n2))
		{
			if (fz_error.unmodelled)
				continue;
			fz_finding("%s succeeded once, then failed on the same state: %s \"%s\"",
					   t->final_name[i], fz_sqlstate(fz_error.sqlerrcode), fz_error.message);
		}
		if (n1 != n2 || (t->final_byval[i] && !n1 && r1 != r2))
			fz_finding("%s gave different answers when called twice on the same state", t->final_name[i]);
		if (!n1 && t->final_out[i] && getenv("CA_FUZZ_EMIT"))
		{
			Datum		txt;
			bool		tn;

			if (fz_call(t->final_out[i], 1, &r1, NULL, &txt, &tn) && !tn)
				EmitText(t->final_text[i], DatumGetCString(txt));
		}
	}
	stats.roundtrips++;
}

/* ---------- libFuzzer entry points ---------- */

static const FzTarget *
FindTarget(const char *name)
{
	int			i;

	for (i = 0; i < fz_n_sql_targets; i++)
		if (strcmp(fz_sql_targets[i].name, name) == 0)
			return &fz_sql_targets[i];
	for (i = 0; i < fz_n_internal_targets; i++)
		if (strcmp(fz_internal_targets[i].name, name) == 0)
			return &fz_internal_targets[i];
	return NULL;
}

static const char *
KindName(FzKind k)
{
	switch (k)
	{
		case FZ_TEXT:
			return "text";
		case FZ_RECV:
			return "recv";
		case FZ_DESER:
			return "deser";
		case FZ_INTERNAL:
			return "internal";
	}
	return "?";
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	const char *name = getenv("CA_FUZZ_TARGET");
	int			i;

	(void) argc;
	(void) argv;
	if (name == NULL || strcmp(name, "list") == 0)
	{
		/* name kind max_len what */
		for (i = 0; i < fz_n_sql_targets; i++)
			printf("%s %s %zu %s\n", fz_sql_targets[i].name, KindName(fz_sql_targets[i].kind),
				   fz_sql_targets[i].max_len, fz_sql_targets[i].what);
		for (i = 0; i < fz_n_internal_targets; i++)
			printf("%s %s %zu %s\n", fz_internal_targets[i].name, KindName(fz_internal_targets[i].kind),
				   fz_internal_targets[i].max_len, fz_internal_targets[i].what);
		if (name == NULL)
			fprintf(stderr, "ca_fuzz: set CA_FUZZ_TARGET to one of the targets above\n");
		exit(name == NULL ? 2 : 0);
	}
	target = FindTarget(name);
	if (target == NULL)
	{
		fprintf(stderr, "ca_fuzz: no target \"%s\" (CA_FUZZ_TARGET=list lists them)\n", name);
		exit(2);
	}
	fz_stub_init();
	atexit(PrintStats);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8 *data, size_t size)
{
	if (size > target->max_len)
		return -1;				/* keep the corpus to inputs of the configured size */
	stats.inputs++;
	memset(&fz_error, 0, sizeof(fz_error));
	switch (target->kind)
	{
		case FZ_TEXT:
			RunText(target, data, size);
			break;
		case FZ_RECV:
			RunRecv(target, data, size);
			break;
		case FZ_DESER:
			RunDeser(target, data, size);
			break;
		case FZ_INTERNAL:
			target->run(data, size);
			break;
	}
	fz_iteration_reset();
	return 0;
}
