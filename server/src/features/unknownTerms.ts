/**
 * What the hover says on Chinese text the glossary lacks: a name found in the aligned English by
 * its pinyin ("rendered here as Zhao Lijian") or by its sound (阿雷亚萨, Arreaza), or else how the
 * word under the cursor was rendered in the workspace's earlier aligned pairs; each with a link to
 * add it to the glossary.
 */
import { renderingsOf, type ParagraphPair, type Rendering } from '../align';
import { foreignNameIn, FUNCTION_CHARACTERS, transliterationIn, type TermIndex, type TermMatch } from '../glossary';
import type { Paragraph, Span } from '../model';
import { escape } from './markdown';
import { t } from '../l10n';
import { VERSION_NAMES, type Counterpart } from './parallel';

const HAN_ONLY = /^\p{Script=Han}+$/u;
const WINDOW = 12;
const MOST_WORDS = 3;
/** What a rendering needs to be shown: pairs that use it, its share of the pairs holding the term, Dice. */
const MIN_PAIRS = 3;
const MIN_SHARE = 0.5;
const MIN_DICE = 0.5;
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** The paragraph's glossary terms (`known`) are not part of an unknown name, nor are their renderings. */
export function unknownTerm(
  text: string,
  paragraph: Paragraph,
  offset: number,
  known: { terms: TermIndex; matches: readonly TermMatch[] },
  counterpart: Counterpart | undefined,
  earlierPairs: () => (readonly ParagraphPair[])[],
): { span: Span; markdown: string } | undefined {
  return nameInTranslation(text, offset, known, counterpart) ?? renderedBefore(text, paragraph, offset, earlierPairs);
}

function nameInTranslation(text: string, offset: number, known: { terms: TermIndex; matches: readonly TermMatch[] }, counterpart: Counterpart | undefined): { span: Span; markdown: string } | undefined {
  if (counterpart?.kind !== 'paragraph') return undefined;
  const en = counterpart.to.briefing.text;
  for (const target of counterpart.targets) {
    const pinyin = transliterationIn(text, offset, en, target.start, target.end);
    const bySound = pinyin ? undefined : foreignNameIn(text, offset, en, target.start, target.end, { zh: known.matches, en: known.terms.match(en, target.start, target.end) });
    const found = pinyin ?? bySound;
    if (!found) continue;
    const rendersIt = { version: VERSION_NAMES[counterpart.toSide], rendering: escape(found.rendering) };
    const markdown = [
      t('hover.notInGlossaryPinyin', { term: escape(found.han), pinyin: escape(found.pinyin) }),
      pinyin ? t('hover.alignedRenders', rendersIt) : t('hover.alignedRendersBySound', rendersIt),
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
  for (const run of wordRunsAround(text, paragraph, offset)) {
    const term = text.slice(run.start, run.end);
    const renderings = consistentRenderings(term, run.words, pairs);
    if (renderings.length === 0) continue;
    const list = renderings.map((r) => `**${escape(r.text)}** ${t('hover.pairsOf', { pairs: r.pairs, of: r.of })}`).join(' · ');
    const markdown = [t('hover.notInGlossary', { term: escape(term) }), t('hover.renderedBefore', { list }), addToGlossaryLink(term, renderings[0]!.text)].join('\n\n');
    return { span: { start: run.start, end: run.end }, markdown };
  }
  return undefined;
}

/**
 * Renderings worth showing: found in several pairs, in most of those that hold the term, and
 * seldom elsewhere. A lone two-character word rendered by one lower-case word (重要, important) is
 * ordinary vocabulary, not a term a translator looks up.
 */
function consistentRenderings(term: string, words: number, pairs: (readonly ParagraphPair[])[]): Rendering[] {
  const renderings = renderingsOf(term, pairs, { minPairs: MIN_PAIRS, minShare: MIN_SHARE }).filter((r) => r.dice >= MIN_DICE);
  const top = renderings[0];
  if (!top) return [];
  const ordinary = words === 1 && [...term].length <= 2 && /^\p{Ll}[\p{L}-]*$/u.test(top.text);
  return ordinary ? [] : renderings;
}

interface WordRun extends Span {
  /** How many words of the segmenter it spans. */
  words: number;
}

/**
 * Runs of one to three Han words in a row that hold the cursor, two characters or more, longest
 * first. A run holds no particle or preposition (的, 对, 和…: 中方也欢迎 is not a term), and never
 * a word cut by the edge of the window read around the cursor.
 */
function wordRunsAround(text: string, paragraph: Paragraph, offset: number): WordRun[] {
  const from = Math.max(paragraph.start, offset - WINDOW);
  const to = Math.min(paragraph.end, offset + WINDOW);
  // Han words, undefined for anything else (punctuation, Latin, particles): a run does not cross those.
  const words = [...segmenter.segment(text.slice(from, to))].map(({ segment, index, isWordLike }) => {
    const start = from + index;
    const end = start + segment.length;
    const cut = (start === from && from > paragraph.start) || (end === to && to < paragraph.end);
    return isWordLike && !cut && HAN_ONLY.test(segment) && !FUNCTION_CHARACTERS.has(segment) ? { start, end } : undefined;
  });
  const runs: WordRun[] = [];
  words.forEach((first, i) => {
    for (let n = 1; n <= MOST_WORDS && first && words[i + n - 1]; n++) {
      const run = { start: first.start, end: words[i + n - 1]!.end, words: n };
      if (run.start <= offset && offset < run.end && run.end - run.start >= 2) runs.push(run);
    }
  });
  return runs.sort((a, b) => b.end - b.start - (a.end - a.start));
}

/** A link that runs Add to Glossary with the term and a suggested rendering (the client trusts this one command). */
function addToGlossaryLink(term: string, suggestion: string): string {
  const args = encodeURIComponent(JSON.stringify([{ term, suggestion }]));
  return `[${t('hover.addToGlossary')}](command:briefing.addToGlossary?${args} "${t('hover.addToGlossaryTooltip')}")`;
}
