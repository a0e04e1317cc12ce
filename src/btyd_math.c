/*-------------------------------------------------------------------------
 * btyd_math.c
 *	  Pure numerics of the buy-till-you-die models: BG/NBD and Gamma-Gamma
 *	  log-likelihoods with analytic gradients, a deterministic BFGS optimizer
 *	  over log-parameters with a Nelder-Mead fallback, digamma, the Gauss
 *	  hypergeometric function 2F1, and the model predictions.
 *
 *	  Deliberately free of PostgreSQL headers (see btyd_math.h).
 *
 *	  References: Fader, Hardie & Lee (2005), "Counting Your Customers the
 *	  Easy Way", Marketing Science 24(2); Fader & Hardie (2013), "The
 *	  Gamma-Gamma Model of Monetary Value"; Abramowitz & Stegun 15.3.3-15.3.6.
 *-------------------------------------------------------------------------
 */
#include "btyd_math.h"

#include <float.h>
#include <math.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

/* ---------- sufficient statistics ---------- */

static int
TripleCmp(const void *pa, const void *pb)
{
	const BtydTriple *a = pa;
	const BtydTriple *b = pb;

	if (a->x != b->x)
		return a->x < b->x ? -1 : 1;
	if (a->tx != b->tx)
		return a->tx < b->tx ? -1 : 1;
	if (a->T != b->T)
		return a->T < b->T ? -1 : 1;
	return 0;
}

/*
 * Sort n records of elsize bytes with cmp and merge equal neighbours by adding
 * their weights (the double at w_offset); returns the number left.
 */
static size_t
CompactWeighted(void *base, size_t n, size_t elsize, size_t w_offset,
				int (*cmp) (const void *, const void *))
{
	char	   *v = base;
	size_t		i,
				o;

	if (n < 2)
		return n;
	qsort(v, n, elsize, cmp);
	o = 0;
	for (i = 1; i < n; i++)
	{
		char	   *dst = v + o * elsize;
		char	   *src = v + i * elsize;

		if (cmp(dst, src) == 0)
			*(double *) (dst + w_offset) += *(double *) (src + w_offset);
		else if (++o != i)
			memcpy(v + o * elsize, src, elsize);
	}
	return o + 1;
}

size_t
btyd_compact_triples(BtydTriple *v, size_t n)
{
	return CompactWeighted(v, n, sizeof(BtydTriple), offsetof(BtydTriple, w), TripleCmp);
}

static int
PairCmp(const void *pa, const void *pb)
{
	const BtydPair *a = pa;
	const BtydPair *b = pb;

	if (a->x != b->x)
		return a->x < b->x ? -1 : 1;
	if (a->m != b->m)
		return a->m < b->m ? -1 : 1;
	return 0;
}

size_t
btyd_compact_pairs(BtydPair *v, size_t n)
{
	return CompactWeighted(v, n, sizeof(BtydPair), offsetof(BtydPair, w), PairCmp);
}

/* ---------- special functions ---------- */

/*
 * Digamma for x > 0: recurrence up to x >= 10, then the asymptotic series
 * (Bernoulli numbers to B14), absolute error below 1e-15.
 */
double
btyd_digamma(double x)
{
	double		acc = 0.0;
	double		x2;

	if (!(x > 0.0) || isinf(x))
		return isinf(x) ? x : NAN;
	while (x < 10.0)
	{
		acc -= 1.0 / x;
		x += 1.0;
	}
	x2 = 1.0 / (x * x);
	return acc + log(x) - 0.5 / x
		- x2 * (1.0 / 12 - x2 * (1.0 / 120 - x2 * (1.0 / 252 - x2 * (1.0 / 240
			- x2 * (1.0 / 132 - x2 * (691.0 / 32760 - x2 * (1.0 / 12)))))));
}

/* log|Gamma(x)| and its sign; *pole when x is a non-positive integer (1/Gamma = 0) */
static double
LogGammaSign(double x, int *sign, bool *pole)
{
	*pole = false;
	*sign = 1;
	if (x <= 0.0 && x == floor(x))
	{
		*pole = true;
		return 0.0;
	}
	if (x < 0.0 && fmod(floor(x), 2.0) != 0.0)
		*sign = -1;
	return lgamma(x);
}

#define HYP_MAX_TERMS	20000000L

