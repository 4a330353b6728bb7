/** TermIndex: which terms a text holds, where, and which entry wins. */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { builtinEntries, findForm, TermIndex, type GlossaryEntry, type TermMatch } from '../../../server/src/glossary';

let nextLine = 0;
function builtin(zh: string[], en: string[], note?: string): GlossaryEntry {
  return { zh, en, ...(note ? { note } : {}), source: { kind: 'builtin', file: 'test.tsv', line: nextLine++ } };
}
function user(zh: string[], en: string[], note?: string): GlossaryEntry {
  return { zh, en, ...(note ? { note } : {}), source: { kind: 'user', uri: 'file:///terms.tsv', line: nextLine++ } };
}

const CMC = builtin(['中央军事委员会', '中央军委', '军委'], ['Central Military Commission', 'CMC']);
const JSD = builtin(['中央军委联合参谋部'], ['Joint Staff Department']);
const GS = builtin(['全球安全'], ['Global Security']);
const GSI = builtin(['全球安全倡议'], ['Global Security Initiative', 'GSI']);
const SCO = builtin(['上海合作组织', '上合组织'], ['Shanghai Cooperation Organization', 'SCO']);
const PLA = builtin(['中国人民解放军', '解放军'], ['PLA']);
const SPOKES = builtin(['发言人'], ['spokesperson']);
const CHINA = builtin(['中国'], ['China']);
const INDEX = new TermIndex([CMC, JSD, GS, GSI, SCO, PLA, SPOKES, CHINA]);

/** The matched text of each match, in order. */
function found(text: string, index = INDEX): string[] {
  return index.match(text).map((m) => text.slice(m.start, m.end));
}

function only(matches: TermMatch[]): TermMatch {
  assert.equal(matches.length, 1, JSON.stringify(matches.map((m) => m.term)));
  return matches[0]!;
}

describe('TermIndex: longest match', () => {
  it('takes the longest term at a position (Chinese)', () => {
    const text = '中央军委联合参谋部负责人说，中央军委高度重视。';
    const matches = INDEX.match(text);
    assert.deepEqual(matches.map((m) => text.slice(m.start, m.end)), ['中央军委联合参谋部', '中央军委']);
    assert.equal(matches[0]!.entry, JSD);
    assert.equal(matches[1]!.entry, CMC);
    assert.deepEqual([matches[0]!.start, matches[0]!.end], [0, 9]);
  });

  it('takes the longest term at a position (English)', () => {
    const text = 'The Global Security Initiative builds on Global Security for all.';
    const matches = INDEX.match(text);
    assert.deepEqual(matches.map((m) => text.slice(m.start, m.end)), ['Global Security Initiative', 'Global Security']);
    assert.equal(matches[0]!.entry, GSI);
    assert.equal(matches[1]!.entry, GS);
  });

  it('does not let a shorter term inside a longer match appear on its own (军委 inside 中央军委)', () => {
    assert.deepEqual(found('中央军事委员会和军委'), ['中央军事委员会', '军委']);
    const matches = INDEX.match('中央军委');
    assert.equal(only(matches).term, '中央军委');
  });

  it('resolves overlapping candidates leftmost-longest, without overlap', () => {
    const index = new TermIndex([builtin(['联合国'], ['United Nations']), builtin(['国际法'], ['international law']), builtin(['国际'], ['international'])]);
    // 联合国际法: 联合国 (0–3) starts first; 国际法 (2–5) overlaps it and is dropped; nothing else starts at 3.
    assert.deepEqual(found('联合国际法', index), ['联合国']);
    assert.deepEqual(found('国际法与国际', index), ['国际法', '国际']);
    const latin = new TermIndex([builtin(['甲'], ['South China']), builtin(['乙'], ['China Sea']), builtin(['丙'], ['South China Sea'])]);
    assert.deepEqual(found('the South China Sea', latin), ['South China Sea']);
    const noLong = new TermIndex([builtin(['甲'], ['South China']), builtin(['乙'], ['China Sea'])]);
    assert.deepEqual(found('the South China Sea', noLong), ['South China']);
  });

  it('reports the entry, language and glossary form of each match', () => {
    const text = '上合组织 (SCO)';
    const [zh, en] = INDEX.match(text);
    assert.deepEqual({ ...zh!, entry: undefined }, { start: 0, end: 4, entry: undefined, language: 'zh', term: '上合组织' });
    assert.deepEqual({ ...en!, entry: undefined }, { start: 6, end: 9, entry: undefined, language: 'en', term: 'SCO' });
    assert.equal(zh!.entry, SCO);
    assert.equal(en!.entry, SCO);
  });

  it('finds nothing in text without terms, and nothing in empty text', () => {
    assert.deepEqual(INDEX.match('今天天气很好。 Nothing to see here.'), []);
    assert.deepEqual(INDEX.match(''), []);
    assert.deepEqual(new TermIndex([]).match('中央军委'), []);
  });
});

