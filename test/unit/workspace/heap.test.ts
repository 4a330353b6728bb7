/** The server collects after large parses only when the heap grew well past what was live. */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { HeapKeeper } from '../../../server/src/workspace/heap';

const settled = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('HeapKeeper', () => {
  it('collects once the heap holds far more than was live, and not again until it grows anew', async () => {
    let collections = 0;
    const keeper = new HeapKeeper(() => collections++);
    keeper.afterLargeParse();
    await settled();
    assert.equal(collections, 0, 'nothing grew yet');

    // 160 MB of numbers kept alive: the heap now holds far more than when the keeper started.
    const kept = Array.from({ length: 20 }, (_, i) => new Array<number>(1_000_000).fill(i + 0.5));
    keeper.afterLargeParse();
    keeper.afterLargeParse();
    await settled();
    assert.equal(collections, 1, 'one check for the two parses, and one collection');

    keeper.afterLargeParse();
    await settled();
    assert.equal(collections, 1, 'what is live now is the new measure');
    assert.equal(kept.length, 20);
  });

  it('finds the collector without --expose-gc', () => {
    const keeper = new HeapKeeper();
    assert.ok((keeper as unknown as { collect?: () => void }).collect, 'a collector');
  });
});