/*
 * The Gauss series sum_n (a)_n (b)_n / (c)_n z^n / n! for |z| < 1.  Stops
 * when a geometric bound on the remainder is below 1e-16 of the sum twice in
 * a row; BTYD_NOT_CONVERGED after HYP_MAX_TERMS terms.
 */
static BtydStatus
Hyp2f1Series(double a, double b, double c, double z, double *out)
{
	double		sum = 1.0;
	double		term = 1.0;
	double		az = fabs(z);
	int			quiet = 0;
	long		n;

	for (n = 0; n < HYP_MAX_TERMS; n++)
	{
		double		ratio = (a + n) * (b + n) / ((c + n) * (n + 1.0)) * z;
		double		rho;

		term *= ratio;
		sum += term;
		if (!isfinite(sum))
			return BTYD_DOMAIN;
		if (term == 0.0)
		{
			*out = sum;
			return BTYD_OK;
		}
		rho = fmax(fabs(ratio), az);
		if (rho < 1.0 && fabs(term) * rho / (1.0 - rho) <= 1e-16 * fabs(sum))
		{
			if (++quiet >= 2)
			{
				*out = sum;
				return BTYD_OK;
			}
		}
		else
			quiet = 0;
	}
	return BTYD_NOT_CONVERGED;
}

/*
 * One term of the 1 - z connection formula (A&S 15.3.6): sign and log of
 * Gamma(g1) Gamma(g2) / (Gamma(g3) Gamma(g4)); *zero when 1/Gamma(g3 or g4)
 * vanishes.
 */
static bool
GammaRatio(double g1, double g2, double g3, double g4, double *logabs, int *sign)
{
	int			s1,
				s2,
				s3,
				s4;
	bool		p1,
				p2,
				p3,
				p4;
	double		l1 = LogGammaSign(g1, &s1, &p1);
	double		l2 = LogGammaSign(g2, &s2, &p2);
	double		l3 = LogGammaSign(g3, &s3, &p3);
	double		l4 = LogGammaSign(g4, &s4, &p4);

	if (p3 || p4)
		return false;			/* the term is zero */
	if (p1 || p2)
	{
		*logabs = INFINITY;		/* caller falls back to the series */
		*sign = 1;
		return true;
	}
	*logabs = l1 + l2 - l3 - l4;
	*sign = s1 * s2 * s3 * s4;
	return true;
}

/*
 * 2F1 for 0.9 < z < 1 through the connection formula, which needs c-a-b not
 * an integer and no catastrophic cancellation; BTYD_NOT_CONVERGED asks the
 * caller to fall back to the plain series.
 */
static BtydStatus
Hyp2f1Near1(double a, double b, double c, double z, double *out)
{
	double		d = c - a - b;
	double		w = 1.0 - z;
	double		t1 = 0.0,
				t2 = 0.0;
	double		lg;
	int			sg;
	double		f;
	BtydStatus	st;

	if (fabs(d - nearbyint(d)) < 1e-6)
		return BTYD_NOT_CONVERGED;
	if (GammaRatio(c, d, c - a, c - b, &lg, &sg))
	{
		if (lg > 700.0)
			return BTYD_NOT_CONVERGED;
		st = Hyp2f1Series(a, b, 1.0 - d, w, &f);
		if (st != BTYD_OK)
			return BTYD_NOT_CONVERGED;
		t1 = sg * exp(lg) * f;
	}
	if (GammaRatio(c, -d, a, b, &lg, &sg))
	{
		lg += d * log(w);
		if (lg > 700.0)
			return BTYD_NOT_CONVERGED;
		st = Hyp2f1Series(c - a, c - b, d + 1.0, w, &f);
		if (st != BTYD_OK)
			return BTYD_NOT_CONVERGED;
		t2 = sg * exp(lg) * f;
	}
	*out = t1 + t2;
	if (!isfinite(*out) || fabs(*out) < 1e-6 * (fabs(t1) + fabs(t2)))
		return BTYD_NOT_CONVERGED;
	return BTYD_OK;
}

/*
 * Gauss hypergeometric function 2F1(a, b; c; z) for real arguments and
 * z < 1.  z < 0 goes through Pfaff's transformation onto (0, 1); z in
 * (0.9, 1) tries the 1 - z connection formula and falls back to the series.
 */
