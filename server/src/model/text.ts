/** Lines, paragraphs and whitespace of raw briefing text. */

import type { Span } from './types';

/** Whitespace as transcripts use it: ASCII, no-break space, ideographic space (U+3000), BOM. */
export function isSpace(code: number): boolean {
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

export interface RawParagraph extends Span {
  startLine: number;
  endLine: number;
}

/**
 * Splits text into paragraphs. Most transcripts hold one paragraph per line; some exports
 * hard-wrap paragraphs into blocks separated by blank lines. A line continues the previous one
 * only when both sit in the same block, the previous line is long enough to have been wrapped,
 * and the line does not open a new turn (`startsTurn`).
 */
export function splitParagraphs(
  text: string,
  lineStarts: number[],
  startsTurn: (text: string, start: number, end: number) => boolean,
  firstLine = 0,
): RawParagraph[] {
  const paragraphs: RawParagraph[] = [];
  let current: RawParagraph | undefined;
  for (let line = firstLine; line < lineStarts.length; line++) {
    const lineEnd = line + 1 < lineStarts.length ? lineStarts[line + 1]! : text.length;
    const content = trimmedLine(text, lineStarts[line]!, lineEnd);
    if (!content) {
      current = undefined;
      continue;
    }
    const wraps =
      current !== undefined &&
      current.endLine === line - 1 &&
      lastLineLength(lineStarts, current) >= WRAP_MIN_LENGTH &&
      !startsTurn(text, content.start, content.end);
    if (wraps && current) {
      current.end = content.end;
      current.endLine = line;
    } else {
      current = { start: content.start, end: content.end, startLine: line, endLine: line };
      paragraphs.push(current);
    }
  }
  return paragraphs;
}

function lastLineLength(lineStarts: number[], paragraph: RawParagraph): number {
  const lineStart = Math.max(lineStarts[paragraph.endLine]!, paragraph.start);
  return paragraph.end - lineStart;
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

const SENTENCE_END = /[。！？；!?;]|[.:](?=\s|$)/;

/**
 * The first sentence of `text` from `start`, cut to about `maxLength` characters (ending with an
 * ellipsis when cut). Used to name exchanges and points.
 */
export function firstClause(text: string, start: number, end: number, maxLength: number): string {
  const window = normalizeSpaces(text.slice(start, Math.min(end, start + maxLength * 4)));
  const stop = window.search(SENTENCE_END);
  // A question keeps its question mark: it says what kind of sentence the name comes from.
  const keep = stop >= 0 && /[？?！!]/.test(window[stop]!) ? 1 : 0;
  return truncate(stop >= 0 ? window.slice(0, stop + keep) : window, maxLength);
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
