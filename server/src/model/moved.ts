/**
 * Parts of a model moved by an edit before them: the same facts at new offsets. Strings are cut
 * from the new text again, so that no model holds on to the text of an old version.
 */

import type { LabelCandidate } from './labels';
import { newFacts } from './parse';
import type { ParagraphFacts } from './section';
import type { Paragraph, Point, SpeakerLabel } from './types';

/** The paragraph moved by `offset` characters and `lineShift` lines, with its role and speaker. */
export function movedParagraph(old: Paragraph, text: string, offset: number, lineShift: number, index: number): Paragraph {
  const paragraph = unplacedParagraph(old, offset, lineShift, index);
  paragraph.role = old.role;
  if (old.label) paragraph.label = movedSpeaker(old.label, text, offset);
  return paragraph;
}

/** The paragraph moved, before sections give it a role and accept its label (see section.ts). */
export function unplacedParagraph(old: Paragraph, offset: number, lineShift: number, index: number): Paragraph {
  return { index, start: old.start + offset, end: old.end + offset, startLine: old.startLine + lineShift, endLine: old.endLine + lineShift, language: old.language, role: 'continuation' };
}

/** The facts of an unchanged paragraph for `paragraph`, where it now is. */
export function carry(fact: ParagraphFacts, text: string, offset: number, paragraph: Paragraph): ParagraphFacts {
  const carried = newFacts(paragraph, movedLabel(fact.label, text, offset), false, fact.junk, fact.meta);
  carried.titleLike = fact.titleLike;
  carried.endsTranscript = fact.endsTranscript;
  carried.separator = fact.separator;
  return carried;
}

function movedSpeaker(label: SpeakerLabel, text: string, offset: number): SpeakerLabel {
  const start = label.start + offset;
  return { name: text.slice(start, start + label.name.length), start, end: label.end + offset, textStart: label.textStart + offset };
}

function movedLabel(label: LabelCandidate | undefined, text: string, offset: number): LabelCandidate | undefined {
  if (!label) return undefined;
  const start = label.start + offset;
  return { name: text.slice(start, start + label.name.length), start, end: label.end + offset, textStart: label.textStart + offset, cls: label.cls };
}

export function shiftPoints(points: Point[], text: string, offset: number, indexShift: number): Point[] {
  return points.map((point) => {
    const markerStart = point.markerStart + offset;
    const markerEnd = point.markerEnd + offset;
    const moved: Point = {
      ordinal: point.ordinal,
      marker: text.slice(markerStart, markerEnd),
      markerStart,
      markerEnd,
      textStart: point.textStart + offset,
      family: point.family,
      start: point.start + offset,
      end: point.end + offset,
      inline: point.inline,
      paragraph: point.paragraph + indexShift,
      children: point.children.length === 0 ? [] : shiftPoints(point.children, text, offset, indexShift),
    };
    return moved;
  });
}
