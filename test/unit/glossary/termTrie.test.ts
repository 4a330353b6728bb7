/** The term trie: every pattern that starts at a position, checked against a naive search. */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { TermTrie } from '../../../server/src/glossary/termTrie';

/** The [id, end] pairs a walk from `start` reports. */
function walk(trie: TermTrie, text: string, start: number, limit: number): [number, number][] {
  const ids: number[] = [];
  const ends: number[] = [];
  const count = trie.walk(text, start, limit, ids, ends);
  return ids.slice(0, count).map((id, k) => [id, ends[k]!]);
}

/** "start-end:pattern" for every pattern found by walking the trie from every position. */
function occurrences(patterns: string[], text: string): string[] {
  const trie = new TermTrie();
  patterns.forEach((p, id) => trie.add(p, id));
  const found: string[] = [];
  for (let at = 0; at < text.length; at++) for (const [id, end] of walk(trie, text, at, text.length)) found.push(`${at}-${end}:${patterns[id]}`);
  return found.sort();
}

function naive(patterns: string[], text: string): string[] {
  const found = new Set<string>();
  for (const pattern of new Set(patterns)) {
    if (!pattern) continue;
    for (let at = 0; at + pattern.length <= text.length; at++) if (text.startsWith(pattern, at)) found.add(`${at}-${at + pattern.length}:${pattern}`);
  }
  return [...found].sort();
}

describe('TermTrie', () => {
  it('finds every pattern that starts at each position, overlaps included', () => {
    assert.deepEqual(occurrences(['he', 'she', 'his', 'hers'], 'ushers'), ['1-4:she', '2-4:he', '2-6:hers']);
  });

  it('reports patterns shortest first, with the id given first for a duplicate', () => {
    const trie = new TermTrie();
    assert.deepEqual(
      ['中央', '中央军委', '中央'].map((p, id) => trie.add(p, id + 10)),
      [10, 11, 10],
      'add returns the id a pattern has',
    );
    assert.deepEqual(walk(trie, '中央军委会议', 0, 6), [
      [10, 2],
      [11, 4],
    ]);
  });

  it('ignores the empty pattern and stops at the limit', () => {
    const trie = new TermTrie();
    assert.equal(trie.add('', 0), -1);
    trie.add('abc', 1);
    assert.deepEqual(walk(trie, 'abc', 0, 2), []);
    assert.deepEqual(walk(trie, '', 0, 0), []);
  });

  it('keeps offsets right around surrogate pairs', () => {
    assert.deepEqual(occurrences(['𠀀国', '国'], 'a𠀀国'), ['1-4:𠀀国', '3-4:国']);
  });

  it('agrees with a naive search on random texts', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', '中', '国', '𠀀');
    const word = fc.array(alphabet, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), fc.array(alphabet, { maxLength: 40 }).map((parts) => parts.join('')), (patterns, text) => {
        assert.deepEqual(occurrences(patterns, text), naive(patterns, text));
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
