/** text → Briefing: the one entry point of the model. */

import { readLabel, type LabelCandidate } from './labels';
import { detectLanguage } from './language';
import { readMarker } from './markers';
import { briefingStarts } from './briefings';
import { findLanguageSplit, sampleWeight } from './sections';
import { isHardWrapped, joinLines, lineStats, readLines, type LineStats, type RawParagraph } from './paragraphs';
import { buildSection, type ParagraphFacts, type ReusePoints } from './section';
import { computeLineStarts, detached, headOf } from './text';
import { isJunk, isMeta, isSeparator } from './header';
import type { Briefing, Language, Paragraph, Section } from './types';

/** Paragraphs lighter than this (menu items) say too little about the language of a section. */
const MIN_SAMPLE_WEIGHT = 15;

/** A Han character carries about as much as three Latin letters. */
export function weightOf(fact: ParagraphFacts): number {
  const length = fact.paragraph.end - fact.paragraph.start;
  return sampleWeight(fact.paragraph.language === 'zh' ? length * 3 : length);
}

export function parseBriefing(text: string): Briefing {
  return parseWithState(text).briefing;
}

/**
 * What a parse keeps beyond the model so that an edit can be parsed from it (see reparse.ts):
 * the facts of every paragraph as read, before sections gave them roles.
 */
export interface ParseState {
  facts: ParagraphFacts[];
  /** The first line after the front matter. */
  bodyLine: number;
  /** Over the lines from bodyLine on. */
  stats: LineStats;
}

export interface ParsedBriefing {
  briefing: Briefing;
  state: ParseState;
}

export function parseWithState(text: string): ParsedBriefing {
  const lineStarts = computeLineStarts(text);
  const frontMatter = readFrontMatter(text, lineStarts);
  const bodyLine = frontMatter ? frontMatter.paragraph.endLine + 1 : 0;
  const lines = readLines(text, lineStarts, bodyLine, lineStarts.length);
  const stats = lineStats(lines, { previousNonBlank: false, seenNonBlank: false });
  const facts = frontMatter ? [frontMatterFacts(text, frontMatter)] : [];
  for (const paragraph of joinLines(text, lines, bodyLine, isHardWrapped(stats), opensParagraph)) {
    facts.push(readFacts(text, paragraph, facts.length));
  }
  return { briefing: assemble(text, lineStarts, facts, frontMatter?.title), state: { facts, bodyLine, stats } };
}

/** The model from the facts of its paragraphs: sections, their headers, turns and points. */
export function assemble(text: string, lineStarts: number[], facts: ParagraphFacts[], frontMatterTitle?: string, reuse?: ReusePoints): Briefing {
  const briefing: Briefing = {
    text,
    lineStarts,
    paragraphs: facts.map((f) => f.paragraph),
    sections: sectionRanges(text, facts).map(({ from, to, language }) => buildSection(text, facts.slice(from, to), language, reuse)),
  };
  if (frontMatterTitle) briefing.frontMatterTitle = frontMatterTitle;
  return briefing;
}

export function frontMatterFacts(text: string, frontMatter: FrontMatter): ParagraphFacts {
  const facts = readFacts(text, frontMatter.paragraph, 0, true);
  if (frontMatter.title) facts.title = frontMatter.title;
  return facts;
}

/** A line that starts a paragraph even in the middle of a hard-wrapped block. */
export function opensParagraph(text: string, start: number, end: number): boolean {
  if (readLabel(text, start, end) || readMarker(text, start, end, false)) return true;
  const head = headOf(text, { start, end });
  return isJunk(head) || isMeta(head) || isSeparator(head);
}

export function readFacts(text: string, raw: RawParagraph, index: number, frontMatter = false): ParagraphFacts {
  const paragraph: Paragraph = {
    index,
    start: raw.start,
    end: raw.end,
    startLine: raw.startLine,
    endLine: raw.endLine,
    language: frontMatter ? 'other' : detectLanguage(text, raw.start, raw.end),
    role: 'continuation',
  };
  const head = headOf(text, raw);
  return newFacts(paragraph, frontMatter ? undefined : readLabel(text, raw.start, raw.end), frontMatter, !frontMatter && isJunk(head), !frontMatter && isMeta(head));
}

