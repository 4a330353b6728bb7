/**
 * Paragraph alignment of two language versions of a briefing: which Chinese paragraphs render
 * which English ones, with omissions and additions kept as links with one empty side.
 */

import { newVocabulary, sectionFeatures, type ParagraphFeatures, type SideInput } from './features';
import { cheapestPathSteps, runToEnd, type PairCosts, type Step } from './dp';
import { linkCost, linkCostFloor, SKIP_COST, type TermAffinity } from './linkCost';
import { pathGuide } from './guide';
import { linkConfidences } from './confidence';

export type { SideInput } from './features';
export type { TermAffinity } from './linkCost';

export interface Link {
  /** Indices into the Chinese briefing's paragraphs: none, one or two. */
  zh: number[];
  /** Indices into the English briefing's paragraphs: none, one or two. */
  en: number[];
  /** 0..1: how clearly this link beats its alternatives. */
  confidence: number;
}

export interface Alignment {
  /** Every body paragraph of both sections in exactly one link, in text order. */
  links: Link[];
}

export interface AlignOptions {
  /** Glossary evidence: how strongly the terms of one text are rendered in the other, 0..1. */
  termAffinity?: TermAffinity;
}

export type Side = 'zh' | 'en';

/** Aligns the body paragraphs (title, lede, turns, announcements, separators) of two sections. */
export function alignSections(zh: SideInput, en: SideInput, options: AlignOptions = {}): Alignment {
  return runToEnd(alignSectionsSteps(zh, en, options));
}

/**
 * The same alignment, yielding now and then so that a caller can spread it over its event loop.
 * Everything it reads of the models is read before its first yield: the models may change (an
 * edit moves their parts, see model/moved.ts) while it waits.
 */
export function* alignSectionsSteps(zh: SideInput, en: SideInput, options: AlignOptions = {}): Generator<void, Alignment> {
  // The Chinese first: its Latin words are what the English is searched for.
  const vocabulary = newVocabulary();
  const zhFeatures = sectionFeatures(zh, vocabulary);
  const enFeatures = sectionFeatures(en, vocabulary);
  for (const features of [zhFeatures, enFeatures]) if (!features.some(isText)) features.forEach((f) => (f.fragment = true));
  const costs = new LinkCosts(zhFeatures, enFeatures, options.termAffinity);
  const path = yield* cheapestPathSteps(zhFeatures.length, enFeatures.length, costs, SKIP_COST, pathGuide(zhFeatures, enFeatures));
  const confidences = linkConfidences(path, costs);
  return { links: path.map((step, k) => toLink(step, zhFeatures, enFeatures, confidences[k]!)) };
}

/** Words of the transcript: on a side without any, its "title" is only the first line of a menu. */
const isText = (f: ParagraphFeatures) => f.kind !== 'title' && !f.fragment;

/**
 * Where the counterpart of a link with one empty side belongs in that side: after the last
 * paragraph of that side in the links before it, or, when none comes before, before the first in
 * the links after it. Neither when that side has no aligned paragraph at all.
 */
export function placeOfMissing(alignment: Alignment, link: Link, side: Side): { after: number } | { before: number } | undefined {
  const at = alignment.links.indexOf(link);
  for (let k = at - 1; k >= 0; k--) {
    const paragraphs = alignment.links[k]![side];
    if (paragraphs.length > 0) return { after: paragraphs[paragraphs.length - 1]! };
  }
  for (let k = at + 1; k < alignment.links.length; k++) {
    const paragraphs = alignment.links[k]![side];
    if (paragraphs.length > 0) return { before: paragraphs[0]! };
  }
  return undefined;
}

const linkIndexes = new WeakMap<Alignment, Record<Side, Map<number, Link>>>();

