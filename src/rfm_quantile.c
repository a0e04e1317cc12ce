/*-------------------------------------------------------------------------
 * rfm_quantile.c
 *	  Pure numerics of the RFM model: percentile_disc positions, cut points,
 *	  median and order-independent mean of a sorted array, and counting cut
 *	  points below a value.  No PostgreSQL headers: the glue in rfm.c
 *	  converts Datums and reports errors.
 *-------------------------------------------------------------------------
 */
#include <math.h>
#include <string.h>

#include "rfm_quantile.h"

int64_t
rfm_disc_row(double fraction, int64_t n)
{
	/* exactly what percentile_disc_final() does: ceil(percentile * rows) */
	int64_t		row = (int64_t) ceil(fraction * (double) n);

	if (row < 1)
		row = 1;
	if (row > n)
		row = n;
	return row;
}

void
rfm_cuts_from_sorted(const double *sorted, int64_t n, int bins, double *cuts)
{
	int			k;

	for (k = 1; k < bins; k++)
		cuts[k - 1] = sorted[rfm_disc_row((double) k / (double) bins, n) - 1];
}

double
rfm_median_from_sorted(const double *sorted, int64_t n)
{
	return sorted[rfm_disc_row(0.5, n) - 1];
}

double
rfm_mean_from_sorted(const double *sorted, int64_t n)
{
	double		sum = 0.0;
	double		comp = 0.0;
	int64_t		i;

	for (i = 0; i < n; i++)
	{
		double		x = sorted[i];
		double		t = sum + x;

		if (fabs(sum) >= fabs(x))
			comp += (sum - t) + x;
		else
			comp += (x - t) + sum;
		sum = t;
	}
	return (sum + comp) / (double) n;
}

/* double <-> unsigned key with the same order (finite values, +0 only) */
static inline uint64_t
DoubleKey(double x)
{
	uint64_t	u;

	memcpy(&u, &x, sizeof(u));
	return (u >> 63) ? ~u : (u | (UINT64_C(1) << 63));
}

static inline double
KeyDouble(uint64_t u)
{
	double		x;

	u = (u >> 63) ? (u & ~(UINT64_C(1) << 63)) : ~u;
	memcpy(&x, &u, sizeof(x));
	return x;
}

void
rfm_sort_doubles(double *v, double *tmp, int64_t n)
{
	/* 8 byte histograms, filled in one pass; 16 kB of stack */
	int64_t		count[8][256];
	uint64_t   *src = (uint64_t *) v;
	uint64_t   *dst = (uint64_t *) tmp;
	int64_t		i;
	int			b;

	if (n < 2)
		return;
	memset(count, 0, sizeof(count));
	for (i = 0; i < n; i++)
	{
		uint64_t	k = DoubleKey(v[i]);

		src[i] = k;
		for (b = 0; b < 8; b++)
			count[b][(k >> (8 * b)) & 0xFF]++;
	}
	for (b = 0; b < 8; b++)
	{
		int64_t    *c = count[b];
		int64_t		sum = 0;
		int			d;
		uint64_t   *t;

		/* every key has the same byte here: the pass would not move anything */
		if (c[(src[0] >> (8 * b)) & 0xFF] == n)
			continue;
		for (d = 0; d < 256; d++)
		{
			int64_t		here = c[d];

			c[d] = sum;
			sum += here;
		}
		/* a stable scatter: equal bytes keep the order of the previous passes */
		for (i = 0; i < n; i++)
		{
			uint64_t	k = src[i];

			dst[c[(k >> (8 * b)) & 0xFF]++] = k;
		}
		t = src;
		src = dst;
		dst = t;
	}
	if (src != (uint64_t *) v)
		memcpy(v, src, sizeof(double) * n);
	for (i = 0; i < n; i++)
		v[i] = KeyDouble(((uint64_t *) v)[i]);
}

int
rfm_count_above(const double *cuts, int ncuts, double x)
{
	int			above = 0;
	int			k;

	/*
	 * At most 19 cuts: a branch-free count beats a binary search, whose
	 * branches a random stream of customers mispredicts.  The same number,
	 * since the cuts do not decrease.
	 */
	for (k = 0; k < ncuts; k++)
		above += (x > cuts[k]);
	return above;
}

int
rfm_cuts_monotone(const double *cuts, int ncuts)
{
	int			k;

	for (k = 1; k < ncuts; k++)
		if (!(cuts[k - 1] <= cuts[k]))
			return 0;
	return 1;
}
