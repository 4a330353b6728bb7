/**
 * How a Chinese term the glossary lacks is rendered in aligned paragraph pairs: the English word
 * sequences that occur in the translations of the paragraphs holding the term far more often than
 * in the others (Dice's coefficient), as a translator would find them by searching earlier pairs.
 */
import type { Briefing } from '../model';
import type { Link } from './align';

export interface ParagraphPair {
  zh: string;
  en: string;
}

/** The texts of the links that pair Chinese with English paragraphs (several joined by a line break). */
export function linkedTexts(zh: Briefing, en: Briefing, links: readonly Pick<Link, 'zh' | 'en'>[]): ParagraphPair[] {
  const textOf = (briefing: Briefing, indices: number[]) => indices.map((i) => briefing.text.slice(briefing.paragraphs[i]!.start, briefing.paragraphs[i]!.end)).join('\n');
  return links.filter((link) => link.zh.length > 0 && link.en.length > 0).map((link) => ({ zh: textOf(zh, link.zh), en: textOf(en, link.en) }));
}

export interface Rendering {
  /** As most often written. */
  text: string;
  /** In how many of the paragraphs holding the term the rendering occurs, of how many. */
  pairs: number;
  of: number;
  /** Dice's coefficient of term and rendering over all pairs: 1 when they always come together. */
  dice: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const LONGEST = 5;
/** Words that neither start nor end a rendering. */
const SMALL = new Set('a an the of and or to in on at for with by from as is are was were be been that this these those it its his her their our we you they he she i not no but also will would should has have had which who'.split(' '));
const MIN_PAIRS = 2;
const MIN_DICE = 0.3;
const CANDIDATES = 40;
const MOST_HOLDING = 20;
const COMMON = 0.1;
const SUBSUMED = 0.9;
const MOST_REMEMBERED = 10_000;

/** The words of a pair's English, as written and as compared (keyOf). */
interface Tokens {
  words: string[];
  keys: string[];
}

interface Gram {
  key: string;
  words: number;
  /** Surface forms by count. */
  forms: Map<string, number>;
  pairs: number;
}

/**
 * The best renderings of `term` in the pairs of `groups` (each an array that stays the same while
 * its pairs do, such as one briefing's pairs: each is indexed once), most likely first.
 */
/** What a rendering needs to be kept: how many pairs use it, and what share of those holding the term. */
export interface RenderingBar {
  minPairs: number;
  minShare: number;
  limit: number;
}
const ANY_CONSISTENT: RenderingBar = { minPairs: MIN_PAIRS, minShare: 0, limit: 3 };

export function renderingsOf(term: string, groups: readonly (readonly ParagraphPair[])[], bar: Partial<RenderingBar> = {}): Rendering[] {
  const full = { ...ANY_CONSISTENT, ...bar };
  return remembered.get(groups, `${term}\t${full.minPairs}\t${full.minShare}\t${full.limit}`, () => findRenderings(term, groups, full));
}

/**
 * The answers for the latest set of groups: a hover asks again for the same word as the pointer
 * rests on it, and the pairs change only when files do.
 */
class Remembered {
  private groups: readonly (readonly ParagraphPair[])[] = [];
  private readonly answers = new Map<string, Rendering[]>();

  get(groups: readonly (readonly ParagraphPair[])[], key: string, find: () => Rendering[]): Rendering[] {
    const same = groups.length === this.groups.length && groups.every((group, i) => group === this.groups[i]);
    if (!same || this.answers.size >= MOST_REMEMBERED) {
      this.answers.clear();
      this.groups = [...groups];
    }
    let answer = this.answers.get(key);
    if (!answer) this.answers.set(key, (answer = find()));
    return answer;
  }
}
const remembered = new Remembered();

function findRenderings(term: string, groups: readonly (readonly ParagraphPair[])[], { minPairs, minShare, limit }: RenderingBar): Rendering[] {
  const indexes = groups.map(indexOf);
  // Per group, the ids of its pairs that hold the term: found once, read for every candidate.
  const holdingIds = indexes.map((index) => index.holding(term));
  const all = indexes.flatMap((index, n) => holdingIds[n]!.map((id) => index.tokens[id]!));
  const total = indexes.reduce((n, index) => n + index.size, 0);
  // A word in every tenth paragraph (中方, 合作) is an ordinary word, not a term to look up.
  if (all.length < minPairs || (all.length > MOST_HOLDING && all.length > COMMON * total)) return [];
  // Its first pairs are enough to see how a term is rendered.
  const holding = all.slice(0, MOST_HOLDING);
  const holdingSets = holdingIds.map((ids) => new Set(ids));
  // Only the most frequent can win: counting them elsewhere is what costs.
  const least = Math.max(minPairs, Math.ceil(minShare * holding.length));
  const candidates = [...gramsIn(holding, least).values()]
    .filter((gram) => gram.pairs >= least)
    .sort((a, b) => b.pairs - a.pairs || b.words - a.words)
    .slice(0, CANDIDATES);
  const scored = candidates
    .map((gram) => {
      const elsewhere = indexes.reduce((n, index, i) => n + index.countWithout(gram.key, holdingSets[i]!), 0);
      return { gram, dice: (2 * gram.pairs) / (holding.length + gram.pairs + elsewhere) };
    })
    .filter(({ dice }) => dice >= MIN_DICE);
  // A longer rendering found nearly as often as a shorter one inside it is the fuller one: "Hong
  // Kong", not "Hong"; "internal affairs", not "internal".
  const kept = scored.filter(({ gram }) => !scored.some((other) => other.gram.words > gram.words && other.gram.pairs >= SUBSUMED * gram.pairs && ` ${other.gram.key} `.includes(` ${gram.key} `)));
  kept.sort((a, b) => b.dice - a.dice || b.gram.words - a.gram.words);
  return kept.slice(0, limit).map(({ gram, dice }) => ({ text: mostCommon(gram.forms), pairs: gram.pairs, of: holding.length, dice }));
}

/**
 * Postings of a group of pairs: which pairs hold each Chinese character, and each English word,
 * so that finding the pairs that hold a term, or count a rendering, reads only those pairs.
 */
class PairIndex {
  private readonly byChar = new Map<string, number[]>();
  private readonly byWord = new Map<string, number[]>();
  private readonly spaced: string[];
  readonly tokens: Tokens[];

