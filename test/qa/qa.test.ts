/**
 * Translation QA on the real pairs of ../shared/corpus and ../shared/archive:
 * - on the pairs as published, at most one finding per 25 translated paragraphs (each printed,
 *   to be read);
 * - errors injected into the English (seeded, one kind per check, see inject.ts) are found by
 *   their check where they were put: recall of at least 0.95 per check.
 * Each text is parsed and aligned as the server does. Skipped, with a note, without ../shared.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { realPairs, type RealPair } from '../../bench/inProgress';
import { Random } from '../../bench/random';
import { alignSections, glossaryAffinity } from '../../server/src/align';
import { builtinEntries, TermIndex } from '../../server/src/glossary';
import { render } from '../../server/src/l10n';
import { parseBriefing, type Briefing } from '../../server/src/model';
import { checkTranslation, QA_CHECKS, type Finding } from '../../server/src/qa';
import { INJECTORS, type Aligned } from './inject';

const SHARED = join(__dirname, '..', '..', '..', 'shared');
const skip = existsSync(join(SHARED, 'archive')) ? undefined : `no transcripts under ${SHARED}`;
if (skip) console.log(`QA tests on real transcripts skipped: ${skip}`);

const FINDINGS_PER_25_PARAGRAPHS = 1;
const RECALL = 0.95;
const SEED = 20261203;

const terms = new TermIndex(builtinEntries());

function side(briefing: Briefing, language: 'zh' | 'en') {
  return { briefing, sections: briefing.sections.filter((s) => s.language === language) };
}

function aligned(zh: Briefing, en: Briefing): Aligned | undefined {
  const [zhSide, enSide] = [side(zh, 'zh'), side(en, 'en')];
  if (zhSide.sections.length === 0 || enSide.sections.length === 0) return undefined;
  return { zh, en, links: alignSections(zhSide, enSide, { termAffinity: glossaryAffinity(zhSide, enSide, terms) }).links };
}

const check = (pair: Aligned) => checkTranslation(pair.zh, pair.en, pair.links, terms);

describe('translation QA on real pairs', { skip }, () => {
  const pairs = skip ? [] : realPairs(join(SHARED, 'corpus'), join(SHARED, 'archive'), join(__dirname, '..', 'align', 'expected-alignments.json'));
  const alignedPairs = pairs.map((pair) => ({ pair, aligned: aligned(pair.zh, pair.en) })).filter((p): p is { pair: RealPair; aligned: Aligned } => p.aligned !== undefined);

  it(`finds at most ${FINDINGS_PER_25_PARAGRAPHS} difference per 25 paragraphs in the translations as published`, () => {
    let paragraphs = 0;
    const all: { name: string; finding: Finding; en: string }[] = [];
    for (const { pair, aligned: a } of alignedPairs) {
      paragraphs += a.links.filter((l) => l.en.length > 0).length;
      for (const finding of check(a)) all.push({ name: pair.name, finding, en: a.en.text.slice(finding.start, Math.min(finding.end, finding.start + 60)) });
    }
    for (const { name, finding, en } of all) console.log(`  ${name} ${finding.check}: ${render(finding.message)} [${en.replace(/\n/g, ' ')}]`);
    const rate = (25 * all.length) / paragraphs;
    const byCheck = QA_CHECKS.map((c) => `${c} ${all.filter((f) => f.finding.check === c).length}`).join(', ');
    console.log(`untouched: ${all.length} findings in ${paragraphs} translated paragraphs of ${alignedPairs.length} pairs (${rate.toFixed(2)} per 25): ${byCheck}`);
    assert.ok(paragraphs > 1000, `enough paragraphs (${paragraphs})`);
    assert.ok(rate <= FINDINGS_PER_25_PARAGRAPHS, `${rate.toFixed(2)} findings per 25 paragraphs`);
  });

  for (const kind of QA_CHECKS) {
    it(`finds injected ${kind} errors where they were put (recall ≥ ${RECALL})`, () => {
      const random = new Random(SEED + QA_CHECKS.indexOf(kind));
      let injected = 0;
      const missed: string[] = [];
      for (const { pair, aligned: a } of alignedPairs) {
        const injection = INJECTORS[kind](a, terms, random);
        if (!injection) continue;
        injected++;
        const after = aligned(a.zh, parseBriefing(injection.enText));
        const found = after && check(after).some((f) => f.check === kind && f.start <= injection.scope.end && f.end >= injection.scope.start);
        if (!found) missed.push(`${pair.name}: ${injection.what}`);
      }
      const recall = (injected - missed.length) / injected;
      console.log(`${kind}: ${injected - missed.length} of ${injected} injected errors found (${recall.toFixed(2)})${missed.length ? `; missed: ${missed.join('; ')}` : ''}`);
      assert.ok(injected >= 20, `enough injections (${injected})`);
      assert.ok(recall >= RECALL, `recall ${recall.toFixed(2)}`);
    });
  }
});
