/**
 * The translation memory on the archive of real briefings (../shared/archive, read at run time,
 * never copied): the oldest pairs make the memory, the newest are "being translated". Shared by
 * the test that prints the figures and by the benchmark.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { exportedDocument } from '../../server/src/export';
import { alignBriefings } from '../../server/src/align';
import { builtinEntries, TermIndex } from '../../server/src/glossary';
import { briefingDate, normalized, sentencesOf, TranslationMemory, unitsOfPair, unitsOfTexts, type MemoryUnit } from '../../server/src/memory';
import { parseBriefing, type Briefing } from '../../server/src/model';

/** ../shared/archive beside the project: looked for upwards, since a bench bundle runs from bench/ and the tests from test/memory/. */
export const ARCHIVE = ((): string => {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const candidate = join(dir, '..', 'shared', 'archive');
    if (existsSync(candidate) || dirname(dir) === dir) return candidate;
  }
})();

export interface ArchivePair {
  date: string;
  zhPath: string;
  enPath: string;
  zh: Briefing;
  en: Briefing;
}

let terms: TermIndex | undefined;
export const builtinTerms = (): TermIndex => (terms ??= new TermIndex(builtinEntries()));

/** The archive's pairs, oldest first; empty when the archive is not there. */
export function archivePairs(): ArchivePair[] {
  if (!existsSync(ARCHIVE)) return [];
  const dates = readdirSync(ARCHIVE).flatMap((name) => /^mfa-(\d{4}-\d{2}-\d{2})\.zh\.txt$/.exec(name)?.[1] ?? []).sort();
  return dates.map((date) => {
    const zhPath = join(ARCHIVE, `mfa-${date}.zh.txt`);
    const enPath = join(ARCHIVE, `mfa-${date}.en.txt`);
    return { date, zhPath, enPath, zh: parseBriefing(readFileSync(zhPath, 'utf8')), en: parseBriefing(readFileSync(enPath, 'utf8')) };
  });
}

/** The units of each pair, aligned once. */
export function unitsOfArchive(pairs: readonly ArchivePair[]): { pair: ArchivePair; units: MemoryUnit[] }[] {
  return pairs.map((pair) => ({ pair, units: unitsOfTexts(pair.zh, pair.en, builtinTerms()) ?? [] }));
}

/** A memory of `copies` copies of each pair's units, each copy its own source (as if each were another briefing). */
export function memoryOf(sets: readonly { pair: ArchivePair; units: MemoryUnit[] }[], copies = 1): TranslationMemory {
  const memory = new TranslationMemory();
  for (let copy = 0; copy < copies; copy++) {
    for (const { pair, units } of sets) {
      const suffix = copies > 1 ? `#${copy}` : '';
      memory.set({ path: pair.zhPath + suffix, enPath: pair.enPath + suffix, date: briefingDate(pair.zhPath, pair.zh.text) }, units);
    }
  }
  return memory;
}

export interface HeldOutFigures {
  /** Chinese sentences of the held-out pairs' aligned paragraphs. */
  sentences: number;
  /** Of those, with a match ≥ 75%, and with a 100% match. */
  matched: number;
  exact: number;
  /** Held-out sentences whose rendering is known (paired one to one), with a match ≥ 75%. */
  comparable: number;
  /** Of those, where the top suggestion is the translator's rendering (spacing, width and case aside). */
  topIsRendering: number;
  /** Of those, where one of the first three suggestions is. */
  inTopThree: number;
}

/** Matches each Chinese sentence of the held-out pairs against the memory. */
export function heldOutFigures(memory: TranslationMemory, heldOut: readonly ArchivePair[]): HeldOutFigures {
  const figures: HeldOutFigures = { sentences: 0, matched: 0, exact: 0, comparable: 0, topIsRendering: 0, inTopThree: 0 };
  for (const pair of heldOut) {
    const aligned = alignBriefings(pair.zh, pair.en, builtinTerms());
    if (aligned.kind !== 'aligned') continue;
    for (const segment of exportedDocument('', '', aligned, { withoutLabels: true }).pairs) {
      const renderings = new Map(unitsOfPair(segment).filter((u) => u.kind === 'sentence').map((u) => [u.zh, normalized(u.en)]));
      for (const sentence of sentencesOf(segment.zh.text, 'zh')) {
        figures.sentences++;
        const matches = memory.search(sentence, { limit: 3 });
        if (matches.length === 0) continue;
        figures.matched++;
        if (matches[0]!.score === 100) figures.exact++;
        const used = renderings.get(sentence);
        if (used === undefined) continue;
        figures.comparable++;
        if (normalized(matches[0]!.unit.en) === used) figures.topIsRendering++;
        if (matches.some((m) => normalized(m.unit.en) === used)) figures.inTopThree++;
      }
    }
  }
  return figures;
}
