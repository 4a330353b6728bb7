/**
 * What the hover says on Chinese text the glossary lacks: a name found in the aligned English by
 * its pinyin ("rendered here as Zhao Lijian"), or else how the word under the cursor was rendered
 * in the workspace's earlier aligned pairs; both with a link to add it to the glossary.
 */
import { renderingsOf, type ParagraphPair } from '../align';
import { transliterationIn } from '../glossary';
import type { Paragraph, Span } from '../model';
import { escape } from './markdown';
import { VERSION_NAMES, type Counterpart } from './parallel';

const HAN_ONLY = /^\p{Script=Han}+$/u;
const WINDOW = 12;
const MOST_WORDS = 3;
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

export function unknownTerm(
  text: string,
  paragraph: Paragraph,
  offset: number,
  counterpart: Counterpart | undefined,
  earlierPairs: () => (readonly ParagraphPair[])[],
): { span: Span; markdown: string } | undefined {
  return nameInTranslation(text, offset, counterpart) ?? renderedBefore(text, paragraph, offset, earlierPairs);
}

function nameInTranslation(text: string, offset: number, counterpart: Counterpart | undefined): { span: Span; markdown: string } | undefined {
  if (counterpart?.kind !== 'paragraph') return undefined;
  for (const target of counterpart.targets) {
    const found = transliterationIn(text, offset, counterpart.to.briefing.text, target.start, target.end);
    if (!found) continue;
    const markdown = [
      `**${escape(found.han)}** (${escape(found.pinyin)}): not in the glossary.`,
      `The aligned ${VERSION_NAMES[counterpart.toSide]} paragraph renders it as **${escape(found.rendering)}**.`,
      addToGlossaryLink(found.han, found.rendering),
    ].join('\n\n');
    return { span: found, markdown };
  }
  return undefined;
}

/** The longest run of up to three words around the cursor that earlier pairs render consistently. */
function renderedBefore(text: string, paragraph: Paragraph, offset: number, earlierPairs: () => (readonly ParagraphPair[])[]): { span: Span; markdown: string } | undefined {
  const pairs = earlierPairs();
  if (pairs.length === 0) return undefined;
  for (const span of wordRunsAround(text, paragraph, offset)) {
    const term = text.slice(span.start, span.end);
    const renderings = renderingsOf(term, pairs);
    if (renderings.length === 0) continue;
    const list = renderings.map((r) => `**${escape(r.text)}** (${r.pairs} of ${r.of})`).join(' · ');
    const markdown = [`**${escape(term)}**: not in the glossary.`, `Rendered in the workspace's translated briefings as ${list}.`, addToGlossaryLink(term, renderings[0]!.text)].join('\n\n');
    return { span, markdown };
  }
  return undefined;
}

/** Runs of one to three Han words in a row that hold the cursor, two characters or more, longest first. */
function wordRunsAround(text: string, paragraph: Paragraph, offset: number): Span[] {
  const from = Math.max(paragraph.start, offset - WINDOW);
  // Han words, undefined for anything else (punctuation, Latin): a run does not cross those.
  const words = [...segmenter.segment(text.slice(from, Math.min(paragraph.end, offset + WINDOW)))].map(({ segment, index, isWordLike }) =>
    isWordLike && HAN_ONLY.test(segment) ? { start: from + index, end: from + index + segment.length } : undefined,
  );
  const runs: Span[] = [];
  words.forEach((first, i) => {
    for (let n = 1; n <= MOST_WORDS && first && words[i + n - 1]; n++) {
      const span = { start: first.start, end: words[i + n - 1]!.end };
      if (span.start <= offset && offset < span.end && span.end - span.start >= 2) runs.push(span);
    }
  });
  return runs.sort((a, b) => b.end - b.start - (a.end - a.start));
}

/** A link that runs Add to Glossary with the term and a suggested rendering (the client trusts this one command). */
function addToGlossaryLink(term: string, suggestion: string): string {
  const args = encodeURIComponent(JSON.stringify([{ term, suggestion }]));
  return `[Add to Glossary…](command:briefing.addToGlossary?${args} "Add this term to the workspace glossary")`;
}
