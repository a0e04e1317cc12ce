/*-------------------------------------------------------------------------
 * seq_pattern.c
 *	  Compiler and matcher for sequence_match / sequence_count patterns.
 *	  Plain C (no postgres.h): errors come back in a SeqError, memory is the
 *	  caller's, interrupts are polled through a callback.
 *
 *	  Semantics are ClickHouse's sequenceMatch / sequenceCount, including the
 *	  corners of its backtracking matcher:
 *
 *	  - Patterns without time constraints are matched by sequence_match as an
 *		unanchored search (ClickHouse's "DFA" path): linear in the events.
 *	  - Patterns with time constraints (sequence_match) and every pattern
 *		(sequence_count) follow ClickHouse's backtracking matcher exactly.
 *		That matcher is a depth-first search over states (action a, event e,
 *		base event b), where b is the event a following time constraint is
 *		measured from.  Instead of searching (exponential on patterns such as
 *		"(?1).*.*.*(?2)") we compute the outcome of every state bottom-up, one
 *		action at a time from the last, in O(actions x events) time and
 *		O(events) memory.  The outcome of a state is the one the search would
 *		reach from it: a match ending at event e, "exhausted" (the search
 *		would backtrack out of it), or "gave up" (ClickHouse's loop stops
 *		without backtracking when a consuming action reaches the last event
 *		while non-optional actions remain).
 *
 *	  Recurrences (n events, m actions, actions[0] the implicit .*):
 *		X(m, e, b)	= match ending at e
 *		X(a, n, b)	= trail(a): match ending at n when actions a.. are all
 *					  optional at the end (.*, (?t<=S), (?t<S), (?t>=0)), else
 *					  "gave up"
 *		(?N) at e	= X(a+1, e+1, e) if condition N holds at e, else exhausted
 *		.	 at e	= X(a+1, e+1, e)
 *		.*	 at e	= the first e' in [e, n) with X(a+1, e', e') not
 *					  exhausted, else exhausted
 *		(?t..) at e, base b
 *					= the first e' >= e whose time satisfies the constraint
 *					  relative to b, with X(a+1, e', e') not exhausted;
 *					  for <= and < the scan stops at the first event that
 *					  fails the constraint, for >=, > and == it skips them.
 *	  X(a+1, e', e') is P[a+1][e'], X(a+1, e+1, e) is Q[a+1][e+1]; only
 *	  time constraints read the base, so P = Q for every other action.
 *-------------------------------------------------------------------------
 */
#include "seq_pattern.h"

#include <stdio.h>
#include <string.h>

/* outcomes of a state; values >= 0 are "match ending at that event" */
#define OUT_EXHAUSTED	(-1)
#define OUT_GAVE_UP		(-2)

/* how often (in inner-loop steps) to poll for interrupts */
#define SEQ_POLL_MASK	0xFFFF

size_t
seq_pattern_max_actions(size_t len)
{
	/* every action takes at least one character, plus the implicit .* */
	return len + 1;
}

static bool
SeqFail(SeqError *err, SeqErrorKind kind, size_t at, const char *fmt, const char *a, unsigned long long n)
{
	err->kind = kind;
	err->pos = (int) at + 1;
	if (a != NULL)
		snprintf(err->message, sizeof(err->message), fmt, a);
	else
		snprintf(err->message, sizeof(err->message), fmt, n);
	return false;
}

/*
 * Read decimal digits at p[*i]; returns false when there are none.  Values
 * past limit set *overflow rather than wrapping.
 */
static bool
ReadNumber(const char *p, size_t len, size_t *i, uint64_t limit, uint64_t *val, bool *overflow)
{
	size_t		start = *i;
	uint64_t	v = 0;

	*overflow = false;
	while (*i < len && p[*i] >= '0' && p[*i] <= '9')
	{
		unsigned	d = (unsigned) (p[*i] - '0');

		if (!*overflow)
		{
			if (v > (limit - d) / 10)
				*overflow = true;
			else
				v = v * 10 + d;
		}
		(*i)++;
	}
	*val = v;
	return *i > start;
}

