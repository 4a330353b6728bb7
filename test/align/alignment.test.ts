/**
 * Alignment of the real corpus pairs against hand-made expectations (expected-alignments.json):
 * link precision and recall per pair and overall, and every expected point correspondence.
 * Skipped, with a note, where ../shared/corpus or the expectations are absent.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { alignPoints, alignSections, glossaryAffinity, type Alignment } from '../../server/src/align';
import { builtinEntries, TermIndex } from '../../server/src/glossary';
import { lineAt, parseBriefing, type Briefing, type Language, type Point, type Section } from '../../server/src/model';

const terms = new TermIndex(builtinEntries());

const CORPUS = join(__dirname, '..', '..', '..', 'shared', 'corpus');
const EXPECTED = join(__dirname, 'expected-alignments.json');

interface ExpectedPair {
  zh: string;
  en: string;
  links: { zh: number[]; en: number[] }[];
  /** [1-based line of the marker, marker as written]. */
  points: { zh: [number, string]; en: [number, string] }[];
}

const skipReason = !existsSync(CORPUS) ? `no corpus at ${CORPUS}` : !existsSync(EXPECTED) ? `no expectations at ${EXPECTED}` : undefined;
if (skipReason) console.log(`alignment corpus test skipped: ${skipReason}`);
// Entries without both file names (files with no counterpart) hold notes, not links.
const expected: ExpectedPair[] = skipReason
  ? []
  : (JSON.parse(readFileSync(EXPECTED, 'utf8')) as Partial<ExpectedPair>[]).filter(
      (entry): entry is ExpectedPair => typeof entry.zh === 'string' && typeof entry.en === 'string',
    );

function parse(file: string): Briefing {
  return parseBriefing(readFileSync(join(CORPUS, file), 'utf8'));
}

function sectionIn(briefing: Briefing, language: Language, file: string): Section {
  const section = briefing.sections.find((s) => s.language === language);
  assert.ok(section, `${file} has a ${language} section`);
  return section;
}

const line = (briefing: Briefing, index: number) => briefing.paragraphs[index]!.startLine + 1;
const key = (link: { zh: number[]; en: number[] }) => `${link.zh.join(',')}|${link.en.join(',')}`;

/** Markers are compared without trailing punctuation (the model keeps 一、's 、; the expectations do not). */
const bare = (marker: string) => marker.replace(/[、，,：:.．]+$/, '');
const pointKey = (briefing: Briefing, point: Point) => `${lineAt(briefing.lineStarts, point.markerStart) + 1}:${bare(point.marker)}`;

interface Score {
  correct: number;
  produced: number;
  expected: number;
}

const total: Score = { correct: 0, produced: 0, expected: 0 };
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const f1 = (s: Score) => {
  const p = ratio(s.correct, s.produced);
  const r = ratio(s.correct, s.expected);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
};
const describeScore = (s: Score) =>
  `P ${ratio(s.correct, s.produced).toFixed(3)} R ${ratio(s.correct, s.expected).toFixed(3)} F1 ${f1(s).toFixed(3)} (${s.correct}/${s.produced} produced, ${s.expected} expected)`;

describe('corpus alignment', { skip: skipReason }, () => {
  for (const pair of expected) {
    it(`${pair.zh} ↔ ${pair.en}`, () => {
      const zh = parse(pair.zh);
      const en = pair.en === pair.zh ? zh : parse(pair.en);
      const started = performance.now();
      // As the server aligns: with the built-in glossary as evidence.
      const zhSide = { briefing: zh, sections: [sectionIn(zh, 'zh', pair.zh)] };
      const enSide = { briefing: en, sections: [sectionIn(en, 'en', pair.en)] };
      const alignment = alignSections(zhSide, enSide, { termAffinity: glossaryAffinity(zhSide, enSide, terms) });
      const elapsed = performance.now() - started;

      const produced = alignment.links.map((link) => ({ zh: link.zh.map((i) => line(zh, i)), en: link.en.map((i) => line(en, i)) }));
      const wanted = new Set(pair.links.map(key));
      const got = new Set(produced.map(key));
      const score: Score = { correct: [...got].filter((k) => wanted.has(k)).length, produced: got.size, expected: wanted.size };
      total.correct += score.correct;
      total.produced += score.produced;
      total.expected += score.expected;
      console.log(`${pair.zh} ↔ ${pair.en}: ${describeScore(score)} in ${elapsed.toFixed(1)} ms`);
      for (const k of got) if (!wanted.has(k)) console.log(`  unexpected link ${k}`);
      for (const k of wanted) if (!got.has(k)) console.log(`  missing link ${k}`);

      const missing = missingPoints(pair, alignment, zh, en);
      console.log(`  points: ${pair.points.length - missing.length}/${pair.points.length} expected correspondences found`);
      for (const point of missing) console.log(`  missing point ${point}`);
      assert.deepEqual(missing, [], `expected point correspondences found by alignPoints in ${pair.zh}`);
    });
  }

  it('links overall: F1 ≥ 0.98', () => {
    console.log(`overall: ${describeScore(total)}`);
    assert.ok(f1(total) >= 0.98, `overall F1 ${f1(total).toFixed(3)}`);
  });
});

function missingPoints(pair: ExpectedPair, alignment: Alignment, zh: Briefing, en: Briefing): string[] {
  const found = new Set(
    alignment.links.flatMap((link) => alignPoints(link, zh, en).map((p) => `${pointKey(zh, p.zh)} ↔ ${pointKey(en, p.en)}`)),
  );
  return pair.points
    .map((p) => `${p.zh[0]}:${bare(p.zh[1])} ↔ ${p.en[0]}:${bare(p.en[1])}`)
    .filter((k) => !found.has(k));
}
