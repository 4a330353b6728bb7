/**
 * How a model made by reparsing an edit (reparse.ts) relates to the previous version's: which
 * turns are the same turns, moved. Views built from a model (the outline, its symbols) use it to
 * move what they built for the previous version instead of building it again.
 */

import { contentStart } from './points';
import type { Briefing, Paragraph, Turn } from './types';

/** How the paragraphs after the edit moved: by characters, lines and paragraph indices. */
export interface Shift {
  offset: number;
  lineShift: number;
  indexShift: number;
}

/** A turn of the previous version that, moved by the shift, is this one. */
export interface MovedTurn extends Shift {
  turn: Turn;
}

const lineages = new WeakMap<Briefing, Lineage>();

/**
 * The origins of the paragraphs of a model made by reparsing an edit, by index: the paragraph of
 * an earlier version that an edit carried this one's text over from. What was found in its text
 * once (the glossary's terms, say) holds here too, moved by the difference of their starts. Only
 * the first paragraphs are kept, not the versions in between.
 */
const origins = new WeakMap<Briefing, (Paragraph | undefined)[]>();

/** The paragraph of an earlier version whose text an edit carried over into this model's paragraph. */
export function originOf(briefing: Briefing, index: number): Paragraph | undefined {
  return origins.get(briefing)?.[index];
}

/** The lineage of a model made by reparsing an edit of the previous version, if it was. */
export function lineageOf(briefing: Briefing): Lineage | undefined {
  return lineages.get(briefing);
}

/**
 * Lets the previous version go once the views that move its parts have been built: holding it
 * doubled what the engine copies when it collects young objects, after every edit.
 */
export function releaseLineage(briefing: Briefing): void {
  lineages.delete(briefing);
}

const UNMOVED: Shift = { offset: 0, lineShift: 0, indexShift: 0 };

/**
 * New paragraphs before `firstRead` are the old ones, unmoved; those from `firstRead` to before
 * `firstAfter` were read again; those after moved by `after`.
 */
export class Lineage {
  private turnsByFirstParagraph: (Turn | undefined)[] | undefined;

  constructor(
    readonly previous: Briefing,
    private readonly firstRead: number,
    private readonly firstAfter: number,
    private readonly after: Shift,
    /** Made by a reparse that kept the model's shape (sameShape.ts). */
    private readonly shapeKept = false,
  ) {}

  /**
   * After a reparse that kept the shape: how the part made of paragraphs `first`–`last` moved,
   * when none of them was read again. It is then the previous version's part at the same
   * paragraphs, with the same contents; otherwise undefined.
   */
  shapeKeptAround(first: number, last: number): Shift | undefined {
    if (!this.shapeKept) return undefined;
    if (last < this.firstRead) return UNMOVED;
    return first >= this.firstAfter ? this.after : undefined;
  }

  record(briefing: Briefing): void {
    lineages.set(briefing, this);
    // Only one step back: a chain of lineages would keep every old version alive.
    lineages.delete(this.previous);
    origins.set(briefing, this.origins(briefing.paragraphs.length));
  }

  private origins(count: number): (Paragraph | undefined)[] {
    const before = origins.get(this.previous);
    const table = new Array<Paragraph | undefined>(count);
    for (let i = 0; i < count; i++) {
      const old = this.oldIndex(i);
      if (old >= 0) table[i] = before?.[old] ?? this.previous.paragraphs[old]!;
    }
    return table;
  }

  /** The old index of a new paragraph index, or -1 for a paragraph read again. */
  private oldIndex(index: number): number {
    return index < this.firstRead ? index : index >= this.firstAfter ? index - this.after.indexShift : -1;
  }

  /**
   * The previous version's turn made of the same paragraphs, carried over together with the same
   * content start (the same speaker label): what a turn holds depends on nothing else.
   */
  movedTurn(paragraphs: readonly Paragraph[]): MovedTurn | undefined {
    return this.match(paragraphs, undefined);
  }

  /** `movedTurn` for a turn of the new model. */
  previousTurn(briefing: Briefing, turn: Turn): MovedTurn | undefined {
    return this.match(turn.paragraphs, briefing);
  }

  /** `paragraphs` are the turn's paragraphs, or their indices into `briefing`. */
  private match(paragraphs: readonly (Paragraph | number)[], briefing: Briefing | undefined): MovedTurn | undefined {
    const paragraphAt = (i: number): Paragraph => {
      const item = paragraphs[i]!;
      return typeof item === 'number' ? briefing!.paragraphs[item]! : item;
    };
    const firstIndex = paragraphAt(0).index;
    const oldFirst = this.oldIndex(firstIndex);
    if (oldFirst < 0) return undefined;
    this.turnsByFirstParagraph ??= turnsOf(this.previous);
    const turn = this.turnsByFirstParagraph[oldFirst];
    if (!turn || turn.paragraphs.length !== paragraphs.length) return undefined;
    const before = firstIndex < this.firstRead;
    const shift = before ? UNMOVED : this.after;
    for (let i = 0; i < paragraphs.length; i++) {
      const paragraph = paragraphAt(i);
      // All on the same side of the edit, the same paragraphs in order, the same labels.
      if (paragraph.index < this.firstRead !== before || this.oldIndex(paragraph.index) !== turn.paragraphs[i]) return undefined;
      const old = this.previous.paragraphs[turn.paragraphs[i]!]!;
      // A paragraph moved in place (sameShape.ts) is its own previous version.
      if (paragraph !== old && contentStart(paragraph) !== contentStart(old) + shift.offset) return undefined;
    }
    return { turn, offset: shift.offset, lineShift: shift.lineShift, indexShift: shift.indexShift };
  }
}

function turnsOf(briefing: Briefing): (Turn | undefined)[] {
  const turns = new Array<Turn | undefined>(briefing.paragraphs.length);
  const add = (turn: Turn) => (turns[turn.paragraphs[0]!] = turn);
  for (const section of briefing.sections) {
    section.announcements.forEach(add);
    for (const exchange of section.exchanges) {
      if (exchange.question) add(exchange.question);
      exchange.turns.forEach(add);
    }
  }
  return turns;
}
