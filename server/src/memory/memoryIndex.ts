/**
 * The translation memory's index: units by source, and the Chinese side's character bigrams →
 * the units holding them. A query reads the postings of its rarest bigrams only (prefix
 * filtering: a unit close enough to score ≥ minScore must share one of them, by the q-gram
 * lemma), ranks those units by shared bigrams, and scores the best few by edit distance. No query
 * scans every unit.
 */
import { normalized, similarity } from './fuzzy';
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
/** Normalized characters of the longest text looked up. */
const MOST_QUERY_LENGTH = 3000;
const MOST_UNIT_LENGTH = Math.ceil(MOST_QUERY_LENGTH / 0.5);
/** Characters numbered apart; any further ones share the last number (a looser filter, never a wrong score). */
const CHAR_IDS = 1 << 15;
/** Grams of unknown characters: negative, apart from every real gram. */
const UNKNOWN_GRAM = -1;

export class TranslationMemory {
  /** By unit id; undefined once its source was removed (until the next compaction). */
  private entries: (Entry | undefined)[] = [];
  /** Bigram → ids of the units holding it; a bigram is numbered from its two characters' numbers (see gramsOf). */
  private postings = new Map<number, number[]>();
  private readonly charIds = new Map<number, number>();
  /** The normalized Chinese length per unit id, 0 once removed: the length filter reads it for every posting. */
  private lengths = new Uint32Array(1024);
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
      // Longer than any text looked up can match: never found, so not indexed.
      if (!key || key.length > MOST_UNIT_LENGTH || !unit.en.trim()) continue;
      const id = this.entries.length;
      this.entries.push({ unit, source, key });
      if (id >= this.lengths.length) this.lengths = grown(this.lengths, 2 * this.lengths.length);
      this.lengths[id] = key.length;
      for (const gram of this.gramsOf(key, true)) {
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
    for (const id of held.ids) {
      this.entries[id] = undefined;
      this.lengths[id] = 0;
    }
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
    // A text longer than any paragraph (a whole file without breaks) is no translation unit: not looked up.
    if (!query || query.length > MOST_QUERY_LENGTH) return [];
    const scored: MemoryMatch[] = [];
    // The same sentence recurs across briefings: each distinct text is scored once.
    const scores = new Map<string, number>();
    for (const id of this.candidates(query, minScore)) {
      const entry = this.entries[id]!;
      if (entry.source.path === options.excludePath) continue;
      let score = scores.get(entry.key);
      if (score === undefined) scores.set(entry.key, (score = similarity(query, entry.key)));
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
    const grams = this.gramsOf(query, false);
    const share = Math.max(0.01, minScore / 100);
    const edits = Math.ceil(((1 - share) * query.length) / share);
    const need = Math.max(1, grams.length - 2 * edits);
    const lists = grams.map((gram) => this.postings.get(gram) ?? []).sort((a, b) => a.length - b.length);
    const prefix = lists.slice(0, grams.length - need + 1);
    const [shortest, longest] = [query.length * share, query.length / share];
    if (this.counts.length < this.entries.length) this.counts = grown(new Uint16Array(0), Math.max(this.entries.length, 2 * this.counts.length));
    const { counts, lengths } = this;
    const touched: number[] = [];
    let most = 0;
    for (const list of prefix) {
      for (const id of list) {
        const count = counts[id]!;
        if (count === 0) {
          const length = lengths[id]!;
          // Removed (length 0), or too short or too long to reach the bar: never counted.
          if (length < shortest || length > longest) continue;
          touched.push(id);
        }
        counts[id] = count + 1;
        if (count + 1 > most) most = count + 1;
      }
    }
    // The units sharing the most bigrams, by buckets of their count (a sort of every touched unit costs more).
    const byCount: number[][] = Array.from({ length: most + 1 }, () => []);
    for (const id of touched) byCount[counts[id]!]!.push(id);
    for (const id of touched) counts[id] = 0;
    const ranked: number[] = [];
    for (let count = most; count > 0 && ranked.length < MOST_SCORED; count--) ranked.push(...byCount[count]!.slice(0, MOST_SCORED - ranked.length));
    return ranked;
  }

  /**
   * The distinct character bigrams of a normalized text (a one-character text is its own gram),
   * each as a small integer: characters are numbered densely as they come (below 2^15), so that a
   * gram a·2^15 + b stays a small integer, which a Map hashes far faster than a two-character string
   * or a larger number. A character the memory lacks (`learn` false) makes a gram no unit holds.
   */
  private gramsOf(text: string, learn: boolean): number[] {
    const ids = Array.from({ length: text.length }, (_, i) => {
      const code = text.charCodeAt(i);
      let id = this.charIds.get(code);
      if (id === undefined && learn) this.charIds.set(code, (id = Math.min(this.charIds.size, CHAR_IDS - 1)));
      return id ?? -1;
    });
    if (ids.length === 1) return [ids[0]! < 0 ? UNKNOWN_GRAM : ids[0]!];
    const grams = new Set<number>();
    for (let i = 0; i + 1 < ids.length; i++) {
      const [a, b] = [ids[i]!, ids[i + 1]!];
      // An unknown gram still counts among the query's grams: it is one the match must do without.
      grams.add(a < 0 || b < 0 ? UNKNOWN_GRAM - i : a * CHAR_IDS + b);
    }
    return [...grams];
  }

  /** Renumbers the live units and rebuilds the postings without the removed ones. */
  private compact(): void {
    const live = [...this.ids.values()];
    const before = this.entries;
    this.entries = [];
    this.postings = new Map();
    this.lengths.fill(0);
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

/** A typed array of `length` holding `from`'s values. */
function grown<T extends Uint16Array | Uint32Array>(from: T, length: number): T {
  const to = new (from.constructor as new (length: number) => T)(length);
  to.set(from);
  return to;
}
