/** Naming rules that pair sibling files of the two language versions. */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { counterpartFileNames, customPatternCounterparts, languageByCustomPatterns, languageOfFileName } from '../../../server/src/align';

describe('languageOfFileName', () => {
  const cases: [string, 'zh' | 'en' | undefined][] = [
    ['briefing.zh.txt', 'zh'],
    ['briefing.en.txt', 'en'],
    ['briefing.zh-CN.txt', 'zh'],
    ['briefing.zh-Hans.briefing', 'zh'],
    ['briefing.zh_CN.txt', 'zh'],
    ['briefing.cn.txt', 'zh'],
    ['briefing.chs.txt', 'zh'],
    ['briefing.chi.txt', 'zh'],
    ['briefing.zho.txt', 'zh'],
    ['briefing.en-US.txt', 'en'],
    ['briefing.en-GB.txt', 'en'],
    ['briefing.eng.txt', 'en'],
    ['Briefing.ZH.TXT', 'zh'],
    ['briefing_zh.txt', 'zh'],
    ['briefing-en.txt', 'en'],
    ['BRIEFING_EN.TXT', 'en'],
    ['briefing_zh', 'zh'],
    ['notes/2024/mfa-2024-03-05.zh.txt', 'zh'],
    ['briefing.txt', undefined],
    ['briefing.bilingual.txt', undefined],
    ['briefing.fr.txt', undefined],
    ['zh.txt', undefined],
    ['kitchen.txt', undefined],
    ['frozen.txt', undefined],
    ['', undefined],
  ];
  for (const [name, language] of cases) {
    it(`${name || '(empty)'} → ${language}`, () => assert.equal(languageOfFileName(name), language));
  }
});

describe('counterpartFileNames', () => {
  it('maps NAME.zh.EXT to NAME.en.EXT first, then the other English tags', () => {
    assert.deepEqual(counterpartFileNames('mfa-2024-03-05.zh.txt'), [
      'mfa-2024-03-05.en.txt',
      'mfa-2024-03-05.en-US.txt',
      'mfa-2024-03-05.en-GB.txt',
      'mfa-2024-03-05.eng.txt',
    ]);
  });

  it('maps NAME.en.EXT to NAME.zh.EXT first, then the other Chinese tags', () => {
    assert.deepEqual(counterpartFileNames('a.en.briefing'), [
      'a.zh.briefing',
      'a.zh-CN.briefing',
      'a.zh-Hans.briefing',
      'a.zh_CN.briefing',
      'a.cn.briefing',
      'a.chs.briefing',
      'a.chi.briefing',
      'a.zho.briefing',
    ]);
  });

  it('tries the tag that mirrors the input first', () => {
    assert.equal(counterpartFileNames('a.zh-CN.txt')[0], 'a.en-US.txt');
    assert.equal(counterpartFileNames('a.zh_CN.txt')[0], 'a.en-US.txt');
    assert.equal(counterpartFileNames('a.en-US.txt')[0], 'a.zh-CN.txt');
    assert.equal(counterpartFileNames('a.en-GB.txt')[0], 'a.zh-CN.txt');
    assert.equal(counterpartFileNames('a.zho.txt')[0], 'a.eng.txt');
    assert.equal(counterpartFileNames('a.chi.txt')[0], 'a.eng.txt');
    assert.equal(counterpartFileNames('a.eng.txt')[0], 'a.zho.txt');
    for (const tag of ['cn', 'chs', 'zh-Hans']) assert.equal(counterpartFileNames(`a.${tag}.txt`)[0], 'a.en.txt', tag);
  });

  it('lists every candidate once', () => {
    const names = counterpartFileNames('a.zh-CN.txt');
    assert.equal(new Set(names).size, names.length);
    assert.ok(names.includes('a.en.txt'));
  });

  it('keeps the case style of the input', () => {
    assert.equal(counterpartFileNames('A.ZH.TXT')[0], 'A.EN.TXT');
    assert.equal(counterpartFileNames('a.Zh.txt')[0], 'a.En.txt');
    assert.equal(counterpartFileNames('a.zh-cn.txt')[0], 'a.en-us.txt');
    assert.equal(counterpartFileNames('a.ZH-CN.txt')[0], 'a.EN-US.txt');
    assert.deepEqual(counterpartFileNames('Report_ZH.TXT'), ['Report_EN.TXT']);
  });

  it('maps the NAME_zh and NAME-en forms, with or without an extension', () => {
    assert.deepEqual(counterpartFileNames('briefing_zh.txt'), ['briefing_en.txt']);
    assert.deepEqual(counterpartFileNames('briefing-en.txt'), ['briefing-zh.txt']);
    assert.deepEqual(counterpartFileNames('briefing_En'), ['briefing_Zh']);
    assert.deepEqual(counterpartFileNames('mfa-2024-zh.txt'), ['mfa-2024-en.txt']);
  });

  it('keeps the folder of a path', () => {
    assert.equal(counterpartFileNames('docs/2024/a.zh.txt')[0], 'docs/2024/a.en.txt');
    assert.equal(counterpartFileNames('C:\\docs\\a_en.txt')[0], 'C:\\docs\\a_zh.txt');
  });

  it('gives no candidates for a name without a language', () => {
    for (const name of ['briefing.txt', 'briefing.bilingual.txt', 'a.fr.txt', 'kitchen.txt', 'frozen', 'zh', '.zh.txt', 'docs.zh/a.txt']) {
      assert.deepEqual(counterpartFileNames(name), [], name);
    }
  });
});

describe('customPatternCounterparts', () => {
  const patterns = [{ zh: '{name}.cn.txt', en: '{name}.txt' }];

  it('maps the Chinese side of a pattern to the English side', () => {
    assert.deepEqual(customPatternCounterparts('mfa-2024-03-05.cn.txt', patterns), ['mfa-2024-03-05.txt']);
    assert.equal(languageByCustomPatterns('mfa-2024-03-05.cn.txt', patterns), 'zh');
  });

  it('maps the English side of a pattern to the Chinese side', () => {
    assert.deepEqual(customPatternCounterparts('mfa-2024-03-05.txt', patterns), ['mfa-2024-03-05.cn.txt']);
    assert.equal(languageByCustomPatterns('mfa-2024-03-05.txt', patterns), 'en');
  });

  it('tries patterns in order and keeps the folder', () => {
    const two = [
      { zh: '中文/{name}.txt', en: 'English/{name}.txt' },
      { zh: '{name}-chinese.md', en: '{name}-english.md' },
    ];
    assert.deepEqual(customPatternCounterparts('x/a-chinese.md', two), ['x/a-english.md']);
    assert.deepEqual(customPatternCounterparts('a-english.md', two), ['a-chinese.md']);
  });

  it('substitutes every placeholder', () => {
    assert.deepEqual(customPatternCounterparts('a.a.zh', [{ zh: '{name}.{name}.zh', en: '{name}.en' }]), ['a.en']);
  });

  it('gives nothing when no pattern fits, or a pattern has no placeholder', () => {
    assert.deepEqual(customPatternCounterparts('a.md', patterns), []);
    assert.deepEqual(customPatternCounterparts('fixed.txt', [{ zh: 'fixed.txt', en: 'other.txt' }]), []);
    assert.equal(languageByCustomPatterns('a.md', patterns), undefined);
  });
});
