/*-------------------------------------------------------------------------
 * seq_pattern.h
 *	  The sequence-pattern compiler and matcher behind sequence_match and
 *	  sequence_count: plain C, no PostgreSQL headers, so it can be unit
 *	  tested and fuzzed as a standalone program.
 *
 *	  The pattern language and its semantics are ClickHouse's sequenceMatch /
 *	  sequenceCount ones:
 *
 *		(?N)		an event where condition N (1-based) holds
 *		.			any one event
 *		.*			any number of events
 *		(?t<=S) (?t<S) (?t>=S) (?t>S) (?t==S)
 *					a time constraint in seconds between the event before it
 *					and the event after it; any events may lie between them
 *
 *	  The caller owns all memory: the compiler writes into an action array of
 *	  seq_pattern_max_actions(len) entries, the matcher into a scratch area
 *	  of seq_match_scratch_bytes(n) bytes.  Nothing here allocates.
 *-------------------------------------------------------------------------
 */
#ifndef CA_SEQ_PATTERN_H
#define CA_SEQ_PATTERN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Conditions a pattern may name: (?1) ... (?32). */
#define SEQ_MAX_CONDS		32

/* Microseconds per second: time constraints are in seconds, timestamps in usec. */
#define SEQ_USEC_PER_SEC	INT64_C(1000000)

/* Largest S accepted in (?t op S): S * 10^6 microseconds must fit in an int64. */
#define SEQ_MAX_SECONDS		(INT64_MAX / SEQ_USEC_PER_SEC)

typedef enum SeqActionType
{
	SEQ_EVENT,					/* (?N): arg = N - 1 */
	SEQ_ANY,					/* . */
	SEQ_STAR,					/* .* (and the implicit one in front) */
	SEQ_TIME_LE,				/* (?t<=S): arg = S in microseconds */
	SEQ_TIME_LT,
	SEQ_TIME_GE,
	SEQ_TIME_GT,
	SEQ_TIME_EQ
} SeqActionType;

typedef struct SeqAction
{
	SeqActionType type;
	int			pos;			/* 1-based character position in the pattern; 0 = implicit */
	uint64_t	arg;
} SeqAction;

typedef struct SeqPattern
{
	SeqAction  *actions;		/* actions[0] is always the implicit leading .* */
	int			nactions;
	int			natoms;			/* number of (?N) and . atoms */
	int			max_cond;		/* highest N named by (?N); 0 when none */
	uint32_t	cond_mask;		/* bit N-1 set for every (?N) used */
	bool		has_time;		/* any (?t...) constraint */
} SeqPattern;

typedef enum SeqErrorKind
{
	SEQ_OK = 0,
	SEQ_ERR_SYNTAX,				/* malformed pattern text: SQLSTATE 42601 */
	SEQ_ERR_VALUE				/* well-formed but unusable (N out of range, ...): 22023 */
} SeqErrorKind;

typedef struct SeqError
{
	SeqErrorKind kind;
	int			pos;			/* 1-based character position of the offending text */
	char		message[160];
} SeqError;

/*
 * One event as the caller stores it: the same 16-byte layout as CaEvent in
 * common.h (the glue checks this at compile time).  Events must be sorted by
 * ts; mask bit i = condition i+1 held; events with mask 0 must not be given
 * (ClickHouse keeps only events where some condition holds).
 */
typedef struct SeqEvent
{
	int64_t		ts;
	uint32_t	mask;
	uint32_t	aux;
} SeqEvent;

/* Called now and then during long loops; may longjmp out (CHECK_FOR_INTERRUPTS). */
typedef void (*SeqInterruptFn) (void);

/* Room needed for the compiled actions of a pattern of len bytes. */
extern size_t seq_pattern_max_actions(size_t len);

/*
 * Compile pattern[0..len) into out (out->actions must have room for
 * seq_pattern_max_actions(len) entries).  nconds is the number of
 * conditions the caller passes (1..SEQ_MAX_CONDS); (?N) with N > nconds is
 * an error.  Returns true on success; on failure fills *err.
 */
extern bool seq_pattern_compile(const char *pattern, size_t len, int nconds,
								SeqPattern *out, SeqError *err);

/* Scratch bytes seq_count / seq_match need for n events. */
extern size_t seq_match_scratch_bytes(const SeqPattern *pat, int64_t n);

/*
 * sequenceMatch: does the pattern occur in the sorted events?  scratch must
 * hold seq_match_scratch_bytes(pat, n) bytes.
 */
extern bool seq_match(const SeqPattern *pat, const SeqEvent *ev, int64_t n,
					  void *scratch, SeqInterruptFn interrupt);

/* sequenceCount: the number of non-overlapping occurrences. */
extern int64_t seq_count(const SeqPattern *pat, const SeqEvent *ev, int64_t n,
						 void *scratch, SeqInterruptFn interrupt);

#endif							/* CA_SEQ_PATTERN_H */
