/*-------------------------------------------------------------------------
 * btyd_math.h
 *	  Pure numerics of the buy-till-you-die models (BG/NBD, Gamma-Gamma):
 *	  log-likelihoods with analytic gradients, a deterministic BFGS optimizer
 *	  with a Nelder-Mead fallback, the Gauss hypergeometric function 2F1 and
 *	  the model predictions.
 *
 *	  No PostgreSQL headers: plain C with status codes, so the numerics can be
 *	  unit-tested and fuzzed as a standalone program.  The glue in btyd.c
 *	  turns status codes into ereport()s.
 *-------------------------------------------------------------------------
 */
#ifndef BTYD_MATH_H
#define BTYD_MATH_H

#include <stdbool.h>
#include <stddef.h>

typedef enum BtydStatus
{
	BTYD_OK = 0,
	BTYD_NOT_CONVERGED,			/* iterative method hit its limit */
	BTYD_DOMAIN,				/* arguments outside the function's domain */
	BTYD_NO_DATA				/* nothing to fit */
} BtydStatus;

/* BG/NBD sufficient statistic: one (x, t_x, T) triple and its count. */
typedef struct BtydTriple
{
	double		x;
	double		tx;
	double		T;
	double		w;
} BtydTriple;

/* Gamma-Gamma sufficient statistic: (x, mean repeat spend) and its count. */
typedef struct BtydPair
{
	double		x;
	double		m;
	double		lm;				/* ln(m), filled in by the caller */
	double		w;
} BtydPair;

/* Called from every optimizer iteration (the glue passes CHECK_FOR_INTERRUPTS). */
typedef void (*BtydInterruptFn) (void);

#define BTYD_MAX_PARAMS 4		/* BG/NBD has 4, Gamma-Gamma 3 */

typedef struct BtydFitResult
{
	double		param[BTYD_MAX_PARAMS];		/* r, alpha, a, b  or  p, q, v */
	double		loglik;			/* unpenalized total log-likelihood */
	double		gradnorm;		/* max |gradient| of the mean objective, log-parameters */
	int			iterations;
	bool		converged;
} BtydFitResult;

/* Sort by (x, t_x, T) and merge identical triples; returns the new count. */
extern size_t btyd_compact_triples(BtydTriple *v, size_t n);
/* Sort by (x, m) and merge identical pairs; returns the new count. */
extern size_t btyd_compact_pairs(BtydPair *v, size_t n);

/* Special functions. */
extern double btyd_digamma(double x);
extern BtydStatus btyd_hyp2f1(double a, double b, double c, double z, double *out);

/* BG/NBD.  par = {r, alpha, a, b}.  The triples must be compacted (sorted). */
extern double bgnbd_loglik(const double *par, const BtydTriple *v, size_t n);
extern BtydStatus bgnbd_fit(const BtydTriple *v, size_t n, double penalizer,
							BtydInterruptFn interrupt, BtydFitResult *res);
extern double bgnbd_p_alive(const double *par, double x, double tx, double T);
extern BtydStatus bgnbd_expected(const double *par, double t, double x, double tx,
								 double T, double *out);

/* Gamma-Gamma.  par = {p, q, v}.  The pairs must be compacted (sorted). */
extern double gg_loglik(const double *par, const BtydPair *v, size_t n);
extern BtydStatus gg_fit(const BtydPair *v, size_t n, double penalizer,
						 BtydInterruptFn interrupt, BtydFitResult *res);
extern BtydStatus gg_expected_spend(const double *par, double x, double m, double *out);

#endif							/* BTYD_MATH_H */
