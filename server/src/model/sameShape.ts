/**
 * The common edit: typing inside paragraphs in a way that changes nothing the parse decides from
 * them (their labels, language and line-shape verdicts, the split into language sections). Such
 * an edit leaves every section, turn and exchange as it was: the new model keeps the previous
 * version's objects before the edit, moves those after it in place and reads again only the points
 * of the turns the edit fell in. The previous version is given up: copying everything after the
 * edit, at every edit, was most of what typing cost in a long transcript. reparse.ts assembles the
 * sections afresh when this does not apply.
 */

import { couldBeTitle, isEndOfTranscript, isLede, isSeparator, isTitle } from './header';
import type { LabelCandidate } from './labels';
import { Lineage } from './lineage';
import { moveFacts, moveTurn } from './moved';
import type { LineStats } from './paragraphs';
import { parseWithState, sectionRanges, weightOf, type ParsedBriefing } from './parse';
import { findPoints } from './points';
import type { ParagraphFacts } from './section';
import { headOf } from './text';
import type { Briefing, Exchange, Header, Paragraph, Section, Turn } from './types';

/** A reparse of the paragraphs around an edit (see reparse.ts), before sections are assembled. */
export interface ReadWindow {
  previous: ParsedBriefing;
  text: string;
  lineStarts: number[];
  stats: LineStats;
  /** Old paragraphs firstParagraph…lastParagraph were read again as `facts`. */
  firstParagraph: number;
  lastParagraph: number;
  facts: ParagraphFacts[];
  /** How the text after the window moved. */
  offset: number;
  lineShift: number;
}

/** The new version when the edit kept the shape of the model, or undefined to assemble it afresh. */
export function keepShape(window: ReadWindow): ParsedBriefing | undefined {
  const { previous, text, firstParagraph: first, lastParagraph: last, facts: read, offset, lineShift } = window;
  const { briefing: old, state } = previous;
  if (read.length !== last - first + 1) return undefined;
  let weightsKept = true;
  for (let k = 0; k < read.length; k++) {
    const was = state.facts[first + k]!;
    const opening = mayOpenSection(old, state.facts, first + k);
    if (!sameVerdicts(was, old.text, old.paragraphs[first + k]!, read[k]!, text, opening)) return undefined;
    weightsKept &&= weightOf(was) === weightOf(read[k]!);
  }
  // The facts after the window are the old ones, moved below: the same objects, the same weights.
  const facts = state.facts.slice(0, first).concat(read, state.facts.slice(last + 1));
  if (!weightsKept && !sameSections(text, old.sections, facts)) return undefined;

  const paragraphs = old.paragraphs.slice(0, first);
  for (let k = 0; k < read.length; k++) paragraphs.push(placed(read[k]!, old.paragraphs[first + k]!));
  // The window's bounds are taken before the paragraphs after it move.
  const mover = new Mover(old, paragraphs, text, first, last, offset);
  moveParagraphsAfter(facts, first + read.length, offset, lineShift, paragraphs);
  let sections: Section[];
  try {
    sections = old.sections.map((section) => mover.section(section));
  } catch (error) {
    // The paragraphs read again are placed already: the facts for assembling afresh are gone.
    if (error instanceof ShapeMismatch) return parseWithState(text);
    throw error;
  }
  const briefing: Briefing = { text, lineStarts: window.lineStarts, paragraphs, sections };
  if (old.frontMatterTitle) briefing.frontMatterTitle = old.frontMatterTitle;
  new Lineage(old, first, last + 1, { offset, lineShift, indexShift: 0 }, true).record(briefing);
  return { briefing, state: { facts, bodyLine: state.bodyLine, stats: window.stats } };
}

/**
 * Moves the facts from `from` on, with their paragraphs, and appends the paragraphs. A function of
 * its own, so that the engine optimizes this loop by itself: compiled inside keepShape while the
 * loop first ran, it took in the code after it before that had ever run, and left it again at
 * every edit.
 */
