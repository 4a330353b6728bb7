/** The pieces of evidence: lengths, the length cost, and numbers shared across languages. */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { textLength } from '../../../server/src/align/features';
import { EN_PER_ZH, lengthCost } from '../../../server/src/align/lengthModel';
import { numbersIn } from '../../../server/src/align/numbers';

describe('textLength', () => {
  it('counts Han characters and full-width punctuation one, other characters in Chinese text half', () => {
    assert.equal(textLength('双方签署协议。'), 7);
    assert.equal(textLength('签署了12项'), 4 + 1);
    assert.equal(textLength('𠀀𠀁'), 2);
  });

  it('counts English text plainly, spaces included', () => {
    assert.equal(textLength('Two sides signed.'), 17);
  });
});

describe('lengthCost', () => {
  it('is lowest at the measured ratio and grows with the difference', () => {
    const atRatio = lengthCost(100, 100 * EN_PER_ZH);
    assert.ok(atRatio < 0.01);
    assert.ok(lengthCost(100, 300) > atRatio);
    assert.ok(lengthCost(100, 200) > lengthCost(100, 300));
  });

  it('stays bounded, so a moved sentence cannot outweigh structure', () => {
    assert.ok(lengthCost(100, 5000) < 6);
    assert.ok(Number.isFinite(lengthCost(0, 300)));
    assert.equal(lengthCost(0, 0), 0);
  });
});

describe('numbersIn', () => {
  it('reads Chinese dates and English dates alike', () => {
    assert.deepEqual(numbersIn('2023年12月28日'), ['2023', '12', '28']);
    assert.deepEqual(numbersIn('on December 28, 2023'), ['12', '28', '2023']);
  });

  it('normalises separators, full-width digits and leading zeros', () => {
    assert.deepEqual(numbersIn('1,000 people'), ['1000']);
    assert.deepEqual(numbersIn('２０２３年'), ['2023']);
    assert.deepEqual(numbersIn('3.5 percent, 07'), ['3.5', '7']);
  });

  it('ignores capitalised words that are not months', () => {
    assert.deepEqual(numbersIn('Sunday, Olympics and Monday'), []);
  });
});
