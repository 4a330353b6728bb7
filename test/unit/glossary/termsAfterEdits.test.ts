/**
 * After edits, the term matches of every paragraph, most of them kept or moved from the version
 * before, equal matching the new text afresh.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { builtinEntries, termsInParagraph, TermIndex } from '../../../server/src/glossary';
import { originOf } from '../../../server/src/model';
import { ModelCache } from '../../../server/src/workspace/modelCache';
import { mulberry32 } from '../../../bench/random';
import { editableTexts, editThrough } from '../helpers/edits';

describe('term matches after edits', () => {
  it('equal matching the new text afresh, for kept and moved paragraphs alike', (t) => {
    const terms = new TermIndex(builtinEntries());
    const random = mulberry32(23);
    let moved = 0;
    let checked = 0;
    for (const { name, text } of editableTexts()) {
      const cache = new ModelCache();
      let document = cache.documents.create(`file:///${encodeURIComponent(name)}`, 'briefing', 1, text);
      for (let step = 0; step < 12; step++) {
        const before = cache.get(document);
        for (const paragraph of before.paragraphs) termsInParagraph(before, paragraph.index, terms);
        document = editThrough(cache, document, random);
        const briefing = cache.get(document);
        for (const paragraph of briefing.paragraphs) {
          const expected = terms.match(briefing.text, paragraph.start, paragraph.end);
          assert.deepEqual(termsInParagraph(briefing, paragraph.index, terms), expected, `${name}, edit ${step}, paragraph ${paragraph.index}`);
          checked++;
          if (originOf(briefing, paragraph.index) && expected.length > 0) moved++;
        }
      }
    }
    t.diagnostic(`${checked} paragraphs checked, ${moved} of them with terms moved from an earlier version`);
    assert.ok(moved > 0, 'the edits must move paragraphs with terms, or this test proves little');
  });
});