describe('TermIndex: Latin folding', () => {
  it('ignores full-width forms and the case of lower-case letters, keeping the offsets of the original', () => {
    const text = 'ＣＭＣ, cmc, Cmc and CMC; Ｃｅｎｔｒａｌ military COMMISSION; CENTRAL MILITARY COMMISSION';
    const matches = INDEX.match(text);
    assert.deepEqual(matches.map((m) => text.slice(m.start, m.end)), ['ＣＭＣ', 'CMC', 'Ｃｅｎｔｒａｌ military COMMISSION', 'CENTRAL MILITARY COMMISSION']);
    assert.ok(matches.every((m) => m.entry === CMC));
    assert.deepEqual(matches.map((m) => m.term), ['CMC', 'CMC', 'Central Military Commission', 'Central Military Commission']);
  });

  it('keeps acronyms in capitals and names capitalised: who, us, it and turkey are ordinary words', () => {
    const index = new TermIndex([builtin(['世卫组织'], ['WHO']), builtin(['美国'], ['US']), builtin(['信息技术'], ['IT']), builtin(['土耳其'], ['Turkey']), builtin(['无核化'], ['denuclearization'])]);
    const text = 'Who told us? WHO. It is IT. The US, not Us. turkey or Turkey or TURKEY. Denuclearization and denuclearization.';
    assert.deepEqual(found(text, index), ['WHO', 'IT', 'US', 'Turkey', 'TURKEY', 'Denuclearization', 'denuclearization']);
  });

  it('requires only the first capital of a longer name', () => {
    const index = new TermIndex([builtin(['一带一路倡议'], ['Belt and Road Initiative'])]);
    assert.deepEqual(found('the Belt and Road initiative, the belt and road initiative', index), ['Belt and Road initiative']);
  });

  it('matches a glossary term written in full-width or with spaces around it', () => {
    const index = new TermIndex([builtin(['五眼联盟'], ['  Ｆｉｖｅ　Ｅｙｅｓ '])]);
    assert.deepEqual(found('the Five Eyes alliance', index), ['Five Eyes']);
  });

  it('folds the ideographic and no-break spaces to spaces', () => {
    assert.deepEqual(found('Global\u3000Security and Global\u00a0Security'), ['Global\u3000Security', 'Global\u00a0Security']);
  });
});

