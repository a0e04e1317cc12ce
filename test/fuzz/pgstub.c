/*-------------------------------------------------------------------------
 * pgstub.c
 *	  The smallest PostgreSQL backend the extension's parse and deserialize
 *	  paths need, for a standalone libFuzzer build: memory contexts over
 *	  malloc (every chunk remembered, so one input's memory is freed at once
 *	  and AddressSanitizer sees every overrun), ereport/elog that longjmp back
 *	  to the harness with the SQLSTATE recorded, the pqformat readers with the
 *	  server's bounds checks, detoasting of plain varlenas, and
 *	  AggCheckCallContext.
 *
 *	  StringInfo, psprintf, snprintf and the shortest-decimal printers come
 *	  from the frontend libpgcommon.a / libpgport.a; palloc and friends are
 *	  defined here instead of libpgcommon's fe_memutils so that they obey
 *	  memory contexts and MaxAllocSize like the server's.
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <stdio.h>
#include <stdlib.h>

#include "fuzz.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "miscadmin.h"
#include "nodes/memnodes.h"
#include "port/pg_bswap.h"
#include "utils/builtins.h"
#include "utils/memutils.h"

/* ---------- memory contexts ---------- */

/*
 * Every chunk carries this header.  The context pointer is last, right in
 * front of the user's bytes, where GetMemoryChunkContext() looks for it.
 */
typedef struct FzChunk
{
	uint64		magic;
	Size		size;
	struct FzChunk *prev;
	struct FzChunk *next;
	void	   *pad;
	MemoryContext context;
} FzChunk;

#define FZ_CHUNK_MAGIC	UINT64CONST(0xCAF0CAF0CAF0CAF0)
#define FZ_CHUNK_FREED	UINT64CONST(0xDEADDEADDEADDEAD)
#define ChunkOf(p)		((FzChunk *) ((char *) (p) - sizeof(FzChunk)))

StaticAssertDecl(sizeof(FzChunk) % MAXIMUM_ALIGNOF == 0, "chunk header must keep MAXALIGN");

typedef struct FzContext
{
	MemoryContextData header;	/* must be first */
	FzChunk    *chunks;			/* doubly linked, newest first */
} FzContext;

static FzContext fz_top;
static FzContext fz_iter;

MemoryContext CurrentMemoryContext = NULL;
MemoryContext TopMemoryContext = NULL;
MemoryContext ErrorContext = NULL;
MemoryContext PostmasterContext = NULL;
MemoryContext CacheMemoryContext = NULL;
MemoryContext MessageContext = NULL;
MemoryContext TopTransactionContext = NULL;
MemoryContext CurTransactionContext = NULL;
MemoryContext PortalContext = NULL;
MemoryContext fz_iter_context = NULL;

volatile sig_atomic_t InterruptPending = false;
volatile sig_atomic_t QueryCancelPending = false;
volatile sig_atomic_t ProcDiePending = false;
volatile uint32 InterruptHoldoffCount = 0;
volatile uint32 QueryCancelHoldoffCount = 0;
volatile uint32 CritSectionCount = 0;

sigjmp_buf *PG_exception_stack = NULL;
ErrorContextCallback *error_context_stack = NULL;

static void
InitContext(FzContext *c, const char *name, MemoryContext parent)
{
	memset(c, 0, sizeof(*c));
	c->header.type = T_AllocSetContext;
	c->header.isReset = true;
	c->header.name = name;
	c->header.parent = parent;
	if (parent)
	{
		c->header.nextchild = parent->firstchild;
		if (parent->firstchild)
			parent->firstchild->prevchild = &c->header;
		parent->firstchild = &c->header;
	}
}

void
fz_stub_init(void)
{
	InitContext(&fz_top, "TopMemoryContext", NULL);
	InitContext(&fz_iter, "FuzzIterationContext", &fz_top.header);
	TopMemoryContext = &fz_top.header;
	ErrorContext = CacheMemoryContext = PostmasterContext = TopMemoryContext;
	fz_iter_context = &fz_iter.header;
	MessageContext = TopTransactionContext = CurTransactionContext = PortalContext = fz_iter_context;
	CurrentMemoryContext = fz_iter_context;
}

