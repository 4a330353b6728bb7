/** One language section: its header, its turns and exchanges, and the junk around them. */

import { couldBeTitle, isEndOfTranscript, isLede, isSeparator, isTitle } from './header';
import type { LabelCandidate } from './labels';
import { findPoints } from './points';
import { headOf } from './text';
import type { Exchange, Header, Language, Paragraph, Point, Section, Turn, TurnKind } from './types';

/** What the section builder needs to know of each paragraph before roles are given. */
export interface ParagraphFacts {
  paragraph: Paragraph;
  label?: LabelCandidate;
  frontMatter: boolean;
  /** The front matter's title, on the front-matter paragraph. */
  title?: string;
  /** What the line-shape patterns say of the head, asked once per paragraph. */
  junk: boolean;
  meta: boolean;
  /** The same for the patterns sections ask, once they have asked (see `shape`). */
  titleLike?: boolean;
  endsTranscript?: boolean;
  separator?: boolean;
}

/** What a paragraph's head looks like, asked of the patterns once and then kept with its facts. */
function shapeOf(text: string) {
  return {
    // A paragraph that opens with 问：, 答：, Q: or an outlet is a turn, however it reads.
    title: (fact: ParagraphFacts) => (fact.titleLike ??= isTitle(headOf(text, fact.paragraph))) && !opensTurnByItself(fact),
    endOfTranscript: (fact: ParagraphFacts) => (fact.endsTranscript ??= isEndOfTranscript(headOf(text, fact.paragraph))),
    separator: (fact: ParagraphFacts) => (fact.separator ??= isSeparator(headOf(text, fact.paragraph))),
    couldBeTitle: (fact: ParagraphFacts) => couldBeTitle(headOf(text, fact.paragraph)),
    lede: (fact: ParagraphFacts) => isLede(headOf(text, fact.paragraph)),
  };
}
type Shape = ReturnType<typeof shapeOf>;

function opensTurnByItself(fact: ParagraphFacts): boolean {
  return fact.label !== undefined && fact.label.cls !== 'name';
}

/**
 * The points of a turn found by an earlier parse, when the turn and its text are unchanged (see
 * reparse.ts); undefined to have them found afresh.
 */
export type ReusePoints = (paragraphs: Paragraph[]) => Point[] | undefined;

export function buildSection(text: string, facts: ParagraphFacts[], language: Language, reuse?: ReusePoints): Section {
  for (const fact of facts) {
    fact.paragraph.role = fact.frontMatter ? 'meta' : fact.junk ? 'junk' : 'continuation';
  }
  const shape = shapeOf(text);
  const { header, bodyStart } = readHeader(facts, shape);
  const { exchanges, announcements } = readBody(text, facts.slice(bodyStart), headerText(text, facts, header), shape, reuse);
  const paragraphs = facts.map((f) => f.paragraph);
  // The section spans its transcript; site menus and footers around it are left out.
  const content = paragraphs.filter((p) => p.role !== 'junk');
  const extent = content.length > 0 ? content : paragraphs;
  return {
    language,
    start: extent[0]!.start,
    end: extent[extent.length - 1]!.end,
    paragraphs: paragraphs.map((p) => p.index),
    header,
    announcements,
    exchanges,
  };
}

function usable(fact: ParagraphFacts): boolean {
  return fact.paragraph.role !== 'junk' && !fact.frontMatter;
}

/**
 * The header is everything before the first turn: site menus, the title, meta lines and a lede.
 * The title is the last title-like line before the first turn (menus can hold title-like items),
 * or else a short heading on the first line.
 */
