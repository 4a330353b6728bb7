/**
 * Term matches per paragraph, found on first use and kept with the paragraph. After an edit most
 * paragraphs are the previous version's, or carried over from an earlier one (model/lineage.ts):
 * they keep its matches, moved, rather than being matched again.
 */
import { originOf, type Briefing, type Paragraph } from '../model';
import type { TermIndex } from './termIndex';
import type { TermMatch } from './types';

const caches = new WeakMap<TermIndex, WeakMap<Paragraph, TermMatch[]>>();

export function termsInParagraph(briefing: Briefing, paragraphIndex: number, index: TermIndex): TermMatch[] {
  let byParagraph = caches.get(index);
  if (!byParagraph) caches.set(index, (byParagraph = new WeakMap()));
  const paragraph = briefing.paragraphs[paragraphIndex]!;
  let matches = byParagraph.get(paragraph);
  if (matches) return matches;
  const origin = originOf(briefing, paragraphIndex);
  const found = origin && byParagraph.get(origin.paragraph);
  matches = found ? found.map((match) => ({ ...match, start: match.start + origin.offset, end: match.end + origin.offset })) : index.match(briefing.text, paragraph.start, paragraph.end);
  byParagraph.set(paragraph, matches);
  return matches;
}