/** The link holding a paragraph of one side, if that paragraph took part in the alignment. */
export function counterpartOf(alignment: Alignment, side: Side, paragraphIndex: number): Link | undefined {
  let index = linkIndexes.get(alignment);
  if (!index) {
    index = { zh: new Map(), en: new Map() };
    for (const link of alignment.links) for (const s of ['zh', 'en'] as const) for (const p of link[s]) index[s].set(p, link);
    linkIndexes.set(alignment, index);
  }
  return index[side].get(paragraphIndex);
}

/** The cost of each candidate link, from the paragraphs' features and the glossary's evidence. */
class LinkCosts implements PairCosts {
  // The affinities asked for lately, by pair, in a small table indexed by the low bits of both
  // paragraph numbers: the programme asks for each pair five times (its one-to-one link and the
  // 2–1 and 1–2 links that hold it), within a few rows and columns, and the glossary is asked
  // once. A slot remembers which pair it holds, so a pair that shares it is just asked again.
  private readonly recentRow = new Int32Array(RECENT_ROWS * RECENT_COLUMNS).fill(-1);
  private readonly recentColumn = new Int32Array(RECENT_ROWS * RECENT_COLUMNS);
  private readonly recentAffinity = new Float64Array(RECENT_ROWS * RECENT_COLUMNS);

  constructor(
    private readonly zh: ParagraphFeatures[],
    private readonly en: ParagraphFeatures[],
    private readonly termAffinity: TermAffinity | undefined,
  ) {}

  cost(i: number, di: number, j: number, dj: number): number {
    if (di === 0 || dj === 0) return SKIP_COST;
    const zh2 = di === 2 ? this.zh[i + 1] : undefined;
    const en2 = dj === 2 ? this.en[j + 1] : undefined;
    return linkCost(this.zh[i]!, zh2, this.en[j]!, en2, this.terms(i, di, j, dj));
  }

  floor(i: number, di: number, j: number, dj: number): number {
    if (di === 0 || dj === 0) return SKIP_COST;
    const zh2 = di === 2 ? this.zh[i + 1] : undefined;
    const en2 = dj === 2 ? this.en[j + 1] : undefined;
    return linkCostFloor(this.zh[i]!, zh2, this.en[j]!, en2, this.terms(i, di, j, dj));
  }

  /** A 2–1 link takes its best pair, so that joined texts need not be built for every cell of the band. */
  private terms(i: number, di: number, j: number, dj: number): number {
    if (!this.termAffinity) return 0;
    return Math.max(this.affinity(i, j), di === 2 ? this.affinity(i + 1, j) : 0, dj === 2 ? this.affinity(i, j + 1) : 0);
  }

  /** The affinity of the i-th Chinese and j-th English body paragraphs, kept within 0..1 whatever the caller's function returns. */
  private affinity(i: number, j: number): number {
    const slot = (i & (RECENT_ROWS - 1)) * RECENT_COLUMNS + (j & (RECENT_COLUMNS - 1));
    if (this.recentRow[slot] === i && this.recentColumn[slot] === j) return this.recentAffinity[slot]!;
    const raw = this.termAffinity!.between(this.zh[i]!.index, this.en[j]!.index);
    const affinity = Number.isFinite(raw) ? Math.min(1, Math.max(0, raw)) : 0;
    this.recentRow[slot] = i;
    this.recentColumn[slot] = j;
    this.recentAffinity[slot] = affinity;
    return affinity;
  }
}

/** Powers of two, more than the rows (3) and columns (a band's width) the programme asks about at a time. */
const RECENT_ROWS = 4;
const RECENT_COLUMNS = 64;

function toLink(step: Step, zh: ParagraphFeatures[], en: ParagraphFeatures[], confidence: number): Link {
  return { zh: indexes(zh, step.i, step.di), en: indexes(en, step.j, step.dj), confidence };
}

/** The paragraph indexes of `count` (0–2) features from `from`. */
function indexes(features: ParagraphFeatures[], from: number, count: number): number[] {
  const found: number[] = [];
  for (let k = from; k < from + count; k++) found.push(features[k]!.index);
  return found;
}