function moveParagraphsAfter(facts: ParagraphFacts[], from: number, offset: number, lineShift: number, paragraphs: Paragraph[]): void {
  for (let i = from; i < facts.length; i++) {
    moveFacts(facts[i]!, offset, lineShift);
    paragraphs.push(facts[i]!.paragraph);
  }
}

/** Sections read these roles after their header (section.ts). */
const BODY_ROLES = new Set<Paragraph['role']>(['question', 'answer', 'continuation', 'announcement', 'separator']);

/**
 * Whether the section may take the paragraph for its title or lede: no paragraph before it in its
 * section is a body paragraph that a title could be looked for in (one without a meta line's look).
 */
function mayOpenSection(old: Briefing, facts: ParagraphFacts[], index: number): boolean {
  const section = old.sections.find((s) => s.paragraphs[s.paragraphs.length - 1]! >= index);
  for (let i = index - 1; section && i >= section.paragraphs[0]!; i--) {
    if (BODY_ROLES.has(old.paragraphs[i]!.role) && !facts[i]!.meta) return false;
  }
  return true;
}

/**
 * Whether a paragraph read again tells sections what it told them before. Titles and ledes are
 * excluded: their words decide which named speakers answer. What a paragraph's head looks like
 * as a title or lede matters only where the section may open with it (`opening`).
 */
function sameVerdicts(was: ParagraphFacts, oldText: string, placedBefore: Paragraph, now: ParagraphFacts, text: string, opening: boolean): boolean {
  if (placedBefore.role === 'title' || placedBefore.role === 'lede' || was.frontMatter || now.frontMatter) return false;
  if (was.paragraph.language !== now.paragraph.language || was.junk !== now.junk || was.meta !== now.meta) return false;
  if (!sameLabel(was.label, now.label)) return false;
  const before = headOf(oldText, was.paragraph);
  const after = headOf(text, now.paragraph);
  now.titleLike = isTitle(after);
  now.endsTranscript = isEndOfTranscript(after);
  now.separator = isSeparator(after);
  return (
    (was.titleLike ?? isTitle(before)) === now.titleLike &&
    (was.endsTranscript ?? isEndOfTranscript(before)) === now.endsTranscript &&
    (was.separator ?? isSeparator(before)) === now.separator &&
    (!opening || (couldBeTitle(before) === couldBeTitle(after) && isLede(before) === isLede(after)))
  );
}

function sameLabel(a: LabelCandidate | undefined, b: LabelCandidate | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.name === b.name && a.cls === b.cls);
}

/** Lengths changed the weights the language split is decided by: the same sections, or not. */
function sameSections(text: string, sections: readonly Section[], facts: ParagraphFacts[]): boolean {
  const ranges = sectionRanges(text, facts);
  return ranges.length === sections.length && ranges.every((range, i) => range.language === sections[i]!.language && range.from === sections[i]!.paragraphs[0]);
}

/** A span of the old model that does not end on a paragraph's boundary: assemble afresh. */
class ShapeMismatch extends Error {}

/** The paragraph read again, given the role and speaker it had before. */
function placed(fact: ParagraphFacts, before: Paragraph): Paragraph {
  const paragraph = fact.paragraph;
  paragraph.role = before.role;
  if (before.label && fact.label) {
    const { name, start, end, textStart } = fact.label;
    paragraph.label = { name, start, end, textStart };
  }
  return paragraph;
}

/**
 * Moves the parts of the old model into the new one: kept before the window, moved in place after
 * it (their paragraphs have moved already), rebuilt from the new paragraphs where they hold one
 * read again. Sections and headers that reach past the window are new objects, as their bounds
 * are read against the old offsets.
 */
class Mover {
  private readonly windowStart: number;
  private readonly windowEnd: number;

