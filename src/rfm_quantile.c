/*-------------------------------------------------------------------------
 * rfm_quantile.c
 *	  Pure numerics of the RFM model: percentile_disc positions, cut points,
 *	  median and order-independent mean of a sorted array, and counting cut
 *	  points below a value.  No PostgreSQL headers: the glue in rfm.c
 *	  converts Datums and reports errors.
 *-------------------------------------------------------------------------
 */
#include <math.h>

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

int
rfm_count_above(const double *cuts, int ncuts, double x)
{
	int			lo = 0;
	int			hi = ncuts;

	/* first index whose cut is >= x; everything before it is < x */
	while (lo < hi)
	{
		int			mid = (lo + hi) / 2;

		if (x > cuts[mid])
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
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
