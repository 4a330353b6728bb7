/**
 * The cost of one candidate link: Gale–Church length cost, a prior per link shape, and the
 * structural evidence of briefings (turn kinds, exchange boundaries, point ordinals, numbers,
 * glossary terms). Costs are in nats, like the length cost; evidence for a link is negative.
 */

import type { ParagraphFeatures, ParagraphKind } from './features';
import { ordinalBit } from './features';
import { implausibleLength, LENGTH_COST_FLOOR, lengthCost } from './lengthModel';

/**
 * −ln of the link-shape priors, measured on the hand-aligned corpus pairs (219 links: 215 one to
 * one, 4 omissions or additions, no merges) with one added to each count. Gale and Church's
 * sentence-level priors (2–1 at 0.089, ten times 1–0) do not fit paragraphs of briefings, which
 * translators rarely join or split but sometimes leave out (a separator, an untranslated question).
 */
const ONE_TO_ONE = -Math.log(216 / 222);
const TWO_TO_ONE = -Math.log(1 / 222);
/**
 * A paragraph left without counterpart, whatever its length: Gale and Church also made long
 * deletions expensive, but here structure (a turn kind, a title) often shows what has no
 * counterpart better than length does.
 */
export const SKIP_COST = -Math.log(5 / 222);

/*
 * Structural evidence, in nats, set by reasoning rather than fitted to the corpus: a clash that
 * should forbid a pair (a question against an answer, a merge across a turn) outweighs the
 * largest length cost (about 5.3, see lengthModel.ts) and an omission; an anchor (two questions,
 * matching point numbers, shared numbers) is worth about as much as a poor length fit; weak
 * signals (a number only one side writes in digits) stay well under one nat each.
 */
const KIND_CLASH = 6;
/** A menu line against text: more than leaving both out (2 × SKIP_COST, 7.6), so never paired. */
const FRAGMENT_CLASH = 9;
const TURN_ACROSS = 6;
const QUESTION_ANCHOR = -2.5;
const ANSWER_ANCHOR = -0.5;
/** A turn opens on one side only: some translations repeat "A:" on a continuation, so it is weak. */
const TURN_OPENED_ON_ONE_SIDE = 0.75;
const TITLE_MATCH = -3;
const ORDINAL_MATCH = -3;
const ORDINAL_CLASH = 4;
const ORDINAL_ALONE = 1;
const INLINE_MATCH = -2;
const INLINE_CLASH = 1;
const INLINE_ALONE = 0.5;
const NUMBER_MATCH = -1.2;
const NUMBER_MATCH_CAP = -4;
const NUMBER_ALONE = 0.25;
const NUMBER_ALONE_CAP = 1.5;
const TERM_WEIGHT = -3;
/** A Latin word of the Chinese found in the English: as good as a shared number. No cost where absent (it may be translated). */
const NAME_MATCH = -1.2;
const NAME_MATCH_CAP = -3.6;
/** A note in brackets joined to a paragraph of text: about an omission's worth, so that the note is rather left alone. */
const ASIDE_MERGED = 3;
/** A note in brackets against a paragraph of text: a note's counterpart is a note ("(Laughter.)" ↔ （笑声）), if anything. */
const ASIDE_PAIRED = 2;

/**
 * Glossary evidence. Asked for every pair the aligner compares, so it should cost little more
 * than an array lookup; a method rather than a function for the reason given at dp's PairCosts.
 */
export interface TermAffinity {
  /**
   * How strongly the glossary terms of a Chinese paragraph are rendered in an English one: 0 (no
   * evidence) to 1. The paragraphs are given by their index in their briefing's paragraphs.
   */
  between(zhParagraph: number, enParagraph: number): number;
}

/**
 * Cost of linking Chinese paragraph `zh` (and `zh2` after it, for a 2–1 link) with English
 * paragraph `en` (and `en2`), given the glossary's affinity of their texts (0..1). Called for
 * every cell of the band, so it allocates nothing.
 */