  constructor(private readonly pairs: readonly ParagraphPair[]) {
    this.tokens = pairs.map((pair) => {
      const words = pair.en.match(WORD) ?? [];
      return { words, keys: words.map(keyOf) };
    });
    this.spaced = this.tokens.map(({ keys }) => ` ${keys.join(' ')} `);
    pairs.forEach((pair, id) => {
      for (const char of new Set(pair.zh)) post(this.byChar, char, id);
      for (const word of new Set(this.spaced[id]!.trim().split(' '))) post(this.byWord, word, id);
    });
  }

  get size(): number {
    return this.pairs.length;
  }

  /** The ids of the pairs whose Chinese holds `term`. */
  holding(term: string): number[] {
    return this.rarest(this.byChar, [...term]).filter((id) => this.pairs[id]!.zh.includes(term));
  }

  /** How many pairs, other than `holding`, use the rendering `key` (lower-case words). */
  countWithout(key: string, holding: ReadonlySet<number>): number {
    const padded = ` ${key} `;
    return this.rarest(this.byWord, key.split(' ')).filter((id) => !holding.has(id) && this.spaced[id]!.includes(padded)).length;
  }

  /** The pairs listed under the rarest of `keys`: a superset of those that hold them all. */
  private rarest(postings: Map<string, number[]>, keys: string[]): number[] {
    let best: number[] | undefined;
    for (const key of keys) {
      const list = postings.get(key) ?? [];
      if (!best || list.length < best.length) best = list;
    }
    return best ?? [];
  }
}

function post(postings: Map<string, number[]>, key: string, id: number): void {
  const list = postings.get(key);
  if (list) list.push(id);
  else postings.set(key, [id]);
}

const indexes = new WeakMap<readonly ParagraphPair[], PairIndex>();

function indexOf(group: readonly ParagraphPair[]): PairIndex {
  let index = indexes.get(group);
  if (!index) indexes.set(group, (index = new PairIndex(group)));
  return index;
}

/** The English word sequences of the pairs holding the term, each counted once per pair, of words found in `least` pairs. */
function gramsIn(holding: readonly Tokens[], least: number): Map<string, Gram> {
  const grams = new Map<string, Gram>();
  const often = wordsInPairs(holding, least);
  for (const { words, keys } of holding) {
    const seen = new Set<string>();
    for (let i = 0; i < words.length; i++) {
      if (SMALL.has(keys[i]!)) continue;
      let form = '';
      let key = '';
      // A sequence is in no more pairs than its rarest word: stop at a word in too few.
      for (let n = 1; n <= LONGEST && i + n <= words.length && often.has(keys[i + n - 1]!); n++) {
        // Built a word at a time: this loop runs for every word of every paragraph read.
        form = n === 1 ? words[i]! : `${form} ${words[i + n - 1]}`;
        key = n === 1 ? keys[i]! : `${key} ${keys[i + n - 1]}`;
        if (SMALL.has(keys[i + n - 1]!)) continue;
        let gram = grams.get(key);
        if (!gram) grams.set(key, (gram = { key, words: n, forms: new Map(), pairs: 0 }));
        gram.forms.set(form, (gram.forms.get(form) ?? 0) + 1);
        if (!seen.has(key)) {
          seen.add(key);
          gram.pairs++;
        }
      }
    }
  }
  return grams;
}

/** The words found in at least `least` of the pairs. */
function wordsInPairs(holding: readonly Tokens[], least: number): Set<string> {
  const pairsOf = new Map<string, number>();
  for (const { keys } of holding) for (const key of new Set(keys)) pairsOf.set(key, (pairsOf.get(key) ?? 0) + 1);
  return new Set([...pairsOf].filter(([, pairs]) => pairs >= least).map(([key]) => key));
}

/** A word as renderings are compared: lower case, a possessive 's dropped (Kong's is Kong). */
function keyOf(word: string): string {
  return word.toLowerCase().replace(/['’]s$/u, '');
}

function mostCommon(forms: Map<string, number>): string {
  let best = '';
  let count = -1;
  for (const [form, n] of forms) if (n > count) [best, count] = [form, n];
  return best;
}