static void
CheckContext(MemoryContext cxt)
{
	if (cxt == NULL || !IsA(cxt, AllocSetContext))
		fz_finding("allocation in an invalid memory context %p", (void *) cxt);
}

static void *
ChunkAlloc(MemoryContext cxt, Size size, int flags)
{
	FzContext  *c = (FzContext *) cxt;
	FzChunk    *ch;

	CheckContext(cxt);
	if ((flags & MCXT_ALLOC_HUGE) ? !AllocHugeSizeIsValid(size) : !AllocSizeIsValid(size))
		fz_finding("invalid memory alloc request size %zu (an unvalidated size reached palloc: "
				   "the server raises XX000 here)", size);
	ch = malloc(sizeof(FzChunk) + size);
	if (ch == NULL)
	{
		if (flags & MCXT_ALLOC_NO_OOM)
			return NULL;
		ereport(ERROR,
				(errcode(ERRCODE_OUT_OF_MEMORY),
				 errmsg("out of memory"),
				 errdetail("Failed on request of size %zu in memory context \"%s\".", size, cxt->name)));
	}
	ch->magic = FZ_CHUNK_MAGIC;
	ch->size = size;
	ch->pad = NULL;
	ch->context = cxt;
	ch->prev = NULL;
	ch->next = c->chunks;
	if (c->chunks)
		c->chunks->prev = ch;
	c->chunks = ch;
	cxt->isReset = false;
	cxt->mem_allocated += size;
	if (flags & MCXT_ALLOC_ZERO)
		memset(ch + 1, 0, size);
	return ch + 1;
}

static FzChunk *
ChunkCheck(void *pointer, const char *what)
{
	FzChunk    *ch;

	if (pointer == NULL)
		fz_finding("%s(NULL)", what);
	ch = ChunkOf(pointer);
	if (ch->magic == FZ_CHUNK_FREED)
		fz_finding("%s of an already freed chunk", what);
	if (ch->magic != FZ_CHUNK_MAGIC)
		fz_finding("%s of a pointer palloc did not return", what);
	return ch;
}

static void
ChunkUnlink(FzChunk *ch)
{
	FzContext  *c = (FzContext *) ch->context;

	if (ch->prev)
		ch->prev->next = ch->next;
	else
		c->chunks = ch->next;
	if (ch->next)
		ch->next->prev = ch->prev;
	c->header.mem_allocated -= ch->size;
}

void *
MemoryContextAlloc(MemoryContext context, Size size)
{
	return ChunkAlloc(context, size, 0);
}

void *
MemoryContextAllocZero(MemoryContext context, Size size)
{
	return ChunkAlloc(context, size, MCXT_ALLOC_ZERO);
}

void *
MemoryContextAllocZeroAligned(MemoryContext context, Size size)
{
	return ChunkAlloc(context, size, MCXT_ALLOC_ZERO);
}

void *
MemoryContextAllocExtended(MemoryContext context, Size size, int flags)
{
	return ChunkAlloc(context, size, flags);
}

void *
MemoryContextAllocHuge(MemoryContext context, Size size)
{
	return ChunkAlloc(context, size, MCXT_ALLOC_HUGE);
}

void *
palloc(Size size)
{
	return ChunkAlloc(CurrentMemoryContext, size, 0);
}

void *
palloc0(Size size)
{
	return ChunkAlloc(CurrentMemoryContext, size, MCXT_ALLOC_ZERO);
}

void *
palloc_extended(Size size, int flags)
{
	return ChunkAlloc(CurrentMemoryContext, size, flags);
}

Size
add_size(Size s1, Size s2)
{
	Size		r = s1 + s2;

	if (r < s1 || r < s2)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("requested shared memory size overflows size_t")));
	return r;
}

Size
mul_size(Size s1, Size s2)
{
	Size		r;

	if (s1 == 0 || s2 == 0)
		return 0;
	r = s1 * s2;
	if (r / s2 != s1)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("requested shared memory size overflows size_t")));
	return r;
}

static Size
MulOrFinding(Size s1, Size s2)
{
	if (s1 != 0 && s2 > SIZE_MAX / s1)
		fz_finding("invalid memory alloc request size %zu * %zu (overflow)", s1, s2);
	return s1 * s2;
}