export function linkCost(
  zh: ParagraphFeatures,
  zh2: ParagraphFeatures | undefined,
  en: ParagraphFeatures,
  en2: ParagraphFeatures | undefined,
  termAffinity = 0,
): number {
  const zhLength = zh.length + (zh2?.length ?? 0);
  const enLength = en.length + (en2?.length ?? 0);
  return costWithLength(lengthCost(zhLength, enLength) + implausibleLength(zhLength, enLength), zh, zh2, en, en2, termAffinity);
}

/**
 * A value never above linkCost of the same link, without its length cost (the logarithm and
 * exponential that take most of linkCost's time): the same sum with the lowest length cost in its
 * place, which floating-point addition keeps at or below linkCost's. The dynamic programme skips
 * a 2–1 or 1–2 link whose floor already loses.
 */
export function linkCostFloor(
  zh: ParagraphFeatures,
  zh2: ParagraphFeatures | undefined,
  en: ParagraphFeatures,
  en2: ParagraphFeatures | undefined,
  termAffinity = 0,
): number {
  const implausible = implausibleLength(zh.length + (zh2?.length ?? 0), en.length + (en2?.length ?? 0));
  return costWithLength(LENGTH_COST_FLOOR + implausible, zh, zh2, en, en2, termAffinity);
}

/** A link's cost given its length cost. Titles align with titles only, one to one. */
function costWithLength(
  length: number,
  zh: ParagraphFeatures,
  zh2: ParagraphFeatures | undefined,
  en: ParagraphFeatures,
  en2: ParagraphFeatures | undefined,
  termAffinity: number,
): number {
  const titles = isTitle(zh) + isTitle(zh2) + isTitle(en) + isTitle(en2);
  if (titles > 0) return titles === 2 && !zh2 && !en2 && zh.fragment === en.fragment && datesAgree(zh.numbers, en.numbers) ? TITLE_MATCH + length : Infinity;
  const merged = zh2 !== undefined || en2 !== undefined;
  return plusStructure((merged ? TWO_TO_ONE : ONE_TO_ONE) + length, zh, zh2, en, en2) + TERM_WEIGHT * termAffinity;
}

/** `cost` plus the structural evidence of a link (not titles), added term by term in this order. */
function plusStructure(
  cost: number,
  zh: ParagraphFeatures,
  zh2: ParagraphFeatures | undefined,
  en: ParagraphFeatures,
  en2: ParagraphFeatures | undefined,
): number {
  const merged = zh2 !== undefined || en2 !== undefined;
  cost += mergeCost(zh, zh2) + mergeCost(en, en2);
  cost += kindCost(zh.kind, en.kind);
  cost += fragments(zh, zh2) === fragments(en, en2) ? 0 : FRAGMENT_CLASH;
  cost += !merged && zh.aside !== en.aside ? ASIDE_PAIRED : 0;
  cost += anchorCost(zh, en);
  cost += leadingOrdinalCost(zh.ordinal, en.ordinal);
  cost += merged ? ordinalSetCost(zh, zh2, en, en2) : inlineOrdinalCost(zh, en);
  cost += numberCost(zh.numbers, zh2?.numbers, en.numbers, en2?.numbers);
  cost += nameCost(zh, zh2, en, en2);
  return cost;
}

/** Titles that both carry a date or a number name the same one: a page's other briefings are listed by title. */
function datesAgree(zh: readonly number[], en: readonly number[]): boolean {
  return zh.length === 0 || en.length === 0 || zh.some((n) => en.includes(n));
}

function isTitle(p: ParagraphFeatures | undefined): number {
  return p?.kind === 'title' ? 1 : 0;
}

/**
 * Two paragraphs rendered as one stay inside a turn: a merge never swallows the next question, nor
 * a note in brackets that the other version does not have.
 */
function mergeCost(first: ParagraphFeatures, second: ParagraphFeatures | undefined): number {
  if (!second) return 0;
  if (first.kind !== second.kind || (second.opensTurn && second.kind === 'question') || second.kind === 'separator') return TURN_ACROSS;
  return first.aside !== second.aside ? ASIDE_MERGED : 0;
}

/** How many of a link side's paragraphs are fragments (menu lines, breadcrumbs), 0 to 2. */
function fragments(first: ParagraphFeatures, second: ParagraphFeatures | undefined): number {
  return (first.fragment ? 1 : 0) + (second?.fragment ? 1 : 0);
}

