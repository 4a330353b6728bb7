/**
 * The built-in glossary on real transcripts (../shared/corpus and ../shared/archive):
 * - precision: English forms that are also ordinary lower-case words (WHO/who, US/us, Turkey/turkey)
 *   gloss none of their lower-case occurrences in the English body text;
 * - coverage: of terms a translator would look up in 10 archive briefings set aside before the
 *   glossary was grown from the other 30, the share glossed. Two lists of 60:
 *   heldout-terms.tsv was picked first; its misses have been read since, so it no longer measures
 *   terms nobody tuned for. heldout-terms-2.tsv was picked later by someone who had not seen the
 *   glossary, and is kept blind: its misses are printed by kind only, and whoever grows the
 *   glossary does not open it;
 * - renderings mined from aligned pairs for terms the glossary lacks;
 * - names the glossary lacks, found in the aligned English by their pinyin or their sound.
 * Figures are printed. Skipped, with a note, where ../shared is absent.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { realPairs } from '../../bench/inProgress';
import { linkedTexts, renderingsOf } from '../../server/src/align';
import { builtinEntries, foreignNameIn, TermIndex, transliterationIn } from '../../server/src/glossary';
import { parseBriefing } from '../../server/src/model';

const SHARED = join(__dirname, '..', '..', '..', 'shared');
const FOLDERS = ['corpus', 'archive'].map((folder) => join(SHARED, folder)).filter(existsSync);
const skip = FOLDERS.length === 0 ? `no transcripts under ${SHARED}` : undefined;
if (skip) console.log(`glossary tests on real transcripts skipped: ${skip}`);
const index = new TermIndex(builtinEntries());
/** What the glossary reaches today on each list (56 and 38 of 60); the goal is 0.9, and these floors rise with it. */
const COVERAGE_FLOORS = { 'heldout-terms.tsv': 0.9, 'heldout-terms-2.tsv': 0.63 } as const;
const BLIND = 'heldout-terms-2.tsv';

function englishParagraphs(): string[] {
  const paragraphs: string[] = [];
  for (const folder of FOLDERS) {
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(join(folder, file), 'utf8');
      const briefing = parseBriefing(text);
      for (const p of briefing.paragraphs) if (p.language === 'en') paragraphs.push(text.slice(p.start, p.end));
    }
  }
  return paragraphs;
}