void *
palloc_mul(Size s1, Size s2)
{
	return palloc(MulOrFinding(s1, s2));
}

void *
palloc0_mul(Size s1, Size s2)
{
	return palloc0(MulOrFinding(s1, s2));
}

void *
palloc_mul_extended(Size s1, Size s2, int flags)
{
	return palloc_extended(MulOrFinding(s1, s2), flags);
}

static void *
ChunkRealloc(void *pointer, Size size, int flags)
{
	FzChunk    *ch = ChunkCheck(pointer, "repalloc");
	void	   *n;

	n = ChunkAlloc(ch->context, size, flags);
	if (n == NULL)
		return NULL;
	memcpy(n, pointer, Min(size, ch->size));
	pfree(pointer);
	return n;
}

void *
repalloc(void *pointer, Size size)
{
	return ChunkRealloc(pointer, size, 0);
}

void *
repalloc_extended(void *pointer, Size size, int flags)
{
	return ChunkRealloc(pointer, size, flags);
}

void *
repalloc_huge(void *pointer, Size size)
{
	return ChunkRealloc(pointer, size, MCXT_ALLOC_HUGE);
}

void *
repalloc_mul(void *pointer, Size s1, Size s2)
{
	return repalloc(pointer, MulOrFinding(s1, s2));
}

void
pfree(void *pointer)
{
	FzChunk    *ch = ChunkCheck(pointer, "pfree");

	ChunkUnlink(ch);
	ch->magic = FZ_CHUNK_FREED;
	free(ch);
}

Size
GetMemoryChunkSpace(void *pointer)
{
	return ChunkCheck(pointer, "GetMemoryChunkSpace")->size + sizeof(FzChunk);
}

char *
MemoryContextStrdup(MemoryContext context, const char *string)
{
	Size		len = strlen(string) + 1;
	char	   *r = MemoryContextAlloc(context, len);

	memcpy(r, string, len);
	return r;
}

char *
pstrdup(const char *in)
{
	return MemoryContextStrdup(CurrentMemoryContext, in);
}

char *
pnstrdup(const char *in, Size len)
{
	char	   *r;

	len = strnlen(in, len);
	r = palloc(len + 1);
	memcpy(r, in, len);
	r[len] = '\0';
	return r;
}

char *
pchomp(const char *in)
{
	size_t		n = strlen(in);

	while (n > 0 && in[n - 1] == '\n')
		n--;
	return pnstrdup(in, n);
}

static void ContextDeleteChildren(MemoryContext cxt);

static void
ContextFreeChunks(MemoryContext cxt)
{
	FzContext  *c = (FzContext *) cxt;
	MemoryContextCallback *cb;

	/* callbacks run before the memory goes, as in the server */
	while ((cb = cxt->reset_cbs) != NULL)
	{
		cxt->reset_cbs = cb->next;
		cb->func(cb->arg);
	}
	while (c->chunks)
	{
		FzChunk    *ch = c->chunks;

		c->chunks = ch->next;
		ch->magic = FZ_CHUNK_FREED;
		free(ch);
	}
	cxt->mem_allocated = 0;
	cxt->isReset = true;
}

static void
ContextUnlink(MemoryContext cxt)
{
	MemoryContext parent = cxt->parent;

	if (parent == NULL)
		return;
	if (cxt->prevchild)
		cxt->prevchild->nextchild = cxt->nextchild;
	else
		parent->firstchild = cxt->nextchild;
	if (cxt->nextchild)
		cxt->nextchild->prevchild = cxt->prevchild;
	cxt->parent = cxt->prevchild = cxt->nextchild = NULL;
}

void
MemoryContextDelete(MemoryContext context)
{
	CheckContext(context);
	if (context == &fz_top.header || context == &fz_iter.header)
		fz_finding("MemoryContextDelete of a context the extension does not own (%s)", context->name);
	ContextDeleteChildren(context);
	ContextFreeChunks(context);
	ContextUnlink(context);
	context->type = T_Invalid;
	free(context);
}

static void
ContextDeleteChildren(MemoryContext cxt)
{
	while (cxt->firstchild)
		MemoryContextDelete(cxt->firstchild);
}

void
MemoryContextDeleteChildren(MemoryContext context)
{
	CheckContext(context);
	ContextDeleteChildren(context);
}

