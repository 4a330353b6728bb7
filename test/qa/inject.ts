/**
 * A seeded injector of translation errors into the English of an aligned pair, one kind per QA
 * check: a changed number or date, a dropped point, a glossary term replaced by another word, a
 * Chinese sentence left untranslated, half a paragraph cut, a swapped speaker. Each injection says
 * where it went, so that a test can ask whether the check found it there.
 */
import type { Random } from '../../bench/random';
import type { Link } from '../../server/src/align';
import { findForm, type TermIndex } from '../../server/src/glossary';
import type { Briefing, Paragraph, Point, Turn } from '../../server/src/model';
import type { QaCheck } from '../../server/src/qa';
import { chineseQuantities, englishQuantities } from '../../server/src/qa/quantities';
import { checkedTerm } from '../../server/src/qa/terms';
import { askedInQuestion, turnsByParagraph } from '../../server/src/qa/view';

export interface Aligned {
  zh: Briefing;
  en: Briefing;
  links: readonly Link[];
}

export interface Injection {
  enText: string;
  /** Where the error is in the new English text: the findings of its check should touch this. */
  scope: { start: number; end: number };
  what: string;
}

type Injector = (pair: Aligned, terms: TermIndex, random: Random) => Injection | undefined;

export const INJECTORS: Record<QaCheck, Injector> = {
  numbers: changeNumber,
  points: dropPoint,
  terms: replaceTerm,
  untranslated: leaveUntranslated,
  omission: cutHalf,
  speaker: swapSpeaker,
};

/** The links that pair one Chinese paragraph with one English paragraph, in random order. */
function oneToOne(pair: Aligned, random: Random): { zh: Paragraph; en: Paragraph }[] {
  const links = pair.links.filter((l) => l.zh.length === 1 && l.en.length === 1);
  return random.permutation(links.length).map((i) => ({ zh: pair.zh.paragraphs[links[i]!.zh[0]!]!, en: pair.en.paragraphs[links[i]!.en[0]!]! }));
}

function replace(text: string, start: number, end: number, by: string): string {
  return text.slice(0, start) + by + text.slice(end);
}

/** A number stated by both sides, changed in the English to one neither side states. */
function changeNumber(pair: Aligned, _terms: TermIndex, random: Random): Injection | undefined {
  for (const { zh, en } of oneToOne(pair, random)) {
    const zhValues = chineseQuantities(pair.zh.text, zh.start, zh.end).map((q) => q.value);
    const enQuantities = englishQuantities(pair.en.text, en.start, en.end);
    const candidates = enQuantities.filter((q) => q.firm && /^\d+$/.test(q.text) && zhValues.includes(q.value));
    if (candidates.length === 0) continue;
    const target = random.pick(candidates);
    const taken = new Set([...zhValues, ...enQuantities.map((q) => q.value)]);
    let value = target.value + random.int(1, 9);
    while (taken.has(value)) value++;
    const enText = replace(pair.en.text, target.start, target.end, String(value));
    return { enText, scope: { start: en.start, end: en.end + String(value).length - target.text.length }, what: `${target.text} → ${value}` };
  }
  return undefined;
}

function flatten(points: readonly Point[]): Point[] {
  return points.flatMap((p) => [p, ...flatten(p.children)]);
}

/** A turn whose points match the Chinese one's, with one of its points (not the first) removed. */
function dropPoint(pair: Aligned, _terms: TermIndex, random: Random): Injection | undefined {
  const zhTurns = turnsByParagraph(pair.zh);
  const enTurns = turnsByParagraph(pair.en);
  const turnPairs = new Map<Turn, Turn>();
  for (const link of pair.links) {
    const zh = link.zh.length > 0 ? zhTurns.get(link.zh[0]!) : undefined;
    const en = link.en.length > 0 ? enTurns.get(link.en[0]!) : undefined;
    if (zh && en && !turnPairs.has(en)) turnPairs.set(en, zh);
  }
  const numbered = [...turnPairs].filter(([en, zh]) => flatten(en.points).length >= 2 && flatten(en.points).map((p) => p.ordinal).join() === flatten(zh.points).map((p) => p.ordinal).join());
  if (numbered.length === 0) return undefined;
  const [turn] = random.pick(numbered);
  const points = flatten(turn.points).filter((p) => p.children.length === 0);
  const point = random.pick(points.slice(1).length > 0 ? points.slice(1) : points);
  // A point that fills its paragraph goes with the paragraph's line break.
  const paragraph = pair.en.paragraphs[point.paragraph]!;
  const whole = point.markerStart <= paragraph.start + (paragraph.label ? paragraph.label.textStart - paragraph.start : 0) && point.end >= paragraph.end;
  const [start, end] = whole ? [paragraph.start, Math.min(pair.en.text.length, paragraph.end + 1)] : [point.markerStart, point.end];
  const enText = replace(pair.en.text, start, end, '');
  return { enText, scope: { start: turn.start, end: turn.end - (end - start) }, what: `dropped ${point.marker}` };
}

