/**
 * Reparsing around an edit gives the model a full parse gives, on real transcripts (the corpus
 * when it is there) and the samples, for seeded random edits of every kind: typing in a line,
 * new and deleted lines, labels and markers typed or removed, line breaks of all three kinds.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { composeRegions, parseWithState, type ChangedRegion, type ParsedBriefing } from '../../../server/src/model';
import { isHardWrapped } from '../../../server/src/model/paragraphs';
import { reparseAround } from '../../../server/src/model/reparse';
import { mulberry32 } from '../../../bench/random';
import { apply, editableTexts, randomEdit } from '../helpers/edits';

const STEPS = Number(process.env.REPARSE_STEPS ?? 40);

/** The state without what the section builder keeps of the patterns it asked (asked lazily, so kept for more paragraphs after edits). */
function essential(state: ParsedBriefing['state']) {
  return { ...state, facts: state.facts.map(({ titleLike, endsTranscript, separator, ...rest }) => rest) };
}

describe('reparse around an edit', () => {
  it('gives the model of a full parse, for single edits and batches of them', (t) => {
    const random = mulberry32(20261126);
    let incremental = 0;
    let keptShape = 0;
    let movedInPlace = 0;
    let edits = 0;
    for (const { name, text: original } of editableTexts()) {
      let text = original;
      let previous: ParsedBriefing = parseWithState(text);
      if (name === 'wrapped sample') assert.ok(isHardWrapped(previous.state.stats), 'the wrapped sample reads as hard-wrapped');
      for (let step = 0; step < STEPS; step++) {
        let region: ChangedRegion | undefined;
        const batch = random() < 0.8 ? 1 : 2 + Math.floor(random() * 3);
        for (let i = 0; i < batch; i++) {
          const applied = apply(text, randomEdit(text, random));
          text = applied.text;
          region = composeRegions(region, applied.region);
        }
        const full = parseWithState(text);
        const around = reparseAround(previous, text, region!);
        edits++;
        if (around) {
          incremental++;
          // Only an edit that kept the shape keeps the objects before it (sameShape.ts).
          if (around.briefing.paragraphs[1] === previous.briefing.paragraphs[1]) keptShape++;
          // ... and moves those after it in place, rather than copying them.
          if (around.briefing.paragraphs.at(-1) === previous.briefing.paragraphs.at(-1) && around.briefing.paragraphs[1] === previous.briefing.paragraphs[1]) movedInPlace++;
          assert.deepEqual(around.briefing, full.briefing, `${name}, edit ${step}: model`);
          assert.deepEqual(essential(around.state), essential(full.state), `${name}, edit ${step}: parse state`);
        }
        previous = around ?? full;
      }
    }
    // Most edits fall inside the body and must take the incremental path, or this test proves little.
    t.diagnostic(`${incremental} of ${edits} edits parsed incrementally, ${keptShape} of them keeping the shape of the model (${movedInPlace} with paragraphs moved in place)`);
    assert.ok(incremental > edits * 0.6, `${incremental} of ${edits} edits were parsed incrementally`);
    assert.ok(keptShape > incremental * 0.2, `${keptShape} of ${incremental} incremental parses kept the shape`);
    assert.ok(movedInPlace > keptShape * 0.5, `${movedInPlace} of ${keptShape} parses that kept the shape moved the paragraphs after the edit in place`);
  });

  it('composes regions of successive edits into one region of the original text', () => {
    const random = mulberry32(7);
    for (let run = 0; run < 500; run++) {
      const original = 'x'.repeat(Math.floor(random() * 50));
      let text = original;
      let region: ChangedRegion | undefined;
      for (let i = 0; i < 1 + Math.floor(random() * 4); i++) {
        const start = Math.floor(random() * (text.length + 1));
        const end = Math.min(text.length, start + Math.floor(random() * 5));
        const inserted = 'y'.repeat(Math.floor(random() * 4));
        text = text.slice(0, start) + inserted + text.slice(end);
        region = composeRegions(region, { start, oldEnd: end, newEnd: start + inserted.length });
      }
      const r = region!;
      // Outside the region, the texts agree; the region's ends map onto each other.
      assert.equal(text.slice(0, r.start), original.slice(0, r.start));
      assert.equal(text.slice(r.newEnd), original.slice(r.oldEnd));
      assert.equal(text.length - r.newEnd, original.length - r.oldEnd);
    }
  });
});
