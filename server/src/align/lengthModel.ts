/**
 * Gale & Church's length model ("A Program for Aligning Sentences in Bilingual Corpora", 1993):
 * the English length of a translation is normally distributed around c times the Chinese length,
 * with variance s² times the Chinese length. A link's cost is −ln of the probability of a length
 * difference at least that large.
 */

/**
 * English characters per Chinese character, and the variance per Chinese character, measured on
 * the five mfa pairs of ../shared/corpus (206 one-to-one body paragraphs: all of 2018-12-17,
 * 2019-07-22, 2019-12-24 and 2020-03-27, and 2020-04-07 without its differing ending), with
 * lengths as `textLength` counts them: c = Σ en / Σ zh, s² = Σ (en − c·zh)² / Σ zh.
 * Counting only Han characters gave c = 4.33, s² = 42.2; every visible character alike 3.90 and
 * 36.2; the relative variance s²/c² was within 5 % across the variants.
 */
export const EN_PER_ZH = 3.93;
export const VARIANCE_PER_ZH = 36.2;

/**
 * Paragraph lengths have a heavier tail than the normal model: on the same 206 pairs, 2 had
 * |δ| > 3 and 5 had |δ| > 2.5 where the normal model predicts 0.6 and 2.6 (a translator moved
 * a sentence across a paragraph boundary). A small share of pairs is therefore modelled as
 * unrelated to length, which bounds the length cost of a link near −ln(OUTLIER_SHARE) ≈ 5.3
 * nats, so one moved sentence does not outweigh the structure around it.
 */
const OUTLIER_SHARE = 0.005;

/** Beyond this |δ| the normal tail (under 1e-8) is nothing beside the outlier share. */
const NEGLIGIBLE_TAIL = 6;
const OUTLIER_COST = -Math.log(OUTLIER_SHARE);

/**
 * No length cost is lower: −ln of a probability is not negative, but the erfc approximation below
 * overshoots 1 by up to 1.2e-7 at δ = 0, which takes the cost a hair under zero.
 */
export const LENGTH_COST_FLOOR = -1e-6;

/** −ln P(|δ| ≥ observed) for a link whose sides have these lengths (Chinese, English). */
export function lengthCost(zhLength: number, enLength: number): number {
  if (zhLength <= 0 && enLength <= 0) return 0;
  // The variance scales with the mean of both sides (the English converted to Chinese units), as
  // in Gale and Church's program, so that an empty or tiny Chinese side does not make it vanish.
  const mean = (zhLength + enLength / EN_PER_ZH) / 2;
  const delta = Math.abs(enLength - EN_PER_ZH * zhLength) / Math.sqrt(Math.max(mean, 1) * VARIANCE_PER_ZH);
  if (delta > NEGLIGIBLE_TAIL) return OUTLIER_COST;
  return -Math.log(OUTLIER_SHARE + (1 - OUTLIER_SHARE) * twoSidedTail(delta));
}

/**
 * Beyond these ratios of the English length to the expected one, a pair of paragraphs is not a
 * translation whatever its structure says: on the 1,533 reference links of the corpus and the
 * archive, the English of a link is 0.19 to 4.0 times its expected length, and only where one side
 * is a few words (a short follow-up question). A one-line menu entry beside a full answer, or the
 * answer a truncated translation would be stretched over, is far outside.
 */
const IMPLAUSIBLE_RATIO = 6;
/** Paragraphs this short (in English characters) can be any ratio apart: "Q: Why?" ↔ 问：为什么？ */
const IMPLAUSIBLE_FROM = 60;
/** Above the cost of leaving both paragraphs out (twice SKIP_COST, 7.6) even with a question anchor. */
const IMPLAUSIBLE_COST = 8;

/** The extra cost of pairing texts of these lengths: 0, or IMPLAUSIBLE_COST when they cannot render each other. */
export function implausibleLength(zhLength: number, enLength: number): number {
  const expected = EN_PER_ZH * zhLength;
  if (Math.max(expected, enLength) < IMPLAUSIBLE_FROM) return 0;
  return enLength * IMPLAUSIBLE_RATIO < expected || enLength > expected * IMPLAUSIBLE_RATIO ? IMPLAUSIBLE_COST : 0;
}

/** Coefficients of the erfc approximation of Numerical Recipes (fractional error under 1.2e-7). */
const ERFC = [-1.26551223, 1.00002368, 0.37409196, 0.09678418, -0.18628806, 0.27886807, -1.13520398, 1.48851587, -0.82215223, 0.17087277];

/** 2·(1 − Φ(x)) = erfc(x/√2). */
function twoSidedTail(x: number): number {
  const z = x / Math.SQRT2;
  const t = 1 / (1 + 0.5 * z);
  let poly = 0;
  for (let k = ERFC.length - 1; k >= 0; k--) poly = poly * t + ERFC[k]!;
  return t * Math.exp(poly - z * z);
}