BtydStatus
btyd_hyp2f1(double a, double b, double c, double z, double *out)
{
	BtydStatus	st;

	if (!isfinite(a) || !isfinite(b) || !isfinite(c) || !isfinite(z))
		return BTYD_DOMAIN;
	if (c <= 0.0 && c == floor(c))
		return BTYD_DOMAIN;
	if (z >= 1.0)
		return BTYD_DOMAIN;
	if (z == 0.0 || a == 0.0 || b == 0.0)
	{
		*out = 1.0;
		return BTYD_OK;
	}
	if (z < 0.0)
	{
		double		f;

		/* Pfaff: (1-z)^-a 2F1(a, c-b; c; z/(z-1)), argument in (0, 1) */
		st = btyd_hyp2f1(a, c - b, c, z / (z - 1.0), &f);
		if (st != BTYD_OK)
			return st;
		*out = f * exp(-a * log1p(-z));
		return isfinite(*out) ? BTYD_OK : BTYD_DOMAIN;
	}
	if (z > 0.9 && Hyp2f1Near1(a, b, c, z, out) == BTYD_OK)
		return BTYD_OK;
	return Hyp2f1Series(a, b, c, z, out);
}

/* ---------- optimizer ---------- */

#define MAXDIM 4

/* Objective: value and gradient (in the optimizer's coordinates). */
typedef double (*ObjFn) (const double *theta, double *grad, void *ctx);

static double
MaxAbs(const double *g, int k)
{
	double		m = 0.0;
	int			i;

	for (i = 0; i < k; i++)
		m = fmax(m, fabs(g[i]));
	return m;
}

/*
 * BFGS on the inverse Hessian with an Armijo backtracking line search and a
 * step cap (log-parameters move by at most 2 per iteration).  Returns true
 * when max |gradient| < gtol.
 */
static bool
Bfgs(ObjFn fn, void *ctx, int k, double *x, double *fx, double *g,
	 int maxit, double gtol, BtydInterruptFn interrupt, int *iters)
{
	double		H[MAXDIM * MAXDIM];
	double		d[MAXDIM],
				xn[MAXDIM],
				gn[MAXDIM],
				s[MAXDIM],
				y[MAXDIM],
				Hy[MAXDIM];
	bool		fresh = true;
	double		f;
	int			it,
				i,
				j;

	f = fn(x, g, ctx);
	if (!isfinite(f))
		return false;
	memset(H, 0, sizeof(H));
	for (i = 0; i < k; i++)
		H[i * k + i] = 1.0;

	for (it = 0; it < maxit; it++)
	{
		double		gd = 0.0,
					step,
					dmax,
					fnew = INFINITY,
					sy = 0.0,
					yy = 0.0,
					yHy = 0.0;
		int			ls;

		if (interrupt)
			interrupt();
		if (MaxAbs(g, k) < gtol)
			break;
		for (i = 0; i < k; i++)
		{
			d[i] = 0.0;
			for (j = 0; j < k; j++)
				d[i] -= H[i * k + j] * g[j];
			gd += g[i] * d[i];
		}
		if (!(gd < 0.0))
		{
			memset(H, 0, sizeof(H));
			for (i = 0; i < k; i++)
			{
				H[i * k + i] = 1.0;
				d[i] = -g[i];
			}
			gd = 0.0;
			for (i = 0; i < k; i++)
				gd -= g[i] * g[i];
			fresh = true;
		}
		dmax = MaxAbs(d, k);
		step = dmax > 2.0 ? 2.0 / dmax : 1.0;
		for (ls = 0; ls < 60; ls++)
		{
			for (i = 0; i < k; i++)
				xn[i] = x[i] + step * d[i];
			fnew = fn(xn, gn, ctx);
			if (isfinite(fnew) && fnew <= f + 1e-4 * step * gd && fnew < f)
				break;

			/*
			 * Near the optimum f changes below its own rounding (f - f* ~
			 * g'H^-1 g): accept a step that keeps f within rounding and
			 * shrinks the gradient, so convergence is judged on the gradient.
			 */
			if (isfinite(fnew) && fnew <= f + 8 * DBL_EPSILON * fabs(f) &&
				MaxAbs(gn, k) < 0.9 * MaxAbs(g, k))
				break;
			step *= 0.5;
		}
		if (ls == 60)
		{
			if (fresh)
				break;			/* no descent even along -g: at the noise floor */
			memset(H, 0, sizeof(H));
			for (i = 0; i < k; i++)
				H[i * k + i] = 1.0;
			fresh = true;
			continue;
		}
		for (i = 0; i < k; i++)
		{
			s[i] = xn[i] - x[i];
			y[i] = gn[i] - g[i];
			sy += s[i] * y[i];
			yy += y[i] * y[i];
		}
		if (sy > 1e-300 && yy > 0.0)
		{
			if (fresh)
			{
				for (i = 0; i < k * k; i++)
					H[i] *= sy / yy;
				fresh = false;
			}
			for (i = 0; i < k; i++)
			{
				Hy[i] = 0.0;
				for (j = 0; j < k; j++)
					Hy[i] += H[i * k + j] * y[j];
				yHy += y[i] * Hy[i];
			}
			/* H += (sy + yHy) ss'/sy^2 - (Hy s' + s y'H)/sy */
			for (i = 0; i < k; i++)
				for (j = 0; j < k; j++)
					H[i * k + j] += (sy + yHy) * s[i] * s[j] / (sy * sy)
						- (Hy[i] * s[j] + s[i] * Hy[j]) / sy;
		}
		memcpy(x, xn, k * sizeof(double));
		memcpy(g, gn, k * sizeof(double));
		f = fnew;
	}
	*iters += it;
	*fx = f;
	return MaxAbs(g, k) < gtol;
}