void
MemoryContextReset(MemoryContext context)
{
	CheckContext(context);
	ContextDeleteChildren(context);
	ContextFreeChunks(context);
}

void
MemoryContextResetOnly(MemoryContext context)
{
	CheckContext(context);
	ContextFreeChunks(context);
}

void
MemoryContextResetChildren(MemoryContext context)
{
	MemoryContext child;

	CheckContext(context);
	for (child = context->firstchild; child; child = child->nextchild)
		MemoryContextReset(child);
}

MemoryContext
AllocSetContextCreateInternal(MemoryContext parent, const char *name,
							  Size minContextSize, Size initBlockSize, Size maxBlockSize)
{
	FzContext  *c = malloc(sizeof(FzContext));

	(void) minContextSize;
	(void) initBlockSize;
	(void) maxBlockSize;
	if (c == NULL)
		abort();
	if (parent == NULL)
		parent = CurrentMemoryContext;
	/* contexts made under TopMemoryContext during one input die with it */
	if (parent == &fz_top.header)
		parent = &fz_iter.header;
	InitContext(c, name, parent);
	return &c->header;
}

MemoryContext
GenerationContextCreate(MemoryContext parent, const char *name,
						Size minContextSize, Size initBlockSize, Size maxBlockSize)
{
	return AllocSetContextCreateInternal(parent, name, minContextSize, initBlockSize, maxBlockSize);
}

MemoryContext
SlabContextCreate(MemoryContext parent, const char *name, Size blockSize, Size chunkSize)
{
	return AllocSetContextCreateInternal(parent, name, 0, blockSize, chunkSize);
}

void
MemoryContextSetParent(MemoryContext context, MemoryContext new_parent)
{
	CheckContext(context);
	ContextUnlink(context);
	if (new_parent == NULL || new_parent == &fz_top.header)
		new_parent = &fz_iter.header;
	context->parent = new_parent;
	context->nextchild = new_parent->firstchild;
	if (new_parent->firstchild)
		new_parent->firstchild->prevchild = context;
	new_parent->firstchild = context;
}

void
MemoryContextSetIdentifier(MemoryContext context, const char *id)
{
	context->ident = id;
}

MemoryContext
MemoryContextGetParent(MemoryContext context)
{
	return context->parent;
}

bool
MemoryContextIsEmpty(MemoryContext context)
{
	return context->firstchild == NULL && ((FzContext *) context)->chunks == NULL;
}

Size
MemoryContextMemAllocated(MemoryContext context, bool recurse)
{
	Size		total = context->mem_allocated;

	if (recurse)
	{
		MemoryContext child;

		for (child = context->firstchild; child; child = child->nextchild)
			total += MemoryContextMemAllocated(child, true);
	}
	return total;
}

void
MemoryContextRegisterResetCallback(MemoryContext context, MemoryContextCallback *cb)
{
	cb->next = context->reset_cbs;
	context->reset_cbs = cb;
}

void
fz_iteration_reset(void)
{
	/* anything a capability put in TopMemoryContext lives for one input only */
	ContextFreeChunks(&fz_top.header);
	MemoryContextReset(&fz_iter.header);
	CurrentMemoryContext = &fz_iter.header;
	PG_exception_stack = NULL;
	error_context_stack = NULL;
	InterruptHoldoffCount = 0;
	CritSectionCount = 0;
}

/* ---------- errors ---------- */

FzError		fz_error;

#define FZ_ERR_DEPTH 4
static FzError err_stack[FZ_ERR_DEPTH];
static int	err_depth = 0;

const char *
fz_sqlstate(int sqlerrcode)
{
	static char buf[6];
	int			i;

	for (i = 0; i < 5; i++)
	{
		buf[i] = PGUNSIXBIT(sqlerrcode);
		sqlerrcode >>= 6;
	}
	buf[5] = '\0';
	return buf;
}

bool
message_level_is_interesting(int elevel)
{
	return elevel >= WARNING;
}

bool
in_error_recursion_trouble(void)
{
	return err_depth > 1;
}

