/**
 * What the aligner knows of each body paragraph: its length in the length model's units, the
 * kind of turn it belongs to, its point ordinals and the numbers it mentions. Computed once per
 * paragraph so that the dynamic programme only compares small records.
 */

import { contentStart, type Briefing, type Paragraph, type Point, type Role, type Section, type Turn } from '../model';
import { numbersIn } from './numbers';

/** Roles that carry the transcript's words; meta lines and page junk never align. */
const BODY_ROLES: ReadonlySet<Role> = new Set(['title', 'lede', 'question', 'answer', 'continuation', 'announcement', 'separator']);

/** A continuation takes the kind of the turn it continues. */
export type ParagraphKind = 'title' | 'lede' | 'question' | 'answer' | 'announcement' | 'separator';

export interface ParagraphFeatures {
  /** Index into the briefing's paragraphs. */
  index: number;
  kind: ParagraphKind;
  /** The first paragraph of a turn (a labelled 问：/Q:, or the start of an announcement). */
  opensTurn: boolean;
  /** Length in characters, weighted per language (see `textLength`). */
  length: number;
  /** Ordinal of a paragraph-level point opening the paragraph, or 0. */
  ordinal: number;
  /** Bit n set when an inline point with ordinal n stands in the paragraph (ordinals 1–30). */
  inlineOrdinals: number;
  /** Numbers the paragraph mentions, as interned ids, each once. */
  numbers: number[];
  /**
   * Latin words of the Chinese text (NHK, Michael, COVID-19), as interned ids, each once; in the
   * English text, the same words where they occur. Names written in Latin letters survive translation.
   */
  names: number[];
  /**
   * A short line that is not a sentence (no label, no closing punctuation): a menu entry, a
   * breadcrumb, a link the page junk filter let through. It renders only another such line.
   */
  fragment: boolean;
  /** Wholly in brackets: a note or a stage direction ("(Laughter.)", "[Translator's note: …]"), which seldom has a counterpart. */
  aside: boolean;
}

/** One language version: its briefing(s) in a document, in text order (a file may hold several one after another). */
export interface SideInput {
  briefing: Briefing;
  sections: Section[];
}

/** Tokens both versions share, numbered in the order first seen. */
export interface Vocabulary {
  numbers: Map<string, number>;
  /** Latin words found in the Chinese version: the English one is searched for these only. */
  names: Map<string, number>;
}

export const newVocabulary = (): Vocabulary => ({ numbers: new Map(), names: new Map() });

function isBodyParagraph(paragraph: Paragraph): boolean {
  return BODY_ROLES.has(paragraph.role);
}

/** Features of the body paragraphs of a language version, in text order. */
export function sectionFeatures(side: SideInput, vocabulary: Vocabulary): ParagraphFeatures[] {
  const features: ParagraphFeatures[] = [];
  for (const section of side.sections) {
    const first = section.paragraphs[0] ?? 0;
    const turnKinds = turnKindByParagraph(section, first);
    const points = pointsByParagraph(section);
    for (const index of section.paragraphs) {
      const paragraph = side.briefing.paragraphs[index]!;
      if (!isBodyParagraph(paragraph)) continue;
      features.push(paragraphFeatures(side.briefing.text, paragraph, turnKinds[index - first], points.get(index) ?? NO_POINTS, vocabulary, section.language === 'zh'));
    }
  }
  return features;
}

/** The paragraphs of a language version, its briefings one after another. */
export function sideParagraphs(side: SideInput): number[] {
  return side.sections.flatMap((section) => section.paragraphs);
}

const NO_POINTS: readonly Point[] = [];

/**
 * One paragraph's features, in a function of its own: called for every paragraph, V8 optimises it
 * early, where the loop over a section's thousands of paragraphs runs once per alignment.
 */
function paragraphFeatures(
  text: string,
  paragraph: Paragraph,
  turnKind: Turn['kind'] | undefined,
  points: readonly Point[],
  vocabulary: Vocabulary,
  isChinese: boolean,
): ParagraphFeatures {
  const start = contentStart(paragraph);
  const words = text.slice(start, paragraph.end);
  // The first paragraph-level point whose marker opens the paragraph; every inline point.
  let opening: Point | undefined;
  let inlineOrdinals = 0;
  for (const point of points) {
    if (point.inline) inlineOrdinals |= ordinalBit(point.ordinal);
    else if (!opening && point.markerStart === start) opening = point;
  }
  return {
    index: paragraph.index,
    kind: kindOf(paragraph.role, turnKind),
    opensTurn: paragraph.role === 'question' || paragraph.role === 'answer' || paragraph.role === 'announcement',
    length: textLength(words),
    ordinal: opening?.ordinal ?? 0,
    inlineOrdinals,
    numbers: intern(numbersIn(words), vocabulary.numbers),
    names: isChinese ? intern(latinWords(words), vocabulary.names) : known(vocabulary.names.size > 0 ? latinWords(words) : [], vocabulary.names),
    fragment: paragraph.role !== 'title' && paragraph.role !== 'separator' && !paragraph.label && isFragment(words),
    aside: ASIDE.test(words),
  };
}

const ASIDE = /^\s*[(（[【][^]*[)）\]】]\s*$/;

