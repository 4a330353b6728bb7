/** The translation memory's pure parts: units, dates, scores, the bigram index and the store. */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { distance } from 'fastest-levenshtein';
import {
  briefingDate,
  parseStore,
  serializeStore,
  similarity,
  normalized,
  STORE_VERSION,
  TranslationMemory,
  unitsOfPair,
  unitsOfTexts,
  type MemorySource,
  type MemoryUnit,
} from '../../server/src/memory';
import { parseBriefing } from '../../server/src/model';
import { builtinTerms } from './archive';

const unit = (zh: string, en: string): MemoryUnit => ({ zh, en, kind: 'sentence', line: 1 });
const source = (name: string, date?: string): MemorySource => ({ path: `/m/${name}.zh.txt`, enPath: `/m/${name}.en.txt`, ...(date ? { date } : {}) });

describe('fuzzy-match score', () => {
  it('is 100 for texts that differ only in spacing, width and case', () => {
    assert.equal(similarity(normalized('中方，对此表示欢迎（2026）'), normalized('中方, 对此表示欢迎 (2026)')), 100);
    assert.equal(similarity(normalized('ＡＢＣ'), normalized('abc')), 100);
  });
  it('is 100 less the edit distance as a share of the longer text, rounded down', () => {
    const [a, b] = ['中方坚决反对任何干涉', '中方坚决反对一切干涉行为'];
    const expected = Math.floor(100 * (1 - distance(a, b) / b.length));
    assert.equal(similarity(a, b), expected);
    assert.ok(expected < 100 && expected > 50);
  });
});

describe('briefing dates', () => {
  it('reads the file name first, then a Chinese or English title', () => {
    assert.equal(briefingDate('mfa-2019-07-22.zh.txt', '2020年1月1日…'), '2019-07-22');
    assert.equal(briefingDate('today.zh.txt', '2026年9月5日外交部发言人例行记者会\n'), '2026-09-05');
    assert.equal(briefingDate('today.en.txt', 'Regular Press Conference on September 5, 2026\n'), '2026-09-05');
    assert.equal(briefingDate('notes.txt', 'no date here'), undefined);
  });
});

describe('units of a paragraph pair', () => {
  const segment = (zh: string, en: string) => ({ zh: { text: zh, line: 3 }, en: { text: en, line: 3 } });
  it('pairs sentences one to one when both sides have as many, and keeps the paragraph', () => {
    const units = unitsOfPair(segment('我们欢迎这一决定。双方将继续合作。', 'We welcome this decision. The two sides will keep working together.'));
    assert.deepEqual(units.map((u) => [u.kind, u.zh, u.en]), [
      ['sentence', '我们欢迎这一决定。', 'We welcome this decision.'],
      ['sentence', '双方将继续合作。', 'The two sides will keep working together.'],
      ['paragraph', '我们欢迎这一决定。双方将继续合作。', 'We welcome this decision. The two sides will keep working together.'],
    ]);
  });
  it('keeps only the paragraph when the sentence counts differ', () => {
    const units = unitsOfPair(segment('我们欢迎这一决定。双方将继续合作。', 'We welcome this decision and will keep working together.'));
    assert.deepEqual(units.map((u) => u.kind), ['paragraph']);
  });
  it('comes from aligned texts without the speaker labels', () => {
    const zh = parseBriefing('2026年9月5日外交部发言人例行记者会\n\n问：你对此有何评论？\n\n答：我们注意到有关报道。\n');
    const en = parseBriefing("Foreign Ministry Spokesperson's Regular Press Conference on September 5, 2026\n\nQ: What's your comment?\n\nA: We have noted the reports.\n");
    const units = unitsOfTexts(zh, en, builtinTerms())!;
    assert.ok(units.some((u) => u.zh === '你对此有何评论？' && u.en === "What's your comment?"), JSON.stringify(units));
    assert.ok(units.some((u) => u.zh === '我们注意到有关报道。' && u.en === 'We have noted the reports.'));
  });
});