/* Nelder-Mead (standard coefficients), used when BFGS stalls. */
static void
NelderMead(ObjFn fn, void *ctx, int k, double *x, int maxit,
		   BtydInterruptFn interrupt, int *iters)
{
	double		p[MAXDIM + 1][MAXDIM];
	double		fv[MAXDIM + 1];
	double		scratch[MAXDIM];
	int			it,
				i,
				j;

	for (i = 0; i <= k; i++)
	{
		memcpy(p[i], x, k * sizeof(double));
		if (i > 0)
			p[i][i - 1] += 0.25;
		fv[i] = fn(p[i], scratch, ctx);
		if (!isfinite(fv[i]))
			fv[i] = INFINITY;
	}
	for (it = 0; it < maxit; it++)
	{
		int			lo = 0,
					hi = 0,
					nh = 0;
		double		cen[MAXDIM],
					xr[MAXDIM],
					xe[MAXDIM],
					fr,
					fe;

		if (interrupt && it % 64 == 0)
			interrupt();
		for (i = 1; i <= k; i++)
		{
			if (fv[i] < fv[lo])
				lo = i;
			if (fv[i] > fv[hi])
				hi = i;
		}
		nh = lo;
		for (i = 0; i <= k; i++)
			if (i != hi && fv[i] > fv[nh])
				nh = i;
		if (fabs(fv[hi] - fv[lo]) <= 1e-15 * (1.0 + fabs(fv[lo])))
			break;
		for (j = 0; j < k; j++)
		{
			cen[j] = 0.0;
			for (i = 0; i <= k; i++)
				if (i != hi)
					cen[j] += p[i][j];
			cen[j] /= k;
			xr[j] = cen[j] + (cen[j] - p[hi][j]);
		}
		fr = fn(xr, scratch, ctx);
		if (!isfinite(fr))
			fr = INFINITY;
		if (fr < fv[lo])
		{
			for (j = 0; j < k; j++)
				xe[j] = cen[j] + 2.0 * (xr[j] - cen[j]);
			fe = fn(xe, scratch, ctx);
			if (isfinite(fe) && fe < fr)
			{
				memcpy(p[hi], xe, k * sizeof(double));
				fv[hi] = fe;
			}
			else
			{
				memcpy(p[hi], xr, k * sizeof(double));
				fv[hi] = fr;
			}
		}
		else if (fr < fv[nh])
		{
			memcpy(p[hi], xr, k * sizeof(double));
			fv[hi] = fr;
		}
		else
		{
			double		fc;

			for (j = 0; j < k; j++)
				xe[j] = cen[j] + 0.5 * (p[hi][j] - cen[j]);
			fc = fn(xe, scratch, ctx);
			if (isfinite(fc) && fc < fv[hi])
			{
				memcpy(p[hi], xe, k * sizeof(double));
				fv[hi] = fc;
			}
			else
			{
				for (i = 0; i <= k; i++)
				{
					if (i == lo)
						continue;
					for (j = 0; j < k; j++)
						p[i][j] = p[lo][j] + 0.5 * (p[i][j] - p[lo][j]);
					fv[i] = fn(p[i], scratch, ctx);
					if (!isfinite(fv[i]))
						fv[i] = INFINITY;
				}
			}
		}
	}
	*iters += it;
	{
		int			lo = 0;

		for (i = 1; i <= k; i++)
			if (fv[i] < fv[lo])
				lo = i;
		memcpy(x, p[lo], k * sizeof(double));
	}
}

