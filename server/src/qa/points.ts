/**
 * `points`: a turn of the English numbers fewer or more points than its Chinese turn, or numbers
 * them in another order (一是…五是 against First…Fourthly).
 */
import type { Point, Turn } from '../model';
import type { Finding } from './types';
import { isPaired, turnsByParagraph, type LinkView, type Versions } from './view';

export function pointFindings(versions: Versions, views: readonly LinkView[]): Finding[] {
  const zhTurns = turnsByParagraph(versions.zh);
  const enTurns = turnsByParagraph(versions.en);
  const findings: Finding[] = [];
  const seen = new Set<Turn>();
  for (const view of views.filter(isPaired)) {
    const zh = zhTurns.get(view.link.zh[0]!);
    const en = enTurns.get(view.link.en[0]!);
    if (!zh || !en || seen.has(zh) || seen.has(en)) continue;
    seen.add(zh).add(en);
    const finding = compare(zh, en);
    if (finding) findings.push(finding);
  }
  return findings;
}

function compare(zh: Turn, en: Turn): Finding | undefined {
  const zhOrdinals = ordinals(zh.points);
  const enOrdinals = ordinals(en.points);
  if (zhOrdinals.join() === enOrdinals.join()) return undefined;
  const source = { sourceStart: zh.points[0]?.markerStart ?? zh.start, sourceEnd: zh.points[0]?.markerEnd ?? zh.start };
  // Where the two lists part: the first English point out of step, or the turn's start.
  const first = firstDifference(zhOrdinals, enOrdinals);
  const at = flatten(en.points)[first];
  const place = at ? { start: at.markerStart, end: at.markerEnd } : { start: en.start, end: Math.min(en.end, en.start + 1) };
  const message =
    zhOrdinals.length !== enOrdinals.length
      ? `${count(enOrdinals.length)} here, ${count(zhOrdinals.length)} in the Chinese (${markers(zh.points)}).`
      : `The points are in another order than in the Chinese (${markers(zh.points)}).`;
  return { check: 'points', message, ...place, ...source };
}

function flatten(points: readonly Point[]): Point[] {
  return points.flatMap((p) => [p, ...flatten(p.children)]);
}

function ordinals(points: readonly Point[]): number[] {
  return flatten(points).map((p) => p.ordinal);
}

function firstDifference(a: number[], b: number[]): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

const count = (n: number) => (n === 1 ? '1 numbered point' : `${n} numbered points`);

function markers(points: readonly Point[]): string {
  const all = flatten(points).map((p) => p.marker);
  return all.length === 0 ? 'none' : all.length <= 2 ? all.join(', ') : `${all[0]} … ${all[all.length - 1]}`;
}
