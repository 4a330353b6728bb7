/** Term matches per paragraph, computed on first use and kept with the model they belong to. */
import type { Briefing } from '../model';
import type { TermIndex } from './termIndex';
import type { TermMatch } from './types';

const cache = new WeakMap<Briefing, { index: TermIndex; byParagraph: Map<number, TermMatch[]> }>();

export function termsInParagraph(briefing: Briefing, paragraphIndex: number, index: TermIndex): TermMatch[] {
  let entry = cache.get(briefing);
  if (!entry || entry.index !== index) cache.set(briefing, (entry = { index, byParagraph: new Map() }));
  let matches = entry.byParagraph.get(paragraphIndex);
  if (!matches) {
    const paragraph = briefing.paragraphs[paragraphIndex]!;
    matches = index.match(briefing.text, paragraph.start, paragraph.end);
    entry.byParagraph.set(paragraphIndex, matches);
  }
  return matches;
}