/** A glossary name that both sides use, replaced in the English by a word that is no rendering. */
function replaceTerm(pair: Aligned, terms: TermIndex, random: Random): Injection | undefined {
  for (const { zh, en } of oneToOne(pair, random)) {
    if (askedInQuestion(pair, { zh: [zh] })) continue;
    const matches = terms.match(pair.zh.text, zh.start, zh.end).filter((m) => checkedTerm(pair.zh.text, m) && findForm(pair.en.text, en.start, en.end, m.entry.en));
    if (matches.length === 0) continue;
    const { entry } = random.pick(matches);
    let text = pair.en.text;
    let end = en.end;
    // Every form of the entry in the paragraph: the translator wrote another name throughout.
    for (let found = findForm(text, en.start, end, entry.en); found; found = findForm(text, en.start, end, entry.en)) {
      text = replace(text, found.start, found.end, 'the organisation');
      end += 'the organisation'.length - (found.end - found.start);
    }
    // Only where the name is gone: not still there by its head (the Osaka Summit) or written out (United Nations for UN).
    if (stillNamed(text.slice(en.start, end), entry.en)) continue;
    return { enText: text, scope: { start: en.start, end }, what: `${entry.zh[0]} → "the organisation"` };
  }
  return undefined;
}

function stillNamed(paragraph: string, renderings: readonly string[]): boolean {
  const text = paragraph.toLowerCase().replace(/\bunited nations\b/g, 'un').replace(/\bunited states\b/g, 'us');
  return renderings.some((rendering) => {
    const words = rendering.toLowerCase().split(/\s+/);
    return words.length >= 3 && text.includes(words.slice(-2).join(' '));
  });
}

/** The first sentence of the English replaced by the first sentence of its Chinese. */
function leaveUntranslated(pair: Aligned, _terms: TermIndex, random: Random): Injection | undefined {
  for (const { zh, en } of oneToOne(pair, random)) {
    const zhText = pair.zh.text.slice(zh.label?.textStart ?? zh.start, zh.end);
    const chinese = /^[^。！？]*[。！？]/.exec(zhText)?.[0];
    const from = en.label?.textStart ?? en.start;
    const english = /^.*?[.!?](?=\s|$)/.exec(pair.en.text.slice(from, en.end))?.[0];
    if (!chinese || !english || chinese.length < 6) continue;
    const enText = replace(pair.en.text, from, from + english.length, chinese);
    return { enText, scope: { start: en.start, end: en.end + chinese.length - english.length }, what: `untranslated ${chinese.slice(0, 12)}…` };
  }
  return undefined;
}

/** The second half of a paragraph of some length cut, at a word boundary. */
function cutHalf(pair: Aligned, _terms: TermIndex, random: Random): Injection | undefined {
  for (const { zh, en } of oneToOne(pair, random)) {
    if (zh.end - zh.start < 80 || en.end - en.start < 200 || askedInQuestion(pair, { zh: [zh] })) continue;
    const middle = pair.en.text.lastIndexOf(' ', Math.floor((en.start + en.end) / 2));
    if (middle <= en.start) continue;
    const enText = replace(pair.en.text, middle, en.end, '');
    return { enText, scope: { start: en.start, end: middle }, what: `cut ${en.end - middle} of ${en.end - en.start} characters` };
  }
  return undefined;
}

/** A question's label changed to an answer's, or an answer's to a question's. */
function swapSpeaker(pair: Aligned, _terms: TermIndex, random: Random): Injection | undefined {
  const zhTurns = turnsByParagraph(pair.zh);
  const enTurns = turnsByParagraph(pair.en);
  for (const { zh, en } of oneToOne(pair, random)) {
    const [zhTurn, enTurn] = [zhTurns.get(zh.index), enTurns.get(en.index)];
    if (!zhTurn || !enTurn || !en.label || enTurn.paragraphs[0] !== en.index || zhTurn.kind !== enTurn.kind || !/^(?:Q|A)$/.test(en.label.name)) continue;
    const other = en.label.name === 'Q' ? 'A' : 'Q';
    const enText = replace(pair.en.text, en.label.start, en.label.start + 1, other);
    return { enText, scope: { start: en.start, end: en.end }, what: `${en.label.name}: → ${other}:` };
  }
  return undefined;
}
