/**
 * Two generated 5,000-paragraph versions align, with omissions scattered through them. The time
 * is printed, not asserted (the benchmark owns the budget of DESIGN.md §8).
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { alignSections } from '../../../server/src/align';
import { parseBriefing } from '../../../server/src/model';
import { sectionOf } from './documents';
import { generate } from './generated';

const PARAGRAPHS = 5000;
describe('alignment performance', () => {
  it(`aligns two ${PARAGRAPHS}-paragraph versions`, () => {
    const { zh, en } = generate(PARAGRAPHS);
    const zhBriefing = parseBriefing(zh.join('\n\n'));
    const enBriefing = parseBriefing(en.join('\n\n'));
    const started = performance.now();
    const alignment = alignSections(
      { briefing: zhBriefing, sections: [sectionOf(zhBriefing, 'zh')] },
      { briefing: enBriefing, sections: [sectionOf(enBriefing, 'en')] },
    );
    const elapsed = performance.now() - started;
    console.log(`aligned ${zh.length} ↔ ${en.length} paragraphs into ${alignment.links.length} links in ${elapsed.toFixed(1)} ms`);
    const omissions = alignment.links.filter((l) => l.en.length === 0).length;
    assert.equal(omissions, zh.length - en.length);
    assert.equal(alignment.links.filter((l) => l.zh.length === 1 && l.en.length === 1).length, en.length);
  });
});