/** Questions pair with questions; answers, announcements and ledes are all the speaker's remarks. */
function kindCost(zh: ParagraphKind, en: ParagraphKind): number {
  if (zh === en) return 0;
  if (zh === 'question' || en === 'question' || zh === 'separator' || en === 'separator') return KIND_CLASH;
  if (zh === 'lede' || en === 'lede') return KIND_CLASH / 3;
  return 0.5;
}

/** Exchange boundaries are the strongest anchors; a Chinese continuation may be an English `A:`, but seldom is. */
function anchorCost(zh: ParagraphFeatures, en: ParagraphFeatures): number {
  if (zh.opensTurn !== en.opensTurn) return TURN_OPENED_ON_ONE_SIDE;
  if (!zh.opensTurn) return 0;
  return zh.kind === 'question' && en.kind === 'question' ? QUESTION_ANCHOR : ANSWER_ANCHOR;
}

/** The points that open the linked paragraphs (in a 2–1 link, the first of each side) match by number. */
function leadingOrdinalCost(zh: number, en: number): number {
  if (zh && en) return zh === en ? ORDINAL_MATCH : ORDINAL_CLASH;
  return zh || en ? ORDINAL_ALONE : 0;
}

function inlineOrdinalCost(zh: ParagraphFeatures, en: ParagraphFeatures): number {
  if (zh.inlineOrdinals && en.inlineOrdinals) return zh.inlineOrdinals === en.inlineOrdinals ? INLINE_MATCH : INLINE_CLASH;
  return zh.inlineOrdinals || en.inlineOrdinals ? INLINE_ALONE : 0;
}

/** In a 2–1 link the points of one side may be split over two paragraphs: compare the sets. */
function ordinalSetCost(zh: ParagraphFeatures, zh2: ParagraphFeatures | undefined, en: ParagraphFeatures, en2: ParagraphFeatures | undefined): number {
  const zhSet = ordinalSet(zh) | (zh2 ? ordinalSet(zh2) : 0);
  const enSet = ordinalSet(en) | (en2 ? ordinalSet(en2) : 0);
  if (zhSet && enSet) return zhSet === enSet ? INLINE_MATCH : INLINE_CLASH;
  return zhSet || enSet ? INLINE_ALONE : 0;
}

function ordinalSet(p: ParagraphFeatures): number {
  return ordinalBit(p.ordinal) | p.inlineOrdinals;
}

const NONE: readonly number[] = [];

/** Latin words of the Chinese side that the English side holds too. */
function nameCost(zh: ParagraphFeatures, zh2: ParagraphFeatures | undefined, en: ParagraphFeatures, en2: ParagraphFeatures | undefined): number {
  if (zh.names.length + (zh2?.names.length ?? 0) === 0) return 0;
  let shared = 0;
  const held = (n: number) => en.names.includes(n) || (en2?.names.includes(n) ?? false);
  for (const n of zh.names) if (held(n)) shared++;
  if (zh2) for (const n of zh2.names) if (!zh.names.includes(n) && held(n)) shared++;
  return Math.max(NAME_MATCH_CAP, NAME_MATCH * shared);
}

/** Shared numbers are evidence; a number on one side only is weak counter-evidence (it may be spelled out). */
function numberCost(zh: readonly number[], zh2: readonly number[] = NONE, en: readonly number[], en2: readonly number[] = NONE): number {
  const zhCount = zh.length + zh2.length;
  const enCount = en.length + en2.length;
  if (zhCount === 0 && enCount === 0) return 0;
  let shared = 0;
  for (const n of zh) if (en.includes(n) || en2.includes(n)) shared++;
  for (const n of zh2) if (!zh.includes(n) && (en.includes(n) || en2.includes(n))) shared++;
  const alone = Math.max(0, zhCount + enCount - 2 * shared);
  return Math.max(NUMBER_MATCH_CAP, NUMBER_MATCH * shared) + Math.min(NUMBER_ALONE_CAP, NUMBER_ALONE * alone);
}
