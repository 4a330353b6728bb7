/**
 * parseBriefing never throws and always gives a valid model (assertValidModel), whatever the
 * input: arbitrary strings, lone surrogates, random bytes, briefing-like line soups and big inputs.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseBriefing, type Briefing, type Point } from '../../../server/src/model';
import { briefingLike, codeUnits } from '../helpers/documents';
import { assertValidModel } from '../helpers/validate';

const SEED = 42;

function check(text: string): void {
  const briefing = parseBriefing(text);
  assert.equal(briefing.text, text);
  assertValidModel(briefing);
  assertConsistent(briefing);
}

const SPACE = /^[\s\u00a0\u3000\ufeff\u200b\u2000-\u200a\u202f\u205f]$/;

function lineOf(lineStarts: number[], offset: number): number {
  let line = 0;
  while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= offset) line++;
  return line;
}

/** Invariants beyond assertValidModel: lines, trimmed paragraphs, sections, turns and markers agree with the text. */
function assertConsistent(b: Briefing): void {
  const { text } = b;
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    if (text[i] === '\r' || text[i] === '\n') starts.push(i + 1);
  }
  assert.deepEqual(b.lineStarts, starts, 'lineStarts');
  b.paragraphs.forEach((p, i) => {
    assert.equal(p.index, i, 'paragraph index');
    assert.equal(p.startLine, lineOf(starts, p.start), `startLine of paragraph ${i}`);
    assert.equal(p.endLine, lineOf(starts, p.end - 1), `endLine of paragraph ${i}`);
    if (p.role !== 'meta' || i > 0) {
      assert.ok(!SPACE.test(text[p.start]!) && !SPACE.test(text[p.end - 1]!), `paragraph ${i} is trimmed`);
    }
    if (p.label) assert.equal(text.slice(p.label.start, p.label.start + p.label.name.length), p.label.name, `label name of paragraph ${i}`);
  });
  assert.deepEqual(
    b.sections.flatMap((s) => s.paragraphs),
    b.paragraphs.map((p) => p.index),
    'sections hold every paragraph once, in order',
  );
  if (b.paragraphs.length > 0) assert.ok(b.sections.length >= 1 && b.sections.every((s) => s.paragraphs.length > 0), 'sections, none empty');
  // One or two language versions, each of one or more briefings in a row.
  const runs = b.sections.map((s) => s.language).filter((language, i, all) => i === 0 || all[i - 1] !== language);
  assert.ok(runs.length <= 2, `at most two language versions: ${runs.join(', ')}`);
  for (const section of b.sections) {
    const turns = [...section.announcements, ...section.exchanges.flatMap((e) => (e.question ? [e.question, ...e.turns] : e.turns))];
    for (const turn of turns) {
      for (const i of turn.paragraphs) {
        assert.ok(section.paragraphs.includes(i), 'turn paragraph in its section');
        assert.notEqual(b.paragraphs[i]!.role, 'junk', 'no junk in a turn');
      }
      const checkPoint = (point: Point): void => {
        assert.equal(text.slice(point.markerStart, point.markerEnd), point.marker, 'marker at its offsets');
        assert.ok(point.ordinal >= 1, 'ordinal');
        assert.ok(turn.paragraphs.includes(point.paragraph), 'point paragraph in its turn');
        point.children.forEach(checkPoint);
      };
      turn.points.forEach(checkPoint);
      for (let k = 1; k < turn.points.length; k++) assert.ok(turn.points[k - 1]!.start <= turn.points[k]!.start, 'points in text order');
    }
  }
}


describe('parseBriefing robustness', () => {
  it('holds for arbitrary strings of any code point', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), check), { seed: SEED, numRuns: 500 });
  });

  it('holds for arbitrary grapheme strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 100 }), check), { seed: SEED, numRuns: 200 });
  });

  it('holds for arbitrary UTF-16 code units, lone surrogates included', () => {
    fc.assert(fc.property(codeUnits, check), { seed: SEED, numRuns: 500 });
  });

  it('holds for random bytes decoded as UTF-8', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => check(Buffer.from(bytes).toString('utf8'))),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('holds for mixtures of briefing-like lines', () => {
    fc.assert(fc.property(briefingLike, check), { seed: SEED, numRuns: 1000 });
  });

  it('holds for briefing-like lines with random characters spliced in', () => {
    const spliced = fc
      .tuple(briefingLike, fc.array(fc.tuple(fc.nat(), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 5 }))
      .map(([text, inserts]) => inserts.reduce((t, [at, s]) => t.slice(0, at % (t.length + 1)) + s + t.slice(at % (t.length + 1)), text));
    fc.assert(fc.property(spliced, check), { seed: SEED, numRuns: 500 });
  });

  it('is deterministic: the same text gives the same model', () => {
    fc.assert(
      fc.property(briefingLike, (text) => assert.deepEqual(parseBriefing(text), parseBriefing(text))),
      { seed: SEED, numRuns: 200 },
    );
  });
});

describe('parseBriefing on big inputs', () => {
  function timed(what: string, text: string): void {
    const started = performance.now();
    const briefing = parseBriefing(text);
    const elapsed = performance.now() - started;
    assertValidModel(briefing);
    console.log(`${what}: ${text.length} UTF-16 units, ${briefing.paragraphs.length} paragraphs, parsed in ${elapsed.toFixed(0)} ms`);
  }

  it('finishes on a 1 MB single line full of inline markers', () => {
    const unit = '我们主张：一是对话；二是协商；三是合作。first, talks; second, calm. ';
    const text = `答：${unit.repeat(Math.ceil(1_000_000 / unit.length))}`.slice(0, 1_000_000);
    timed('1 MB single line', text);
  });

  it('finishes on a 1 MB single line without spaces or punctuation', () => {
    timed('1 MB of one letter', 'a'.repeat(1_000_000));
  });

  it('finishes on 100,000 short lines', () => {
    const lines: string[] = [];
    for (let i = 0; i < 100_000; i++) {
      const kind = i % 5;
      lines.push(kind === 0 ? `问：问题${i}？` : kind === 1 ? `答：回答${i}。` : kind === 2 ? '一是开放；二是合作。' : kind === 3 ? `Q: q${i}?` : '分享到');
    }
    timed('100,000 short lines', lines.join('\n'));
  });

  it('finishes on 100,000 lines of wrapped text in one block', () => {
    const long = 'This line is long enough to be taken for a hard-wrapped line of a paragraph,';
    timed('100,000 wrapped lines', Array.from({ length: 100_000 }, () => long).join('\n'));
  });
});
