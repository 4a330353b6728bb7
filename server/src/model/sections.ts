/** Splitting a file that holds two language versions into its two sections. */

import type { Language } from './types';

export interface LanguageSample {
  language: Language;
  /** How much the paragraph counts when deciding the split (its length, capped). */
  weight: number;
}

/** Each side of a split must be this pure in its language (by weight). */
const MIN_PURITY = 0.8;
/** And hold this many substantive paragraphs. */
const MIN_PARAGRAPHS = 2;
const MAX_WEIGHT = 400;

export function sampleWeight(length: number): number {
  return Math.min(length, MAX_WEIGHT);
}

/**
 * The index of the first paragraph of the second language version, or undefined when the file
 * holds one language. A split is where the text before is mostly one language and the text after
 * mostly the other; site menus in the other language (an "English Français…" line at the top of a
 * Chinese page) are too small to make one.
 */
export function findLanguageSplit(samples: LanguageSample[]): number | undefined {
  let best: { index: number; score: number } | undefined;
  for (const [first, second] of [['zh', 'en'], ['en', 'zh']] as const) {
    const split = bestSplit(samples, first, second);
    if (split && (!best || split.score > best.score)) best = split;
  }
  return best?.index;
}

function bestSplit(samples: LanguageSample[], first: Language, second: Language) {
  const total = (language: Language) => samples.reduce((sum, s) => sum + (s.language === language ? s.weight : 0), 0);
  const totalFirst = total(first);
  const totalSecond = total(second);
  const countSecond = samples.filter((s) => s.language === second).length;
  let firstBefore = 0;
  let secondBefore = 0;
  let countBefore = 0;
  let countSecondBefore = 0;
  let best: { index: number; score: number } | undefined;
  for (let index = 0; index < samples.length; index++) {
    const sample = samples[index]!;
    if (sample.language === second && countBefore >= MIN_PARAGRAPHS) {
      const firstAfter = totalFirst - firstBefore;
      const secondAfter = totalSecond - secondBefore;
      const countAfter = countSecond - countSecondBefore;
      const purityBefore = firstBefore / (firstBefore + secondBefore || 1);
      const purityAfter = secondAfter / (firstAfter + secondAfter || 1);
      if (purityBefore >= MIN_PURITY && purityAfter >= MIN_PURITY && countAfter >= MIN_PARAGRAPHS) {
        const score = firstBefore + secondAfter;
        if (!best || score > best.score) best = { index, score };
      }
    }
    if (sample.language === first) firstBefore += sample.weight;
    if (sample.language === second) {
      secondBefore += sample.weight;
      countSecondBefore++;
    }
    if (sample.language === first) countBefore++;
  }
  return best;
}
