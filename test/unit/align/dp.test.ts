/** The banded dynamic programme: it widens its band when the best path needs more room. */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { cheapestPath, type PairCosts, type Step } from '../../../server/src/align/dp';

type Cost = PairCosts['cost'];

/** Costs with no floor worth the name: every link's cost is looked at. */
const unbounded = (cost: Cost): PairCosts => ({ cost, floor: () => -Infinity });

/** Chinese paragraph ids 0…n-1; the English side keeps those not in `dropped`, in order. */
function costs(n: number, dropped: (i: number) => boolean) {
  const english = Array.from({ length: n }, (_, i) => i).filter((i) => !dropped(i));
  const cost = (i: number, di: number, j: number, dj: number) => (di === 1 && dj === 1 && english[j] === i ? 0 : 10);
  return { english, costs: unbounded(cost) };
}

const pairs = (path: Step[]) => path.filter((s) => s.di === 1 && s.dj === 1).map((s) => [s.i, s.j]);

/** A small deterministic generator, so that every run checks the same tables. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

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
    assert.deepEqual(cheapestPath(0, 0, unbounded(() => 0), 3), []);
    assert.equal(cheapestPath(3, 0, unbounded(() => 0), 3).length, 3);
    // The pair is strong evidence (as an anchor is): it must beat leaving the one Chinese paragraph
    // out early and every English one to the cheaper end gap.
    const path = cheapestPath(1, 500, unbounded((_i, di, j, dj) => (di === 1 && dj === 1 && j === 250 ? -200 : 10)), 3);
    assert.deepEqual(pairs(path), [[0, 250]]);
  });

  it('leaves the untranslated rest of a longer version to the end gap rather than stretching over it', () => {
    // English renders the first 100 of 400 Chinese paragraphs; a wrong pair costs as much as two omissions.
    const english = Array.from({ length: 100 }, (_, i) => i);
    const cost = (i: number, di: number, j: number, dj: number) => (di === 1 && dj === 1 && english[j] === i ? 0 : 6);
    const path = cheapestPath(400, 100, unbounded(cost), 3);
    assert.deepEqual(pairs(path), english.map((i, j) => [i, j]));
  });

  it('skips 2–1 and 1–2 links by their floor and finds the same path as without it', () => {
    const next = random(11);
    for (let table = 0; table < 20; table++) {
      const n = 30 + Math.floor(next() * 40);
      const m = n - 5 + Math.floor(next() * 10);
      // Costs of every link, fixed per table; merges cost more on the whole, as in briefings, and
      // a floor lies under each cost by a random amount (sometimes none).
      const drawn = new Map<string, { cost: number; floor: number }>();
      const link = (i: number, di: number, j: number, dj: number) => {
        const key = `${i},${di},${j},${dj}`;
        let value = drawn.get(key);
        if (!value) {
          const cost = (di + dj === 3 ? 4 : 0) + next() * 6 - 2;
          drawn.set(key, (value = { cost, floor: next() < 0.3 ? cost : cost - next() * 3 }));
        }
        return value;
      };
      let costsAsked = 0;
      const bounded: PairCosts = {
        cost: (i, di, j, dj) => {
          if (di + dj === 3) costsAsked++;
          return link(i, di, j, dj).cost;
        },
        floor: (i, di, j, dj) => link(i, di, j, dj).floor,
      };
      const withFloor = cheapestPath(n, m, bounded, 3);
      const asked = costsAsked;
      costsAsked = 0;
      const without = cheapestPath(n, m, { cost: bounded.cost, floor: () => -Infinity }, 3);
      assert.deepEqual(withFloor, without, `table ${table}`);
      assert.ok(asked < costsAsked, `table ${table}: the floor spared some costs (${asked} of ${costsAsked} asked)`);
    }
  });
});
