/**
 * The counterpart of a position in the other language version: the aligned paragraph, or finer,
 * the matching point (on a point marker) or the term's rendering (on a glossary term). Shared by
 * Go to Definition, the briefing/parallel request and the hover peek.
 */
import { alignPoints, counterpartOf, placeOfMissing, type Link, type Side } from '../align';
import { findForm, termsInParagraph, type TermIndex, type TermMatch } from '../glossary';
import { msg, type Message } from '../l10n';
import { indexAt, type Paragraph, type Span } from '../model';
import type { Paired, Version } from '../workspace/parallel';

/** `missing`: the paragraph has no counterpart (not translated yet, or added); the target is where it belongs. */
export type CounterpartKind = 'paragraph' | 'point' | 'term' | 'missing';

/** How the versions are named to the user. */
/** A version's name, as in "the English version", in the user's language. */
export const VERSION_NAMES: Record<Side, Message> = { zh: msg('version.zh'), en: msg('version.en') };

export interface Counterpart {
  kind: CounterpartKind;
  /** What the cursor is on: the paragraph, point marker or term. */
  origin: Span;
  from: Version;
  to: Version;
  /** The language of `to`. */
  toSide: Side;
  /** Ranges in the other version: one or two paragraphs, a point, a term, or the empty span where a missing counterpart belongs. */
  targets: Span[];
  confidence: number;
  link: Link;
  /** The glossary term under the cursor, when there is one. */
  term?: TermMatch;
}

/** Which version holds the offset: in a bilingual file, the section decides. */
export function sideAt(pairing: Paired, uri: string, offset: number): Side | undefined {
  const holds = (version: Version) => version.uri === uri && version.sections[0]!.start <= offset && offset <= version.sections[version.sections.length - 1]!.end;
  if (holds(pairing.zh)) return 'zh';
  if (holds(pairing.en)) return 'en';
  if (pairing.zh.uri !== pairing.en.uri) return pairing.zh.uri === uri ? 'zh' : pairing.en.uri === uri ? 'en' : undefined;
  return undefined;
}

export function counterpartAt(pairing: Paired, uri: string, offset: number, terms: TermIndex): Counterpart | undefined {
  const side = sideAt(pairing, uri, offset);
  if (!side) return undefined;
  const from = pairing[side];
  const to = pairing[side === 'zh' ? 'en' : 'zh'];
  const paragraph = from.briefing.paragraphs[indexAt(from.briefing.paragraphs, offset)];
  if (!paragraph) return undefined;
  const link = counterpartOf(pairing.alignment, side, paragraph.index);
  if (!link) return undefined;
  const toSide = side === 'zh' ? ('en' as const) : ('zh' as const);
  const otherParagraphs = link[toSide].map((i) => to.briefing.paragraphs[i]!);
  const base = { from, to, toSide, link, confidence: link.confidence };
  if (otherParagraphs.length === 0) return { ...base, kind: 'missing', origin: paragraph, targets: [placeIn(to, pairing, link, toSide)] };
  const point = pointAt(pairing, link, side, offset);
  if (point) return { ...base, kind: 'point', origin: point.origin, targets: [point.target] };
  const term = termsInParagraph(from.briefing, paragraph.index, terms).find((m) => m.start <= offset && offset < m.end);
  const rendering = term && renderingIn(to, otherParagraphs, term);
  if (term && rendering) return { ...base, kind: 'term', origin: term, targets: [rendering], term };
  const counterpart: Counterpart = { ...base, kind: 'paragraph', origin: paragraph, targets: otherParagraphs.map(spanOf) };
  if (term) counterpart.term = term;
  return counterpart;
}

function pointAt(pairing: Paired, link: Link, side: Side, offset: number): { origin: Span; target: Span } | undefined {
  const other: Side = side === 'zh' ? 'en' : 'zh';
  for (const pair of alignPoints(link, pairing.zh.briefing, pairing.en.briefing)) {
    const mine = pair[side];
    if (mine.markerStart <= offset && offset <= mine.markerEnd) {
      return { origin: { start: mine.markerStart, end: mine.markerEnd }, target: { start: pair[other].markerStart, end: pair[other].end } };
    }
  }
  return undefined;
}

/** Where the counterpart paragraphs use a rendering (any of its forms) of the same glossary entry. */
function renderingIn(to: Version, paragraphs: Paragraph[], term: TermMatch): Span | undefined {
  const forms = term.language === 'zh' ? term.entry.en : term.entry.zh;
  for (const paragraph of paragraphs) {
    const found = findForm(to.briefing.text, paragraph.start, paragraph.end, forms);
    if (found) return found;
  }
  return undefined;
}

/** The empty span where the missing counterpart of `link` belongs in `to`. */
export function placeIn(to: Version, pairing: Paired, link: Link, toSide: Side): Span {
  const place = placeOfMissing(pairing.alignment, link, toSide);
  const offset = !place ? to.sections[to.sections.length - 1]!.end : 'after' in place ? to.briefing.paragraphs[place.after]!.end : to.briefing.paragraphs[place.before]!.start;
  return { start: offset, end: offset };
}

function spanOf(paragraph: Paragraph): Span {
  return { start: paragraph.start, end: paragraph.end };
}

/** "zh ↔ en · 33/33": how many body paragraphs of this version have a counterpart, of how many. */
const summaries = new WeakMap<object, Partial<Record<Side, { linked: number; total: number }>>>();

/** Per alignment, which is kept while both texts stay the same: the status bar asks often. */
export function alignmentSummary(pairing: Paired, side: Side): { linked: number; total: number } {
  let bySide = summaries.get(pairing.alignment);
  if (!bySide) summaries.set(pairing.alignment, (bySide = {}));
  return (bySide[side] ??= countLinked(pairing, side));
}

function countLinked(pairing: Paired, side: Side): { linked: number; total: number } {
  let linked = 0;
  let total = 0;
  const other: Side = side === 'zh' ? 'en' : 'zh';
  for (const link of pairing.alignment.links) {
    if (link[side].length === 0) continue;
    total += link[side].length;
    if (link[other].length > 0) linked += link[side].length;
  }
  return { linked, total };
}