/** Sentences end with one of these, or a closing quote or bracket after one. */
const SENTENCE_END = /[。？！；.?!;…:："”’)）」』》]\s*$/;
/** Longer lines are text even without a full stop (a paragraph cut short as it is being written). */
const FRAGMENT_LENGTH = 60;

function isFragment(words: string): boolean {
  return textLength(words) < FRAGMENT_LENGTH && !SENTENCE_END.test(words);
}

export function ordinalBit(ordinal: number): number {
  return ordinal >= 1 && ordinal <= 30 ? 1 << ordinal : 0;
}

/**
 * Characters, the length model's unit. In Chinese text a Han character or full-width punctuation
 * mark counts one and any other visible character (digits, Latin names) half: a digit carries
 * less than a Han character, and on the corpus pairs counting them half gave a slightly lower
 * relative variance than counting them one or a third (see lengthModel.ts). English text is
 * counted plainly, spaces included, as Gale and Church did.
 */
export function textLength(text: string): number {
  // Every paragraph of both versions passes here (megabytes for long briefings). Text with no
  // wide unit and no low surrogate counts one per unit: the regular expression finds that out
  // natively, several times faster than a loop. Other text takes one table load per unit.
  if (!WIDE_OR_UNCOUNTED.test(text)) return text.length;
  const counts = unitCounts.fill(0);
  for (let i = 0; i < text.length; i++) counts[UNIT_CLASS[text.charCodeAt(i)]!]++;
  const wide = counts[WIDE]!;
  const narrow = counts[NARROW]!;
  return wide > 0 ? wide + narrow / 2 : narrow + counts[SPACE]!;
}

/** Han ideographs (the supplementary planes through their high surrogates) and full-width punctuation. */
const WIDE_RANGES: readonly (readonly [number, number])[] = [
  [0x4e00, 0x9fff],
  [0x3400, 0x4dbf],
  [0xf900, 0xfaff],
  [0xd840, 0xd87f],
  [0x3001, 0x303f],
  [0xff00, 0xffef],
  [0x2018, 0x201f],
  [0x2014, 0x2014],
  [0x2026, 0x2026],
  [0x00b7, 0x00b7],
];
/** The low halves of surrogate pairs: the high half was already counted. */
const LOW_SURROGATES = [0xdc00, 0xdfff] as const;

/** How textLength counts a UTF-16 unit. */
const SPACE = 0;
const NARROW = 1;
const WIDE = 2;
const UNCOUNTED = 3;

const UNIT_CLASS = new Uint8Array(0x10000).fill(NARROW);
for (let code = 0; code <= 0x20; code++) UNIT_CLASS[code] = SPACE;
UNIT_CLASS[0xa0] = SPACE;
UNIT_CLASS.fill(UNCOUNTED, LOW_SURROGATES[0], LOW_SURROGATES[1] + 1);
for (const [first, last] of WIDE_RANGES) UNIT_CLASS.fill(WIDE, first, last + 1);
const unitCounts = new Int32Array(4);

const unit = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;
/** Without the u flag a class matches UTF-16 units, lone surrogates included. */
const WIDE_OR_UNCOUNTED = new RegExp(`[${[...WIDE_RANGES, LOW_SURROGATES].map(([first, last]) => `${unit(first)}-${unit(last)}`).join('')}]`);

function kindOf(role: Role, turnKind: Turn['kind'] | undefined): ParagraphKind {
  if (role === 'title' || role === 'lede' || role === 'separator') return role;
  if (role === 'question' || role === 'answer' || role === 'announcement') return role;
  return turnKind ?? 'answer';
}

function allTurns(section: Section): Turn[] {
  return [...section.announcements, ...section.exchanges.flatMap((e) => (e.question ? [e.question, ...e.turns] : e.turns))];
}

/**
 * The kind of the turn holding each paragraph, by the paragraph's place in the section (its index
 * less the section's first): an array rather than a map of thousands of entries.
 */
function turnKindByParagraph(section: Section, first: number): (Turn['kind'] | undefined)[] {
  const kinds: (Turn['kind'] | undefined)[] = [];
  const mark = (turn: Turn) => {
    for (const index of turn.paragraphs) kinds[index - first] = turn.kind;
  };
  section.announcements.forEach(mark);
  for (const exchange of section.exchanges) {
    if (exchange.question) mark(exchange.question);
    exchange.turns.forEach(mark);
  }
  return kinds;
}

const pointsCache = new WeakMap<Section, Map<number, Point[]>>();

/**
 * Every point of the section (children included), grouped by the paragraph holding its marker;
 * computed once per section (an edit that moves a section's parts makes a new section).
 */
export function pointsByParagraph(section: Section): Map<number, Point[]> {
  const cached = pointsCache.get(section);
  if (cached) return cached;
  const byParagraph = new Map<number, Point[]>();
  pointsCache.set(section, byParagraph);
  const visit = (point: Point): void => {
    const list = byParagraph.get(point.paragraph);
    if (list) list.push(point);
    else byParagraph.set(point.paragraph, [point]);
    point.children.forEach(visit);
  };
  for (const turn of allTurns(section)) turn.points.forEach(visit);
  for (const list of byParagraph.values()) list.sort((a, b) => a.markerStart - b.markerStart);
  return byParagraph;
}

/** Words in Latin letters of two or more characters, in lower case (numbers alone are numbers). */
const LATIN_WORD = /[A-Za-z][A-Za-z0-9]*(?:[-'][A-Za-z0-9]+)*/g;

function latinWords(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(LATIN_WORD)) if (match[0].length >= 2) found.push(match[0].toLowerCase());
  return found;
}

/** The ids of the values already numbered, each once. */
function known(values: string[], ids: Map<string, number>): number[] {
  const result: number[] = [];
  for (const value of values) {
    const id = ids.get(value);
    if (id !== undefined && !result.includes(id)) result.push(id);
  }
  return result;
}

/** Numbers as small integers, each once: comparing them in the band is then cheap. */
function intern(values: string[], ids: Map<string, number>): number[] {
  const result: number[] = [];
  for (const value of values) {
    let id = ids.get(value);
    if (id === undefined) ids.set(value, (id = ids.size));
    if (!result.includes(id)) result.push(id);
  }
  return result;
}