#define GTOL_STRICT		1e-9	/* BFGS target, mean objective per customer */
#define GTOL_ACCEPT		1e-6	/* accepted as converged at the noise floor */
#define THETA_LIMIT		18.0	/* |log parameter| beyond this: running off to a boundary */

/*
 * Minimize fn from theta: BFGS, then Nelder-Mead and BFGS again if needed.
 * Deterministic: no randomness, fixed iteration order.
 */
static void
Minimize(ObjFn fn, void *ctx, int k, double *theta, BtydInterruptFn interrupt,
		 BtydFitResult *res)
{
	double		g[MAXDIM];
	double		f = INFINITY;
	int			iters = 0;
	bool		ok;
	int			i;

	ok = Bfgs(fn, ctx, k, theta, &f, g, 500, GTOL_STRICT, interrupt, &iters);
	if (!ok && !(isfinite(f) && MaxAbs(g, k) < GTOL_ACCEPT))
	{
		NelderMead(fn, ctx, k, theta, 4000, interrupt, &iters);
		ok = Bfgs(fn, ctx, k, theta, &f, g, 500, GTOL_STRICT, interrupt, &iters);
	}
	f = fn(theta, g, ctx);
	res->gradnorm = isfinite(f) ? MaxAbs(g, k) : INFINITY;
	res->converged = isfinite(f) && res->gradnorm < GTOL_ACCEPT;
	for (i = 0; i < k; i++)
	{
		if (!(fabs(theta[i]) < THETA_LIMIT))
			res->converged = false;
		res->param[i] = exp(theta[i]);
	}
	res->iterations = iters;
}

/* ---------- BG/NBD ---------- */

/*
 * Log-likelihood of one customer (FHL 2005, eq. 6, in log form):
 *   A1 = lnG(r+x) - lnG(r) + r ln(alpha)
 *   A2 = lnG(a+b) + lnG(b+x) - lnG(b) - lnG(a+b+x)
 *   A3 = -(r+x) ln(alpha+T)
 *   A4 = ln(a) - ln(b+x-1) - (r+x) ln(alpha+t_x)          (x > 0 only)
 *   LL = A1 + A2 + ln(exp(A3) + [x>0] exp(A4))
 * Returns the weighted sum; grad (d/d r, alpha, a, b) when not NULL.
 * The triples are sorted by x then t_x, so the x-only terms and ln(alpha+t_x)
 * are computed once per run.
 */