bool
seq_pattern_compile(const char *p, size_t len, int nconds, SeqPattern *out, SeqError *err)
{
	size_t		i = 0;
	SeqAction  *act = out->actions;
	int			na = 0;

	memset(err, 0, sizeof(*err));
	out->natoms = 0;
	out->max_cond = 0;
	out->cond_mask = 0;
	out->has_time = false;

	act[na].type = SEQ_STAR;
	act[na].pos = 0;
	act[na].arg = 0;
	na++;

	while (i < len)
	{
		size_t		start = i;

		if (i + 1 < len && p[i] == '(' && p[i + 1] == '?')
		{
			uint64_t	val;
			bool		overflow;

			i += 2;
			if (i < len && p[i] == 't')
			{
				SeqActionType type;
				SeqActionType prev = act[na - 1].type;
				size_t		numstart;

				i++;
				if (i + 1 < len && p[i] == '<' && p[i + 1] == '=')
					type = SEQ_TIME_LE, i += 2;
				else if (i < len && p[i] == '<')
					type = SEQ_TIME_LT, i += 1;
				else if (i + 1 < len && p[i] == '>' && p[i + 1] == '=')
					type = SEQ_TIME_GE, i += 2;
				else if (i < len && p[i] == '>')
					type = SEQ_TIME_GT, i += 1;
				else if (i + 1 < len && p[i] == '=' && p[i + 1] == '=')
					type = SEQ_TIME_EQ, i += 2;
				else
					return SeqFail(err, SEQ_ERR_SYNTAX, i,
								   "unknown time comparison: expected <=, <, >=, > or == after \"(?t\"", NULL, 0);
				numstart = i;
				if (!ReadNumber(p, len, &i, (uint64_t) SEQ_MAX_SECONDS, &val, &overflow))
					return SeqFail(err, SEQ_ERR_SYNTAX, i,
								   "expected a whole number of seconds", NULL, 0);
				if (overflow)
					return SeqFail(err, SEQ_ERR_VALUE, numstart,
								   "time constraint is out of range: at most %llu seconds",
								   NULL, (unsigned long long) SEQ_MAX_SECONDS);
				if (prev != SEQ_EVENT && prev != SEQ_ANY && prev != SEQ_STAR)
					return SeqFail(err, SEQ_ERR_VALUE, start,
								   "a time constraint must follow an event, \".\" or \".*\", not another time constraint",
								   NULL, 0);
				act[na].type = type;
				act[na].pos = (int) start + 1;
				act[na].arg = val * (uint64_t) SEQ_USEC_PER_SEC;
				na++;
				out->has_time = true;
			}
			else
			{
				size_t		numstart = i;

				if (!ReadNumber(p, len, &i, 1000000000, &val, &overflow))
					return SeqFail(err, SEQ_ERR_SYNTAX, i,
								   "expected a condition number or \"t\" after \"(?\"", NULL, 0);
				if (val == 0 && !overflow)
					return SeqFail(err, SEQ_ERR_VALUE, numstart,
								   "condition numbers start at 1", NULL, 0);
				if (overflow || val > (uint64_t) nconds)
					return SeqFail(err, SEQ_ERR_VALUE, numstart,
								   "condition number is out of range: the number of conditions given is %llu",
								   NULL, (unsigned long long) nconds);
				act[na].type = SEQ_EVENT;
				act[na].pos = (int) start + 1;
				act[na].arg = val - 1;
				na++;
				out->natoms++;
				out->cond_mask |= (uint32_t) 1 << (val - 1);
				if ((int) val > out->max_cond)
					out->max_cond = (int) val;
			}
			if (i >= len || p[i] != ')')
				return SeqFail(err, SEQ_ERR_SYNTAX, i, "expected \")\"", NULL, 0);
			i++;
		}
		else if (p[i] == '.')
		{
			if (i + 1 < len && p[i + 1] == '*')
			{
				act[na].type = SEQ_STAR;
				i += 2;
			}
			else
			{
				act[na].type = SEQ_ANY;
				out->natoms++;
				i += 1;
			}
			act[na].pos = (int) start + 1;
			act[na].arg = 0;
			na++;
		}
		else
		{
			char		c[2] = {p[i], '\0'};

			if ((unsigned char) p[i] >= 0x21 && (unsigned char) p[i] < 0x7f)
				return SeqFail(err, SEQ_ERR_SYNTAX, i,
							   "unexpected character \"%s\": expected \"(?N)\", \"(?t\", \".\" or \".*\"", c, 0);
			return SeqFail(err, SEQ_ERR_SYNTAX, i,
						   "unexpected character: expected \"(?N)\", \"(?t\", \".\" or \".*\"", NULL, 0);
		}
	}
	out->nactions = na;
	return true;
}

/* ---------- matching ---------- */