describe('TermIndex: word boundaries', () => {
  it('matches Latin terms only as whole words', () => {
    assert.deepEqual(found('SCOPE of the SCO, aSCO, SCO2, 2SCO'), ['SCO']);
    assert.deepEqual(found('PLAN and PLA and PLANS and PLAs'), ['PLA']);
  });

  it('matches a longer word when it is a term of its own (PLAN)', () => {
    const index = new TermIndex([PLA, builtin(['解放军海军'], ['PLAN'])]);
    const text = 'the PLA and the PLAN';
    const matches = index.match(text);
    assert.deepEqual(matches.map((m) => text.slice(m.start, m.end)), ['PLA', 'PLAN']);
    assert.deepEqual(matches.map((m) => m.entry.zh[0]), ['中国人民解放军', '解放军海军']);
  });

  it('treats punctuation, spaces, Chinese and text ends as boundaries', () => {
    assert.deepEqual(found('SCO'), ['SCO']);
    assert.deepEqual(found('(SCO)'), ['SCO']);
    assert.deepEqual(found('"SCO"'), ['SCO']);
    assert.deepEqual(found('SCO-led'), ['SCO']);
    assert.deepEqual(found('加入SCO框架'), ['SCO']);
  });

  it('allows a plural s or es on words, but not on acronyms', () => {
    assert.deepEqual(found('two spokespersons and a spokesperson'), ['spokespersons', 'spokesperson']);
    assert.deepEqual(found('spokespersones'), ['spokespersones']);
    assert.deepEqual(found('spokespersonal spokespersonss'), []);
    assert.deepEqual(found('the CMCs'), []);
    assert.deepEqual(found('the CMCes'), []);
    const [match] = INDEX.match('many spokespersons');
    assert.equal(match!.term, 'spokesperson');
    assert.equal(match!.end, 'many spokespersons'.length);
  });

  it('allows a possessive after any Latin term', () => {
    assert.deepEqual(found("China's and China’s and the CMC's and the SCO’s"), ['China', 'China', 'CMC', 'SCO']);
    assert.deepEqual(found('Chinese'), []);
  });

  it('needs no boundaries around Chinese terms', () => {
    assert.deepEqual(found('我国发言人表示'), ['发言人']);
    assert.deepEqual(found('中国人民解放军'), ['中国人民解放军']);
    assert.deepEqual(found('中国人'), ['中国']);
    assert.deepEqual(found('abc中国def'), ['中国']);
  });
});

describe('TermIndex: offsets', () => {
  it('keeps UTF-16 offsets after surrogate pairs (𠀀, emoji) before the term', () => {
    for (const prefix of ['𠀀', '😀', '👨‍👩‍👧', '𠀀😀 ']) {
      const text = `${prefix}中央军委和CMC`;
      const matches = INDEX.match(text);
      assert.deepEqual(matches.map((m) => [m.start, m.end]), [
        [prefix.length, prefix.length + 4],
        [prefix.length + 5, prefix.length + 8],
      ], prefix);
      assert.deepEqual(matches.map((m) => text.slice(m.start, m.end)), ['中央军委', 'CMC']);
    }
  });

  it('restricts match(text, start, end) to the range and returns absolute offsets', () => {
    const text = '中央军委说。\n\nThe CMC said, and the SCO agreed.';
    const start = text.indexOf('The');
    const end = text.indexOf(', and');
    const matches = INDEX.match(text, start, end);
    assert.equal(only(matches).term, 'CMC');
    assert.equal(matches[0]!.start, text.indexOf('CMC'));
    assert.equal(matches[0]!.end, text.indexOf('CMC') + 3);
    assert.deepEqual(INDEX.match(text, 0, 6).map((m) => [m.start, m.end]), [[0, 4]]);
    assert.deepEqual(INDEX.match(text, end).map((m) => text.slice(m.start, m.end)), ['SCO']);
    assert.deepEqual(INDEX.match(text, 0, 3), [], 'a term cut by the range is not found');
  });
});

