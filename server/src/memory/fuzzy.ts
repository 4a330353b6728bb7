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

/** The character bigrams of a normalized text, each once (a one-character text is its own gram). */
export function bigrams(text: string): string[] {
  if (text.length < 2) return text ? [text] : [];
  const grams = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) grams.add(text.slice(i, i + 2));
  return [...grams];
}