/* Is the action optional when the events run out (ClickHouse's trailing skip)? */
static inline bool
OptionalAtEnd(const SeqAction *a)
{
	return a->type == SEQ_STAR || a->type == SEQ_TIME_LE || a->type == SEQ_TIME_LT ||
		(a->type == SEQ_TIME_GE && a->arg == 0);
}

/* true when actions[from..] are all optional at the end */
static bool
AllOptionalFrom(const SeqPattern *pat, int from)
{
	int			a;

	for (a = from; a < pat->nactions; a++)
		if (!OptionalAtEnd(&pat->actions[a]))
			return false;
	return true;
}

size_t
seq_match_scratch_bytes(const SeqPattern *pat, int64_t n)
{
	size_t		dp = 6 * ((size_t) n + 1) * sizeof(int32_t);
	size_t		nfa = 2 * ((size_t) pat->natoms + 1) * sizeof(bool);

	return dp > nfa ? dp : nfa;
}

/* Every condition the pattern names occurs somewhere (else no match is possible). */
static bool
ConditionsPresent(const SeqPattern *pat, const SeqEvent *ev, int64_t n)
{
	uint32_t	seen = 0;
	int64_t		e;

	if (pat->cond_mask == 0)
		return true;
	for (e = 0; e < n; e++)
	{
		seen |= ev[e].mask;
		if ((seen & pat->cond_mask) == pat->cond_mask)
			return true;
	}
	return false;
}

/*
 * ClickHouse's matcher for patterns without time constraints: a
 * nondeterministic automaton with one state per atom, a self-loop where a
 * .* follows, simulated over the events until the final state is reached.
 */
static bool
NfaMatch(const SeqPattern *pat, const SeqEvent *ev, int64_t n, void *scratch, SeqInterruptFn interrupt)
{
	int			k = pat->natoms;
	bool	   *cur = (bool *) scratch;
	bool	   *next = cur + k + 1;
	int			nactive = 1;
	int64_t		e;

	memset(cur, 0, (k + 1) * sizeof(bool));
	cur[0] = true;
	for (e = 0; e < n && nactive > 0 && !cur[k]; e++)
	{
		int			s = 0;
		int			a;
		bool	   *tmp;

		if (interrupt && (e & SEQ_POLL_MASK) == 0)
			interrupt();
		memset(next, 0, (k + 1) * sizeof(bool));
		nactive = 0;
		/* walk the actions, tracking which automaton state each belongs to */
		for (a = 0; a < pat->nactions; a++)
		{
			const SeqAction *act = &pat->actions[a];

			if (act->type == SEQ_STAR)
			{
				if (cur[s])
				{
					next[s] = true;
					nactive++;
				}
			}
			else
			{
				/* SEQ_EVENT or SEQ_ANY: the transition out of state s */
				if (cur[s] && (act->type == SEQ_ANY || (ev[e].mask >> act->arg) & 1))
				{
					next[s + 1] = true;
					nactive++;
				}
				s++;
			}
		}
		tmp = cur;
		cur = next;
		next = tmp;
	}
	return cur[k];
}

/*
 * Outcome of the backtracking search from every start event: fills
 * out[e] = X(0, e, e) for e in [0, n].
 */