bool
errstart(int elevel, const char *domain)
{
	FzError    *e;

	(void) domain;
	if (elevel < WARNING)
		return false;
	if (err_depth >= FZ_ERR_DEPTH)
		fz_finding("ereport recursion deeper than %d", FZ_ERR_DEPTH);
	e = &err_stack[err_depth++];
	memset(e, 0, sizeof(*e));
	e->elevel = elevel;
	e->sqlerrcode = elevel >= ERROR ? ERRCODE_INTERNAL_ERROR :
		elevel == WARNING ? ERRCODE_WARNING : ERRCODE_SUCCESSFUL_COMPLETION;
	return true;
}

bool
errstart_cold(int elevel, const char *domain)
{
	return errstart(elevel, domain);
}

static FzError *
CurErr(const char *what)
{
	if (err_depth <= 0)
		fz_finding("%s called outside ereport", what);
	return &err_stack[err_depth - 1];
}

void
errfinish(const char *filename, int lineno, const char *funcname)
{
	FzError    *e = CurErr("errfinish");
	ErrorContextCallback *ecs;

	e->filename = filename;
	e->lineno = lineno;
	e->funcname = funcname;
	err_depth--;
	if (e->elevel < ERROR)
		return;
	if (e->elevel >= FATAL)
		fz_finding("%s raised at level %d: %s (%s:%d)", fz_sqlstate(e->sqlerrcode),
				   e->elevel, e->message, filename, lineno);
	/* error context callbacks run, as in the server (they may themselves crash) */
	for (ecs = error_context_stack; ecs; ecs = ecs->previous)
		ecs->callback(ecs->arg);
	fz_error = *e;
	err_depth = 0;
	if (PG_exception_stack == NULL)
		fz_finding("ERROR outside any error trap: %s", e->message);
	InterruptHoldoffCount = 0;
	CritSectionCount = 0;
	siglongjmp(*PG_exception_stack, 1);
}

void
pg_re_throw(void)
{
	if (PG_exception_stack == NULL)
		fz_finding("PG_RE_THROW outside any error trap: %s", fz_error.message);
	siglongjmp(*PG_exception_stack, 1);
}

void
fz_unmodelled(const char *symbol)
{
	fz_note_unmodelled(symbol);
	memset(&fz_error, 0, sizeof(fz_error));
	fz_error.elevel = ERROR;
	fz_error.unmodelled = true;
	snprintf(fz_error.message, sizeof(fz_error.message), "unmodelled backend symbol %s", symbol);
	err_depth = 0;
	if (PG_exception_stack == NULL)
		fz_finding("unmodelled backend symbol %s reached outside a call", symbol);
	siglongjmp(*PG_exception_stack, 1);
}

int
errcode(int sqlerrcode)
{
	FzError    *e = CurErr("errcode");

	e->sqlerrcode = sqlerrcode;
	e->has_errcode = true;
	return 0;
}

int
errcode_for_file_access(void)
{
	return errcode(ERRCODE_IO_ERROR);
}

int
errcode_for_socket_access(void)
{
	return errcode(ERRCODE_CONNECTION_FAILURE);
}

#define FORMAT_INTO(field, fmt) \
	do { \
		va_list		ap; \
		va_start(ap, fmt); \
		vsnprintf(field, sizeof(field), fmt, ap); \
		va_end(ap); \
	} while (0)

int
errmsg(const char *fmt,...)
{
	FzError    *e = CurErr("errmsg");

	FORMAT_INTO(e->message, fmt);
	return 0;
}

int
errmsg_internal(const char *fmt,...)
{
	FzError    *e = CurErr("errmsg_internal");

	e->internal_msg = true;
	FORMAT_INTO(e->message, fmt);
	return 0;
}

int
errmsg_plural(const char *fmt_singular, const char *fmt_plural, unsigned long n,...)
{
	FzError    *e = CurErr("errmsg_plural");
	va_list		ap;

	va_start(ap, n);
	vsnprintf(e->message, sizeof(e->message), n == 1 ? fmt_singular : fmt_plural, ap);
	va_end(ap);
	return 0;
}

int
errdetail(const char *fmt,...)
{
	FzError    *e = CurErr("errdetail");

	FORMAT_INTO(e->detail, fmt);
	return 0;
}

