/** Findings kept per link: found once per text, moved with the paragraphs, found again when the text changes. */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { parseBriefing } from '../../../server/src/model';
import { LinkFindings } from '../../../server/src/qa/linkCache';
import { msg } from '../../../server/src/l10n';
import type { Finding } from '../../../server/src/qa';
import type { LinkView, Versions } from '../../../server/src/qa/view';

function versionsOf(zh: string, en: string): { versions: Versions; view: LinkView } {
  const versions = { zh: parseBriefing(zh), en: parseBriefing(en) };
  const [z, e] = [versions.zh.paragraphs.at(-1)!, versions.en.paragraphs.at(-1)!];
  return { versions, view: { link: { zh: [z.index], en: [e.index], confidence: 1 }, zh: [z], en: [e], source: z, target: e } };
}

describe('findings kept per link', () => {
  it('finds once for the same texts, and moves the finding with its paragraph', () => {
    const cache = new LinkFindings();
    let calls = 0;
    const find = (view: LinkView): Finding[] => {
      calls++;
      return [{ check: 'numbers', message: msg('qa.omission.skipped'), start: view.target.start + 3, end: view.target.start + 5, sourceStart: view.source.start + 1, sourceEnd: view.source.start + 2, fix: { start: view.target.start + 3, end: view.target.start + 5, text: '12', title: msg('qa.numbers.fix', { number: '12' }) } }];
    };
    const a = versionsOf('答：有12人。', 'A: 13 people.');
    const first = cache.of(a.versions, a.view, 'numbers', () => find(a.view));
    // The same paragraphs after lines were added above them.
    const b = versionsOf('问：多少？\n\n答：有12人。', 'Q: How many?\n\nA: 13 people.');
    const moved = cache.of(b.versions, b.view, 'numbers', () => find(b.view));
    assert.equal(calls, 1, 'found once');
    const shift = b.view.target.start - a.view.target.start;
    assert.deepEqual([moved[0]!.start, moved[0]!.end, moved[0]!.fix!.start], [first[0]!.start + shift, first[0]!.end + shift, first[0]!.fix!.start + shift]);
    assert.equal(moved[0]!.sourceStart, first[0]!.sourceStart + (b.view.source.start - a.view.source.start));
    const c = versionsOf('答：有12人。', 'A: 14 people.');
    cache.of(c.versions, c.view, 'numbers', () => find(c.view));
    assert.equal(calls, 2, 'another text is checked again');
    cache.of(a.versions, a.view, 'terms', () => find(a.view));
    assert.equal(calls, 3, 'another check is its own');
  });
});