static double
BgnbdEval(const double *par, const BtydTriple *v, size_t n, double *grad)
{
	double		r = par[0],
				alpha = par[1],
				a = par[2],
				b = par[3];
	double		la = log(alpha);
	double		lgr = lgamma(r),
				lgab = lgamma(a + b),
				lgb = lgamma(b);
	double		psir = 0,
				psiab = 0,
				psib = 0;
	double		ll = 0.0,
				gr = 0.0,
				gal = 0.0,
				ga = 0.0,
				gb = 0.0;
	double		curx = NAN,
				curtx = NAN;
	double		cx = 0,
				drx = 0,
				dax = 0,
				dbx = 0,
				l4 = 0,
				ibx = 0,
				ltx = 0;
	size_t		i;

	if (grad)
	{
		psir = btyd_digamma(r);
		psiab = btyd_digamma(a + b);
		psib = btyd_digamma(b);
	}
	for (i = 0; i < n; i++)
	{
		const BtydTriple *p = &v[i];
		double		x = p->x;
		double		lT,
					A3,
					lse,
					w3,
					w4;

		if (x != curx)
		{
			curx = x;
			curtx = NAN;
			cx = lgamma(r + x) - lgr + r * la + lgab + lgamma(b + x) - lgb - lgamma(a + b + x);
			if (x > 0)
			{
				l4 = log(a) - log(b + x - 1.0);
				ibx = 1.0 / (b + x - 1.0);
			}
			if (grad)
			{
				double		psiabx = btyd_digamma(a + b + x);

				drx = btyd_digamma(r + x) - psir + la;
				dax = psiab - psiabx;
				dbx = psiab + btyd_digamma(b + x) - psib - psiabx;
			}
		}
		lT = log(alpha + p->T);
		A3 = -(r + x) * lT;
		if (x > 0)
		{
			double		A4,
						m,
						e3,
						e4;

			if (p->tx != curtx)
			{
				curtx = p->tx;
				ltx = log(alpha + p->tx);
			}
			A4 = l4 - (r + x) * ltx;
			m = fmax(A3, A4);
			e3 = exp(A3 - m);
			e4 = exp(A4 - m);
			lse = m + log(e3 + e4);
			w3 = e3 / (e3 + e4);
			w4 = e4 / (e3 + e4);
		}
		else
		{
			lse = A3;
			w3 = 1.0;
			w4 = 0.0;
		}
		ll += p->w * (cx + lse);
		if (grad)
		{
			gr += p->w * (drx - w3 * lT - (x > 0 ? w4 * ltx : 0.0));
			gal += p->w * (r / alpha - (r + x) * (w3 / (alpha + p->T) + (x > 0 ? w4 / (alpha + p->tx) : 0.0)));
			ga += p->w * (dax + w4 / a);
			gb += p->w * (dbx - w4 * ibx);
		}
	}
	if (grad)
	{
		grad[0] = gr;
		grad[1] = gal;
		grad[2] = ga;
		grad[3] = gb;
	}
	return ll;
}

double
bgnbd_loglik(const double *par, const BtydTriple *v, size_t n)
{
	return BgnbdEval(par, v, n, NULL);
}

/* log-likelihood of n weighted records at par, with its gradient when grad != NULL */
typedef double (*FitEvalFn) (const double *par, const void *data, size_t n, double *grad);

typedef struct FitCtx
{
	FitEvalFn	eval;
	const void *data;
	size_t		n;
	double		W;				/* total weight */
	double		penalizer;
	int			k;				/* number of parameters */
} FitCtx;

/*
 * The objective, as lifetimes: -(LL / number of customers) + penalizer *
 * sum(param^2), in log-parameters theta = ln(param).
 */
static double
LogParamObjective(const double *theta, double *grad, void *vctx)
{
	FitCtx	   *ctx = vctx;
	double		par[BTYD_MAX_PARAMS],
				g[BTYD_MAX_PARAMS];
	double		ll,
				f;
	int			i;

	for (i = 0; i < ctx->k; i++)
	{
		if (!(fabs(theta[i]) < 2 * THETA_LIMIT))
			return INFINITY;
		par[i] = exp(theta[i]);
	}
	ll = ctx->eval(par, ctx->data, ctx->n, g);
	f = -ll / ctx->W;
	for (i = 0; i < ctx->k; i++)
	{
		f += ctx->penalizer * par[i] * par[i];
		grad[i] = -g[i] * par[i] / ctx->W + 2.0 * ctx->penalizer * par[i] * par[i];
		if (!isfinite(grad[i]))
			return INFINITY;
	}
	return isfinite(f) ? f : INFINITY;
}

static void
FitCtxInit(FitCtx *ctx, FitEvalFn eval, int k, const void *data, size_t n, double penalizer)
{
	ctx->eval = eval;
	ctx->data = data;
	ctx->n = n;
	ctx->W = 0.0;
	ctx->penalizer = penalizer;
	ctx->k = k;
}

static double
BgnbdEvalV(const double *par, const void *data, size_t n, double *grad)
{
	return BgnbdEval(par, data, n, grad);
}

