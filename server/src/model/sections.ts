/** Splitting a file that holds two language versions into its two sections. */

import type { Language } from './types';

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
 * Chinese page) are too small to make one. Paragraph i is in `languages[i]` and counts `weights[i]`
 * (its length, capped).
 */
export function findLanguageSplit(languages: readonly Language[], weights: Float64Array): number | undefined {
  const zh = bestSplit(languages, weights, 'zh', 'en');
  const en = bestSplit(languages, weights, 'en', 'zh');
  const best = zh && (!en || zh.score >= en.score) ? zh : en;
  return best?.index;
}

function bestSplit(languages: readonly Language[], weights: Float64Array, first: Language, second: Language) {
  let totalFirst = 0;
  let totalSecond = 0;
  let countSecond = 0;
  for (let i = 0; i < languages.length; i++) {
    if (languages[i] === first) totalFirst += weights[i]!;
    else if (languages[i] === second) {
      totalSecond += weights[i]!;
      countSecond++;
    }
  }
  let firstBefore = 0;
  let secondBefore = 0;
  let countBefore = 0;
  let countSecondBefore = 0;
  let best: { index: number; score: number } | undefined;
  for (let index = 0; index < languages.length; index++) {
    const language = languages[index];
    if (language === second && countBefore >= MIN_PARAGRAPHS) {
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
    if (language === first) {
      firstBefore += weights[index]!;
      countBefore++;
    } else if (language === second) {
      secondBefore += weights[index]!;
      countSecondBefore++;
    }
  }
  return best;
}
