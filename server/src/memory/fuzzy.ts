/**
 * The fuzzy-match score of CAT tools: 100 less the edit distance as a share of the longer text,
 * on texts compared without spacing, width or case differences. The edit distance is
 * fastest-levenshtein's (Myers' bit-parallel algorithm), not our own.
 */
import { distance } from 'fastest-levenshtein';

/** Width folded (NFKC: ，→ , and Ａ → A), case folded, spacing removed: what a translator does not count as a difference. */
export function normalized(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/** 0–100 for two normalized texts, rounded down: a 74.9% match is not shown as 75%. */
export function similarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 100;
  return Math.floor(100 * (1 - distance(a, b) / longer) + 1e-9);
}