function readHeader(facts: ParagraphFacts[], shape: Shape): { header?: Header; bodyStart: number } {
  let firstTurn = facts.findIndex((f) => usable(f) && f.label && !f.meta && !shape.title(f));
  if (firstTurn < 0) firstTurn = facts.length;
  let title = -1;
  for (let i = 0; i < firstTurn; i++) if (usable(facts[i]!) && !facts[i]!.meta && shape.title(facts[i]!)) title = i;
  const hasFrontMatterTitle = facts.some((f) => f.frontMatter && f.title);
  if (title < 0 && !hasFrontMatterTitle) {
    const first = facts.findIndex((f) => usable(f) && !f.meta);
    // A paragraph that opens with 问：, Q: or an outlet asks a question: it is never a title.
    const strongLabel = facts[first]?.label && facts[first]!.label!.cls !== 'name';
    if (first >= 0 && first <= firstTurn && !strongLabel && shape.couldBeTitle(facts[first]!)) {
      title = first;
      if (first === firstTurn) firstTurn = nextTurn(facts, first + 1);
    }
  }
  const frontMatter = facts.findIndex((f) => f.frontMatter);
  const meta: number[] = [];
  const lede: number[] = [];
  let bodyStart = title >= 0 ? title + 1 : 0;
  for (let i = 0; i < firstTurn; i++) {
    const fact = facts[i]!;
    const paragraph = fact.paragraph;
    if (fact.frontMatter) meta.push(paragraph.index);
    else if (i < title) paragraph.role = 'junk';
    else if (i === title) paragraph.role = 'title';
    else if (!usable(fact)) continue;
    else if (fact.meta) {
      paragraph.role = 'meta';
      meta.push(paragraph.index);
    } else if (bodyStart === i && lede.length === 0 && shape.lede(fact)) {
      paragraph.role = 'lede';
      lede.push(paragraph.index);
    } else break;
    bodyStart = i + 1;
  }
  const titleIndex = title >= 0 ? facts[title]!.paragraph.index : hasFrontMatterTitle ? facts[frontMatter]!.paragraph.index : undefined;
  const headerParagraphs = [titleIndex, ...meta, ...lede].filter((i): i is number => i !== undefined).sort((a, b) => a - b);
  if (headerParagraphs.length === 0) return { bodyStart };
  const byIndex = (index: number) => facts.find((f) => f.paragraph.index === index)!.paragraph;
  const header: Header = {
    start: byIndex(headerParagraphs[0]!).start,
    end: byIndex(headerParagraphs[headerParagraphs.length - 1]!).end,
    meta,
    lede,
  };
  if (titleIndex !== undefined) header.title = titleIndex;
  return { header, bodyStart };
}

function nextTurn(facts: ParagraphFacts[], from: number): number {
  for (let i = from; i < facts.length; i++) if (usable(facts[i]!) && facts[i]!.label) return i;
  return facts.length;
}

function headerText(text: string, facts: ParagraphFacts[], header: Header | undefined): string {
  if (!header) return '';
  return facts
    .filter((f) => f.paragraph.role === 'title' || f.paragraph.role === 'lede' || f.frontMatter)
    .map((f) => text.slice(f.paragraph.start, f.paragraph.end))
    .join('\n');
}

