/**
 * A trie of terms over UTF-16 code units, walked from each position of the text: every term that
 * starts there is found in one walk, so "the longest term at each position" needs no fail links
 * (Aho–Corasick's extra machinery, which cost most of the build time for 100,000 terms). A walk
 * stops where no term continues, a few characters in for ordinary text, so matching stays linear
 * in practice and bounded by the longest term in the worst case.
 */

const ROOT = 0;
const NONE = -1;

export class TermTrie {
  /** Most nodes have one child, kept in two arrays; a node that branches gets a Map. */
  private readonly unit: number[] = [NONE];
  private readonly child: number[] = [NONE];
  private readonly branch: (Map<number, number> | undefined)[] = [undefined];
  /** The pattern that ends at each node, or -1. */
  private readonly ends: number[] = [NONE];

  /** Adds `pattern` with the id `id`; the first id given for a pattern stays. */
  add(pattern: string, id: number): void {
    if (pattern.length === 0) return;
    let node = ROOT;
    for (let i = 0; i < pattern.length; i++) {
      const unit = pattern.charCodeAt(i);
      node = this.next(node, unit) ?? this.grow(node, unit);
    }
    if (this.ends[node] === NONE) this.ends[node] = id;
  }

  /**
   * Calls `found(id, end)` for each pattern that starts at `start` in `text`, shortest first,
   * without reading past `limit`.
   */
  walk(text: string, start: number, limit: number, found: (id: number, end: number) => void): void {
    let node = ROOT;
    for (let i = start; i < limit; i++) {
      const next = this.next(node, text.charCodeAt(i));
      if (next === undefined) return;
      node = next;
      if (this.ends[node] !== NONE) found(this.ends[node]!, i + 1);
    }
  }

  private next(node: number, unit: number): number | undefined {
    const branch = this.branch[node];
    if (branch !== undefined) return branch.get(unit);
    return this.unit[node] === unit ? this.child[node] : undefined;
  }

  private grow(node: number, unit: number): number {
    const created = this.unit.length;
    this.unit.push(NONE);
    this.child.push(NONE);
    this.branch.push(undefined);
    this.ends.push(NONE);
    const branch = this.branch[node];
    if (branch !== undefined) branch.set(unit, created);
    else if (this.unit[node] === NONE) {
      this.unit[node] = unit;
      this.child[node] = created;
    } else {
      this.branch[node] = new Map([
        [this.unit[node]!, this.child[node]!],
        [unit, created],
      ]);
    }
    return created;
  }
}
