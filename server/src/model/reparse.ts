/**
 * A new version of a briefing from the previous one and the region an edit changed. Only the
 * paragraphs around the edit are read again; the facts of the others are carried over (shifted),
 * and so are the points of turns whose paragraphs are unchanged. When the paragraphs read again
 * tell the sections what they told them before, the sections keep their shape (sameShape.ts);
 * otherwise sections, headers and turns are assembled again from the facts, as they depend on
 * the whole text. The result equals a full parse;
 * where an edit could change what is decided over the whole text (the front matter, the first
 * paragraph, whether the text is hard-wrapped) it is one.
 */

import { opensParagraph, parseWithState, readFacts, readFrontMatter, assemble, frontMatterFacts, type ParsedBriefing } from './parse';
import { firstLines, isHardWrapped, joinLines, lineStats, readLines, replaceStats } from './paragraphs';
import type { ParagraphFacts } from './section';
import { computeLineStarts, lineAt } from './text';
import { Lineage } from './lineage';
import { carry, shiftPoints, unplacedParagraph } from './moved';
import { keepShape } from './sameShape';
import type { Briefing, Paragraph } from './types';

/** `[start, oldEnd)` of the old text became `[start, newEnd)` of the new one. */
export interface ChangedRegion {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** The region changed by `earlier` and then `later` (whose offsets are in the text after `earlier`). */
export function composeRegions(earlier: ChangedRegion | undefined, later: ChangedRegion): ChangedRegion {
  if (!earlier) return later;
  const end = Math.max(earlier.newEnd, later.oldEnd);
  return {
    start: Math.min(earlier.start, later.start),
    oldEnd: earlier.oldEnd + Math.max(0, later.oldEnd - earlier.newEnd),
    newEnd: end + (later.newEnd - later.oldEnd),
  };
}

export function reparseBriefing(previous: ParsedBriefing, text: string, region: ChangedRegion): ParsedBriefing {
  return reparseAround(previous, text, region) ?? parseWithState(text);
}

/** Where the paragraphs to read again lie, in lines of the old text and indices of its paragraphs. */
interface Window {
  fromLine: number;
  toLine: number;
  /** The old paragraphs inside: [firstParagraph, lastParagraph], empty when last < first. */
  firstParagraph: number;
  lastParagraph: number;
}

/** The new version read around the edit only, or undefined when the edit needs a full parse. */
export function reparseAround(previous: ParsedBriefing, text: string, region: ChangedRegion): ParsedBriefing | undefined {
  const { briefing: old, state } = previous;
  const delta = region.newEnd - region.oldEnd;
  if (old.text.length + delta !== text.length || region.start > region.oldEnd || region.oldEnd > old.text.length) return undefined;
  const window = windowOf(old, region);
  const bodyParagraph = state.bodyLine > 0 ? 1 : 0;
  // The first body paragraph is read again by a full parse: whether lines before the window hold
  // text is part of the wrapping statistic, and a title is looked for there.
  if (!window || window.firstParagraph <= bodyParagraph || window.fromLine <= state.bodyLine) return undefined;
  const { fromLine, toLine, firstParagraph, lastParagraph } = window;

  const oldStarts = old.lineStarts;
  const oldWindowEnd = toLine + 1 < oldStarts.length ? oldStarts[toLine + 1]! : old.text.length;
  const windowStarts = computeLineStarts(text, oldStarts[fromLine]!, oldWindowEnd + delta, toLine + 1 === oldStarts.length);
  const lineStarts = spliceLines(oldStarts, fromLine, toLine, windowStarts, delta);
  const newToLine = fromLine + windowStarts.length - 1;
  const lineShift = newToLine - toLine;

  const frontMatter = readFrontMatter(text, lineStarts);
  if ((frontMatter ? frontMatter.paragraph.endLine + 1 : 0) !== state.bodyLine) return undefined;

  // The wrapping statistic, updated from the window's lines and the line after it (which counts
  // as "continued" or not by the window's last line).
  const next = toLine + 1 < oldStarts.length ? 1 : 0;
  const before = { previousNonBlank: old.paragraphs[firstParagraph - 1]!.endLine === fromLine - 1, seenNonBlank: true };
  const oldLines = readLines(old.text, oldStarts, fromLine, toLine + 1 + next);
  const newLines = readLines(text, lineStarts, fromLine, newToLine + 1 + next);
  const stats = replaceStats(state.stats, lineStats(oldLines, before), lineStats(newLines, before));
  const wrapped = isHardWrapped(stats);
  if (wrapped !== isHardWrapped(state.stats)) return undefined;

  const read = joinLines(text, firstLines(newLines, newLines.start.length - next), fromLine, wrapped, opensParagraph).map((raw, k) =>
    readFacts(text, raw, firstParagraph + k),
  );
  const kept = keepShape({ previous, text, lineStarts, stats, firstParagraph, lastParagraph, facts: read, offset: delta, lineShift });
  if (kept) return kept;

  const facts: ParagraphFacts[] = frontMatter ? [frontMatterFacts(text, frontMatter)] : [];
  const carried = (i: number, offset: number, lineShift: number, index: number) =>
    carry(state.facts[i]!, offset, unplacedParagraph(state.facts[i]!.paragraph, offset, lineShift, index));
  for (let i = bodyParagraph; i < firstParagraph; i++) facts.push(carried(i, 0, 0, i));
  facts.push(...read);
  const firstAfter = facts.length;
  const indexShift = firstAfter - (lastParagraph + 1);
  for (let i = lastParagraph + 1; i < state.facts.length; i++) facts.push(carried(i, delta, lineShift, i + indexShift));

  const lineage = new Lineage(old, firstParagraph, firstAfter, { offset: delta, lineShift, indexShift });
  const briefing = assemble(text, lineStarts, facts, frontMatter?.title, (paragraphs) => {
    const moved = lineage.movedTurn(paragraphs);
    if (!moved) return undefined;
    // Points before the edit are where they were: the old objects serve.
    return moved.offset === 0 && moved.indexShift === 0 ? moved.turn.points : shiftPoints(moved.turn.points, moved.offset, moved.indexShift);
  });
  lineage.record(briefing);
  return { briefing, state: { facts, bodyLine: state.bodyLine, stats } };
}

/**
 * The old line starts with lines `from`–`to` replaced by `window`, those after moved by `delta`.
 * Built by slice and push, as a full parse builds them: an array made with `new Array(n)` is of
 * another kind to the engine, and code that has seen one kind is thrown out when the other comes.
 */
function spliceLines(old: readonly number[], from: number, to: number, window: readonly number[], delta: number): number[] {
  const starts = old.slice(0, from);
  for (let i = 0; i < window.length; i++) starts.push(window[i]!);
  for (let line = to + 1; line < old.length; line++) starts.push(old[line]! + delta);
  return starts;
}

/**
 * The lines and old paragraphs to read again: the lines the edit touched and one on either side
 * (a line break may have been joined or split at either end), widened to whole paragraphs.
 */
function windowOf(old: Briefing, region: ChangedRegion): Window | undefined {
  const lastLine = old.lineStarts.length - 1;
  let fromLine = lineAt(old.lineStarts, region.start) - 1;
  let toLine = Math.min(lastLine, lineAt(old.lineStarts, region.oldEnd) + 1);
  if (fromLine < 0) return undefined;
  const paragraphs = old.paragraphs;
  const firstParagraph = firstIndex(paragraphs, (p) => p.endLine >= fromLine);
  const lastParagraph = firstIndex(paragraphs, (p) => p.startLine > toLine) - 1;
  if (firstParagraph < paragraphs.length) fromLine = Math.min(fromLine, paragraphs[firstParagraph]!.startLine);
  if (lastParagraph >= 0) toLine = Math.max(toLine, paragraphs[lastParagraph]!.endLine);
  return { fromLine, toLine, firstParagraph, lastParagraph };
}

/** The first index whose paragraph satisfies `test` (which holds from some index on), or the length. */
function firstIndex(paragraphs: readonly Paragraph[], test: (paragraph: Paragraph) => boolean): number {
  let low = 0;
  let high = paragraphs.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (test(paragraphs[mid]!)) high = mid;
    else low = mid + 1;
  }
  return low;
}
