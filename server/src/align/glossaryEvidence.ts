/**
 * Glossary evidence for the aligner: how much of what one paragraph names (its glossary entries)
 * the other paragraph also names, in its own language.
 *
 * The aligner asks for every pair of paragraphs it compares (some 100,000 for two 5,000-paragraph
 * versions), so each paragraph's entries are found once, numbered, and kept as a sorted run of
 * small ints in one flat array: a pair's evidence is then the intersection of two short runs,
 * looked up by paragraph number, with no string, map or object touched per pair.
 */
import { termsInParagraph, type GlossaryEntry, type TermIndex } from '../glossary';
import { contentStart } from '../model';
import { sideParagraphs, type SideInput } from './features';
import type { TermAffinity } from './linkCost';

export function glossaryAffinity(zh: SideInput, en: SideInput, terms: TermIndex): TermAffinity {
  return new GlossaryAffinity(zh, en, terms);
}

class GlossaryAffinity implements TermAffinity {
  private readonly zh: EntryRuns;
  private readonly en: EntryRuns;
  private readonly weights: Float64Array;

  constructor(zh: SideInput, en: SideInput, terms: TermIndex) {
    const ids = new Map<GlossaryEntry, number>();
    this.zh = entryRuns(zh, terms, ids);
    this.en = entryRuns(en, terms, ids);
    this.weights = rarityWeights(ids.size, [this.zh, this.en], sideParagraphs(zh).length + sideParagraphs(en).length);
  }

  between(zhParagraph: number, enParagraph: number): number {
    return sharedShare(this.zh, zhParagraph, this.en, enParagraph, this.weights);
  }
}

/**
 * What naming an entry tells, by how rare it is in the two versions: 中国 ↔ China in every other
 * paragraph says little about which paragraph is which, 卡托维兹 ↔ Katowice says much (the inverse
 * document frequency of retrieval, with the paragraphs as documents).
 */
/** The weight of an entry held by one paragraph in eight: sharing that much or more is full evidence. */
const FULL_EVIDENCE = Math.log(1 + 8);

function rarityWeights(entries: number, sides: EntryRuns[], paragraphs: number): Float64Array {
  const holding = new Int32Array(entries);
  for (const side of sides) {
    side.start.forEach((start, p) => {
      // Repeated paragraphs share a run; count it where it was first found.
      if (p > 0 && start === side.start[p - 1] && side.end[p] === side.end[p - 1]) return;
      for (let k = start; k < side.end[p]!; k++) holding[side.ids[k]!]!++;
    });
  }
  const weights = new Float64Array(entries);
  for (let id = 0; id < entries; id++) weights[id] = Math.log(1 + paragraphs / Math.max(1, holding[id]!));
  return weights;
}

/** Per paragraph of a briefing, its entry ids: `ids[start[p], end[p])`, sorted, each once. */
interface EntryRuns {
  ids: Int32Array;
  start: Int32Array;
  end: Int32Array;
}

/**
 * The entry runs of a section's paragraphs. A paragraph whose words (without its speaker label)
 * repeat an earlier paragraph's takes that paragraph's run: the evidence is that of the words the
 * aligner compares, as first seen, and repeated paragraphs (frequent in generated or boilerplate
 * text) are matched once. The terms themselves are matched over the whole paragraph, label
 * included, so a speaker the glossary names counts.
 */
function entryRuns(side: SideInput, terms: TermIndex, entryIds: Map<GlossaryEntry, number>): EntryRuns {
  const briefing = side.briefing;
  const count = briefing.paragraphs.length;
  const start = new Int32Array(count);
  const end = new Int32Array(count);
  const ids: number[] = [];
  const firstWithWords = new Map<string, number>();
  for (const p of sideParagraphs(side)) {
    const paragraph = briefing.paragraphs[p]!;
    const words = briefing.text.slice(contentStart(paragraph), paragraph.end);
    const first = firstWithWords.get(words);
    if (first !== undefined) {
      start[p] = start[first]!;
      end[p] = end[first]!;
      continue;
    }
    firstWithWords.set(words, p);
    start[p] = ids.length;
    for (const match of termsInParagraph(briefing, p, terms)) {
      let id = entryIds.get(match.entry);
      if (id === undefined) entryIds.set(match.entry, (id = entryIds.size));
      insertOnce(ids, start[p]!, id);
    }
    end[p] = ids.length;
  }
  return { ids: Int32Array.from(ids), start, end };
}

/** Adds `id` to the sorted run `ids[from, ids.length)` unless it is there (a run holds a few ids). */
function insertOnce(ids: number[], from: number, id: number): void {
  let at = ids.length;
  while (at > from && ids[at - 1]! > id) at--;
  if (at > from && ids[at - 1] === id) return;
  ids.splice(at, 0, id);
}

/**
 * The weight of the shared entries over that of the paragraph whose entries weigh less, but at
 * least FULL_EVIDENCE: a paragraph that names only China, found in every other paragraph, is not
 * fully like another that names China too. 0 when either names none.
 */
function sharedShare(zh: EntryRuns, zhParagraph: number, en: EntryRuns, enParagraph: number, weights: Float64Array): number {
  let a = zh.start[zhParagraph] ?? 0;
  const aEnd = zh.end[zhParagraph] ?? 0;
  let b = en.start[enParagraph] ?? 0;
  const bEnd = en.end[enParagraph] ?? 0;
  if (a >= aEnd || b >= bEnd) return 0;
  let shared = 0;
  let zhWeight = 0;
  let enWeight = 0;
  for (let k = a; k < aEnd; k++) zhWeight += weights[zh.ids[k]!]!;
  for (let k = b; k < bEnd; k++) enWeight += weights[en.ids[k]!]!;
  while (a < aEnd && b < bEnd) {
    const x = zh.ids[a]!;
    const y = en.ids[b]!;
    if (x <= y) a++;
    if (y <= x) b++;
    if (x === y) shared += weights[x]!;
  }
  return shared / Math.max(FULL_EVIDENCE, Math.min(zhWeight, enWeight));
}
