/**
 * Parts of a model moved by an edit before them: the same facts at new offsets. Their names and
 * markers are kept as they are: labels.ts and markers.ts copy them out of the text, so that no
 * model holds on to an old version's text.
 */

import type { LabelCandidate } from './labels';
import { newFacts } from './parse';
import type { ParagraphFacts } from './section';
import type { Paragraph, Point, SpeakerLabel } from './types';

/** The paragraph moved by `offset` characters and `lineShift` lines, with its role and speaker. */
export function movedParagraph(old: Paragraph, offset: number, lineShift: number, index: number): Paragraph {
  const paragraph = unplacedParagraph(old, offset, lineShift, index);
  paragraph.role = old.role;
  if (old.label) paragraph.label = movedSpeaker(old.label, offset);
  return paragraph;
}

/** The paragraph moved, before sections give it a role and accept its label (see section.ts). */
export function unplacedParagraph(old: Paragraph, offset: number, lineShift: number, index: number): Paragraph {
  return { index, start: old.start + offset, end: old.end + offset, startLine: old.startLine + lineShift, endLine: old.endLine + lineShift, language: old.language, role: 'continuation' };
}

/** The facts of an unchanged paragraph for `paragraph`, where it now is. */
export function carry(fact: ParagraphFacts, offset: number, paragraph: Paragraph): ParagraphFacts {
  const carried = newFacts(paragraph, movedLabel(fact.label, offset), false, fact.junk, fact.meta);
  carried.titleLike = fact.titleLike;
  carried.endsTranscript = fact.endsTranscript;
  carried.separator = fact.separator;
  return carried;
}

function movedSpeaker(label: SpeakerLabel, offset: number): SpeakerLabel {
  return { name: label.name, start: label.start + offset, end: label.end + offset, textStart: label.textStart + offset };
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
