/** Point markers: 一是 / 第一， / 一、 / （一） / 首先， / 1. / First, / first, … and their ordinals. */

import type { Language, MarkerFamily } from './types';
import { detached, skipSpaces } from './text';

export interface MarkerMatch {
  ordinal: number;
  /** As written, without a trailing comma or colon. */
  marker: string;
  start: number;
  markerEnd: number;
  textStart: number;
  family: MarkerFamily;
}

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 二十三 → 23. */
export function chineseNumber(numeral: string): number | undefined {
  const ten = numeral.indexOf('十');
  if (ten < 0) return numeral.length === 1 ? CN_DIGITS[numeral] : undefined;
  const tens = ten === 0 ? 1 : CN_DIGITS[numeral.slice(0, ten)];
  const rest = numeral.slice(ten + 1);
  const units = rest === '' ? 0 : CN_DIGITS[rest];
  if (tens === undefined || units === undefined || ten > 1 || rest.length > 1) return undefined;
  return tens * 10 + units;
}

const ENGLISH_ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const SEQUENCE_WORDS: Record<string, number> = { 首先: 1, 其次: 2, 再次: 3 };

const NUMERAL = '[一二三四五六七八九十]{1,3}';
interface MarkerPattern {
  family: MarkerFamily;
  regex: RegExp;
  ordinal: (match: RegExpExecArray) => number | undefined;
  /** Whether the marker may also stand inside a paragraph, after a clause. */
  inline: boolean;
  /** Every character the marker can start with. */
  starts: string;
}

const NUMERAL_CHARACTERS = '一二三四五六七八九十';
const ORDINAL_INITIALS = ENGLISH_ORDINALS.map((word) => word[0]! + word[0]!.toUpperCase()).join('');

const PATTERNS: MarkerPattern[] = [
  { family: 'shi', regex: new RegExp(`第?(${NUMERAL})是`, 'y'), ordinal: (m) => chineseNumber(m[1]!), inline: true, starts: `第${NUMERAL_CHARACTERS}` },
  { family: 'di', regex: new RegExp(`第(${NUMERAL})(?=[，,、：:])`, 'y'), ordinal: (m) => chineseNumber(m[1]!), inline: true, starts: '第' },
  { family: 'dun', regex: new RegExp(`(${NUMERAL})、`, 'y'), ordinal: (m) => chineseNumber(m[1]!), inline: false, starts: NUMERAL_CHARACTERS },
  {
    family: 'paren',
    regex: new RegExp(`[（(](${NUMERAL}|\\d{1,2})[）)]`, 'y'),
    ordinal: (m) => chineseNumber(m[1]!) ?? Number(m[1]),
    inline: true,
    starts: '（(',
  },
  { family: 'shouxian', regex: /(首先|其次|再次)(?=[，,：:])/y, ordinal: (m) => SEQUENCE_WORDS[m[1]!], inline: true, starts: '首其再' },
  { family: 'arabic', regex: /(\d{1,2})[、．.）)](?![\d.])/y, ordinal: (m) => Number(m[1]), inline: false, starts: '0123456789' },
  {
    family: 'question',
    regex: new RegExp(`(?:关于|至于)?(?:你(?:提|提到|问)的)?第(${NUMERAL})个问题(?=[，,：:])`, 'y'),
    ordinal: (m) => chineseNumber(m[1]!),
    inline: true,
    starts: '关至你第',
  },
  {
    family: 'question',
    regex: new RegExp(`(?:(?:on|as to|as for|regarding|about|with regard to) your |my |the )?(${ENGLISH_ORDINALS.join('|')}) question(?=[,，:])`, 'iy'),
    ordinal: (m) => ENGLISH_ORDINALS.indexOf(m[1]!.toLowerCase()) + 1,
    inline: true,
    starts: `OoAaRrWwMmTt${ORDINAL_INITIALS}`,
  },
  {
    // "On your first question, my first point is that …" and then "Second, …".
    family: 'ordinalWord',
    regex: new RegExp(`(?:my )?(${ENGLISH_ORDINALS.join('|')}) point is(?: that)?(?=\\s)`, 'iy'),
    ordinal: (m) => ENGLISH_ORDINALS.indexOf(m[1]!.toLowerCase()) + 1,
    inline: true,
    starts: `Mm${ORDINAL_INITIALS}`,
  },
  {
    family: 'ordinalWord',
    regex: new RegExp(`(${ENGLISH_ORDINALS.join('|')}|to begin with)(?:ly)?(?: of all)?(?=[,，:])`, 'iy'),
    ordinal: (m) => (m[1]!.toLowerCase() === 'to begin with' ? 1 : ENGLISH_ORDINALS.indexOf(m[1]!.toLowerCase()) + 1),
    inline: true,
    starts: `${ORDINAL_INITIALS}Tt`,
  },
];

const TRAILING_PUNCTUATION = /[，,：:]/y;

/** The patterns, in order, that can match at a character: most characters start none. */
const PATTERNS_BY_FIRST_CHARACTER = new Map<string, MarkerPattern[]>();
for (const pattern of PATTERNS) {
  for (const character of pattern.starts) {
    const patterns = PATTERNS_BY_FIRST_CHARACTER.get(character) ?? [];
    patterns.push(pattern);
    PATTERNS_BY_FIRST_CHARACTER.set(character, patterns);
  }
}

/**
 * Reads a point marker at `start`. At the start of a paragraph English markers must be
 * capitalised ("First Lady" has no comma and is no marker either way); inside one, lower case is
 * usual ("…: first, …; second, …").
 */