BtydStatus
bgnbd_fit(const BtydTriple *v, size_t n, double penalizer,
		  BtydInterruptFn interrupt, BtydFitResult *res)
{
	FitCtx		ctx;
	double		theta[4];
	double		sx = 0.0,
				sT = 0.0;
	size_t		i;

	memset(res, 0, sizeof(*res));
	FitCtxInit(&ctx, BgnbdEvalV, 4, v, n, penalizer);
	for (i = 0; i < n; i++)
	{
		ctx.W += v[i].w;
		sx += v[i].w * v[i].x;
		sT += v[i].w * v[i].T;
	}
	if (n == 0 || !(ctx.W > 0))
		return BTYD_NO_DATA;

	/* start: r = a = b = 1 and alpha matching the average purchase rate */
	theta[0] = 0.0;
	theta[1] = log(fmax(sT, 1e-6) / fmax(sx, 1.0));
	theta[2] = 0.0;
	theta[3] = 0.0;
	if (!(fabs(theta[1]) < THETA_LIMIT))
		theta[1] = 0.0;
	Minimize(LogParamObjective, &ctx, 4, theta, interrupt, res);
	res->loglik = BgnbdEval(res->param, v, n, NULL);
	if (sx == 0.0)
		res->converged = false;	/* no repeat buyer: the MLE does not exist */
	return res->converged ? BTYD_OK : BTYD_NOT_CONVERGED;
}

double
bgnbd_p_alive(const double *par, double x, double tx, double T)
{
	double		r = par[0],
				alpha = par[1],
				a = par[2],
				b = par[3];
	double		ld;

	if (x <= 0)
		return 1.0;
	ld = log(a) - log(b + x - 1.0) + (r + x) * (log(alpha + T) - log(alpha + tx));
	return 1.0 / (1.0 + exp(ld));
}

/*
 * E[Y(t) | x, t_x, T] (FHL 2005, eq. 10):
 *   (a+b+x-1)/(a-1) * [1 - ((alpha+T)/(alpha+T+t))^(r+x)
 *                          2F1(r+x, b+x; a+b+x-1; t/(alpha+T+t))] * P(alive)
 * With Euler's transformation the bracket becomes
 *   1 - (1-z)^(a-1) 2F1(a+b-1-r, a-1; a+b+x-1; z),   z = t/(alpha+T+t),
 * whose series parameters do not grow with x (no overflow for heavy buyers)
 * and whose expm1 form keeps precision when a is near 1.  x = t_x = T = 0
 * gives the unconditional E[X(t)] of a new customer (FHL eq. 9).
 */
static BtydStatus
BgnbdExpectedCore(const double *par, double t, double x, double T, double *out)
{
	double		r = par[0],
				alpha = par[1],
				a = par[2],
				b = par[3];
	double		C = a + b + x - 1.0;
	double		z = t / (alpha + T + t);
	double		L = -log1p(t / (alpha + T));
	double		H;
	BtydStatus	st;

	st = btyd_hyp2f1(a + b - 1.0 - r, a - 1.0, C, z, &H);
	if (st != BTYD_OK)
		return st;
	if (H > 0.0)
		*out = C / (a - 1.0) * -expm1((a - 1.0) * L + log(H));
	else
		*out = C / (a - 1.0) * (1.0 - exp((a - 1.0) * L) * H);	/* no cancellation */
	return isfinite(*out) ? BTYD_OK : BTYD_DOMAIN;
}

BtydStatus
bgnbd_expected(const double *par, double t, double x, double tx, double T, double *out)
{
	double		e;
	BtydStatus	st;

	if (t <= 0.0)
	{
		*out = 0.0;
		return BTYD_OK;
	}
	if (fabs(par[2] - 1.0) < 1e-7 || fabs(par[2] + par[3] + x - 1.0) < 1e-7)
	{
		/* removable singularity (a = 1, or a + b + x = 1): average both sides */
		double		p1[4],
					p2[4],
					e1,
					e2;
		int			which = fabs(par[2] - 1.0) < 1e-7 ? 2 : 3;

		memcpy(p1, par, sizeof(p1));
		memcpy(p2, par, sizeof(p2));
		p1[which] = par[which] - 1e-6;
		p2[which] = par[which] + 1e-6;
		if (p1[which] <= 0.0)
			p1[which] = par[which] / 2;
		st = BgnbdExpectedCore(p1, t, x, T, &e1);
		if (st != BTYD_OK)
			return st;
		st = BgnbdExpectedCore(p2, t, x, T, &e2);
		if (st != BTYD_OK)
			return st;
		e = (e1 * (p2[which] - par[which]) + e2 * (par[which] - p1[which])) / (p2[which] - p1[which]);
	}
	else
	{
		st = BgnbdExpectedCore(par, t, x, T, &e);
		if (st != BTYD_OK)
			return st;
	}
	*out = e * bgnbd_p_alive(par, x, tx, T);
	return BTYD_OK;
}

