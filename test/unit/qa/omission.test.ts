/** Omissions: a Chinese paragraph skipped between translated ones, but not the rest of an unfinished translation. */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { Link } from '../../../server/src/align';
import { builtinEntries, TermIndex } from '../../../server/src/glossary';
import { parseBriefing } from '../../../server/src/model';
import { checkTranslation } from '../../../server/src/qa';

const ZH = parseBriefing(['答：第一段。', '', '答：第二段。', '', '答：第三段。', '', '答：第四段。'].join('\n'));
const EN = parseBriefing(['A: The first paragraph.', '', 'A: The third paragraph.'].join('\n'));
const terms = new TermIndex(builtinEntries());
const link = (zh: number[], en: number[]): Link => ({ zh, en, confidence: 1 });

describe('omission between translated paragraphs', () => {
  it('reports a skipped paragraph where its English belongs, and not the untranslated rest', () => {
    // 1 ↔ 1, 2 skipped, 3 ↔ 2, 4 not translated yet.
    const links = [link([0], [0]), link([1], []), link([2], [1]), link([3], [])];
    const omissions = checkTranslation(ZH, EN, links, terms, { numbers: false, terms: false }).filter((f) => f.check === 'omission');
    assert.equal(omissions.length, 1);
    const [skipped] = omissions;
    assert.equal(skipped!.start, EN.paragraphs[0]!.end, 'at the end of the English before it');
    assert.equal(ZH.text.slice(skipped!.sourceStart, skipped!.sourceEnd), '答：第二段。');
  });
});
