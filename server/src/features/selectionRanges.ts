/** textDocument/selectionRange: sentence → point or paragraph → turn → exchange → section. */
import { SelectionRange, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { indexAt, type Briefing, type Paragraph, type Point, type Span } from '../model';
import { toRange } from './ranges';

export function selectionRanges(document: TextDocument, briefing: Briefing, positions: Position[]): SelectionRange[] {
  return positions.map((position) => {
    const offset = document.offsetAt(position);
    const spans = enclosingSpans(briefing, offset);
    let range: SelectionRange | undefined;
    for (const span of spans) range = SelectionRange.create(toRange(document, span), range);
    return range ?? SelectionRange.create(toRange(document, { start: offset, end: offset }));
  });
}

/** Spans around `offset`, from the outermost in, each strictly inside the one before. */
export function enclosingSpans(briefing: Briefing, offset: number): Span[] {
  const candidates: Span[] = [{ start: 0, end: briefing.text.length }];
  const contains = (span: Span) => span.start <= offset && offset <= span.end;
  for (const section of briefing.sections) {
    if (!contains(section)) continue;
    candidates.push(section);
    if (section.header && contains(section.header)) candidates.push(section.header);
    for (const exchange of section.exchanges) {
      if (!contains(exchange)) continue;
      candidates.push(exchange);
      for (const turn of exchange.question ? [exchange.question, ...exchange.turns] : exchange.turns) {
        if (!contains(turn)) continue;
        candidates.push(turn);
        candidates.push(...pointsAround(turn.points, contains));
      }
    }
    for (const turn of section.announcements) if (contains(turn)) candidates.push(turn, ...pointsAround(turn.points, contains));
  }
  const paragraph = briefing.paragraphs[indexAt(briefing.paragraphs, offset)];
  if (paragraph) candidates.push(paragraph, ...sentencesAround(briefing, paragraph, offset));
  return nest(candidates);
}

function pointsAround(points: Point[], contains: (span: Span) => boolean): Span[] {
  const point = points.find(contains);
  return point ? [point, ...pointsAround(point.children, contains)] : [];
}

const segmenters = new Map<string, Intl.Segmenter>();

function sentencesAround(briefing: Briefing, paragraph: Paragraph, offset: number): Span[] {
  const locale = paragraph.language === 'zh' ? 'zh' : 'en';
  let segmenter = segmenters.get(locale);
  if (!segmenter) segmenters.set(locale, (segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' })));
  const text = briefing.text.slice(paragraph.start, paragraph.end);
  const segment = segmenter.segment(text).containing(Math.min(offset - paragraph.start, text.length - 1));
  if (!segment) return [];
  const start = paragraph.start + segment.index;
  let end = start + segment.segment.length;
  while (end > start && /[\s\u00a0\u3000]/.test(briefing.text[end - 1]!)) end--;
  // In the spaces after a sentence the cursor is in no sentence: the paragraph is the innermost range.
  return offset <= end ? [{ start, end }] : [];
}

/** Sorts from the widest in and drops spans that do not sit strictly inside the previous one. */
function nest(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const nested: Span[] = [];
  for (const span of sorted) {
    const outer = nested[nested.length - 1];
    const inside = !outer || (outer.start <= span.start && span.end <= outer.end && (outer.start !== span.start || outer.end !== span.end));
    if (inside) nested.push(span);
  }
  return nested;
}
