/** Checks every invariant a model must hold, whatever the input text. */
import { strict as assert } from 'node:assert';
import { parseBriefing, type Briefing, type Point, type Span } from '../../../server/src/model';

function assertSpan(briefing: Briefing, span: Span, what: string): void {
  const { start, end } = span;
  assert.ok(Number.isInteger(start) && Number.isInteger(end), `${what}: integer offsets`);
  assert.ok(0 <= start && start <= end && end <= briefing.text.length, `${what}: [${start}, ${end}) inside the text of ${briefing.text.length}`);
  assert.ok(!splitsSurrogatePair(briefing.text, start) && !splitsSurrogatePair(briefing.text, end), `${what}: does not split a surrogate pair`);
}

function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

function assertInside(inner: Span, outer: Span, what: string): void {
  assert.ok(outer.start <= inner.start && inner.end <= outer.end, `${what}: [${inner.start}, ${inner.end}) inside [${outer.start}, ${outer.end})`);
}

export function assertValidModel(briefing: Briefing): void {
  let previousEnd = 0;
  for (const paragraph of briefing.paragraphs) {
    assertSpan(briefing, paragraph, `paragraph ${paragraph.index}`);
    assert.ok(paragraph.start >= previousEnd, `paragraph ${paragraph.index} does not overlap the previous one`);
    assert.ok(paragraph.end > paragraph.start, `paragraph ${paragraph.index} is not empty`);
    previousEnd = paragraph.end;
    if (paragraph.label) assertInside(paragraph.label, paragraph, `label of paragraph ${paragraph.index}`);
  }
  const checkPoint = (point: Point, parent: Span, what: string) => {
    assertSpan(briefing, point, what);
    assertInside(point, parent, what);
    assert.ok(point.start <= point.markerStart && point.markerStart < point.markerEnd && point.markerEnd <= point.textStart);
    for (const child of point.children) checkPoint(child, point, `${what} child`);
  };
  for (const section of briefing.sections) {
    assertSpan(briefing, section, 'section');
    if (section.header) assertInside(section.header, section, 'header');
    for (const exchange of section.exchanges) {
      assertSpan(briefing, exchange, 'exchange');
      assertInside(exchange, section, 'exchange');
      for (const turn of exchange.question ? [exchange.question, ...exchange.turns] : exchange.turns) {
        assertInside(turn, exchange, 'turn');
        for (const point of turn.points) checkPoint(point, turn, 'point');
      }
    }
    for (const turn of section.announcements) assertInside(turn, section, 'announcement');
  }
}

/** Parses `text` and checks the model's invariants before a test looks at it. */
export function parseValid(text: string): Briefing {
  const briefing = parseBriefing(text);
  assertValidModel(briefing);
  return briefing;
}