int
errdetail_internal(const char *fmt,...)
{
	FzError    *e = CurErr("errdetail_internal");

	FORMAT_INTO(e->detail, fmt);
	return 0;
}

int
errdetail_log(const char *fmt,...)
{
	FzError    *e = CurErr("errdetail_log");

	FORMAT_INTO(e->detail, fmt);
	return 0;
}

int
errdetail_plural(const char *fmt_singular, const char *fmt_plural, unsigned long n,...)
{
	FzError    *e = CurErr("errdetail_plural");
	va_list		ap;

	va_start(ap, n);
	vsnprintf(e->detail, sizeof(e->detail), n == 1 ? fmt_singular : fmt_plural, ap);
	va_end(ap);
	return 0;
}

int
errhint(const char *fmt,...)
{
	char		buf[512];

	(void) CurErr("errhint");
	FORMAT_INTO(buf, fmt);
	return 0;
}

int
errcontext_msg(const char *fmt,...)
{
	char		buf[512];

	FORMAT_INTO(buf, fmt);
	return 0;
}

int
set_errcontext_domain(const char *domain)
{
	(void) domain;
	return 0;
}

int
errposition(int cursorpos)
{
	(void) cursorpos;
	return 0;
}

int
internalerrposition(int cursorpos)
{
	(void) cursorpos;
	return 0;
}

int
internalerrquery(const char *query)
{
	(void) query;
	return 0;
}

int
errhidestmt(bool hide_stmt)
{
	(void) hide_stmt;
	return 0;
}

int
errhidecontext(bool hide_ctx)
{
	(void) hide_ctx;
	return 0;
}

int
errbacktrace(void)
{
	return 0;
}

int
geterrcode(void)
{
	return err_depth > 0 ? err_stack[err_depth - 1].sqlerrcode : fz_error.sqlerrcode;
}

void
FlushErrorState(void)
{
	err_depth = 0;
}

ErrorData *
CopyErrorData(void)
{
	ErrorData  *e = palloc0(sizeof(ErrorData));

	e->elevel = fz_error.elevel;
	e->sqlerrcode = fz_error.sqlerrcode;
	e->message = pstrdup(fz_error.message);
	e->detail = pstrdup(fz_error.detail);
	e->filename = fz_error.filename;
	e->lineno = fz_error.lineno;
	e->funcname = fz_error.funcname;
	return e;
}

void
FreeErrorData(ErrorData *edata)
{
	pfree(edata->message);
	pfree(edata->detail);
	pfree(edata);
}

void
ExceptionalCondition(const char *conditionName, const char *errorType,
					 const char *fileName, int lineNumber)
{
	fz_finding("%s(\"%s\", File: \"%s\", Line: %d)", errorType, conditionName, fileName, lineNumber);
}

void
ProcessInterrupts(void)
{
	InterruptPending = false;
}

/* ---------- fmgr ---------- */

struct varlena *
pg_detoast_datum(struct varlena *datum)
{
	if (VARATT_IS_EXTERNAL(datum) || VARATT_IS_COMPRESSED(datum))
		fz_finding("toasted datum reached the stub layer (the harness builds plain varlenas only)");
	if (VARATT_IS_SHORT(datum))
	{
		Size		len = VARSIZE_SHORT(datum) - VARHDRSZ_SHORT;
		struct varlena *r = palloc(len + VARHDRSZ);

		SET_VARSIZE(r, len + VARHDRSZ);
		memcpy(VARDATA(r), VARDATA_SHORT(datum), len);
		return r;
	}
	return datum;
}

struct varlena *
pg_detoast_datum_copy(struct varlena *datum)
{
	struct varlena *d = pg_detoast_datum(datum);
	struct varlena *r;

	if (d != datum)
		return d;
	r = palloc(VARSIZE(d));
	memcpy(r, d, VARSIZE(d));
	return r;
}

struct varlena *
pg_detoast_datum_packed(struct varlena *datum)
{
	if (VARATT_IS_EXTERNAL(datum) || VARATT_IS_COMPRESSED(datum))
		fz_finding("toasted datum reached the stub layer (the harness builds plain varlenas only)");
	return datum;
}

int
AggCheckCallContext(FunctionCallInfo fcinfo, MemoryContext *aggcontext)
{
	(void) fcinfo;
	if (aggcontext)
		*aggcontext = fz_iter_context;
	return AGG_CONTEXT_AGGREGATE;
}

