/** Lines, paragraphs and whitespace of raw briefing text. */

import type { Span } from './types';

/** Whitespace as transcripts use it: ASCII, no-break space, ideographic space (U+3000), BOM. */
function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0x0a ||
    code === 0x0d ||
    code === 0x0b ||
    code === 0x0c ||
    code === 0xa0 ||
    code === 0x3000 ||
    code === 0xfeff ||
    code === 0x200b ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f
  );
}

/** Offsets at which each line starts; `\r\n`, `\r` and `\n` all end a line. */
export function computeLineStarts(text: string): number[] {
  const starts = [0];
  if (!text.includes('\r')) {
    // The usual case, found by the engine's own search rather than a loop over every character.
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0d) {
      if (text.charCodeAt(i + 1) === 0x0a) i++;
      starts.push(i + 1);
    } else if (code === 0x0a) {
      starts.push(i + 1);
    }
  }
  return starts;
}

/** The 0-based line that holds `offset`. */
export function lineAt(lineStarts: number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The content of a line without its line break and surrounding whitespace, or undefined if blank. */
function trimmedLine(text: string, start: number, end: number): Span | undefined {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return start < end ? { start, end } : undefined;
}

/** A line this short does not wrap into the next one: it is a paragraph (or menu item) of its own. */
const WRAP_MIN_LENGTH = 40;
/** Hard-wrapped exports keep lines under about 80 columns; a document with longer lines is not wrapped. */
const WRAP_MAX_LENGTH = 100;
/** The share of lines that may exceed WRAP_MAX_LENGTH in a wrapped document (quoted URLs, tables). */
const WRAP_TOLERANCE = 0.05;

export interface RawParagraph extends Span {
  startLine: number;
  endLine: number;
}

/**
 * Splits text into paragraphs. Most transcripts hold one paragraph per line; some exports
 * hard-wrap paragraphs into blocks separated by blank lines. Lines are joined only in such a
 * wrapped document, inside one block, when the previous line is long enough to have been wrapped
 * and the line does not open a paragraph of its own (`opensParagraph`: a turn, a point, junk).
 */
export function splitParagraphs(
  text: string,
  lineStarts: number[],
  opensParagraph: (text: string, start: number, end: number) => boolean,
  firstLine = 0,
): RawParagraph[] {
  const lines: (Span | undefined)[] = [];
  for (let line = firstLine; line < lineStarts.length; line++) {
    const lineEnd = line + 1 < lineStarts.length ? lineStarts[line + 1]! : text.length;
    lines.push(trimmedLine(text, lineStarts[line]!, lineEnd));
  }
  const wrapped = isHardWrapped(lines);
  const paragraphs: RawParagraph[] = [];
  let current: RawParagraph | undefined;
  let previousLength = 0;
  lines.forEach((content, i) => {
    const line = firstLine + i;
    if (!content) {
      current = undefined;
      return;
    }
    const joins =
      wrapped && current !== undefined && previousLength >= WRAP_MIN_LENGTH && !opensParagraph(text, content.start, content.end);
    if (joins && current) {
      current.end = content.end;
      current.endLine = line;
    } else {
      current = { start: content.start, end: content.end, startLine: line, endLine: line };
      paragraphs.push(current);
    }
    previousLength = content.end - content.start;
  });
  return paragraphs;
}

/**
 * Whether the text is hard-wrapped: blank lines separate its blocks, some blocks hold several
 * lines, and lines keep to a wrapped width.
 */
function isHardWrapped(lines: (Span | undefined)[]): boolean {
  let long = 0;
  let nonBlank = 0;
  let continued = 0;
  let separated = 0;
  lines.forEach((line, i) => {
    if (!line) return;
    if (i > 0 && lines[i - 1]) continued++;
    else if (nonBlank > 0) separated++;
    nonBlank++;
    if (line.end - line.start > WRAP_MAX_LENGTH) long++;
  });
  return continued > 0 && separated > 0 && long <= nonBlank * WRAP_TOLERANCE;
}

/** Skips whitespace from `offset` forwards, up to `end`. */
export function skipSpaces(text: string, offset: number, end: number): number {
  while (offset < end && isSpace(text.charCodeAt(offset))) offset++;
  return offset;
}

/** Collapses runs of whitespace (line breaks, no-break and ideographic spaces) into one space. */
export function normalizeSpaces(text: string): string {
  return text.replace(/[\s\u00a0\u3000\ufeff]+/g, ' ').trim();
}

/**
 * The first sentence of `text` from `start`, cut to about `maxLength` characters (ending with an
 * ellipsis when cut). Used to name exchanges and points: it reads no more than it needs.
 */
export function firstClause(text: string, start: number, end: number, maxLength: number): string {
  const limit = Math.min(end, start + maxLength * 2);
  let stop = start;
  let keep = 0;
  for (; stop < limit; stop++) {
    const char = text[stop]!;
    if (char === '。' || char === '；' || char === ';') break;
    if (char === '？' || char === '?' || char === '！' || char === '!') {
      // A question keeps its question mark: it says what kind of sentence the name comes from.
      keep = 1;
      break;
    }
    if ((char === '.' || char === ':') && (stop + 1 >= end || isSpace(text.charCodeAt(stop + 1)))) break;
  }
  const raw = text.slice(start, stop + keep);
  // Most clauses hold no line break, tab or wide space: only those need their spacing redone.
  const clause = /[\t\n\r\u00a0\u3000\ufeff]| {2}|^ | $/.test(raw) ? normalizeSpaces(raw) : raw;
  return truncate(clause, maxLength);
}

/** Cuts `text` to `maxLength` characters with an ellipsis, at a word boundary for Latin text. */
export function truncate(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  let cut = text.slice(0, maxLength - 1);
  // Do not split a surrogate pair.
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  const lastSpace = cut.lastIndexOf(' ');
  if (/[A-Za-z]$/.test(cut) && /^[A-Za-z]/.test(text.slice(cut.length)) && lastSpace > maxLength / 2) {
    cut = cut.slice(0, lastSpace);
  }
  return `${cut.replace(/[\s,，、;；:：]+$/, '')}…`;
}

/** The index of the span in `spans` (sorted, not overlapping) that holds `offset`, or -1. */
export function indexAt(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const span = spans[mid]!;
    if (offset < span.start) high = mid - 1;
    else if (offset > span.end) low = mid + 1;
    else return mid;
  }
  return -1;
}