/** Facts always made with the same fields, so that the engine keeps one shape for them all. */
export function newFacts(paragraph: Paragraph, label: LabelCandidate | undefined, frontMatter: boolean, junk: boolean, meta: boolean): ParagraphFacts {
  return { paragraph, label, frontMatter, title: undefined, junk, meta, titleLike: undefined, endsTranscript: undefined, separator: undefined };
}

/**
 * Where each section runs, in indices of `facts`, and its language. What decides it is the
 * language, length, junk and title verdict and label of each paragraph, nothing that sections
 * decide later.
 */
export function sectionRanges(text: string, facts: ParagraphFacts[]): { from: number; to: number; language: Section['language'] }[] {
  if (facts.length === 0) return [];
  const at = splitAt(facts);
  const languageRuns = at === undefined ? [[0, facts.length] as const] : [[0, at] as const, [at, facts.length] as const];
  // A language version may hold several briefings, one after another: each is a section.
  return languageRuns.flatMap(([from, to]) => {
    const language = dominantLanguage(facts, from, to);
    const bounds = [from, ...briefingStarts(text, facts, from, to), to];
    return bounds.slice(1).map((end, k) => ({ from: bounds[k]!, to: end, language }));
  });
}

/** The index of the first fact of the second language section, if there is one. */
function splitAt(facts: ParagraphFacts[]): number | undefined {
  const candidates: number[] = [];
  const languages: Language[] = [];
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i]!;
    if (!f.frontMatter && f.paragraph.language !== 'other' && !f.junk && weightOf(f) >= MIN_SAMPLE_WEIGHT) {
      candidates.push(i);
      languages.push(f.paragraph.language);
    }
  }
  const weights = new Float64Array(candidates.length);
  for (let k = 0; k < candidates.length; k++) weights[k] = weightOf(facts[candidates[k]!]!);
  const split = findLanguageSplit(languages, weights);
  return split === undefined ? undefined : candidates[split];
}

function dominantLanguage(facts: ParagraphFacts[], from: number, to: number): Section['language'] {
  let zh = 0;
  let en = 0;
  for (let i = from; i < to; i++) {
    const f = facts[i]!;
    if (f.junk) continue;
    const weight = weightOf(f);
    if (f.paragraph.language === 'zh') zh += weight;
    else if (f.paragraph.language === 'en') en += weight;
  }
  if (zh === 0 && en === 0) return 'other';
  return zh >= en ? 'zh' : 'en';
}

interface FrontMatter {
  paragraph: RawParagraph;
  title?: string;
}

/** YAML front matter (`---` … `---` on the first lines), as Markdown exports of transcripts have. */
export function readFrontMatter(text: string, lineStarts: number[]): FrontMatter | undefined {
  const lineText = (line: number) =>
    text.slice(lineStarts[line]!, line + 1 < lineStarts.length ? lineStarts[line + 1]! : text.length).replace(/[\r\n]+$/, '');
  if (lineStarts.length < 2 || lineText(0).replace(/^\ufeff/, '').trimEnd() !== '---') return undefined;
  const lastLine = Math.min(lineStarts.length - 1, 200);
  for (let line = 1; line <= lastLine; line++) {
    if (lineText(line).trimEnd() !== '---') continue;
    const body = text.slice(lineStarts[1]!, lineStarts[line]!);
    const paragraph = { start: lineStarts[0]! + (text.charCodeAt(0) === 0xfeff ? 1 : 0), end: lineStarts[line]! + 3, startLine: 0, endLine: line };
    const title = readYamlTitle(body);
    // Kept by later versions (sameShape.ts): a copy, not a view of this version's text.
    return title ? { paragraph, title: detached(title) } : { paragraph };
  }
  return undefined;
}

/** The `title:` of front matter, with YAML's quoting and folded continuation lines undone. */
function readYamlTitle(yaml: string): string | undefined {
  const match = /^title:[ \t]*(.*(?:\r?\n[ \t]+.*)*)/m.exec(yaml);
  if (!match) return undefined;
  let value = match[1]!.replace(/\\\r?\n[ \t]*\\?/g, '').replace(/\r?\n[ \t]+/g, ' ').trim();
  const quote = value[0];
  if ((quote === '"' || quote === "'") && value.endsWith(quote)) value = value.slice(1, -1);
  return value.replace(/\\_/g, '_').replace(/\\ /g, ' ').replace(/\\"/g, '"').trim() || undefined;
}
