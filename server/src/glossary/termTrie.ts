/**
 * A trie of terms over UTF-16 code units, walked from each position of the text: every term that
 * starts there is found in one walk, so "the longest term at each position" needs no fail links
 * (Aho–Corasick's extra machinery, which cost most of the build time for 100,000 terms). A walk
 * stops where no term continues, a few characters in for ordinary text, so matching stays linear
 * in practice and bounded by the longest term in the worst case.
 */

import { FOLDED } from './normalize';

// Bound once here because this module's hot loop reads it per unit: compiled to CommonJS (tsx in
// the tests and bench), an imported binding is read through two getter calls on every use.
const FOLD: Uint16Array = FOLDED;

const ROOT = 0;
const NONE = -1;

export class TermTrie {
  // Node arrays, grown by doubling: typed arrays keep 100,000 terms' nodes compact and cheap to GC.
  // Most nodes have one child (unit, child); a node that branches gets a Map, found via branchOf.
  private unit = new Int32Array(1024).fill(NONE);
  private child = new Int32Array(1024).fill(NONE);
  private ends = new Int32Array(1024).fill(NONE);
  private branchOf = new Int32Array(1024).fill(NONE);
  private readonly branches: Map<number, number>[] = [];
  /** The root's children by code unit: most positions of a text start no term, and say so here at once. */
  private readonly rootChild = new Int32Array(0x10000).fill(NONE);
  private size = 1;

  /** Adds `pattern`, already folded, with the id `id`; the first id given for a pattern stays. */
  add(pattern: string, id: number): void {
    if (pattern.length === 0) return;
    let node = ROOT;
    for (let i = 0; i < pattern.length; i++) {
      const unit = pattern.charCodeAt(i);
      const next = this.next(node, unit);
      node = next === NONE ? this.grow(node, unit) : next;
    }
    if (this.ends[node] === NONE) this.ends[node] = id;
  }

  /** Whether some pattern starts with this (folded) unit: at most positions of a text none does. */
  startsWith(unit: number): boolean {
    return this.rootChild[unit] !== NONE;
  }

  /**
   * Writes the ids and end offsets of the patterns that start at `start` in `text` (shortest
   * first, reading no further than `limit`) into `ids` and `endsAt`, and returns how many. The
   * text is folded unit by unit as it is read (patterns are added folded), so no folded copy of
   * it is needed.
   */
  walk(text: string, start: number, limit: number, ids: number[], endsAt: number[]): number {
    let count = 0;
    let node = ROOT;
    for (let i = start; i < limit; i++) {
      node = this.next(node, FOLD[text.charCodeAt(i)]!);
      if (node === NONE) break;
      const id = this.ends[node]!;
      if (id !== NONE) {
        ids[count] = id;
        endsAt[count] = i + 1;
        count++;
      }
    }
    return count;
  }

  private next(node: number, unit: number): number {
    if (node === ROOT) return this.rootChild[unit]!;
    const branch = this.branchOf[node]!;
    if (branch !== NONE) return this.branches[branch]!.get(unit) ?? NONE;
    return this.unit[node] === unit ? this.child[node]! : NONE;
  }

  private grow(node: number, unit: number): number {
    const created = this.size++;
    if (created >= this.unit.length) this.resize(this.unit.length * 2);
    if (node === ROOT) {
      this.rootChild[unit] = created;
      return created;
    }
    const branch = this.branchOf[node]!;
    if (branch !== NONE) this.branches[branch]!.set(unit, created);
    else if (this.unit[node] === NONE) {
      this.unit[node] = unit;
      this.child[node] = created;
    } else {
      this.branchOf[node] = this.branches.length;
      this.branches.push(
        new Map([
          [this.unit[node]!, this.child[node]!],
          [unit, created],
        ]),
      );
    }
    return created;
  }

  private resize(capacity: number): void {
    const larger = (old: Int32Array) => {
      const grown = new Int32Array(capacity).fill(NONE);
      grown.set(old);
      return grown;
    };
    this.unit = larger(this.unit);
    this.child = larger(this.child);
    this.ends = larger(this.ends);
    this.branchOf = larger(this.branchOf);
  }
}
