// Names the glossary lacks, found in the aligned English by their pinyin.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { transliterationIn } from '../../../server/src/glossary/transliteration';

const find = (zh: string, at: string, en: string) => transliterationIn(zh, zh.indexOf(at), en, 0, en.length);

describe('transliterationIn', () => {
  const zh = '外交部发言人柯文清表示，代表团将访问三沙和新疆。';
  const en = 'Foreign Ministry Spokesperson Ke Wenqing said that the delegation would visit Sansha and Xinjiang.';

  it('finds a personal name as surname and given name, wherever the cursor is in it', () => {
    for (const at of ['柯', '文', '清']) {
      const found = find(zh, at, en);
      assert.equal(found?.han, '柯文清');
      assert.equal(found?.rendering, 'Ke Wenqing');
      assert.equal(en.slice(found!.renderingStart, found!.renderingEnd), 'Ke Wenqing');
      assert.equal(found?.pinyin, 'kē wén qīng');
    }
  });

  it('finds a place name written as one word', () => {
    assert.equal(find(zh, '三', en)?.rendering, 'Sansha');
    assert.equal(find(zh, '疆', en)?.rendering, 'Xinjiang');
  });

  it('reads a surname by its surname reading (单 is Shan) and takes hyphens and ü in stride', () => {
    assert.equal(find('单立新说', '单', 'Shan Lixin said')?.rendering, 'Shan Lixin');
    assert.equal(find('吕文表示', '吕', 'Lu Wen said')?.rendering, 'Lu Wen');
    assert.equal(find('柯文清说', '文', 'Ke Wen-qing said')?.rendering, 'Ke Wen-qing');
  });

  it('finds nothing in words that are not names, nor in lower-case words, nor words apart', () => {
    assert.equal(find(zh, '表', en), undefined);
    assert.equal(find('三沙', '三', 'the sansha'), undefined);
    assert.equal(find('柯文清', '柯', 'Ke said Wenqing'), undefined);
    assert.equal(find(zh, '清', 'The spokesperson said so.'), undefined);
  });
});
