/**
 * textDocument/completion in the English version: the renderings that the translation memory
 * holds for the Chinese sentences aligned with the cursor's place (the paragraph being written,
 * or where an untranslated paragraph's English belongs), each with its fuzzy-match score and date.
 */
import { CompletionItemKind, MarkupKind, type CompletionItem } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { counterpartOf, type Link } from '../align';
import { t } from '../l10n';
import { sentencesOf, type MemoryMatch } from '../memory';
import { indexAt, pairSafeEnd, type Briefing, type Paragraph } from '../model';
import type { Paired } from '../workspace/parallel';
import { escape } from './markdown';
import { placeIn, sideAt } from './parallel';

/** Looks a Chinese text up in the memory: the closest earlier renderings, best first. */
export type MemoryLookup = (zh: string) => MemoryMatch[];

const PER_SENTENCE = 3;
const MOST_ITEMS = 20;

export function memoryCompletion(document: TextDocument, pairing: Paired, asked: number, lookup: MemoryLookup, cancelled: () => boolean): CompletionItem[] {
  // A place between the halves of a surrogate pair (no editor puts the cursor there) inserts after the pair.
  const offset = pairSafeEnd(document.getText(), asked, document.getText().length);
  if (sideAt(pairing, document.uri, offset) !== 'en') return [];
  const next = sentencesWritten(pairing.en.briefing, offset);
  const queries = linksAt(pairing, offset).flatMap((link, n) => queriesOf(pairing.zh.briefing, link, n === 0 ? next : 0, n * 1000));
  const items: CompletionItem[] = [];
  const offered = new Set<string>();
  for (const query of queries.sort((a, b) => a.rank - b.rank)) {
    if (cancelled()) return [];
    for (const match of lookup(query.text).slice(0, PER_SENTENCE)) {
      if (offered.has(match.unit.en)) continue;
      offered.add(match.unit.en);
      items.push(itemOf(document, offset, query, match));
    }
  }
  return items.slice(0, MOST_ITEMS);
}

/**
 * The sentences of a link's Chinese, ranked by how far each is from the one to render next, and
 * the whole paragraph after them when it has several.
 */
function queriesOf(zh: Briefing, link: Link, next: number, base: number): { text: string; rank: number }[] {
  const sentences = link.zh.flatMap((index) => sentencesOf(ownText(zh, zh.paragraphs[index]!), 'zh'));
  const queries = sentences.map((text, i) => ({ text, rank: base + Math.abs(i - next) }));
  if (sentences.length > 1) queries.push({ text: link.zh.map((index) => ownText(zh, zh.paragraphs[index]!)).join('\n'), rank: base + sentences.length });
  return queries;
}

/**
 * The links whose Chinese the cursor's place may translate, likeliest first. In an English
 * paragraph with Chinese: the untranslated Chinese just before its own (a paragraph still being
 * written may be aligned past the Chinese it renders), then its own. Elsewhere: the untranslated
 * Chinese whose English belongs nearest the cursor.
 */
function linksAt(pairing: Paired, offset: number): Link[] {
  const paragraph = paragraphHolding(pairing.en.briefing, offset);
  const own = paragraph && counterpartOf(pairing.alignment, 'en', paragraph.index);
  if (own && own.zh.length > 0) {
    const links = pairing.alignment.links;
    let first = links.indexOf(own);
    while (first > 0 && links[first - 1]!.en.length === 0 && links[first - 1]!.zh.length > 0) first--;
    return links.slice(first, links.indexOf(own) + 1);
  }
  const nearest = nearestUntranslated(pairing, offset);
  return nearest ? [nearest] : [];
}

function nearestUntranslated(pairing: Paired, offset: number): Link | undefined {
  let nearest: { link: Link; distance: number } | undefined;
  for (const link of pairing.alignment.links) {
    if (link.zh.length === 0 || link.en.length > 0) continue;
    const place = placeIn(pairing.en, pairing, link, 'en').start;
    const distance = Math.abs(place - offset);
    if (!nearest || distance < nearest.distance) nearest = { link, distance };
  }
  return nearest?.link;
}

/** The paragraph the cursor is in, or at the end of (spaces typed after it on its line count as in it). */
function paragraphHolding(briefing: Briefing, offset: number): Paragraph | undefined {
  const inside = indexAt(briefing.paragraphs, offset);
  const paragraph = inside >= 0 ? briefing.paragraphs[inside] : [...briefing.paragraphs].reverse().find((p) => p.start <= offset);
  if (!paragraph) return undefined;
  return offset <= paragraph.end || /^[^\S\r\n]*$/.test(briefing.text.slice(paragraph.end, offset)) ? paragraph : undefined;
}

/** A paragraph's text after its speaker label. */
function ownText(briefing: Briefing, paragraph: Paragraph): string {
  return briefing.text.slice(paragraph.label?.textStart ?? paragraph.start, paragraph.end);
}

/** English sentences already written in the paragraph before the cursor: the next Chinese sentence to render is the one after them. */
function sentencesWritten(en: Briefing, offset: number): number {
  const paragraph = paragraphHolding(en, offset);
  if (!paragraph) return 0;
  return sentencesOf(en.text.slice(paragraph.label?.textStart ?? paragraph.start, offset), 'en').length;
}

function itemOf(document: TextDocument, offset: number, query: { text: string; rank: number }, match: MemoryMatch): CompletionItem {
  const file = match.source.path.slice(Math.max(match.source.path.lastIndexOf('/'), match.source.path.lastIndexOf('\\')) + 1);
  const when = match.source.date ?? file;
  const position = document.positionAt(offset);
  const before = document.getText({ start: { line: position.line, character: 0 }, end: position });
  // After a word or a label's colon, the rendering needs a space; at the start of a line or after one, none.
  const space = before !== '' && !/\s$/.test(before) ? ' ' : '';
  return {
    label: match.unit.en,
    labelDetails: { detail: ` ${match.score}%`, description: when },
    kind: CompletionItemKind.Text,
    detail: t('memory.detail', { score: match.score, when }),
    documentation: {
      kind: MarkupKind.Markdown,
      value: [
        t('memory.match', { score: match.score, file: escape(file), date: match.source.date ? ` (${match.source.date})` : '', line: match.unit.line }),
        `${t('memory.earlierChinese')}\n\n> ${escape(match.unit.zh)}`,
        `${t('memory.chineseHere')}\n\n> ${escape(query.text)}`,
      ].join('\n\n'),
    },
    // Closest sentence first, then the best score: VS Code sorts by this text.
    sortText: `${String(query.rank).padStart(3, '0')}.${String(100 - match.score).padStart(3, '0')}`,
    filterText: match.unit.en,
    textEdit: { range: { start: position, end: position }, newText: space + match.unit.en },
  };
}
