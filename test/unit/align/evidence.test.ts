/** The pieces of evidence: lengths, the length cost, and numbers shared across languages. */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { newVocabulary, sectionFeatures, textLength } from '../../../server/src/align/features';
import { EN_PER_ZH, LENGTH_COST_FLOOR, lengthCost } from '../../../server/src/align/lengthModel';
import { linkCost, linkCostFloor } from '../../../server/src/align/linkCost';
import { parseBriefing } from '../../../server/src/model';
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

  it('counts every UTF-16 unit as the plain definition does', () => {
    for (let code = 0; code < 0x10000; code++) {
      for (const text of [String.fromCharCode(code), `中${String.fromCharCode(code)} a`, `a${String.fromCharCode(code)} `]) {
        assert.equal(textLength(text), plainTextLength(text), `U+${code.toString(16)} in ${JSON.stringify(text)}`);
      }
    }
  });
});

/** textLength as first written, by range tests per character: the table it now reads must agree. */
function plainTextLength(text: string): number {
  const wide = (c: number) =>
    (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd840 && c <= 0xd87f) ||
    (c >= 0x3001 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2018 && c <= 0x201f) || c === 0x2014 || c === 0x2026 || c === 0x00b7;
  let wides = 0;
  let narrow = 0;
  let spaces = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (code <= 0x20) spaces++;
      else narrow++;
    } else if (wide(code)) wides++;
    else if (code === 0xa0) spaces++;
    else if (code < 0xdc00 || code > 0xdfff) narrow++;
  }
  return wides > 0 ? wides + narrow / 2 : narrow + spaces;
}

describe('lengthCost', () => {
  it('is lowest at the measured ratio and grows with the difference', () => {
    const atRatio = lengthCost(100, 100 * EN_PER_ZH);
    assert.ok(atRatio < 0.01);
    assert.ok(lengthCost(100, 300) > atRatio);
    assert.ok(lengthCost(100, 200) > lengthCost(100, 300));
  });

  it('is never below LENGTH_COST_FLOOR, which it nearly reaches where lengths fit', () => {
    let lowest = Infinity;
    for (let zh = 0; zh <= 2000; zh += 0.5) {
      for (let offset = -40; offset <= 40; offset += 0.25) lowest = Math.min(lowest, lengthCost(zh, Math.max(0, EN_PER_ZH * zh + offset)));
    }
    assert.ok(lowest >= LENGTH_COST_FLOOR, `lowest ${lowest}`);
    assert.ok(lowest < 1e-6, `lowest ${lowest}`);
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

  it('reads a month only as a whole capitalised word', () => {
    assert.deepEqual(numbersIn("Mayor Mayday MARCH march Augusts June's Sept. September"), ['6', '9']);
    assert.deepEqual(numbersIn('May2020 2020May May 2020, 3May'), ['2020', '2020', '5', '2020', '3']);
  });
});

describe('linkCostFloor', () => {
  it('is never above linkCost and leaves out no more than the length cost, on the samples', () => {
    const samples = join(__dirname, '..', '..', '..', 'samples');
    const zhBriefing = parseBriefing(readFileSync(join(samples, 'mfa-2026-02-03.zh.briefing'), 'utf8'));
    const enBriefing = parseBriefing(readFileSync(join(samples, 'mfa-2026-02-03.en.briefing'), 'utf8'));
    const vocabulary = newVocabulary();
    const zh = sectionFeatures({ briefing: zhBriefing, sections: [zhBriefing.sections[0]!] }, vocabulary);
    const en = sectionFeatures({ briefing: enBriefing, sections: [enBriefing.sections[0]!] }, vocabulary);
    let links = 0;
    for (let i = 0; i < zh.length; i++) {
      for (let j = 0; j < en.length; j++) {
        for (const [di, dj] of [[1, 1], [2, 1], [1, 2]] as const) {
          if (i + di > zh.length || j + dj > en.length) continue;
          for (const terms of [0, 0.5, 1]) {
            const args = [zh[i]!, di === 2 ? zh[i + 1] : undefined, en[j]!, dj === 2 ? en[j + 1] : undefined, terms] as const;
            const cost = linkCost(...args);
            const floor = linkCostFloor(...args);
            assert.ok(floor <= cost, `floor ${floor} above cost ${cost} at ${i}+${di}, ${j}+${dj}`);
            if (cost !== Infinity) assert.ok(cost - floor <= -Math.log(0.005) + 1e-5, `floor ${floor} far below cost ${cost}`);
            links++;
          }
        }
      }
    }
    assert.ok(links > 1000);
  });
});
