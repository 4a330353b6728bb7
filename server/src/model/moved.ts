/**
 * Parts of a model moved by an edit before them: the same facts at new offsets. Their names and
 * markers are kept as they are: labels.ts and markers.ts copy them out of the text, so that no
 * model holds on to an old version's text.
 *
 * Two ways: a reassembled model (reparse.ts) carries copies, and the previous version stays as it
 * was; a model that keeps its shape (sameShape.ts) moves the previous version's own objects, which
 * saves copying everything after the edit, and the previous version is given up. Code that holds
 * a model across an await must therefore check that the document's version is still the model's
 * before it uses it (see withCounterpart in server.ts).
 */

import type { LabelCandidate } from './labels';
import { newFacts } from './parse';
import type { ParagraphFacts } from './section';
import type { Paragraph, Point, Span, Turn } from './types';

/** A copy of the paragraph moved, before sections give it a role and accept its label (see section.ts). */
export function unplacedParagraph(old: Paragraph, offset: number, lineShift: number, index: number): Paragraph {
  return { index, start: old.start + offset, end: old.end + offset, startLine: old.startLine + lineShift, endLine: old.endLine + lineShift, language: old.language, role: 'continuation' };
}

/** A copy of the facts of an unchanged paragraph for `paragraph`, where it now is. */
export function carry(fact: ParagraphFacts, offset: number, paragraph: Paragraph): ParagraphFacts {
  const carried = newFacts(paragraph, movedLabel(fact.label, offset), false, fact.junk, fact.meta);
  carried.titleLike = fact.titleLike;
  carried.endsTranscript = fact.endsTranscript;
  carried.separator = fact.separator;
  return carried;
}

function movedLabel(label: LabelCandidate | undefined, offset: number): LabelCandidate | undefined {
  if (!label) return undefined;
  return { name: label.name, start: label.start + offset, end: label.end + offset, textStart: label.textStart + offset, cls: label.cls };
}

export function shiftPoints(points: Point[], offset: number, indexShift: number): Point[] {
  return points.map((point) => {
    const moved: Point = {
      ordinal: point.ordinal,
      marker: point.marker,
      markerStart: point.markerStart + offset,
      markerEnd: point.markerEnd + offset,
      textStart: point.textStart + offset,
      family: point.family,
      start: point.start + offset,
      end: point.end + offset,
      inline: point.inline,
      paragraph: point.paragraph + indexShift,
      children: point.children.length === 0 ? [] : shiftPoints(point.children, offset, indexShift),
    };
    return moved;
  });
}

/** Moves a paragraph's facts in place: the paragraph and its speaker label too. */
export function moveFacts(fact: ParagraphFacts, offset: number, lineShift: number): void {
  const paragraph = fact.paragraph;
  paragraph.start += offset;
  paragraph.end += offset;
  paragraph.startLine += lineShift;
  paragraph.endLine += lineShift;
  if (paragraph.label) moveLabel(paragraph.label, offset);
  if (fact.label) moveLabel(fact.label, offset);
}

/**
 * Moves a turn in place, with its points. Its speaker is its first paragraph's label, moved with
 * the paragraph (`firstLabel`); another object is moved here.
 */
export function moveTurn(turn: Turn, offset: number, firstLabel: Paragraph['label']): void {
  turn.start += offset;
  turn.end += offset;
  if (turn.speaker && turn.speaker !== firstLabel) moveLabel(turn.speaker, offset);
  movePoints(turn.points, offset);
}

function movePoints(points: Point[], offset: number): void {
  for (const point of points) {
    point.start += offset;
    point.end += offset;
    point.markerStart += offset;
    point.markerEnd += offset;
    point.textStart += offset;
    movePoints(point.children, offset);
  }
}

function moveLabel(label: Span & { textStart: number }, offset: number): void {
  label.start += offset;
  label.end += offset;
  label.textStart += offset;
}