static Datum
DirectCall(PGFunction func, Oid collation, int n, Datum a1, Datum a2, Datum a3)
{
	LOCAL_FCINFO(fcinfo, 3);
	Datum		result;

	InitFunctionCallInfoData(*fcinfo, NULL, n, collation, NULL, NULL);
	fcinfo->args[0].value = a1;
	fcinfo->args[0].isnull = false;
	fcinfo->args[1].value = a2;
	fcinfo->args[1].isnull = false;
	fcinfo->args[2].value = a3;
	fcinfo->args[2].isnull = false;
	result = (*func) (fcinfo);
	if (fcinfo->isnull)
		elog(ERROR, "function %p returned NULL", (void *) func);
	return result;
}

Datum
DirectFunctionCall1Coll(PGFunction func, Oid collation, Datum arg1)
{
	return DirectCall(func, collation, 1, arg1, 0, 0);
}

Datum
DirectFunctionCall2Coll(PGFunction func, Oid collation, Datum arg1, Datum arg2)
{
	return DirectCall(func, collation, 2, arg1, arg2, 0);
}

Datum
DirectFunctionCall3Coll(PGFunction func, Oid collation, Datum arg1, Datum arg2, Datum arg3)
{
	return DirectCall(func, collation, 3, arg1, arg2, arg3);
}

/* ---------- text ---------- */

text *
cstring_to_text_with_len(const char *s, int len)
{
	text	   *r = palloc(len + VARHDRSZ);

	SET_VARSIZE(r, len + VARHDRSZ);
	memcpy(VARDATA(r), s, len);
	return r;
}

text *
cstring_to_text(const char *s)
{
	return cstring_to_text_with_len(s, strlen(s));
}

char *
text_to_cstring(const text *t)
{
	text	   *tunpacked = (text *) pg_detoast_datum_packed(unconstify(text *, t));
	int			len = VARSIZE_ANY_EXHDR(tunpacked);
	char	   *r = palloc(len + 1);

	memcpy(r, VARDATA_ANY(tunpacked), len);
	r[len] = '\0';
	return r;
}

void
text_to_cstring_buffer(const text *src, char *dst, size_t dst_len)
{
	int			len = VARSIZE_ANY_EXHDR(src);

	if (dst_len > 0)
	{
		dst_len--;
		if (dst_len >= (size_t) len)
			dst_len = len;
		memcpy(dst, VARDATA_ANY(src), dst_len);
		dst[dst_len] = '\0';
	}
}

/* ---------- pqformat: as src/backend/libpq/pqformat.c, encodings as identity ---------- */

void
pq_sendbytes(StringInfo buf, const char *data, int datalen)
{
	appendBinaryStringInfo(buf, data, datalen);
}

void
pq_sendcountedtext(StringInfo buf, const char *str, int slen, bool countincludesself)
{
	int			extra = countincludesself ? 4 : 0;

	pq_sendint32(buf, slen + extra);
	appendBinaryStringInfoNT(buf, str, slen);
}

void
pq_sendtext(StringInfo buf, const char *str, int slen)
{
	appendBinaryStringInfo(buf, str, slen);
}

void
pq_sendstring(StringInfo buf, const char *str)
{
	appendBinaryStringInfoNT(buf, str, strlen(str) + 1);
}

void
pq_send_ascii_string(StringInfo buf, const char *str)
{
	while (*str)
	{
		char		ch = *str++;

		if (IS_HIGHBIT_SET(ch))
			ch = '?';
		appendStringInfoCharMacro(buf, ch);
	}
	appendStringInfoChar(buf, '\0');
}

void
pq_sendfloat4(StringInfo buf, float4 f)
{
	union
	{
		float4		f;
		uint32		i;
	}			swap;

	swap.f = f;
	pq_sendint32(buf, swap.i);
}

void
pq_sendfloat8(StringInfo buf, float8 f)
{
	union
	{
		float8		f;
		int64		i;
	}			swap;

	swap.f = f;
	pq_sendint64(buf, swap.i);
}

