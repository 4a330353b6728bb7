/**
 * The model against the real transcripts in ../shared/corpus, compared with expectations written
 * by reading each file (test/corpus/expectations.json).
 */
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseBriefing, type Briefing, type Point, type Section, type Turn } from '../../server/src/model';
import { assertValidModel } from '../unit/helpers/validate';

const corpusDir = join(__dirname, '..', '..', '..', 'shared', 'corpus');

interface ExpectedExchange {
  line: number;
  speaker: string | null;
  questionPoints: number;
  answerPoints: { line: number; markers: string[]; inline: boolean }[];
  followUps: number;
}
interface ExpectedFile {
  file: string;
  sections: { language: string; title: string | null; bodyParagraphs: number; exchanges: ExpectedExchange[] }[];
}

const expectations: ExpectedFile[] = JSON.parse(readFileSync(join(__dirname, 'expectations.json'), 'utf8'));

const BODY_ROLES = new Set(['question', 'answer', 'continuation', 'announcement', 'separator']);

/** The 1-based line of an offset, as the expectations count lines. */
function lineOf(briefing: Briefing, offset: number): number {
  let line = 0;
  while (line + 1 < briefing.lineStarts.length && briefing.lineStarts[line + 1]! <= offset) line++;
  return line + 1;
}

/** Points of turns, flattened in text order and grouped into lists (a list restarts at one). */
function pointLists(briefing: Briefing, turns: Turn[]) {
  const withChildren = (p: Point): Point[] => [p, ...p.children.flatMap(withChildren)];
  const points = turns.flatMap((t) => t.points.flatMap(withChildren)).sort((a, b) => a.start - b.start);
  const lists: Point[][] = [];
  for (const point of points) {
    const last = lists[lists.length - 1];
    const previous = last?.[last.length - 1];
    if (previous && point.ordinal === previous.ordinal + 1 && point.inline === previous.inline && point.family === previous.family) last!.push(point);
    else lists.push([point]);
  }
  return lists.map((list) => ({
    line: lineOf(briefing, list[0]!.start),
    markers: list.map((p) => p.marker.replace(/[、，,]$/, '')),
    inline: list[0]!.inline,
  }));
}

function describeSection(briefing: Briefing, section: Section) {
  const title = section.header?.title;
  return {
    language: section.language,
    bodyParagraphs: section.paragraphs.filter((i) => BODY_ROLES.has(briefing.paragraphs[i]!.role)).length,
    exchanges: section.exchanges.map((exchange) => ({
      line: lineOf(briefing, exchange.start),
      speaker: exchange.question?.speaker?.name ?? null,
      questionPoints: exchange.question ? pointLists(briefing, [exchange.question]).reduce((n, l) => n + l.markers.length, 0) : 0,
      answerPoints: pointLists(briefing, exchange.turns.filter((t) => t.kind === 'answer')),
      followUps: exchange.turns.filter((t) => t.followUp).length,
    })),
    title: title === undefined ? null : titleText(briefing, title),
  };
}

function titleText(briefing: Briefing, index: number): string {
  const paragraph = briefing.paragraphs[index]!;
  if (paragraph.role === 'meta' && briefing.frontMatterTitle) return briefing.frontMatterTitle.slice(0, 20);
  return briefing.text.slice(paragraph.start, paragraph.end).trim().slice(0, 20);
}

describe('corpus', () => {
  if (!existsSync(corpusDir)) {
    it('is skipped: ../shared/corpus is not present beside the repository', (t) => {
      console.log(`corpus tests skipped: no folder at ${corpusDir}`);
      t.skip('no ../shared/corpus');
    });
    return;
  }

  it('has an expectation for every transcript', () => {
    const files = readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort();
    assert.deepEqual(expectations.map((e) => e.file).sort(), files);
  });

  for (const expected of expectations) {
    describe(expected.file, () => {
      const text = readFileSync(join(corpusDir, expected.file), 'utf8');
      const briefing = parseBriefing(text);

      it('yields a valid model', () => assertValidModel(briefing));

      it('has the expected language sections and body paragraphs', () => {
        const actual = briefing.sections.map((s) => describeSection(briefing, s));
        assert.deepEqual(
          actual.map((s) => ({ language: s.language, bodyParagraphs: s.bodyParagraphs, title: s.title })),
          expected.sections.map((s) => ({ language: s.language, bodyParagraphs: s.bodyParagraphs, title: s.title })),
        );
      });

      expected.sections.forEach((section, i) => {
        it(`section ${i + 1} (${section.language}) has the expected exchanges, points and follow-ups`, () => {
          const actual = briefing.sections[i] ? describeSection(briefing, briefing.sections[i]!).exchanges : [];
          assert.deepEqual(actual, section.exchanges);
        });
      });
    });
  }
});