describe('the built-in glossary on real transcripts', { skip }, () => {
  it('glosses no lower-case occurrence of a form that is also an ordinary word', () => {
    const paragraphs = englishParagraphs();
    const body = paragraphs.join('\n');
    // Names and acronyms: forms that start with a capital ("two-State solution" is a lower-case term).
    const capitalised = [...new Set(builtinEntries().flatMap((entry) => entry.en))].filter((form) => /^\p{Lu}[\p{L} '-]*$/u.test(form));
    // Each form with the pattern of its lower-case occurrences as a word, kept where the text has some.
    const lowerCase = (form: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegex(form.toLowerCase())}(?![\\p{L}\\p{N}])`, 'gu');
    const ordinary = capitalised.map((form) => ({ form, pattern: lowerCase(form) })).filter(({ pattern }) => body.search(pattern) >= 0);
    let occurrences = 0;
    // Glossed as the capitalised form: a lower-case form of another entry may gloss the word rightly.
    const glossed: string[] = [];
    for (const text of paragraphs) {
      const matches = index.match(text);
      for (const { form, pattern } of ordinary) {
        for (const found of text.matchAll(pattern)) {
          occurrences++;
          if (matches.some((m) => m.start <= found.index! && found.index! < m.end && m.term === form)) glossed.push(`${form}: …${text.slice(Math.max(0, found.index! - 30), found.index! + 30)}…`);
        }
      }
    }
    console.log(`precision: ${ordinary.length} glossary forms are also ordinary lower-case words (${ordinary.slice(0, 12).map((o) => o.form).join(', ')}…); ${occurrences} lower-case occurrences in ${paragraphs.length} English paragraphs, ${glossed.length} glossed`);
    assert.ok(ordinary.length >= 5 && occurrences >= 100, 'the text holds such words to test with');
    assert.deepEqual(glossed, []);
  });

  for (const [list, floor] of Object.entries(COVERAGE_FLOORS)) {
    it(`glosses at least ${floor} of the held-out terms in ${list} (the goal is 0.9)`, () => {
      const { glossed, agreeing, missed } = coverage(list);
      const share = glossed / (glossed + missed.length);
      const misses = list === BLIND ? countsByKind(missed) : missed.map((term) => term.zh).join(' ');
      console.log(`coverage, ${list}: ${glossed} of ${glossed + missed.length} held-out terms glossed (${share.toFixed(2)}), ${agreeing} with the very rendering of that briefing; missed: ${misses || 'none'}; ${index.size} forms in ${builtinEntries().length} entries`);
      assert.ok(share >= floor, `share glossed ${share.toFixed(2)}`);
    });
  }

  it('finds, on hover, the rendering of people and places the glossary lacks in the aligned English', () => {
    const missed = [...coverage('heldout-terms.tsv').missed, ...coverage(BLIND).missed].filter((t) => t.kind === 'person' || t.kind === 'place');
    const { exact, partly } = namesFoundInTranslation(missed);
    console.log(`names the glossary lacks, on both held-out lists: ${exact + partly} of ${missed.length} people and places found in the aligned English (${exact} exactly the briefing's rendering, ${partly} a shorter or longer form of it)`);
    assert.ok(exact + partly >= 5, `${exact + partly} found`);
  });

  it('finds the rendering of a term the glossary lacks in the aligned archive pairs', () => {
    const pairs = realPairs(join(SHARED, 'corpus'), join(SHARED, 'archive'), join(__dirname, '..', 'align', 'expected-alignments.json'));
    const groups = pairs.map((pair) => linkedTexts(pair.zh, pair.en, pair.links));
    const top = (term: string) => renderingsOf(term, groups)[0]?.text;
    assert.equal(top('多边主义'), 'multilateralism');
    assert.equal(top('贸易战'), 'trade war');
    assert.equal(top('香港'), 'Hong Kong');
    assert.equal(top('命运共同体'), 'community with a shared future');
    assert.equal(top('人文交流'), 'people-to-people');
    assert.deepEqual(renderingsOf('从未出现的词', groups), []);
  });
});

interface HeldOutTerm {
  zh: string;
  en: string;
  briefing: string;
  kind: string;
}

/** Looks each term up where it stands in its briefing, as a hover would. */
function coverage(list: string): { glossed: number; agreeing: number; missed: HeldOutTerm[] } {
  const rows = readFileSync(join(__dirname, list), 'utf8').split('\n').slice(1).filter(Boolean);
  const terms = rows.map((line) => line.split('\t')).map(([zh, en, briefing, kind]) => ({ zh: zh!, en: en!, briefing: briefing!, kind: kind! }));
  assert.equal(terms.length, 60);
  const missed: HeldOutTerm[] = [];
  let agreeing = 0;
  for (const term of terms) {
    const text = readFileSync(join(SHARED, 'archive', `${term.briefing}.zh.txt`), 'utf8');
    const at = text.indexOf(term.zh);
    assert.ok(at >= 0, `a term of ${list} is not in ${term.briefing}`);
    const match = index.match(text, Math.max(0, at - 20), Math.min(text.length, at + term.zh.length + 20)).find((m) => m.start <= at && m.end >= at + term.zh.length);
    if (!match) missed.push(term);
    else if (match.entry.en.some((form) => form.toLowerCase() === term.en.toLowerCase())) agreeing++;
  }
  return { glossed: terms.length - missed.length, agreeing, missed };
}

/** Where each held-out term the glossary misses stands in its pair, for the hover's fallbacks. */
function namesFoundInTranslation(terms: HeldOutTerm[]): { exact: number; partly: number } {
  const pairs = realPairs(join(SHARED, 'corpus'), join(SHARED, 'archive'), join(__dirname, '..', 'align', 'expected-alignments.json'));
  let exact = 0;
  let partly = 0;
  for (const term of terms) {
    const pair = pairs.find((p) => p.name === term.briefing)!;
    const at = pair.zh.text.indexOf(term.zh);
    const paragraph = pair.zh.paragraphs.findIndex((p) => p.start <= at && at < p.end);
    const link = pair.links.find((l) => l.zh.includes(paragraph) && l.en.length > 0);
    if (!link) continue;
    const start = pair.en.paragraphs[link.en[0]!]!.start;
    const end = pair.en.paragraphs[link.en[link.en.length - 1]!]!.end;
    const middle = at + Math.floor(term.zh.length / 2);
    const known = { zh: index.match(pair.zh.text, pair.zh.paragraphs[paragraph]!.start, pair.zh.paragraphs[paragraph]!.end), en: index.match(pair.en.text, start, end) };
    const found = transliterationIn(pair.zh.text, middle, pair.en.text, start, end) ?? foreignNameIn(pair.zh.text, middle, pair.en.text, start, end, known);
    const [rendering, wanted] = [found?.rendering.toLowerCase(), term.en.toLowerCase()];
    if (rendering === wanted) exact++;
    else if (rendering && (rendering.includes(wanted) || wanted.includes(rendering))) partly++;
  }
  return { exact, partly };
}

function countsByKind(terms: HeldOutTerm[]): string {
  const counts = new Map<string, number>();
  for (const { kind } of terms) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return [...counts].map(([kind, n]) => `${n} ${kind}`).join(', ');
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
