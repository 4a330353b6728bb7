/** Numbered points of a turn: lists of paragraph-level markers and inline lists inside paragraphs. */

import { buildLists, findInlineMarkers, readMarker, type MarkerMatch } from './markers';
import type { Paragraph, Point } from './types';

/** Where a paragraph's own words start (after its speaker label, if any). */
export function contentStart(paragraph: Paragraph): number {
  return paragraph.label?.textStart ?? paragraph.start;
}

/**
 * The points of a turn made of `paragraphs`, in text order. Inline points inside a
 * paragraph-level point become its children.
 */
export function findPoints(text: string, paragraphs: Paragraph[]): Point[] {
  const inlineLists: Point[][] = [];
  const openingMarkers: (MarkerMatch & { paragraph: Paragraph })[] = [];
  for (const paragraph of paragraphs) {
    const start = contentStart(paragraph);
    const markers = findInlineMarkers(text, start, paragraph.end, paragraph.language);
    const inLists = new Set<MarkerMatch>();
    if (markers.length >= 2) {
      for (const list of buildLists(markers)) {
        inlineLists.push(inlinePoints(text, list, paragraph));
        list.forEach((marker) => inLists.add(marker));
      }
    }
    const opening = inLists.has(markers[0]!) && markers[0]!.start === start ? undefined : readMarker(text, start, paragraph.end, false);
    if (opening) openingMarkers.push(Object.assign(opening, { paragraph }));
    // 答：我简单回答两点。第一，… with 第二，… in the next paragraph: a list that starts inside its introduction.
    const introduced = lastLoneFirst(markers, inLists, opening);
    if (introduced) openingMarkers.push(Object.assign(introduced, { paragraph }));
  }
  // Most turns hold no list at all.
  if (inlineLists.length === 0 && openingMarkers.length < 2) return [];
  const positions = new Map(paragraphs.map((paragraph, i) => [paragraph, i]));
  const paragraphPoints = buildLists(openingMarkers.sort((a, b) => a.start - b.start)).flatMap((list) => paragraphLevelPoints(list, paragraphs, positions));
  return nestInOrder([...paragraphPoints, ...inlineLists.flat()]);
}

/** The last marker of a paragraph when it numbers one and stands in no inline list: a list may start there. */
function lastLoneFirst(markers: MarkerMatch[], inLists: Set<MarkerMatch>, opening: MarkerMatch | undefined): MarkerMatch | undefined {
  const last = markers[markers.length - 1];
  return last && last.ordinal === 1 && !inLists.has(last) && last.start !== opening?.start ? last : undefined;
}

/**
 * Points as a tree: each inside the nearest point that holds it (an inline list in its paragraph's
 * point, a list of points in the answer to one of several questions), the rest at the top.
 */
function nestInOrder(points: Point[]): Point[] {
  const sorted = points.sort((a, b) => a.start - b.start || b.end - a.end);
  const topLevel: Point[] = [];
  const open: Point[] = [];
  for (const point of sorted) {
    while (open.length > 0 && open[open.length - 1]!.end < point.end) open.pop();
    const parent = open[open.length - 1];
    if (parent) parent.children.push(point);
    else topLevel.push(point);
    open.push(point);
  }
  return topLevel;
}

/**
 * A paragraph-level point runs from its marker to just before the next point's paragraph; the
 * answer to the last of several questions, to the end of the turn.
 */
function paragraphLevelPoints(list: (MarkerMatch & { paragraph: Paragraph })[], turn: Paragraph[], positions: Map<Paragraph, number>): Point[] {
  return list.map((marker, i) => {
    const next = list[i + 1];
    const endParagraph = next ? turn[positions.get(next.paragraph)! - 1]! : marker.family === 'question' ? turn[turn.length - 1]! : marker.paragraph;
    return toPoint(marker, marker.paragraph.index, endParagraph.end, false);
  });
}

/** An inline point runs to the next marker of its list; the last one to the end of its sentence. */
function inlinePoints(text: string, list: MarkerMatch[], paragraph: Paragraph): Point[] {
  return list.map((marker, i) => {
    const next = list[i + 1];
    const end = next ? trimEnd(text, marker.textStart, next.start) : sentenceEnd(text, marker.textStart, paragraph.end);
    return toPoint(marker, paragraph.index, end, true);
  });
}

function toPoint(marker: MarkerMatch, paragraph: number, end: number, inline: boolean): Point {
  return {
    ordinal: marker.ordinal,
    marker: marker.marker,
    markerStart: marker.start,
    markerEnd: marker.markerEnd,
    textStart: marker.textStart,
    family: marker.family,
    start: marker.start,
    end: Math.max(end, marker.markerEnd),
    inline,
    paragraph,
    children: [],
  };
}

const TRAILING_SEPARATOR = /(?:[\s\u00a0\u3000；;，,]|(?:^|[\s\u00a0；;，,])(?:and|or|以及|和))+$/i;

/** Drops the separator ("；", "; and", "，以及") that stands between one inline point and the next. */
function trimEnd(text: string, start: number, end: number): number {
  const tail = TRAILING_SEPARATOR.exec(text.slice(Math.max(start, end - 16), end));
  return tail ? Math.max(start, end - tail[0].length) : end;
}

/** Where the sentence from `start` ends (after its stop), or `end`: reads no further than `end`. */
function sentenceEnd(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x3002 /* 。 */ || code === 0xff01 /* ！ */ || code === 0xff1f /* ？ */ || code === 0x21 /* ! */ || code === 0x3f /* ? */) return i + 1;
    if (code === 0x2e /* . */ && (i + 1 >= text.length || /[\s\u00a0]/.test(text[i + 1]!))) return i + 1;
  }
  return end;
}
