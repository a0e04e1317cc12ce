/*-------------------------------------------------------------------------
 * rfm_segment.c
 *	  Named RFM segments: the 11-segment map over 1-5 scores (rfm_segment)
 *	  and the 8 classic value classes against the population mean or
 *	  median of an rfm_model (rfm_class), in English and Simplified Chinese.
 *	  The exact rule tables are in docs/reference/rfm.md.
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <math.h>

#include "common.h"
#include "rfm_quantile.h"

#include "utils/builtins.h"

typedef enum RfmLang
{
	RFM_LANG_EN = 0,
	RFM_LANG_ZH = 1
} RfmLang;

static RfmLang
RfmParseLang(text *t)
{
	char	   *s = text_to_cstring(t);

	if (pg_strcasecmp(s, "en") == 0)
		return RFM_LANG_EN;
	if (pg_strcasecmp(s, "zh") == 0)
		return RFM_LANG_ZH;
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("unknown label language \"%s\"", s),
			 errhint("Use 'en' (English) or 'zh' (Simplified Chinese).")));
	return RFM_LANG_EN;			/* keep the compiler quiet */
}

/* ---------- the 11-segment map ---------- */

typedef enum RfmSegmentId
{
	SEG_CHAMPIONS,
	SEG_LOYAL,
	SEG_POTENTIAL_LOYALIST,
	SEG_NEW,
	SEG_PROMISING,
	SEG_NEED_ATTENTION,
	SEG_ABOUT_TO_SLEEP,
	SEG_AT_RISK,
	SEG_CANNOT_LOSE,
	SEG_HIBERNATING,
	SEG_LOST,
	SEG_COUNT
} RfmSegmentId;

static const char *const SegmentLabel[SEG_COUNT][2] = {
	{"Champions", "冠军客户"},
	{"Loyal Customers", "忠诚客户"},
	{"Potential Loyalist", "潜力客户"},
	{"New Customers", "新客户"},
	{"Promising", "有望客户"},
	{"Need Attention", "需要关注"},
	{"About To Sleep", "即将沉睡"},
	{"At Risk", "有流失风险"},
	{"Cannot Lose Them", "不能失去"},
	{"Hibernating", "休眠客户"},
	{"Lost", "已流失"},
};

/*
 * The rule list, first match wins, over R and FM = the mean of F and M
 * rounded half up, i.e. (F + M + 1) / 2 in integers.  Every one of the 25
 * (R, FM) cells, hence every one of the 125 (R, F, M), is covered once.
 */
static RfmSegmentId
RfmSegmentOf(int r, int f, int m)
{
	int			fm = (f + m + 1) / 2;

	if (r == 5 && fm >= 4)
		return SEG_CHAMPIONS;
	if (r >= 3 && fm >= 4)
		return SEG_LOYAL;
	if (r >= 4 && fm >= 2)
		return SEG_POTENTIAL_LOYALIST;
	if (r == 5)					/* fm = 1 */
		return SEG_NEW;
	if (r == 4)					/* fm = 1 */
		return SEG_PROMISING;
	if (r == 3 && fm == 3)
		return SEG_NEED_ATTENTION;
	if (r == 3)					/* fm <= 2 */
		return SEG_ABOUT_TO_SLEEP;
	if (fm == 5)				/* r <= 2 */
		return SEG_CANNOT_LOSE;
	if (fm >= 3)
		return SEG_AT_RISK;
	if (r == 2)					/* fm <= 2 */
		return SEG_HIBERNATING;
	return SEG_LOST;			/* r = 1, fm <= 2 */
}

static void
RfmCheckScore(int32 v, const char *what)
{
	if (v < 1 || v > 5)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("rfm_segment %s score must be between 1 and 5", what),
				 errdetail("The value given was %d.", v),
				 errhint("The segment map is defined on 1-5 scores: build the model with 5 bins.")));
}

/* rfm_segment(r, f, m, lang) → segment label */
PG_FUNCTION_INFO_V1(rfm_segment);
Datum
rfm_segment(PG_FUNCTION_ARGS)
{
	int32		r = PG_GETARG_INT32(0);
	int32		f = PG_GETARG_INT32(1);
	int32		m = PG_GETARG_INT32(2);
	RfmLang		lang = RfmParseLang(PG_GETARG_TEXT_PP(3));

	RfmCheckScore(r, "recency");
	RfmCheckScore(f, "frequency");
	RfmCheckScore(m, "monetary");
	PG_RETURN_TEXT_P(ca_utf8_text(SegmentLabel[RfmSegmentOf(r, f, m)][lang]));
}

/* ---------- the 8 value classes ---------- */

/* index = (M low ? 4 : 0) + (R low ? 2 : 0) + (F low ? 1 : 0) */
static const char *const ClassLabel[8][2] = {
	{"Important Value", "重要价值客户"},
	{"Important Development", "重要发展客户"},
	{"Important Retention", "重要保持客户"},
	{"Important Win-back", "重要挽留客户"},
	{"General Value", "一般价值客户"},
	{"General Development", "一般发展客户"},
	{"General Retention", "一般保持客户"},
	{"General Win-back", "一般挽留客户"},
};

/* rfm_class(model, recency, frequency, monetary, lang, center) → class label */
PG_FUNCTION_INFO_V1(rfm_class);
Datum
rfm_class(PG_FUNCTION_ARGS)
{
	RfmModelData *mod = (RfmModelData *) PG_DETOAST_DATUM(PG_GETARG_DATUM(0));
	double		r = PG_GETARG_FLOAT8(1);
	double		f = PG_GETARG_FLOAT8(2);
	double		m = PG_GETARG_FLOAT8(3);
	RfmLang		lang = RfmParseLang(PG_GETARG_TEXT_PP(4));
	char	   *center = text_to_cstring(PG_GETARG_TEXT_PP(5));
	const double *c;
	bool		rhigh,
				fhigh,
				mhigh;

	if (pg_strcasecmp(center, "mean") == 0)
		c = mod->mean;
	else if (pg_strcasecmp(center, "median") == 0)
		c = mod->median;
	else
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown rfm_class center \"%s\"", center),
				 errhint("Use 'mean' or 'median'.")));
	ca_check_nonnegative(r, "rfm_class recency");
	ca_check_nonnegative(f, "rfm_class frequency");
	ca_check_finite(m, "rfm_class monetary");

	/* equal to the center counts as low, in every dimension */
	rhigh = r < c[RFM_DIM_R];
	fhigh = f > c[RFM_DIM_F];
	mhigh = m > c[RFM_DIM_M];
	PG_RETURN_TEXT_P(ca_utf8_text(ClassLabel[(mhigh ? 0 : 4) + (rhigh ? 0 : 2) + (fhigh ? 0 : 1)][lang]));
}