describe('the memory index', () => {
  const memory = new TranslationMemory();
  memory.set(source('a', '2019-01-01'), [unit('中方坚决反对任何国家干涉中国内政。', 'China firmly opposes any country interfering in its internal affairs.'), unit('我不掌握有关情况。', "I'm not aware of that.")]);
  memory.set(source('b', '2020-01-01'), [unit('我不掌握有关情况。', 'I am not aware of the situation.'), unit('今天天气很好。', 'The weather is fine today.')]);

  it('finds a near sentence with its score, and none below the bar', () => {
    const [top] = memory.search('中方坚决反对任何国家干涉中国的内政。');
    assert.equal(top!.unit.en, 'China firmly opposes any country interfering in its internal affairs.');
    assert.equal(top!.score, similarity(normalized('中方坚决反对任何国家干涉中国的内政。'), normalized('中方坚决反对任何国家干涉中国内政。')));
    assert.deepEqual(memory.search('美方应当停止挑衅。'), []);
  });
  it('offers each rendering once, the newest first on a tie, and leaves out the source being translated', () => {
    assert.deepEqual(memory.search('我不掌握有关情况。').map((m) => [m.score, m.unit.en, m.source.date]), [
      [100, 'I am not aware of the situation.', '2020-01-01'],
      [100, "I'm not aware of that.", '2019-01-01'],
    ]);
    assert.deepEqual(memory.search('我不掌握有关情况。', { excludePath: '/m/b.zh.txt' }).map((m) => m.unit.en), ["I'm not aware of that."]);
  });
  it('replaces the units of a source set again, and forgets a removed one', () => {
    const copy = new TranslationMemory();
    copy.set(source('a'), [unit('我不掌握有关情况。', 'old')]);
    copy.set(source('a'), [unit('我不掌握有关情况。', 'new')]);
    assert.deepEqual(copy.search('我不掌握有关情况。').map((m) => m.unit.en), ['new']);
    copy.remove('/m/a.zh.txt');
    assert.deepEqual(copy.search('我不掌握有关情况。'), []);
    assert.equal(copy.size, 0);
  });
  it('keeps finding after many removals compact it', () => {
    const churn = new TranslationMemory();
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 600; i++) churn.set(source(`s${i}`), [unit(`第${i}号文件说明了情况。`, `File ${i} explains it (${round}).`), unit('双方同意加强合作。', `Round ${round}`)]);
    }
    assert.equal(churn.size, 1200);
    assert.deepEqual(churn.search('第123号文件说明了情况。', { limit: 1 }).map((m) => [m.score, m.unit.en]), [[100, 'File 123 explains it (2).']]);
  });
  it('scores only candidates that share rare bigrams: a query does not visit every unit', () => {
    const big = new TranslationMemory();
    for (let i = 0; i < 20_000; i++) big.set(source(`n${i}`), [unit(`编号${i}的普通句子没有什么特别之处。`, `Sentence ${i}.`)]);
    big.set(source('rare'), [unit('亚太经合组织领导人非正式会议将在利马举行。', 'The APEC Economic Leaders’ Meeting will be held in Lima.')]);
    const started = performance.now();
    const found = big.search('亚太经合组织领导人非正式会议将在利马召开。');
    const elapsed = performance.now() - started;
    assert.equal(found[0]?.unit.en, 'The APEC Economic Leaders’ Meeting will be held in Lima.');
    // Scoring 20,000 units by edit distance takes far longer than reading the few postings of rare bigrams.
    assert.ok(elapsed < 20, `${elapsed.toFixed(1)} ms`);
  });
});

describe('the stored memory', () => {
  const stored = [{ source: source('a', '2019-01-01'), stamp: '1:2', units: [unit('我不掌握有关情况。', "I'm not aware of that.")] }];
  it('reads back what it wrote', () => {
    assert.deepEqual(parseStore(serializeStore(stored)), { kind: 'read', sources: stored });
  });
  it('discards a corrupt, truncated, malformed or older store with the reason', () => {
    const text = serializeStore(stored);
    for (const [bad, reason] of [
      [text.slice(0, text.length / 2), /not JSON/],
      ['null', /not a memory store/],
      [JSON.stringify({ version: STORE_VERSION - 1, sources: [] }), /store version 0/],
      [JSON.stringify({ version: STORE_VERSION, sources: [{ source: { path: 1 } }] }), /malformed/],
    ] as const) {
      const reading = parseStore(bad);
      assert.equal(reading.kind, 'discarded');
      assert.match((reading as { reason: string }).reason, reason);
    }
  });
});