static int32_t *
SolveStates(const SeqPattern *pat, const SeqEvent *ev, int64_t n, void *scratch, SeqInterruptFn interrupt)
{
	int32_t    *buf = (int32_t *) scratch;
	size_t		stride = (size_t) n + 1;
	int32_t    *P1 = buf,
			   *Q1 = buf + stride,
			   *N1 = buf + 2 * stride,
			   *P0 = buf + 3 * stride,
			   *Q0 = buf + 4 * stride,
			   *N0 = buf + 5 * stride;
	int64_t		e;
	int			a;
	uint64_t	steps = 0;
	bool		optional_tail = true;

	/* layer m: the pattern is complete, the match ends where we stand */
	for (e = 0; e <= n; e++)
	{
		P1[e] = Q1[e] = (int32_t) e;
		N1[e] = (int32_t) (e < n ? e : n);
	}

	for (a = pat->nactions - 1; a >= 0; a--)
	{
		const SeqAction *act = &pat->actions[a];
		int32_t		trail;
		int32_t    *t;

		/* actions[a..] all optional, kept as we go (not rescanned: patterns may be long) */
		optional_tail = optional_tail && OptionalAtEnd(act);
		trail = optional_tail ? (int32_t) n : OUT_GAVE_UP;

		P0[n] = Q0[n] = trail;
		switch (act->type)
		{
			case SEQ_EVENT:
			case SEQ_ANY:
				for (e = 0; e < n; e++)
				{
					if (act->type == SEQ_EVENT && !((ev[e].mask >> act->arg) & 1))
						P0[e] = OUT_EXHAUSTED;
					else
						P0[e] = Q1[e + 1];
					Q0[e] = P0[e];
				}
				break;
			case SEQ_STAR:
				for (e = 0; e < n; e++)
				{
					P0[e] = N1[e] < n ? P1[N1[e]] : OUT_EXHAUSTED;
					Q0[e] = P0[e];
				}
				break;
			default:
				{
					/*
					 * Time constraint against base b: ge(b) / gt(b) = first
					 * e' >= b with ts[e'] - ts[b] >= / > S.  Both grow with
					 * b, so two pointers per base kind (b = e for P, b = e - 1
					 * for Q) find them in linear time.
					 */
					uint64_t	S = act->arg;
					int64_t		ge[2] = {0, 0},
								gt[2] = {0, 0};
					int			k;

					for (e = 0; e < n; e++)
					{
						for (k = 0; k < 2; k++)
						{
							int64_t		b = e - k;
							int64_t		lo,
										hi,
										from,
										x;
							int32_t		r;

							if (b < 0)
							{
								Q0[e] = OUT_EXHAUSTED;	/* never read */
								continue;
							}
							if (ge[k] < b)
								ge[k] = b;
							while (ge[k] < n && (uint64_t) ev[ge[k]].ts - (uint64_t) ev[b].ts < S)
								ge[k]++;
							if (gt[k] < b)
								gt[k] = b;
							while (gt[k] < n && (uint64_t) ev[gt[k]].ts - (uint64_t) ev[b].ts <= S)
								gt[k]++;
							switch (act->type)
							{
								case SEQ_TIME_LE:
									lo = e, hi = gt[k];
									break;
								case SEQ_TIME_LT:
									lo = e, hi = ge[k];
									break;
								case SEQ_TIME_GE:
									lo = ge[k], hi = n;
									break;
								case SEQ_TIME_GT:
									lo = gt[k], hi = n;
									break;
								default:	/* SEQ_TIME_EQ */
									lo = ge[k], hi = gt[k];
									break;
							}
							from = lo > e ? lo : e;
							x = from < n ? N1[from] : n;
							r = (x < hi) ? P1[x] : OUT_EXHAUSTED;
							if (k == 0)
								P0[e] = r;
							else
								Q0[e] = r;
						}
						if (interrupt && (++steps & SEQ_POLL_MASK) == 0)
							interrupt();
					}
				}
				break;
		}
		N0[n] = (int32_t) n;
		for (e = n - 1; e >= 0; e--)
			N0[e] = P0[e] != OUT_EXHAUSTED ? (int32_t) e : N0[e + 1];
		steps += (uint64_t) n;
		if (interrupt)
			interrupt();

		t = P1, P1 = P0, P0 = t;
		t = Q1, Q1 = Q0, Q0 = t;
		t = N1, N1 = N0, N0 = t;
	}
	return P1;
}

bool
seq_match(const SeqPattern *pat, const SeqEvent *ev, int64_t n, void *scratch, SeqInterruptFn interrupt)
{
	int32_t    *x0;
	int32_t		r;

	if (!ConditionsPresent(pat, ev, n))
		return false;
	if (!pat->has_time)
		return NfaMatch(pat, ev, n, scratch, interrupt);
	x0 = SolveStates(pat, ev, n, scratch, interrupt);
	r = x0[0];
	if (r >= 0)
		return true;
	/* the search exhausted every start: ClickHouse then tests the whole pattern for optional-at-end */
	return r == OUT_EXHAUSTED && AllOptionalFrom(pat, 0);
}

int64_t
seq_count(const SeqPattern *pat, const SeqEvent *ev, int64_t n, void *scratch, SeqInterruptFn interrupt)
{
	int32_t    *x0;
	int64_t		pos = 0;
	int64_t		count = 0;

	if (n == 0 || !ConditionsPresent(pat, ev, n))
		return 0;
	x0 = SolveStates(pat, ev, n, scratch, interrupt);
	while (pos < n)
	{
		int32_t		r = x0[pos];

		if (r >= 0)
		{
			count++;
			pos = (r == pos) ? pos + 1 : r;
		}
		else
		{
			if (r == OUT_EXHAUSTED && AllOptionalFrom(pat, 0))
				count++;
			break;
		}
	}
	return count;
}