void
pq_begintypsend(StringInfo buf)
{
	initStringInfo(buf);
	/* Reserve four bytes for the bytea length word */
	appendStringInfoCharMacro(buf, '\0');
	appendStringInfoCharMacro(buf, '\0');
	appendStringInfoCharMacro(buf, '\0');
	appendStringInfoCharMacro(buf, '\0');
}

bytea *
pq_endtypsend(StringInfo buf)
{
	bytea	   *result = (bytea *) buf->data;

	Assert(buf->len >= VARHDRSZ);
	SET_VARSIZE(result, buf->len);
	return result;
}

int
pq_getmsgbyte(StringInfo msg)
{
	if (msg->cursor >= msg->len)
		ereport(ERROR,
				(errcode(ERRCODE_PROTOCOL_VIOLATION),
				 errmsg("no data left in message")));
	return (unsigned char) msg->data[msg->cursor++];
}

unsigned int
pq_getmsgint(StringInfo msg, int b)
{
	unsigned int result;
	unsigned char n8;
	uint16		n16;
	uint32		n32;

	switch (b)
	{
		case 1:
			pq_copymsgbytes(msg, (char *) &n8, 1);
			result = n8;
			break;
		case 2:
			pq_copymsgbytes(msg, (char *) &n16, 2);
			result = pg_ntoh16(n16);
			break;
		case 4:
			pq_copymsgbytes(msg, (char *) &n32, 4);
			result = pg_ntoh32(n32);
			break;
		default:
			elog(ERROR, "unsupported integer size %d", b);
			result = 0;
			break;
	}
	return result;
}

int64
pq_getmsgint64(StringInfo msg)
{
	uint64		n64;

	pq_copymsgbytes(msg, (char *) &n64, sizeof(n64));
	return pg_ntoh64(n64);
}

float4
pq_getmsgfloat4(StringInfo msg)
{
	union
	{
		float4		f;
		uint32		i;
	}			swap;

	swap.i = pq_getmsgint(msg, 4);
	return swap.f;
}

float8
pq_getmsgfloat8(StringInfo msg)
{
	union
	{
		float8		f;
		int64		i;
	}			swap;

	swap.i = pq_getmsgint64(msg);
	return swap.f;
}

const char *
pq_getmsgbytes(StringInfo msg, int datalen)
{
	const char *result;

	if (datalen < 0 || datalen > (msg->len - msg->cursor))
		ereport(ERROR,
				(errcode(ERRCODE_PROTOCOL_VIOLATION),
				 errmsg("insufficient data left in message")));
	result = &msg->data[msg->cursor];
	msg->cursor += datalen;
	return result;
}

void
pq_copymsgbytes(StringInfo msg, char *buf, int datalen)
{
	if (datalen < 0 || datalen > (msg->len - msg->cursor))
		ereport(ERROR,
				(errcode(ERRCODE_PROTOCOL_VIOLATION),
				 errmsg("insufficient data left in message")));
	memcpy(buf, &msg->data[msg->cursor], datalen);
	msg->cursor += datalen;
}

char *
pq_getmsgtext(StringInfo msg, int rawbytes, int *nbytes)
{
	char	   *str;

	if (rawbytes < 0 || rawbytes > (msg->len - msg->cursor))
		ereport(ERROR,
				(errcode(ERRCODE_PROTOCOL_VIOLATION),
				 errmsg("insufficient data left in message")));
	str = &msg->data[msg->cursor];
	msg->cursor += rawbytes;
	*nbytes = rawbytes;
	return pnstrdup(str, rawbytes);
}

const char *
pq_getmsgstring(StringInfo msg)
{
	char	   *str = &msg->data[msg->cursor];
	int			slen = strlen(str);

	if (msg->cursor + slen >= msg->len)
		ereport(ERROR,
				(errcode(ERRCODE_PROTOCOL_VIOLATION),
				 errmsg("invalid string in message")));
	msg->cursor += slen + 1;
	return str;
}

const char *
pq_getmsgrawstring(StringInfo msg)
{
	return pq_getmsgstring(msg);
}

void
pq_getmsgend(StringInfo msg)
{
	if (msg->cursor != msg->len)
		ereport(ERROR,
				(errcode(ERRCODE_PROTOCOL_VIOLATION),
				 errmsg("invalid message format")));
}
