/**
 * The translation memory's index: units by source, and the Chinese side's character bigrams →
 * the units holding them. A query reads the postings of its rarest bigrams only (prefix
 * filtering: a unit close enough to score ≥ minScore must share one of them, by the q-gram
 * lemma), ranks those units by shared bigrams, and scores the best few by edit distance. No query
 * scans every unit.
 */
import { bigrams, normalized, similarity } from './fuzzy';
import type { MemoryMatch, MemorySource, MemoryUnit } from './types';

export interface SearchOptions {
  /** Matches below it are not returned: CAT tools show 75–100%. */
  minScore?: number;
  /** Distinct renderings returned, best first. */
  limit?: number;
  /** The source being translated: its own units are no earlier rendering. */
  excludePath?: string;
}

interface Entry {
  unit: MemoryUnit;
  source: MemorySource;
  /** The normalized Chinese, which the score compares. */
  key: string;
}

/**
 * Units scored by edit distance per query, at most. The bigram ranking puts near-identical units
 * first; past this many, a candidate shares too few bigrams to reach the bar anyway.
 */
const MOST_SCORED = 400;
export const DEFAULT_MIN_SCORE = 75;

export class TranslationMemory {
  /** By unit id; undefined once its source was removed (until the next compaction). */
  private entries: (Entry | undefined)[] = [];
  private postings = new Map<string, number[]>();
  private readonly ids = new Map<string, { source: MemorySource; ids: number[] }>();
  private dead = 0;
  /** Shared-bigram counts per unit id, reused by every query (only touched slots are reset). */
  private counts = new Uint16Array(0);

  /** Units of live sources. */
  get size(): number {
    return this.entries.length - this.dead;
  }

  /** The sources held, with their units. */
  *sources(): Generator<{ source: MemorySource; units: MemoryUnit[] }> {
    for (const { source, ids } of this.ids.values()) yield { source, units: ids.map((id) => this.entries[id]!.unit) };
  }

  has(path: string): boolean {
    return this.ids.has(path);
  }

  /** Puts the units of one source in the memory, in place of those it had. */
  set(source: MemorySource, units: readonly MemoryUnit[]): void {
    this.remove(source.path);
    const ids: number[] = [];
    for (const unit of units) {
      const key = normalized(unit.zh);
      if (!key || !unit.en.trim()) continue;
      const id = this.entries.length;
      this.entries.push({ unit, source, key });
      for (const gram of bigrams(key)) {
        let list = this.postings.get(gram);
        if (!list) this.postings.set(gram, (list = []));
        list.push(id);
      }
      ids.push(id);
    }
    this.ids.set(source.path, { source, ids });
  }

  remove(path: string): void {
    const held = this.ids.get(path);
    if (!held) return;
    for (const id of held.ids) this.entries[id] = undefined;
    this.dead += held.ids.length;
    this.ids.delete(path);
    // Postings still name the removed ids: rebuild once they are more dead than alive.
    if (this.dead > 1000 && this.dead > this.entries.length / 2) this.compact();
  }

  /**
   * The closest units to `text`, one per distinct rendering: best score first; on a tie, the
   * newest (as CAT tools rank), then the rendering used most often at that score.
   */
  search(text: string, options: SearchOptions = {}): MemoryMatch[] {
    const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
    const limit = options.limit ?? 5;
    const query = normalized(text);
    if (!query) return [];
    const scored: MemoryMatch[] = [];
    for (const id of this.candidates(query, minScore)) {
      const entry = this.entries[id]!;
      if (entry.source.path === options.excludePath) continue;
      const score = similarity(query, entry.key);
      if (score >= minScore) scored.push({ unit: entry.unit, source: entry.source, score });
    }
    return distinctRenderings(scored).slice(0, limit);
  }

  /**
   * Ids of the units that may score ≥ minScore against `query`, most shared bigrams first. With
   * similarity s, at most e = (1 − s)·L edits separate the texts (L the longer, ≤ |query| / s),
   * and each edit breaks at most two bigrams: a match shares ≥ n − 2e of the query's n bigrams,
   * so it holds one of its n − need + 1 rarest.
   */
  private candidates(query: string, minScore: number): number[] {
    const grams = bigrams(query);
    const share = Math.max(0.01, minScore / 100);
    const edits = Math.ceil(((1 - share) * query.length) / share);
    const need = Math.max(1, grams.length - 2 * edits);
    const lists = grams.map((gram) => this.postings.get(gram) ?? []).sort((a, b) => a.length - b.length);
    const prefix = lists.slice(0, grams.length - need + 1);
    const [shortest, longest] = [query.length * share, query.length / share];
    if (this.counts.length < this.entries.length) this.counts = new Uint16Array(Math.max(this.entries.length, 2 * this.counts.length));
    const touched: number[] = [];
    for (const list of prefix) {
      for (const id of list) {
        if (this.counts[id] === 0) {
          const key = this.entries[id]?.key;
          // Dead, or too short or too long to reach the bar: never counted.
          if (!key || key.length < shortest || key.length > longest) continue;
          touched.push(id);
        }
        this.counts[id]!++;
      }
    }
    const ranked = touched.sort((a, b) => this.counts[b]! - this.counts[a]! || a - b).slice(0, MOST_SCORED);
    for (const id of touched) this.counts[id] = 0;
    return ranked;
  }

  /** Renumbers the live units and rebuilds the postings without the removed ones. */
  private compact(): void {
    const live = [...this.ids.values()];
    const before = this.entries;
    this.entries = [];
    this.postings = new Map();
    this.ids.clear();
    this.dead = 0;
    for (const { source, ids } of live) this.set(source, ids.map((id) => before[id]!.unit));
  }
}

/** One match per rendering (spacing, width and case aside), ranked as `search` says. */
function distinctRenderings(scored: readonly MemoryMatch[]): MemoryMatch[] {
  const byRendering = new Map<string, { match: MemoryMatch; uses: number }>();
  for (const match of scored) {
    const key = normalized(match.unit.en);
    const held = byRendering.get(key);
    if (!held || match.score > held.match.score) byRendering.set(key, { match, uses: 1 });
    else if (match.score === held.match.score) {
      held.uses++;
      if ((match.source.date ?? '') > (held.match.source.date ?? '')) held.match = match;
    }
  }
  return [...byRendering.values()]
    .sort((a, b) => b.match.score - a.match.score || (b.match.source.date ?? '').localeCompare(a.match.source.date ?? '') || b.uses - a.uses)
    .map(({ match }) => match);
}
