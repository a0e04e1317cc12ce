/*-------------------------------------------------------------------------
 * rfm_quantile.h
 *	  Pure numerics of the RFM model (no postgres.h): percentile_disc row
 *	  numbers, cut points and summaries of a sorted array, and scoring a
 *	  value against cut points.  Testable as a standalone program.
 *-------------------------------------------------------------------------
 */
#ifndef RFM_QUANTILE_H
#define RFM_QUANTILE_H

#include <stdint.h>

/* Dimensions, in the order they are stored everywhere. */
#define RFM_DIM_R	0
#define RFM_DIM_F	1
#define RFM_DIM_M	2
#define RFM_NDIMS	3

/*
 * The rfm_model value as stored (a varlena; the glue sets the header).
 * 64 bytes of fixed part, then 3 * (bins - 1) cut points: all recency cuts,
 * then frequency, then monetary.  At most 520 bytes, so it is never toasted
 * and rfm_score reads it in place.
 */
#define RFM_MODEL_VERSION	1

typedef struct RfmModelData
{
	int32_t		vl_len_;		/* varlena header: set with SET_VARSIZE */
	uint8_t		version;		/* RFM_MODEL_VERSION */
	uint8_t		bins;			/* RFM_MIN_BINS .. RFM_MAX_BINS */
	uint16_t	flags;			/* zero; reserved */
	int64_t		n;				/* customers the model was built from */
	double		mean[RFM_NDIMS];
	double		median[RFM_NDIMS];
	double		cuts[];			/* FLEXIBLE_ARRAY_MEMBER */
} RfmModelData;

#define RFM_MODEL_SIZE(bins)	(sizeof(RfmModelData) + sizeof(double) * RFM_NDIMS * ((bins) - 1))
#define RFM_MODEL_CUTS(mod, dim)	((mod)->cuts + (dim) * ((mod)->bins - 1))

/* Smallest and largest number of score bins. */
#define RFM_MIN_BINS	2
#define RFM_MAX_BINS	20

/*
 * 1-based row number that percentile_disc(fraction) picks among n ascending
 * values: ceil(fraction * n), at least 1 (and at most n).
 */
extern int64_t rfm_disc_row(double fraction, int64_t n);

/*
 * The bins - 1 cut points c_k = percentile_disc((double) k / (double) bins),
 * k = 1 .. bins - 1, of n >= 1 ascending values.
 */
extern void rfm_cuts_from_sorted(const double *sorted, int64_t n, int bins, double *cuts);

/* percentile_disc(0.5) of n >= 1 ascending values. */
extern double rfm_median_from_sorted(const double *sorted, int64_t n);

/*
 * Mean of n >= 1 ascending values, summed in ascending order with Neumaier
 * compensation: the same multiset always gives the same bits, whatever the
 * order the rows arrived in (serial or parallel plans).
 */
extern double rfm_mean_from_sorted(const double *sorted, int64_t n);

/*
 * Sort n finite doubles ascending, with tmp (room for n doubles) as scratch.
 * No NaN; zeros must all be +0 (the aggregate stores x + 0.0).  An LSD radix
 * sort on order-preserving 64-bit keys, skipping the bytes in which all keys
 * agree (integer-valued data needs only a few passes): the result is the
 * same array a comparison sort gives, in O(n).
 */
extern void rfm_sort_doubles(double *v, double *tmp, int64_t n);

/* #{k : x > cuts[k]} for non-decreasing cuts[0 .. ncuts - 1]. */
extern int	rfm_count_above(const double *cuts, int ncuts, double x);

/* 1 when cuts[0 .. ncuts - 1] is non-decreasing, else 0. */
extern int	rfm_cuts_monotone(const double *cuts, int ncuts);

#endif							/* RFM_QUANTILE_H */
