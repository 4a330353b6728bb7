/** Foreign names found in the aligned English by their sound (the names here are made up). */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { foreignNameIn, type KnownTerms } from '../../../server/src/glossary';

/** What the hover finds with the cursor on `word` (its second character) of `zh`. */
function nameAt(zh: string, word: string, en: string, known?: KnownTerms): string | undefined {
  const found = foreignNameIn(zh, zh.indexOf(word) + 1, en, 0, en.length, known);
  return found && `${found.han} = ${found.rendering}`;
}

describe('foreignNameIn', () => {
  it('finds a surname, whatever vowels Chinese gives its consonants', () => {
    assert.equal(nameAt('卡多雷纳外长表示，双方将加强合作。', '卡多雷纳', 'Foreign Minister Cadorena said the two sides would work more closely.'), '卡多雷纳 = Cadorena');
  });

  it('takes a full name with its dot, and a name with particles', () => {
    const zh = '马蒂亚斯·费尔贝克同冯德霍芬举行会谈。';
    const en = 'Matthias Ferbeck held talks with Elke von der Hoven.';
    assert.equal(nameAt(zh, '费尔贝克', en), '马蒂亚斯·费尔贝克 = Matthias Ferbeck');
    assert.equal(nameAt(zh, '冯德霍芬', en), '冯德霍芬 = von der Hoven');
  });

  it('reads the whole name when its first character is also an everyday one (施 of 实施)', () => {
    assert.equal(nameAt('施泰因贝格表示欢迎。', '泰因', 'On Monday, Steinberg said he welcomed it.'), '施泰因贝格 = Steinberg');
  });

  it('finds nothing in ordinary Chinese', () => {
    assert.equal(nameAt('双方同意加强合作。', '合作', 'Both sides agreed to strengthen cooperation, Minister Hasselt said.'), undefined);
  });

  it('takes no sentence-opening word, nor a word the translation also writes in lower case, for a name', () => {
    assert.equal(nameAt('我们欣喜地看到进展。', '欣喜', 'Since then, we have seen progress.'), undefined);
    assert.equal(nameAt('塞纳特投票通过。', '塞纳特', 'The Senate voted for it, and the senate will meet again.'), undefined);
  });

  it('takes a name said twice, or in a longer form, for one name', () => {
    const en = 'Foreign Minister Lena Cadorena arrived on Monday. Cadorena will meet the press.';
    assert.equal(nameAt('卡多雷纳外长周一抵达，卡多雷纳将会见记者。', '卡多雷纳', en), '卡多雷纳 = Cadorena');
  });

  it('says nothing when two names of the paragraph sound alike', () => {
    assert.equal(nameAt('塔尔贝克会见了记者。', '塔尔贝克', 'Both Talbek and Tolbek met the press.'), undefined);
  });

  it('leaves out what the glossary already explains, in either language', () => {
    const zh = '卡多雷纳外长表示欢迎。';
    const en = 'Foreign Minister Cadorena welcomed it.';
    const nameAt_ = en.indexOf('Cadorena');
    assert.equal(nameAt(zh, '卡多雷纳', en, { zh: [], en: [{ start: nameAt_, end: nameAt_ + 8 }] }), undefined);
    assert.equal(nameAt(zh, '卡多雷纳', en, { zh: [{ start: 0, end: 4 }], en: [] }), undefined);
  });
});
