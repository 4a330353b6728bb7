/**
 * How a model made by reparsing an edit (reparse.ts) relates to the previous version's: which
 * turns are the same turns, moved. Views built from a model (the outline, its symbols) use it to
 * move what they built for the previous version instead of building it again.
 */

import type { Briefing, Paragraph, Turn } from './types';

/** Where a paragraph of the new model was in the old one, and how far it moved. */
export interface Origin {
  /** Its index in the old model. */
  old: number;
  /** Characters, lines and paragraph indices it moved by. */
  offset: number;
  lineShift: number;
  indexShift: number;
}

/** A turn of the previous version that, moved by `offset` characters and `lineShift` lines, is this one. */
export interface MovedTurn extends Origin {
  turn: Turn;
}

const lineages = new WeakMap<Briefing, Lineage>();

/** The lineage of a model made by reparsing an edit of the previous version, if it was. */
export function lineageOf(briefing: Briefing): Lineage | undefined {
  return lineages.get(briefing);
}

export class Lineage {
  private turnsByFirstParagraph: Map<number, Turn> | undefined;

  /** `origin` of each new paragraph index: undefined for paragraphs read again. */
  constructor(
    readonly previous: Briefing,
    private readonly origin: (index: number) => Origin | undefined,
  ) {}

  record(briefing: Briefing): void {
    lineages.set(briefing, this);
    // Only one step back: a chain of lineages would keep every old version alive.
    lineages.delete(this.previous);
  }

  /**
   * The previous version's turn made of the same paragraphs, carried over together with the same
   * content start (the same speaker label): what a turn holds depends on nothing else.
   */
  movedTurn(paragraphs: readonly Paragraph[]): MovedTurn | undefined {
    const first = this.origin(paragraphs[0]!.index);
    if (!first) return undefined;
    this.turnsByFirstParagraph ??= turnsOf(this.previous);
    const turn = this.turnsByFirstParagraph.get(first.old);
    if (!turn || turn.paragraphs.length !== paragraphs.length) return undefined;
    for (let i = 0; i < paragraphs.length; i++) {
      const paragraph = paragraphs[i]!;
      const from = this.origin(paragraph.index);
      const was = this.previous.paragraphs[turn.paragraphs[i]!]!;
      if (from?.old !== was.index || from.offset !== first.offset || from.indexShift !== first.indexShift) return undefined;
      if (contentStartOf(paragraph) !== contentStartOf(was) + first.offset) return undefined;
    }
    return { ...first, turn };
  }

  /** `movedTurn` for a turn of the new model. */
  previousTurn(briefing: Briefing, turn: Turn): MovedTurn | undefined {
    return this.movedTurn(turn.paragraphs.map((index) => briefing.paragraphs[index]!));
  }
}

function turnsOf(briefing: Briefing): Map<number, Turn> {
  const turns = new Map<number, Turn>();
  for (const section of briefing.sections) {
    for (const turn of section.announcements) turns.set(turn.paragraphs[0]!, turn);
    for (const exchange of section.exchanges) {
      if (exchange.question) turns.set(exchange.question.paragraphs[0]!, exchange.question);
      for (const turn of exchange.turns) turns.set(turn.paragraphs[0]!, turn);
    }
  }
  return turns;
}

const contentStartOf = (paragraph: Paragraph) => paragraph.label?.textStart ?? paragraph.start;
