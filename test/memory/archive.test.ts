/**
 * The figures on the archive of real briefings: the newest 8 pairs held out as "being
 * translated", the 32 before them as the memory. Prints the share of held-out Chinese sentences
 * with a match ≥ 75%, and how often the top suggestion is the translator's own rendering.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { normalized } from '../../server/src/memory';
import { archivePairs, heldOutFigures, memoryOf, unitsOfArchive } from './archive';

const HELD_OUT = 8;
const percent = (part: number, whole: number) => `${((100 * part) / Math.max(1, whole)).toFixed(1)}%`;

describe('translation memory on the archive', () => {
  const pairs = archivePairs();
  const skip = pairs.length <= HELD_OUT ? 'the archive (../shared/archive) is not there' : false;

  it('measures matches for the newest briefings from the older ones', { skip }, (t) => {
    const sets = unitsOfArchive(pairs);
    const memory = memoryOf(sets.slice(0, -HELD_OUT));
    const figures = heldOutFigures(memory, pairs.slice(-HELD_OUT));
    const lines = [
      `memory: ${pairs.length - HELD_OUT} briefings, ${memory.size} units; held out: the newest ${HELD_OUT} (${pairs.at(-HELD_OUT)!.date} to ${pairs.at(-1)!.date})`,
      `held-out Chinese sentences with a match ≥ 75%: ${figures.matched} of ${figures.sentences} (${percent(figures.matched, figures.sentences)}); 100% matches: ${figures.exact}`,
      `of ${figures.comparable} matched sentences whose rendering is known, the top suggestion is the translator's: ${figures.topIsRendering} (${percent(figures.topIsRendering, figures.comparable)}); in the first three: ${figures.inTopThree} (${percent(figures.inTopThree, figures.comparable)})`,
    ];
    for (const line of lines) t.diagnostic(line);
    console.log(lines.join('\n'));
    assert.ok(figures.sentences > 100, 'the held-out briefings have sentences');
    assert.ok(figures.matched <= figures.sentences && figures.exact <= figures.matched);
    assert.ok(figures.topIsRendering <= figures.inTopThree && figures.inTopThree <= figures.comparable);
    // Spokespersons repeat themselves: some held-out sentence is in the memory word for word.
    assert.ok(figures.exact > 0);
  });

  it('finds every sentence of the memory itself at 100%, its rendering among those offered', { skip }, () => {
    const sets = unitsOfArchive(pairs.slice(0, 4));
    const memory = memoryOf(sets);
    const sentences = sets.flatMap((s) => s.units).filter((u) => u.kind === 'sentence');
    for (const unit of sentences) {
      const matches = memory.search(unit.zh, { limit: 50 });
      assert.equal(matches[0]?.score, 100, unit.zh);
      assert.ok(matches.some((m) => normalized(m.unit.en) === normalized(unit.en)), unit.zh);
    }
  });
});