describe('TermIndex: overrides', () => {
  it('lets a later (user) entry override an earlier (built-in) one for the same form', () => {
    const mine = user(['中央军委'], ['Central Military Commission of the CPC'], 'house style');
    const index = new TermIndex([CMC, mine]);
    const text = '中央军委和中央军事委员会';
    const [short, long] = index.match(text);
    assert.equal(short!.entry, mine);
    assert.equal(long!.entry, CMC, 'forms the user entry does not list stay built-in');
    assert.equal(index.size, new TermIndex([CMC]).size + 1, 'the user entry adds only its English form');
  });

  it('overrides English forms regardless of case and width', () => {
    const mine = user(['中共中央军委'], ['ｃｍｃ']);
    const index = new TermIndex([CMC, mine]);
    const match = only(index.match('the CMC'));
    assert.equal(match.entry, mine);
    assert.equal(match.term, 'ｃｍｃ');
    assert.equal(only(index.match('the cmc')).entry, mine, 'the overriding form is lower case: any case');
    assert.equal(only(new TermIndex([mine, CMC]).match('the CMC')).entry, CMC, 'order decides');
  });

  it('follows the plural rule of the overriding form', () => {
    const index = new TermIndex([builtin(['人'], ['spokesperson']), user(['发言人'], ['SPOKESPERSON'])]);
    assert.deepEqual(found('SPOKESPERSONS', index), []);
    assert.deepEqual(found('SPOKESPERSON', index), ['SPOKESPERSON']);
    assert.deepEqual(found('Spokesperson', index), [], 'and its capitals');
  });

  it('counts distinct forms in size, skipping blank ones', () => {
    const index = new TermIndex([builtin(['甲', ' ', ''], ['Alpha', 'ALPHA', 'alpha'])]);
    assert.equal(index.size, 2);
  });
});

describe('TermIndex: scale', () => {
  it('builds and matches 100,000 generated terms (50,000 entries, one Chinese and one English form each)', () => {
    const syllables = ['an', 'bo', 'chu', 'da', 'en', 'fa', 'gu', 'he', 'ji', 'ku', 'lo', 'mi', 'nu', 'pe', 'qi', 'ro', 'su', 'ta', 'wu', 'xi'];
    const han = '国防军事安全合作交流演习部队海空陆战区指挥联合训练装备';
    const entries: GlossaryEntry[] = [];
    for (let i = 0; i < 50_000; i++) {
      let n = i;
      let en = '';
      let zh = '';
      for (let k = 0; k < 4; k++) {
        en += syllables[n % syllables.length];
        zh += han[(n * 7 + k) % han.length];
        n = Math.floor(n / syllables.length);
      }
      entries.push(builtin([`${zh}${i}号`], [`${en} ${i}`]));
    }
    const started = performance.now();
    const index = new TermIndex(entries);
    const built = performance.now() - started;
    console.log(`TermIndex: built ${index.size} terms in ${built.toFixed(0)} ms`);
    assert.equal(index.size, 100_000);

    const picks = [0, 1, 12_345, 49_999];
    const text = picks.map((i) => `… ${entries[i]!.en[0]!.toUpperCase()}, ${entries[i]!.zh[0]} …`).join(' ');
    const matchStarted = performance.now();
    const matches = index.match(text);
    console.log(`TermIndex: matched ${text.length} characters in ${(performance.now() - matchStarted).toFixed(1)} ms`);
    assert.deepEqual(
      matches.map((m) => m.entry),
      picks.flatMap((i) => [entries[i], entries[i]]),
    );
  });

  it('matches the built-in glossary in a longer text', () => {
    const index = new TermIndex(builtinEntries());
    const text = '国防部新闻发言人表示，中央军委联合参谋部和上合组织成员国开展交流。'.repeat(200);
    const started = performance.now();
    const matches = index.match(text);
    console.log(`TermIndex: built-in glossary, ${text.length} characters in ${(performance.now() - started).toFixed(1)} ms, ${matches.length} matches`);
    assert.ok(matches.some((m) => m.term === '中央军委联合参谋部'));
    assert.ok(!matches.some((m) => m.term === '中央军委'), 'the longer 中央军委联合参谋部 wins');
    for (let i = 1; i < matches.length; i++) assert.ok(matches[i]!.start >= matches[i - 1]!.end, 'no overlap');
  });
});

