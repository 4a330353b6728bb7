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
/** The unit of a node with several children: they are in the edge table. */
const BRANCHES = -2;

// A node is three int32s side by side, so that visiting one reads one cache line: the unit of its
// only child (or NONE, or BRANCHES), that child, and the id of the pattern ending there (or NONE).
const NODE = 3;
const UNIT = 0;
const CHILD = 1;
const END = 2;
// An edge-table slot is three int32s too: owner node (NONE: free), unit, child.
const SLOT = 3;
const OWNER = 0;
const LABEL = 1;
const TARGET = 2;

export class TermTrie {
  // Typed arrays, grown by doubling, keep 100,000 terms' nodes compact and cheap to GC.
  private nodes = new Int32Array(1024 * NODE).fill(NONE);
  private size = 1;
  /** The root's children by code unit: most positions of a text start no term, and say so here at once. */
  private readonly rootChild = new Int32Array(0x10000).fill(NONE);
  // The edges of branching nodes: one open-addressing hash table keyed by (node, unit), rather
  // than a Map per node (tens of thousands of Maps made most of the build time).
  private edgeSlots = new Int32Array(1024 * SLOT).fill(NONE);
  private edges = 0;

  /**
   * Adds `pattern`, already folded, with the id `id`, and returns the pattern's id: `id`, or the
   * id it was first added with (which stays). The empty pattern is not added (-1).
   */
  add(pattern: string, id: number): number {
    if (pattern.length === 0) return NONE;
    let node = ROOT;
    for (let i = 0; i < pattern.length; i++) {
      const unit = pattern.charCodeAt(i);
      const next = this.next(node, unit);
      node = next === NONE ? this.grow(node, unit) : next;
    }
    const end = node * NODE + END;
    if (this.nodes[end] === NONE) this.nodes[end] = id;
    return this.nodes[end]!;
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
      const id = this.nodes[node * NODE + END]!;
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
    const only = this.nodes[node * NODE + UNIT]!;
    if (only === unit) return this.nodes[node * NODE + CHILD]!;
    return only === BRANCHES ? this.edge(node, unit) : NONE;
  }

  private grow(node: number, unit: number): number {
    const created = this.size++;
    if ((created + 1) * NODE > this.nodes.length) {
      const larger = new Int32Array(this.nodes.length * 2).fill(NONE);
      larger.set(this.nodes);
      this.nodes = larger;
    }
    const at = node * NODE;
    if (node === ROOT) {
      this.rootChild[unit] = created;
    } else if (this.nodes[at + UNIT] === NONE) {
      this.nodes[at + UNIT] = unit;
      this.nodes[at + CHILD] = created;
    } else {
      // A second child: both go to the edge table.
      if (this.nodes[at + UNIT] !== BRANCHES) this.addEdge(node, this.nodes[at + UNIT]!, this.nodes[at + CHILD]!);
      this.nodes[at + UNIT] = BRANCHES;
      this.addEdge(node, unit, created);
    }
    return created;
  }

  /** The child of `node` by `unit` in the edge table, or NONE. */
  private edge(node: number, unit: number): number {
    const slots = this.edgeSlots;
    const mask = slots.length / SLOT - 1;
    for (let slot = slotOf(node, unit, mask); ; slot = (slot + 1) & mask) {
      const at = slot * SLOT;
      const owner = slots[at + OWNER]!;
      if (owner === node && slots[at + LABEL] === unit) return slots[at + TARGET]!;
      if (owner === NONE) return NONE;
    }
  }

  private addEdge(node: number, unit: number, child: number): void {
    // At most half full, so that probes stay short.
    if (2 * (this.edges + 1) * SLOT > this.edgeSlots.length) this.rehash(this.edgeSlots.length * 2);
    const slots = this.edgeSlots;
    const mask = slots.length / SLOT - 1;
    let slot = slotOf(node, unit, mask);
    while (slots[slot * SLOT + OWNER] !== NONE) slot = (slot + 1) & mask;
    slots[slot * SLOT + OWNER] = node;
    slots[slot * SLOT + LABEL] = unit;
    slots[slot * SLOT + TARGET] = child;
    this.edges++;
  }

  private rehash(length: number): void {
    const old = this.edgeSlots;
    this.edgeSlots = new Int32Array(length).fill(NONE);
    this.edges = 0;
    for (let at = 0; at < old.length; at += SLOT) if (old[at + OWNER] !== NONE) this.addEdge(old[at + OWNER]!, old[at + LABEL]!, old[at + TARGET]!);
  }
}

/** A slot for the edge (node, unit): the two mixed (multiply, shift, xor) so that neighbouring nodes and units spread out. */
function slotOf(node: number, unit: number, mask: number): number {
  let h = Math.imul(node, 0x9e3779b1) ^ unit;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return (h ^ (h >>> 13)) & mask;
}
