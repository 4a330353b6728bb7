/**
 * After edits, the term matches of every paragraph, most of them kept or moved from the version
 * before, equal matching the new text afresh.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { builtinEntries, termsInParagraph, TermIndex } from '../../../server/src/glossary';
import { originOf } from '../../../server/src/model';
import { editEachText } from '../helpers/edits';

describe('term matches after edits', () => {
  it('equal matching the new text afresh, for kept and moved paragraphs alike', (t) => {
    const terms = new TermIndex(builtinEntries());
    let moved = 0;
    let checked = 0;
    editEachText(
      23,
      12,
      (previous) => previous.paragraphs.forEach((paragraph) => termsInParagraph(previous, paragraph.index, terms)),
      ({ name, step, briefing }) => {
        for (const paragraph of briefing.paragraphs) {
          const expected = terms.match(briefing.text, paragraph.start, paragraph.end);
          assert.deepEqual(termsInParagraph(briefing, paragraph.index, terms), expected, `${name}, edit ${step}, paragraph ${paragraph.index}`);
          checked++;
          if (originOf(briefing, paragraph.index) && expected.length > 0) moved++;
        }
      },
    );
    t.diagnostic(`${checked} paragraphs checked, ${moved} of them with terms moved from an earlier version`);
    assert.ok(moved > 0, 'the edits must move paragraphs with terms, or this test proves little');
  });
});
