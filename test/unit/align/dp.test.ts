/** The banded dynamic programme: it widens its band when the best path needs more room. */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { cheapestPath, type Step } from '../../../server/src/align/dp';

/** Chinese paragraph ids 0…n-1; the English side keeps those not in `dropped`, in order. */
function costs(n: number, dropped: (i: number) => boolean) {
  const english = Array.from({ length: n }, (_, i) => i).filter((i) => !dropped(i));
  const cost = (i: number, di: number, j: number, dj: number) => (di === 1 && dj === 1 && english[j] === i ? 0 : 10);
  return { english, costs: { cost } };
}

const pairs = (path: Step[]) => path.filter((s) => s.di === 1 && s.dj === 1).map((s) => [s.i, s.j]);

describe('cheapestPath', () => {
  it('follows the diagonal of two equal sequences', () => {
    const path = cheapestPath(50, 50, costs(50, () => false).costs, 3);
    assert.deepEqual(pairs(path), Array.from({ length: 50 }, (_, i) => [i, i]));
  });

  it('finds a long run of omissions far off the scaled diagonal', () => {
    // Forty paragraphs missing near the start: the path runs far from the diagonal there.
    const { english, costs: pairCosts } = costs(400, (i) => i >= 10 && i < 50);
    const path = cheapestPath(400, english.length, pairCosts, 3);
    assert.deepEqual(pairs(path), english.map((i, j) => [i, j]));
    assert.equal(path.filter((s) => s.dj === 0).length, 40);
  });

  it('handles an empty side and a steep ratio', () => {
    assert.deepEqual(cheapestPath(0, 0, { cost: () => 0 }, 3), []);
    assert.equal(cheapestPath(3, 0, { cost: () => 0 }, 3).length, 3);
    const path = cheapestPath(1, 500, { cost: (_i, di, j, dj) => (di === 1 && dj === 1 && j === 250 ? 0 : 10) }, 3);
    assert.deepEqual(pairs(path), [[0, 250]]);
  });
});