/** Decides who asks and who answers: see `speakerKinds`. */
function readBody(text: string, facts: ParagraphFacts[], headerWords: string, shape: Shape, reuse: ReusePoints | undefined) {
  const kinds = speakerKinds(facts, headerWords, shape);
  const usesQuestionLabels = facts.some((f) => f.label?.cls === 'question');
  const exchanges: Exchange[] = [];
  const announcements: Turn[] = [];
  let exchange: Exchange | undefined;
  let turn: Turn | undefined;
  let inJunk = false;

  const startTurn = (kind: TurnKind, fact: ParagraphFacts, followUp: boolean): Turn => {
    const paragraph = fact.paragraph;
    const created: Turn = { kind, followUp, paragraphs: [paragraph.index], points: [], start: paragraph.start, end: paragraph.end };
    if (fact.label && kinds.has(fact)) {
      const { name, start, end, textStart } = fact.label;
      created.speaker = { name, start, end, textStart };
      paragraph.label = created.speaker;
    }
    paragraph.role = kind;
    return created;
  };

  for (const fact of facts) {
    const paragraph = fact.paragraph;
    if (!usable(fact)) continue;
    if (shape.endOfTranscript(fact)) inJunk = true;
    const kind = kinds.get(fact);
    if (inJunk && !(kind && fact.label!.cls !== 'name')) {
      paragraph.role = 'junk';
      continue;
    }
    inJunk = false;
    if (shape.separator(fact)) {
      // A separator ends the turn; remarks after it are the spokesperson's, outside any turn.
      paragraph.role = 'separator';
      turn = undefined;
    } else if (fact.meta && !kind) {
      paragraph.role = 'meta';
    } else if (kind === 'question') {
      const cls = fact.label!.cls;
      const followUp = exchange !== undefined && (cls === 'followUp' || (cls === 'reporter' && usesQuestionLabels));
      turn = startTurn('question', fact, followUp);
      if (followUp) exchange!.turns.push(turn);
      else exchanges.push((exchange = { question: turn, turns: [], start: turn.start, end: turn.end }));
    } else if (kind === 'answer') {
      turn = startTurn('answer', fact, false);
      if (exchange) exchange.turns.push(turn);
      else exchanges.push((exchange = { turns: [turn], start: turn.start, end: turn.end }));
    } else if (turn && turn.kind === 'question' && turn.followUp) {
      // After a follow-up question, unlabelled text is the spokesperson answering it.
      turn = startTurn('answer', fact, false);
      exchange!.turns.push(turn);
    } else if (turn) {
      turn.paragraphs.push(paragraph.index);
      turn.end = paragraph.end;
      paragraph.role = 'continuation';
    } else {
      turn = startTurn('announcement', fact, false);
      announcements.push(turn);
    }
    if (exchange && turn && turn.kind !== 'announcement') exchange.end = Math.max(exchange.end, turn.end);
  }
  // The facts of a section are consecutive paragraphs.
  const firstIndex = facts[0]?.paragraph.index ?? 0;
  const findTurnPoints = (t: Turn) => {
    const paragraphs = t.paragraphs.map((i) => facts[i - firstIndex]!.paragraph);
    t.points = reuse?.(paragraphs) ?? findPoints(text, paragraphs);
  };
  announcements.forEach(findTurnPoints);
  for (const e of exchanges) {
    if (e.question) findTurnPoints(e.question);
    e.turns.forEach(findTurnPoints);
  }
  return { exchanges, announcements };
}

/**
 * Whether each labelled paragraph asks or answers. 问/Q/记者/outlets ask and 答/A answers; a
 * person's name answers when it is the section's most frequent speaker or named in its title or
 * lede, and asks when the person who answers speaks next (an outlet the pattern did not know).
 */
function speakerKinds(facts: ParagraphFacts[], headerWords: string, shape: Shape): Map<ParagraphFacts, 'question' | 'answer'> {
  const labelled = facts.filter((f) => usable(f) && f.label && !shape.title(f));
  const counts = new Map<string, number>();
  for (const f of labelled) if (f.label!.cls === 'name') counts.set(f.label!.name, (counts.get(f.label!.name) ?? 0) + 1);
  let dominant: string | undefined;
  for (const [name, count] of counts) if (!dominant || count > counts.get(dominant)!) dominant = name;
  // Asked once per name: a section has few speakers and many turns.
  const named = new Map<string, boolean>();
  const isNamed = (name: string) => named.get(name) ?? named.set(name, namedIn(headerWords, name)).get(name)!;
  const answers = (f: ParagraphFacts) =>
    f.label!.cls === 'answer' || (f.label!.cls === 'name' && (f.label!.name === dominant || isNamed(f.label!.name)));
  const kinds = new Map<ParagraphFacts, 'question' | 'answer'>();
  labelled.forEach((f, i) => {
    const cls = f.label!.cls;
    if (cls !== 'name') kinds.set(f, cls === 'answer' ? 'answer' : 'question');
    else if (answers(f)) kinds.set(f, 'answer');
    // Someone who is not the section's main speaker asks when the main speaker answers next, and
    // also at the very end (a translation stopped after the question, before its answer).
    else kinds.set(f, !labelled[i + 1] || answers(labelled[i + 1]!) ? 'question' : 'answer');
  });
  return kinds;
}

const TITLES = new Set(['mr', 'ms', 'mrs', 'dr', 'sen', 'rep', 'gen', 'adm', 'col']);

function namedIn(words: string, name: string): boolean {
  if (!words) return false;
  if (/\p{Script=Han}/u.test(name)) return words.includes(name);
  const lower = words.toLowerCase();
  return name
    .toLowerCase()
    .split(/[\s.\u00a0]+/)
    .some((part) => part.length >= 3 && !TITLES.has(part) && lower.includes(part));
}
