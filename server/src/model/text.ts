/** Lines, paragraphs and whitespace of raw briefing text. */

import type { Span } from './types';

/** Characters of a paragraph's start that line-shape patterns look at. */
const HEAD_LENGTH = 200;

/** The first characters of a paragraph (or line), enough for the line-shape patterns. */
export function headOf(text: string, span: Span): string {
  return text.slice(span.start, Math.min(span.end, span.start + HEAD_LENGTH));
}

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

/**
 * Offsets at which each line starts; `\r\n`, `\r` and `\n` all end a line. With `from` and `to`,
 * the lines that start in `[from, to)` (`from` must start a line), and with `toEnd` also `to`
 * itself when a line break ends there (the empty last line of a text that ends with one).
 */
export function computeLineStarts(text: string, from = 0, to = text.length, toEnd = to === text.length): number[] {
  const starts = [from];
  const last = toEnd ? to : to - 1;
  if (!text.slice(from, to).includes('\r')) {
    // The usual case, found by the engine's own search rather than a loop over every character.
    for (let at = text.indexOf('\n', from); at >= 0 && at < last; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
    return starts;
  }
  for (let i = from; i < last; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0d) {
      if (text.charCodeAt(i + 1) === 0x0a) i++;
      if (i < last) starts.push(i + 1);
    } else if (code === 0x0a) {
      starts.push(i + 1);
    }
  }
  return starts;
}

/** The 0-based line that holds `offset`. */
export function lineAt(lineStarts: readonly number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Skips whitespace from `offset` forwards, up to `end`. */
export function skipSpaces(text: string, offset: number, end: number): number {
  while (offset < end && isSpace(text.charCodeAt(offset))) offset++;
  return offset;
}

/**
 * A copy of `text` that shares no memory with the string it was cut from. Engines keep a long
 * substring as a view into its parent, so a name kept across versions would keep a whole old
 * version of the document alive; slicing a concatenation makes the engine copy.
 */
export function detached(text: string): string {
  return (' ' + text).slice(1);
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
  // Character codes, not one-character strings: names are made for every turn and point.
  for (; stop < limit; stop++) {
    const code = text.charCodeAt(stop);
    if (code === 0x3002 /* 。 */ || code === 0xff1b /* ； */ || code === 0x3b /* ; */) break;
    if (code === 0xff1f /* ？ */ || code === 0x3f /* ? */ || code === 0xff01 /* ！ */ || code === 0x21 /* ! */) {
      // A question keeps its question mark: it says what kind of sentence the name comes from.
      keep = 1;
      break;
    }
    if ((code === 0x2e /* . */ || code === 0x3a /* : */) && (stop + 1 >= end || isSpace(text.charCodeAt(stop + 1)))) break;
  }
  const raw = text.slice(start, stop + keep);
  // Most clauses hold no line break, tab or wide space: only those need their spacing redone.
  const clause = /[\t\n\r\u00a0\u3000\ufeff]| {2}|^ | $/.test(raw) ? normalizeSpaces(raw) : raw;
  return truncate(clause, maxLength);
}

/**
 * Columns a UTF-16 unit takes in an editor: two for East Asian wide characters (Han, kana, Hangul,
 * CJK and fullwidth punctuation), so that Chinese and English names get the same room; a
 * surrogate pair counts once, by its first unit.
 */
function columnsOf(code: number): number {
  if (code < 0x1100) return 1;
  if (code >= 0xdc00 && code <= 0xdfff) return 0;
  const wide =
    (code >= 0x2e80 && code <= 0xa4cf) || // CJK radicals, punctuation, kana, Han, Yi
    (code >= 0xac00 && code <= 0xd7a3) || // Hangul syllables
    (code >= 0xf900 && code <= 0xfaff) || // CJK compatibility ideographs
    (code >= 0xfe30 && code <= 0xfe4f) || // CJK compatibility forms
    (code >= 0xff00 && code <= 0xff60) || // fullwidth forms
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0xd840 && code <= 0xd87f) || // first unit of the CJK extension planes
    (code >= 0x1100 && code <= 0x115f); // Hangul initials
  return wide ? 2 : 1;
}

/** The columns `text` takes in an editor (see columnsOf). */
export function displayWidth(text: string): number {
  let columns = 0;
  for (let i = 0; i < text.length; i++) columns += columnsOf(text.charCodeAt(i));
  return columns;
}

/**
 * Cuts `text` to `maxColumns` columns (a Han character takes two) with an ellipsis, at a word
 * boundary for Latin text.
 */
export function truncate(text: string, maxColumns: number): string {
  // No unit takes more than two columns.
  if (text.length * 2 <= maxColumns) return text;
  let columns = 0;
  let cut = -1;
  for (let i = 0; i < text.length && columns <= maxColumns; i++) {
    const width = columnsOf(text.charCodeAt(i));
    // The longest start that leaves a column for the ellipsis; it never ends inside a surrogate pair.
    if (cut < 0 && columns + width > maxColumns - 1) cut = i;
    columns += width;
  }
  if (columns <= maxColumns) return text;
  let head = text.slice(0, cut);
  const lastSpace = head.lastIndexOf(' ');
  if (/[A-Za-z]$/.test(head) && /^[A-Za-z]/.test(text.slice(head.length)) && lastSpace > head.length / 2) {
    head = head.slice(0, lastSpace);
  }
  return `${head.replace(/[\s,，、;；:：]+$/, '')}…`;
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

/** `end`, or one unit further when it would fall between the halves of a surrogate pair (never past `limit`). */
export function pairSafeEnd(text: string, end: number, limit: number): number {
  const last = text.charCodeAt(end - 1);
  return end < limit && last >= 0xd800 && last <= 0xdbff ? end + 1 : end;
}
