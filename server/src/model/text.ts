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
