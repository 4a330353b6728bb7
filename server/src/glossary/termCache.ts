/**
 * Term matches per paragraph, found on first use and kept with the paragraph. After an edit most
 * paragraphs are the previous version's, moved in place, or carried over from an earlier one
 * (model/lineage.ts): they keep the matches found in their text, moved, rather than being matched
 * again.
 */
import { originOf, type Briefing, type Paragraph } from '../model';
import type { TermIndex } from './termIndex';
import type { TermMatch } from './types';

/** The matches in a paragraph's text, as they were when the paragraph started at `start`. */
interface Found {
  start: number;
  matches: TermMatch[];
}

const caches = new WeakMap<TermIndex, WeakMap<Paragraph, Found>>();

export function termsInParagraph(briefing: Briefing, paragraphIndex: number, index: TermIndex): TermMatch[] {
  let byParagraph = caches.get(index);
  if (!byParagraph) caches.set(index, (byParagraph = new WeakMap()));
  const paragraph = briefing.paragraphs[paragraphIndex]!;
  const own = byParagraph.get(paragraph);
  if (own) {
    if (own.start !== paragraph.start) Object.assign(own, movedTo(own, paragraph.start));
    return own.matches;
  }
  const origin = originOf(briefing, paragraphIndex);
  const fromOrigin = origin && byParagraph.get(origin);
  const found = fromOrigin ? movedTo(fromOrigin, paragraph.start) : { start: paragraph.start, matches: index.match(briefing.text, paragraph.start, paragraph.end) };
  byParagraph.set(paragraph, found);
  return found.matches;
}

function movedTo(found: Found, start: number): Found {
  const by = start - found.start;
  return { start, matches: by === 0 ? found.matches : found.matches.map((match) => ({ ...match, start: match.start + by, end: match.end + by })) };
}
