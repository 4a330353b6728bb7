/**
 * Several briefings pasted one after another in one language (a week's transcripts): where each
 * one after the first begins. A briefing begins at its title, the last title-like line between the
 * turns of one briefing and the first turn of the next: web pages hold title-like lines in their
 * menus, footers and related-news links too, but the last one before the turns is the title.
 * Turns are counted by the labels that ask or answer by themselves (问, 答, Q, outlets): a related
 * news link may open with a spokesperson's name (耿爽：…(2020-03-12)).
 */

import { isTitle } from './header';
import type { ParagraphFacts } from './section';
import { headOf } from './text';

/** Titles are short lines (header.ts reads no longer ones as titles either). */
const TITLE_LENGTH = 160;

/** Indices of `facts` in [from, to) where a briefing after the first begins. */
export function briefingStarts(text: string, facts: ParagraphFacts[], from: number, to: number): number[] {
  const starts: number[] = [];
  let turns = 0;
  let title = -1;
  for (let i = from; i < to; i++) {
    const fact = facts[i]!;
    if (fact.junk || fact.meta || fact.frontMatter) continue;
    if (isTitleLine(text, fact)) {
      if (turns > 0) title = i;
    } else if (fact.label && fact.label.cls !== 'name') {
      if (title >= 0) {
        starts.push(title);
        turns = 0;
        title = -1;
      }
      turns++;
    }
  }
  return starts;
}

/**
 * Whether a paragraph reads as a briefing's title. The verdict is kept with the paragraph's facts
 * (as sections keep it): a later version that moves the paragraph reads it from there.
 */
function isTitleLine(text: string, fact: ParagraphFacts): boolean {
  const { start, end } = fact.paragraph;
  if (fact.label || end - start > TITLE_LENGTH) return false;
  return (fact.titleLike ??= isTitle(headOf(text, fact.paragraph)));
}
