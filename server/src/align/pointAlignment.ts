/**
 * Numbered points of a paragraph link: which Chinese point (一是, 第二，…) renders which English
 * one (First, second, …). A paragraph-level point follows its paragraph's link; inline points
 * pair by ordinal inside the linked paragraphs.
 */

import type { Briefing, Point, Section } from '../model';
import { pointsByParagraph } from './features';
import type { Link } from './align';

export interface PointPair {
  zh: Point;
  en: Point;
}

export function alignPoints(link: Link, zhBriefing: Briefing, enBriefing: Briefing): PointPair[] {
  const zh = pointsOf(zhBriefing, link.zh);
  const en = pointsOf(enBriefing, link.en);
  if (zh.length === 0 || en.length === 0) return [];
  const pairs: PointPair[] = [];
  const take = (z: Point, e: Point) => {
    pairs.push({ zh: z, en: e });
    zh.splice(zh.indexOf(z), 1);
    en.splice(en.indexOf(e), 1);
  };
  const zhLevel = zh.filter((p) => !p.inline);
  const enLevel = en.filter((p) => !p.inline);
  // One point opening each of two linked paragraphs: the link says they correspond, whatever the numbering.
  if (zhLevel.length === 1 && enLevel.length === 1) take(zhLevel[0]!, enLevel[0]!);
  for (const inline of [false, true]) pairByOrdinal(zh.filter((p) => p.inline === inline), en.filter((p) => p.inline === inline), take);
  // A list written as paragraphs on one side and inside one paragraph on the other.
  pairByOrdinal([...zh], [...en], take);
  return pairs.sort((a, b) => a.zh.markerStart - b.zh.markerStart);
}

/** The k-th point numbered n on one side pairs with the k-th numbered n on the other. */
function pairByOrdinal(zh: Point[], en: Point[], take: (z: Point, e: Point) => void): void {
  const enByOrdinal = new Map<number, Point[]>();
  for (const point of en) enByOrdinal.set(point.ordinal, [...(enByOrdinal.get(point.ordinal) ?? []), point]);
  for (const point of zh) {
    const match = enByOrdinal.get(point.ordinal)?.shift();
    if (match) take(point, match);
  }
}

/** Points whose marker stands in one of the paragraphs, in text order. */
function pointsOf(briefing: Briefing, paragraphs: number[]): Point[] {
  const found: Point[] = [];
  for (const section of sectionsHolding(briefing, paragraphs)) {
    const byParagraph = pointsByParagraph(section);
    for (const index of paragraphs) found.push(...(byParagraph.get(index) ?? []));
  }
  return found.sort((a, b) => a.markerStart - b.markerStart);
}

function sectionsHolding(briefing: Briefing, paragraphs: number[]): Section[] {
  return briefing.sections.filter((section) => {
    const first = section.paragraphs[0];
    const last = section.paragraphs[section.paragraphs.length - 1];
    return first !== undefined && last !== undefined && paragraphs.some((index) => index >= first && index <= last);
  });
}