  constructor(
    private readonly old: Briefing,
    private readonly paragraphs: Paragraph[],
    private readonly text: string,
    private readonly first: number,
    private readonly last: number,
    private readonly offset: number,
  ) {
    this.windowStart = first > 0 ? old.paragraphs[first - 1]!.end : -1;
    // Past every old offset when no paragraph follows; an integer, as Infinity would change how the
    // engine stores the field, and throw out the code that reads it.
    this.windowEnd = last + 1 < old.paragraphs.length ? old.paragraphs[last + 1]!.start : old.text.length + 1;
  }

  section(section: Section): Section {
    if (this.before(section.paragraphs[section.paragraphs.length - 1]!)) return section;
    return {
      language: section.language,
      start: this.boundary(section.start, 'start'),
      end: this.boundary(section.end, 'end'),
      paragraphs: section.paragraphs,
      header: section.header && this.header(section.header),
      announcements: section.announcements.map((turn) => this.turn(turn)),
      exchanges: section.exchanges.map((exchange) => this.exchange(exchange)),
    };
  }

  private header(header: Header): Header {
    if (header.end <= this.windowStart) return header;
    const moved: Header = { start: this.boundary(header.start, 'start'), end: this.boundary(header.end, 'end'), meta: header.meta, lede: header.lede };
    if (header.title !== undefined) moved.title = header.title;
    return moved;
  }

  private exchange(exchange: Exchange): Exchange {
    const turns = exchange.turns;
    const lastTurn = turns.length > 0 ? turns[turns.length - 1]! : exchange.question!;
    if (this.before(lastTurn.paragraphs[lastTurn.paragraphs.length - 1]!)) return exchange;
    if ((exchange.question ?? turns[0]!).paragraphs[0]! > this.last) {
      if (exchange.question) this.moveInPlace(exchange.question);
      turns.forEach((turn) => this.moveInPlace(turn));
      exchange.start += this.offset;
      exchange.end += this.offset;
      return exchange;
    }
    const question = exchange.question && this.turn(exchange.question);
    // Mapped, not filled in: an array of the same kind as section.ts makes (see spliceLines).
    const movedTurns = turns.map((turn) => this.turn(turn));
    let end = question?.end ?? 0;
    for (const turn of movedTurns) end = Math.max(end, turn.end);
    const start = (question ?? movedTurns[0]!).start;
    return question ? { question, turns: movedTurns, start, end } : { turns: movedTurns, start, end };
  }

  private turn(turn: Turn): Turn {
    const indices = turn.paragraphs;
    if (this.before(indices[indices.length - 1]!)) return turn;
    if (indices[0]! > this.last) {
      this.moveInPlace(turn);
      return turn;
    }
    const paragraphs = this.paragraphs;
    const firstParagraph = paragraphs[indices[0]!]!;
    const created: Turn = {
      kind: turn.kind,
      followUp: turn.followUp,
      paragraphs: indices,
      points: [],
      start: firstParagraph.start,
      end: paragraphs[indices[indices.length - 1]!]!.end,
    };
    if (turn.speaker && firstParagraph.label) created.speaker = firstParagraph.label;
    created.points = findPoints(
      this.text,
      indices.map((i) => paragraphs[i]!),
    );
    return created;
  }

  /** A turn after the window; its paragraphs have moved already, its speaker with the first. */
  private moveInPlace(turn: Turn): void {
    moveTurn(turn, this.offset, this.paragraphs[turn.paragraphs[0]!]!.label);
  }

  private before(index: number): boolean {
    return index < this.first;
  }

  /** Where an old span boundary (a paragraph's start or end) now lies. */
  private boundary(offset: number, side: 'start' | 'end'): number {
    if (offset <= this.windowStart) return offset;
    if (offset >= this.windowEnd) return offset + this.offset;
    for (let i = this.first; i <= this.last; i++) {
      if (this.old.paragraphs[i]![side] === offset) return this.paragraphs[i]![side];
    }
    throw new ShapeMismatch(`span boundary ${offset} is no paragraph's ${side}`);
  }
}
