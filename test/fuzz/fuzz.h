/*-------------------------------------------------------------------------
 * fuzz.h
 *	  The libFuzzer harness of customer_analytics: the target table (generated
 *	  from the SQL declarations by discover.pl) and what the driver
 *	  (fuzz_main.c), the internal targets (fuzz_internal.c) and the
 *	  PostgreSQL stub layer (pgstub.c) share.
 *-------------------------------------------------------------------------
 */
#ifndef CA_FUZZ_H
#define CA_FUZZ_H

#include "postgres.h"

#include "fmgr.h"

typedef enum FzKind
{
	FZ_TEXT,					/* type input function: cstring -> value */
	FZ_RECV,					/* type receive function: StringInfo -> value */
	FZ_DESER,					/* aggregate DESERIALFUNC: bytea -> internal */
	FZ_INTERNAL					/* hand-written target (fuzz_internal.c) */
} FzKind;

#define FZ_MAX_FINALS 8

typedef struct FzTarget
{
	const char *name;			/* corpus folder and CA_FUZZ_TARGET value */
	FzKind		kind;
	const char *what;			/* SQL type or function, for messages */
	/* FZ_TEXT and FZ_RECV */
	PGFunction	in;
	PGFunction	out;
	PGFunction	recv;
	PGFunction	send;
	/* FZ_DESER */
	PGFunction	deser;
	PGFunction	ser;
	PGFunction	combine;
	bool		combine_strict;
	int			nfinal;
	PGFunction	final[FZ_MAX_FINALS];
	const char *final_name[FZ_MAX_FINALS];
	int			final_byval[FZ_MAX_FINALS];	/* result is a by-value Datum we can compare */
	PGFunction	final_out[FZ_MAX_FINALS];	/* OUTPUT of the result type, if declared */
	const char *final_text[FZ_MAX_FINALS];	/* text_<result type>: where printed results seed */
	/* FZ_INTERNAL */
	void		(*run) (const uint8 *data, size_t size);
	size_t		max_len;
} FzTarget;

/* discover.pl's table (build/targets.c) and the hand-written one */
extern const FzTarget fz_sql_targets[];
extern const int fz_n_sql_targets;
extern const FzTarget fz_internal_targets[];
extern const int fz_n_internal_targets;

/* ---------- pgstub.c ---------- */

/* The last error raised by ereport/elog and caught by fz_try. */
typedef struct FzError
{
	int			elevel;
	int			sqlerrcode;
	bool		has_errcode;	/* errcode() was called */
	bool		internal_msg;	/* message came from errmsg_internal (elog) */
	bool		unmodelled;		/* an auto-stubbed backend symbol was reached */
	const char *filename;
	int			lineno;
	const char *funcname;
	char		message[1024];
	char		detail[512];
} FzError;

extern FzError fz_error;
extern MemoryContext fz_iter_context;

extern void fz_stub_init(void);
/* Free everything allocated during one input. */
extern void fz_iteration_reset(void);
extern const char *fz_sqlstate(int sqlerrcode);
/* Report a finding and abort (libFuzzer saves the input). */
extern void fz_finding(const char *fmt,...) __attribute__((format(printf, 1, 2))) pg_attribute_noreturn();
/* Called by the generated stubs of backend symbols the stub layer does not model. */
extern void fz_unmodelled(const char *symbol) pg_attribute_noreturn();
extern void fz_note_unmodelled(const char *symbol);
extern void fz_print_unmodelled(void);

/*
 * Call fn with nargs arguments under an error trap.  Returns false when it
 * raised an ERROR (details in fz_error).
 */
extern bool fz_call(PGFunction fn, int nargs, const Datum *args, const bool *nulls,
					Datum *result, bool *isnull);
/* Run fn(arg) under the same trap (for the internal targets). */
extern bool fz_try(void (*fn) (void *), void *arg);

/* ---------- fuzz_main.c ---------- */

/*
 * Classify a caught error: counts it, and aborts with a finding when the
 * SQLSTATE is XX000 where it must not be.  elog_ok: can't-happen elog() is
 * acceptable here (corrupt internal input rather than user text).
 */
extern void fz_rejected(const char *step, bool elog_ok);
/* Count an input the target accepted and checked (internal targets). */
extern void fz_accepted(void);

#endif							/* CA_FUZZ_H */
