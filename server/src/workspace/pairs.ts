/** The aligned paragraph pairs of a paired document, where the hover looks for a term the glossary lacks. */
import { linkedTexts, type ParagraphPair } from '../align';
import type { Paired } from './parallel';

const ofAlignment = new WeakMap<object, ParagraphPair[]>();

/** The texts of each link that pairs Chinese with English paragraphs: one array per alignment. */
export function alignedParagraphPairs(pairing: Paired): ParagraphPair[] {
  let pairs = ofAlignment.get(pairing.alignment);
  if (!pairs) ofAlignment.set(pairing.alignment, (pairs = linkedTexts(pairing.zh.briefing, pairing.en.briefing, pairing.alignment.links)));
  return pairs;
}
