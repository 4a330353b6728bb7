/**
 * Translation units from aligned paragraph pairs: the pair itself, and its sentences paired one to
 * one when both sides have as many. Sentences are split by Intl.Segmenter (Node's ICU), which knows
 * 。！？ and English abbreviations; no home-made splitter.
 */
import type { SegmentPair } from '../export';
import type { MemoryUnit } from './types';

const zhSentences = new Intl.Segmenter('zh', { granularity: 'sentence' });
const enSentences = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The sentences of a text, trimmed, empty ones left out. */
export function sentencesOf(text: string, language: 'zh' | 'en'): string[] {
  return sentenceSpans(text, language).map((sentence) => sentence.text);
}

/** The same with where each sentence's segment lies in `text` (its spaces after it included). */
export function sentenceSpans(text: string, language: 'zh' | 'en'): { start: number; end: number; text: string }[] {
  const segmenter = language === 'zh' ? zhSentences : enSentences;
  const spans = [...segmenter.segment(text)].map(({ segment, index }) => ({ start: index, end: index + segment.length, text: segment.trim() }));
  return spans.filter((span) => span.text.length > 0);
}

/**
 * A paragraph pair gives its sentences as units when both sides have the same count (a translator
 * mostly keeps the sentences of a press-briefing answer); otherwise the paragraph alone, since a
 * guess at which sentence renders which would put a wrong rendering in front of the user.
 */
export function unitsOfPair(pair: SegmentPair): MemoryUnit[] {
  const line = pair.zh.line;
  const zh = sentencesOf(pair.zh.text, 'zh');
  const en = sentencesOf(pair.en.text, 'en');
  const whole = { zh: pair.zh.text.trim(), en: pair.en.text.trim(), line };
  if (!whole.zh || !whole.en) return [];
  // One Chinese sentence: the paragraph is that sentence, however the translator split it.
  if (zh.length <= 1) return [{ ...whole, kind: 'sentence' }];
  const paragraph: MemoryUnit = { ...whole, kind: 'paragraph' };
  if (zh.length !== en.length) return [paragraph];
  return [...zh.map((text, i): MemoryUnit => ({ zh: text, en: en[i]!, kind: 'sentence', line })), paragraph];
}