/* ---------- Gamma-Gamma ---------- */

/*
 * Log-likelihood of one repeat buyer with x repeat purchases of mean value m
 * (Fader & Hardie 2013, as lifetimes' GammaGammaFitter):
 *   lnG(px+q) - lnG(px) - lnG(q) + q ln v + (px-1) ln m + px ln x
 *   - (px+q) ln(x m + v)
 */
static double
GgEval(const double *par, const BtydPair *v, size_t n, double *grad)
{
	double		p = par[0],
				q = par[1],
				nu = par[2];
	double		lv = log(nu),
				lgq = lgamma(q),
				psiq = grad ? btyd_digamma(q) : 0.0;
	double		ll = 0.0,
				gp = 0.0,
				gq = 0.0,
				gv = 0.0;
	double		curx = NAN,
				cx = 0,
				dpx = 0,
				dqx = 0,
				lx = 0;
	size_t		i;

	for (i = 0; i < n; i++)
	{
		const BtydPair *e = &v[i];
		double		x = e->x;
		double		px = p * x;
		double		lm = e->lm;
		double		den = x * e->m + nu;
		double		L = log(den);

		if (x != curx)
		{
			curx = x;
			lx = log(x);
			cx = lgamma(px + q) - lgamma(px) - lgq + q * lv + px * lx;
			if (grad)
			{
				double		psipq = btyd_digamma(px + q);

				dpx = x * (psipq - btyd_digamma(px) + lx);
				dqx = psipq - psiq + lv;
			}
		}
		ll += e->w * (cx + (px - 1.0) * lm - (px + q) * L);
		if (grad)
		{
			gp += e->w * (dpx + x * (lm - L));
			gq += e->w * (dqx - L);
			gv += e->w * (q / nu - (px + q) / den);
		}
	}
	if (grad)
	{
		grad[0] = gp;
		grad[1] = gq;
		grad[2] = gv;
	}
	return ll;
}

double
gg_loglik(const double *par, const BtydPair *v, size_t n)
{
	return GgEval(par, v, n, NULL);
}

static double
GgEvalV(const double *par, const void *data, size_t n, double *grad)
{
	return GgEval(par, data, n, grad);
}

BtydStatus
gg_fit(const BtydPair *v, size_t n, double penalizer,
	   BtydInterruptFn interrupt, BtydFitResult *res)
{
	FitCtx		ctx;
	double		theta[3];
	double		sm = 0.0;
	size_t		i;

	memset(res, 0, sizeof(*res));
	FitCtxInit(&ctx, GgEvalV, 3, v, n, penalizer);
	for (i = 0; i < n; i++)
	{
		ctx.W += v[i].w;
		sm += v[i].w * v[i].m;
	}
	if (n == 0 || !(ctx.W > 0))
		return BTYD_NO_DATA;

	/* start: p = 1, q = 2, v = mean spend, so that p v / (q - 1) = mean spend */
	theta[0] = 0.0;
	theta[1] = log(2.0);
	theta[2] = log(sm / ctx.W);
	if (!(fabs(theta[2]) < THETA_LIMIT))
		theta[2] = 0.0;
	Minimize(LogParamObjective, &ctx, 3, theta, interrupt, res);
	res->loglik = GgEval(res->param, v, n, NULL);
	return res->converged ? BTYD_OK : BTYD_NOT_CONVERGED;
}

/*
 * E[Z | x, m] = (p (v + x m)) / (p x + q - 1): a weighted mean of the
 * population mean p v / (q - 1) and the customer's own mean m.
 */
BtydStatus
gg_expected_spend(const double *par, double x, double m, double *out)
{
	double		p = par[0],
				q = par[1],
				nu = par[2];
	double		den = p * x + q - 1.0;

	if (!(den > 0.0))
		return BTYD_DOMAIN;
	*out = p * (nu + x * m) / den;
	return isfinite(*out) ? BTYD_OK : BTYD_DOMAIN;
}