describe('findForm: a rendering of one entry in a counterpart paragraph', () => {
  const at = (text: string, forms: string[], start = 0, end = text.length) => {
    const found = findForm(text, start, end, forms);
    return found && text.slice(found.start, found.end);
  };

  it('finds any form, also inside a longer term of another entry, the first in the text', () => {
    const forms = ['Ministry of National Defense', 'MND', 'Defense Ministry'];
    assert.equal(at('The Defense Ministry spokesperson said the MND would reply.', forms), 'Defense Ministry');
    assert.equal(at('国防部新闻发言人说', ['国防部']), '国防部');
  });

  it('follows the matcher: whole words, capitals kept, plural s taken in, within the range', () => {
    assert.equal(at('the MNDs and mnd', ['MND']), undefined);
    assert.equal(at('two spokespersons', ['spokesperson']), 'spokespersons');
    assert.equal(at('a defense ministry', ['Defense Ministry']), undefined);
    assert.equal(at('SCO. SCO', ['SCO'], 1), 'SCO');
    assert.equal(at('xSCO SCO', ['SCO'], 0, 4), undefined);
  });
});

describe('TermIndex: session numbers', () => {
  const EXPO = { ...builtin(['青山博览会'], ['Qingshan Expo']), type: 'meeting' };
  const COUNCIL = { ...builtin(['青山理事会'], ['Qingshan Council']), type: 'organization' };
  const PERSON = { ...builtin(['卡多雷纳'], ['Cadorena']), type: 'person' };
  const index = new TermIndex([EXPO, COUNCIL, PERSON, SPOKES]);

  it('takes a session number before or after the name of a meeting or a body into the match', () => {
    const text = '第二届青山博览会和首届青山博览会，青山理事会第十九次会议通过了青山理事会第2231号决议。';
    assert.deepEqual(found(text, index), ['第二届青山博览会', '首届青山博览会', '青山理事会第十九次会议', '青山理事会第2231号决议']);
    assert.equal(index.match(text)[0]!.text, '第二届青山博览会');
    assert.equal(index.match(text)[0]!.term, '青山博览会');
  });

  it('leaves the name alone without a number, and a person without one in any case', () => {
    assert.deepEqual(found('青山博览会开幕，第二次卡多雷纳发言人', index), ['青山博览会', '卡多雷纳', '发言人']);
    assert.equal(index.match('青山博览会开幕')[0]!.text, undefined);
  });

  it('reaches neither into the previous term nor past the range', () => {
    const text = '发言人第三届青山博览会';
    assert.deepEqual(found(text, index), ['发言人', '第三届青山博览会']);
    const cut = '青山理事会第十九次会议';
    const matches = index.match(cut, 0, cut.indexOf('会议'));
    assert.deepEqual(matches.map((m) => cut.slice(m.start, m.end)), ['青山理事会第十九次']);
  });
});

describe('TermIndex: full names', () => {
  const SURNAME = { ...builtin(['卡多雷纳'], ['Lena Cadorena']), type: 'person' };
  const GIVEN = { ...builtin(['安德烈'], ['Andrei Brandt']), type: 'person' };
  const TITLE = builtin(['外长'], ['Foreign Minister']);
  const index = new TermIndex([SURNAME, GIVEN, TITLE]);

  it('takes the given names before a known surname into the match, back to the previous term', () => {
    const text = '外长卡琳娜·卡多雷纳表示欢迎。';
    const matches = index.match(text);
    assert.deepEqual(found(text, index), ['外长', '卡琳娜·卡多雷纳']);
    assert.equal(matches[1]!.text, '卡琳娜·卡多雷纳');
    assert.equal(matches[1]!.entry, SURNAME);
  });

  it('makes a given name the glossary knows as a person part of the full name', () => {
    assert.deepEqual(found('安德烈·卡多雷纳发言', index), ['安德烈·卡多雷纳']);
  });

  it('leaves a surname alone after a dot that follows no name', () => {
    assert.deepEqual(found('外长·卡多雷纳', index), ['外长', '卡多雷纳']);
    assert.deepEqual(found('卡多雷纳', index), ['卡多雷纳']);
  });
});