export function readMarker(text: string, start: number, end: number, inline: boolean): MarkerMatch | undefined {
  const patterns = PATTERNS_BY_FIRST_CHARACTER.get(text[start] ?? '');
  if (!patterns) return undefined;
  for (const pattern of patterns) {
    if (inline && !pattern.inline) continue;
    pattern.regex.lastIndex = start;
    const match = pattern.regex.exec(text);
    if (!match || start + match[0].length > end) continue;
    if (pattern.family === 'ordinalWord' && !inline && !/[A-Z]/.test(match[0][0]!)) continue;
    const ordinal = pattern.ordinal(match);
    if (!ordinal || ordinal < 1) continue;
    const markerEnd = start + match[0].length;
    TRAILING_PUNCTUATION.lastIndex = markerEnd;
    const afterPunctuation = TRAILING_PUNCTUATION.test(text) ? TRAILING_PUNCTUATION.lastIndex : markerEnd;
    return {
      ordinal,
      marker: detached(match[0]),
      start,
      markerEnd,
      textStart: skipSpaces(text, afterPunctuation, end),
      family: pattern.family,
    };
  }
  return undefined;
}

/** Where an inline marker may start: a Chinese numeral marker, 首先/其次/再次, a parenthesis… */
const ZH_INLINE_CANDIDATE = new RegExp(
  `(?:关于|至于)?(?:你(?:提|提到|问)的)?第${NUMERAL}个问题|第?${NUMERAL}是|第${NUMERAL}[，,、：:]|首先|其次|再次|[（(](?:${NUMERAL}|\\d{1,2})[）)]`,
  'g',
);
/** …or an English ordinal. Kept apart and case-sensitive: a case-insensitive alternation scans slowly. */
const EN_INLINE_CANDIDATE = new RegExp(
  `\\b(?:${ENGLISH_ORDINALS.map((word) => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`).join('|')}|[Tt]o begin with|[Mm]y (?:first|second|third) point|(?:[Oo]n|[Aa]s to|[Aa]s for|[Rr]egarding) your)`,
  'g',
);

/** Punctuation after which a new clause, and so an inline point, may begin. */
const CLAUSE_BOUNDARY = /[：:；;。.!?！？，,]/;

/**
 * Every inline marker in `[start, end)` that stands at the start of a clause, in text order. A
 * paragraph's language says which markers to look for (an English list inside Chinese text, or the
 * reverse, does not occur in transcripts); without one, both are.
 */
export function findInlineMarkers(text: string, start: number, end: number, language?: Language): MarkerMatch[] {
  const slice = text.slice(start, end);
  const zh = language === 'en' ? [] : scan(ZH_INLINE_CANDIDATE, text, slice, start, end);
  const en = language === 'zh' ? [] : scan(EN_INLINE_CANDIDATE, text, slice, start, end);
  const found = zh.length === 0 ? en : en.length === 0 ? zh : [...zh, ...en];
  return zh.length > 0 && en.length > 0 ? found.sort((a, b) => a.start - b.start) : found;
}

function scan(candidates: RegExp, text: string, slice: string, start: number, end: number): MarkerMatch[] {
  const found: MarkerMatch[] = [];
  candidates.lastIndex = 0;
  for (let match = candidates.exec(slice); match; match = candidates.exec(slice)) {
    const offset = start + match.index;
    if (!startsClause(text, start, offset)) continue;
    const marker = readMarker(text, offset, end, true);
    if (marker) {
      found.push(marker);
      candidates.lastIndex = marker.markerEnd - start;
    }
  }
  return found;
}

/** Conjunctions that may stand between a clause boundary and an inline marker ("; and sixth, …"). */
const CONJUNCTION_BEFORE = /(?:^|[\s\u00a0])(?:and|but|then|also|or)[\s\u00a0]*$|(?:以及|并且|而且|和)$/i;
/** "He pointed out that first, …": a reported list starts a clause of its own after "that". */
const THAT_BEFORE = /(?:^|[\s\u00a0])that[\s\u00a0]*$/i;

function startsClause(text: string, paragraphStart: number, offset: number): boolean {
  let before = skipSpacesBack(text, paragraphStart, offset);
  if (THAT_BEFORE.test(text.slice(Math.max(paragraphStart, before - 5), offset))) return true;
  const conjunction = CONJUNCTION_BEFORE.exec(text.slice(Math.max(paragraphStart, before - 6), before));
  if (conjunction) before = skipSpacesBack(text, paragraphStart, before - conjunction[0].trimStart().length);
  return before <= paragraphStart || CLAUSE_BOUNDARY.test(text[before - 1]!);
}

/** The offset just after the last non-space character before `offset`. */
function skipSpacesBack(text: string, floor: number, offset: number): number {
  while (offset > floor && /[\s\u00a0\u3000]/.test(text[offset - 1]!)) offset--;
  return offset;
}

/**
 * Groups markers (in text order) into lists: a list starts at ordinal one and goes on 1, 2, 3…
 * in one family of markers, so a 第一， list inside a 一是 list does not break it. Markers that
 * continue no list are dropped; a list needs two points.
 */
export function buildLists<T extends { ordinal: number; family: MarkerFamily }>(markers: T[]): T[][] {
  const lists: T[][] = [];
  const open = new Map<MarkerFamily, T[]>();
  for (const marker of markers) {
    const current = open.get(marker.family);
    if (marker.ordinal === 1) {
      const list = [marker];
      open.set(marker.family, list);
      lists.push(list);
    } else if (current && marker.ordinal === current[current.length - 1]!.ordinal + 1) {
      current.push(marker);
    } else if (marker.ordinal === 2 && open.get('shouxian')?.length === 1) {
      // 首先，… 第二，… 第三，…: a list opened by 首先 goes on in the family of its second point.
      const list = open.get('shouxian')!;
      list.push(marker);
      open.delete('shouxian');
      open.set(marker.family, list);
    }
  }
  return lists.filter((list) => list.length >= 2);
}
