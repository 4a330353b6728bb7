/**
 * Where the alignment path is expected to run, for the dynamic programme's band: anchors first,
 * lengths between them (as Bertalign fixes confident pairs, then aligns the stretches between).
 *
 * An anchor is a pair of paragraphs whose numbers (two or more, as dates, counts and sums are
 * written) are found in no other paragraph of either version: such a pair almost surely renders
 * one another. Of the anchors, the longest run in the same order on both sides is kept. Between
 * two anchors the guide follows the running lengths at the stretch's own ratio, so a translation
 * that runs long or short does not drift; after the last anchor it follows the last ratio seen,
 * and stops at the end of a translation that stops early.
 */
import type { ParagraphFeatures } from './features';
import { EN_PER_ZH } from './lengthModel';

interface Point {
  i: number;
  j: number;
}

/** For each count of Chinese paragraphs (0..n), the count of English paragraphs the path is expected at. */
export function pathGuide(zh: ParagraphFeatures[], en: ParagraphFeatures[]): Int32Array {
  const zhRun = runningLengths(zh);
  const enRun = runningLengths(en);
  const points: Point[] = [{ i: 0, j: 0 }, ...increasingRun(anchors(zh, en))];
  const guide = new Int32Array(zh.length + 1);
  let ratio = EN_PER_ZH;
  let j = 0;
  for (let k = 0; k < points.length; k++) {
    const from = points[k]!;
    const to = points[k + 1];
    if (to) {
      const zhSpan = zhRun[to.i]! - zhRun[from.i]!;
      if (zhSpan > 0 && enRun[to.j]! > enRun[from.j]!) ratio = (enRun[to.j]! - enRun[from.j]!) / zhSpan;
    }
    const last = to ? to.i : zh.length;
    for (let i = from.i; i <= last; i++) {
      const target = enRun[from.j]! + (zhRun[i]! - zhRun[from.i]!) * ratio;
      j = Math.max(j, from.j);
      while (j < en.length && enRun[j]! + en[j]!.length / 2 <= target) j++;
      if (to) j = Math.min(j, to.j);
      guide[i] = j;
    }
  }
  return guide;
}

function runningLengths(features: ParagraphFeatures[]): Float64Array {
  const run = new Float64Array(features.length + 1);
  for (let k = 0; k < features.length; k++) run[k + 1] = run[k]! + features[k]!.length;
  return run;
}

/** Pairs of paragraphs (i, j) that share a set of two or more numbers no other paragraph holds. */
function anchors(zh: ParagraphFeatures[], en: ParagraphFeatures[]): Point[] {
  const zhOnce = uniqueSignatures(zh);
  const enOnce = uniqueSignatures(en);
  const found: Point[] = [];
  for (const [signature, i] of zhOnce) {
    const j = enOnce.get(signature);
    if (j !== undefined) found.push({ i, j });
  }
  return found.sort((a, b) => a.i - b.i);
}

/** Signatures held by exactly one paragraph, with that paragraph's position. */
function uniqueSignatures(features: ParagraphFeatures[]): Map<string, number> {
  const once = new Map<string, number>();
  const repeated = new Set<string>();
  features.forEach((f, k) => {
    if (f.numbers.length < 2) return;
    const signature = [...f.numbers].sort((a, b) => a - b).join(',');
    if (once.has(signature)) repeated.add(signature);
    once.set(signature, k);
  });
  for (const signature of repeated) once.delete(signature);
  return once;
}

/** The longest run of anchors increasing on both sides (patience sorting, n log n). */
function increasingRun(points: Point[]): Point[] {
  const tails: number[] = [];
  const previous = new Int32Array(points.length).fill(-1);
  for (let k = 0; k < points.length; k++) {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (points[tails[mid]!]!.j < points[k]!.j) low = mid + 1;
      else high = mid;
    }
    if (low > 0) previous[k] = tails[low - 1]!;
    tails[low] = k;
  }
  const run: Point[] = [];
  for (let k = tails.length > 0 ? tails[tails.length - 1]! : -1; k >= 0; k = previous[k]!) run.push({ i: points[k]!.i + 1, j: points[k]!.j + 1 });
  return run.reverse();
}
