/**
 * `points`: a turn of the English numbers fewer or more points than its Chinese turn, or numbers
 * them in another order (一是…五是 against First…Fourthly).
 */
import { findInlineMarkers, readMarker, type Briefing, type Point, type Turn } from '../model';
import { msg, type Message } from '../l10n';
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
    const finding = compare(zh, en, versions.en);
    if (finding) findings.push(finding);
  }
  return findings;
}

function compare(zh: Turn, en: Turn, enBriefing: Briefing): Finding | undefined {
  const zhOrdinals = ordinals(zh.points);
  // A list cut down to one point is a lone marker, which the model does not take for a list.
  const enOrdinals = en.points.length > 0 ? ordinals(en.points) : loneMarkers(enBriefing, en);
  // A translation may run a list on without numbers: only a numbered list that lost or gained
  // points, or changed their order, is reported.
  if (zhOrdinals.join() === enOrdinals.join() || zhOrdinals.length < 2 || enOrdinals.length === 0) return undefined;
  const source = { sourceStart: zh.points[0]?.markerStart ?? zh.start, sourceEnd: zh.points[0]?.markerEnd ?? zh.start };
  // Where the two lists part: the first English point out of step, or the turn's start.
  const first = firstDifference(zhOrdinals, enOrdinals);
  const at = flatten(en.points)[first];
  const place = at ? { start: at.markerStart, end: at.markerEnd } : { start: en.start, end: Math.min(en.end, en.start + 1) };
  const message =
    zhOrdinals.length !== enOrdinals.length
      ? msg('qa.points.count', { here: count(enOrdinals.length), there: count(zhOrdinals.length), markers: markers(zh.points) })
      : msg('qa.points.order', { markers: markers(zh.points) });
  return { check: 'points', message, ...place, ...source };
}

/** The ordinals of markers written in a turn without making a list: a "First," whose "Second," is gone. */
function loneMarkers(briefing: Briefing, turn: Turn): number[] {
  const ordinals: number[] = [];
  for (const index of turn.paragraphs) {
    const paragraph = briefing.paragraphs[index]!;
    const from = paragraph.label?.textStart ?? paragraph.start;
    const opening = readMarker(briefing.text, from, paragraph.end, false);
    if (opening) ordinals.push(opening.ordinal);
    for (const inline of findInlineMarkers(briefing.text, opening?.textStart ?? from, paragraph.end, paragraph.language)) ordinals.push(inline.ordinal);
  }
  return ordinals[0] === 1 ? ordinals : [];
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

const count = (n: number): Message => (n === 1 ? msg('qa.points.one') : msg('qa.points.many', { count: n }));

function markers(points: readonly Point[]): string | Message {
  const all = flatten(points).map((p) => p.marker);
  return all.length === 0 ? msg('qa.points.none') : all.length <= 2 ? all.join(', ') : `${all[0]} … ${all[all.length - 1]}`;
}
