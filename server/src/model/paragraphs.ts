/**
 * Lines into paragraphs. Most transcripts hold one paragraph per line; some exports hard-wrap
 * paragraphs into blocks separated by blank lines. Whether a document is wrapped is a statistic
 * over all its lines, kept as counts so that an edit can update it from the lines it touched.
 */

import { isSpace } from './text';
import type { Span } from './types';

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
 * The trimmed content of lines, as offsets side by side (a document has many lines, and these
 * are read once): line i runs from start[i] to end[i], and is blank when they are equal.
 */
export interface Lines {
  start: Int32Array;
  end: Int32Array;
}

/** Counts over the non-blank lines of a document that tell whether it is hard-wrapped. */
export interface LineStats {
  nonBlank: number;
  /** Longer than a wrapped line can be. */
  long: number;
  /** Straight after another non-blank line. */
  continued: number;
  /** After a blank line that follows earlier text. */
  separated: number;
}

/** What a run of lines needs to know of the text before it. */
export interface LinesBefore {
  /** The line just before the run is not blank (false at the start of the body). */
  previousNonBlank: boolean;
  /** Some line before the run is not blank. */
  seenNonBlank: boolean;
}

/** Lines `from` (inclusive) to `to` (exclusive), trimmed. */
export function readLines(text: string, lineStarts: readonly number[], from: number, to: number): Lines {
  const lines: Lines = { start: new Int32Array(to - from), end: new Int32Array(to - from) };
  for (let line = from; line < to; line++) {
    let start = lineStarts[line]!;
    let end = line + 1 < lineStarts.length ? lineStarts[line + 1]! : text.length;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    lines.start[line - from] = start;
    lines.end[line - from] = end;
  }
  return lines;
}

/** The first `count` of `lines`. */
export function firstLines(lines: Lines, count: number): Lines {
  return { start: lines.start.subarray(0, count), end: lines.end.subarray(0, count) };
}

export function lineStats(lines: Lines, before: LinesBefore): LineStats {
  const stats: LineStats = { nonBlank: 0, long: 0, continued: 0, separated: 0 };
  let previous = before.previousNonBlank;
  let seen = before.seenNonBlank;
  for (let i = 0; i < lines.start.length; i++) {
    const length = lines.end[i]! - lines.start[i]!;
    if (length > 0) {
      if (previous) stats.continued++;
      else if (seen) stats.separated++;
      seen = true;
      stats.nonBlank++;
      if (length > WRAP_MAX_LENGTH) stats.long++;
    }
    previous = length > 0;
  }
  return stats;
}

/** `total` with the counts of `removed` taken out and those of `added` put in. */
export function replaceStats(total: LineStats, removed: LineStats, added: LineStats): LineStats {
  return {
    nonBlank: total.nonBlank - removed.nonBlank + added.nonBlank,
    long: total.long - removed.long + added.long,
    continued: total.continued - removed.continued + added.continued,
    separated: total.separated - removed.separated + added.separated,
  };
}

/** Wrapped: blank lines separate blocks, some blocks hold several lines, and lines keep to a wrapped width. */
export function isHardWrapped(stats: LineStats): boolean {
  return stats.continued > 0 && stats.separated > 0 && stats.long <= stats.nonBlank * WRAP_TOLERANCE;
}

/**
 * Paragraphs of `lines`, the first of which is line `firstLine`. Lines are joined only in a
 * wrapped document, inside one block, when the previous line is long enough to have been wrapped
 * and the line does not open a paragraph of its own (`opensParagraph`: a turn, a point, junk).
 */
export function joinLines(
  text: string,
  lines: Lines,
  firstLine: number,
  wrapped: boolean,
  opensParagraph: (text: string, start: number, end: number) => boolean,
): RawParagraph[] {
  const paragraphs: RawParagraph[] = [];
  let current: RawParagraph | undefined;
  let previousLength = 0;
  for (let i = 0; i < lines.start.length; i++) {
    const start = lines.start[i]!;
    const end = lines.end[i]!;
    if (start === end) {
      current = undefined;
      continue;
    }
    const line = firstLine + i;
    const joins = wrapped && current !== undefined && previousLength >= WRAP_MIN_LENGTH && !opensParagraph(text, start, end);
    if (joins && current) {
      current.end = end;
      current.endLine = line;
    } else {
      current = { start, end, startLine: line, endLine: line };
      paragraphs.push(current);
    }
    previousLength = end - start;
  }
  return paragraphs;
}
