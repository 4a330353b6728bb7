/**
 * The outline of a briefing as a tree of plain nodes. Document symbols, folding ranges and
 * workspace symbols are views of it; nothing here knows LSP types.
 */
import { t, type MessageId } from '../l10n';
import { contentStart, detached, displayWidth, firstClause, lineAt, pairSafeEnd, lineageOf, releaseLineage, type Briefing, type Exchange, type Lineage, type Point, type Section, type Span, type Turn } from '../model';

export type OutlineKind = 'section' | 'header' | 'announcement' | 'exchange' | 'turn' | 'point';

/** A 0-based line and a UTF-16 column, as editors count them. */
export interface TextPosition {
  line: number;
  character: number;
}

export interface TextRange {
  start: TextPosition;
  end: TextPosition;
}

/**
 * Nodes hold lines and columns rather than offsets: typing on one line moves the offsets of all
 * the text after it but none of its lines, so the nodes after an edit stay as they were.
 */
export interface OutlineNode {
  kind: OutlineKind;
  name: string;
  detail?: string;
  range: TextRange;
  selection: TextRange;
  children: OutlineNode[];
  /** A point inside a paragraph, after a clause, rather than one opening its paragraph. */
  inline?: boolean;
}

export interface OutlineOptions {
  /** Longest name, in columns (a Han character takes two), before it is cut with an ellipsis. */
  nameLength: number;
  inlinePoints: boolean;
}

export const DEFAULT_OUTLINE_OPTIONS: OutlineOptions = { nameLength: 40, inlinePoints: true };

/** A language section's name in the user's language (the Chinese one is 中文 in both). */
const SECTION_NAMES: Record<string, MessageId> = { zh: 'outline.section.zh', en: 'outline.section.en', other: 'outline.section.other' };

/** An outline, and the nodes of its turns and exchanges, by the index of their first paragraph. */
interface Built {
  nodes: OutlineNode[];
  turnNodes: (OutlineNode | undefined)[];
  exchangeNodes: ({ exchange: Exchange; node: OutlineNode } | undefined)[];
}

/** Outlines by model and options: the outline, folding and workspace symbols each ask for one. */
const outlines = new WeakMap<Briefing, Map<string, Built>>();

/** What building one outline needs to know. */
interface Context {
  briefing: Briefing;
  options: OutlineOptions;
  turnNodes: Built['turnNodes'];
  exchangeNodes: Built['exchangeNodes'];
  /** After an edit: the previous version, and its outline, to keep or move what the edit left alone. */
  lineage: Lineage | undefined;
  previous: Built | undefined;
  /** Where a span of the model lies, in lines and columns: a node's range, and a selection inside it. */
  rangeOf: (span: Span) => TextRange;
  selectionOf: (span: Span) => TextRange;
}

/** The outline of a model; built once per model and options (nodes are not to be changed). */
export function buildOutline(briefing: Briefing, options: OutlineOptions = DEFAULT_OUTLINE_OPTIONS): OutlineNode[] {
  return built(briefing, options, true)!.nodes;
}

function built(briefing: Briefing, options: OutlineOptions, build: boolean): Built | undefined {
  let byOptions = outlines.get(briefing);
  if (!byOptions) outlines.set(briefing, (byOptions = new Map()));
  const key = `${options.nameLength}|${options.inlinePoints}`;
  let outline = byOptions.get(key);
  if (!outline && build) {
    const lineage = lineageOf(briefing);
    const context: Context = {
      briefing,
      options,
      // By paragraph index: arrays, as most paragraphs open a turn.
      turnNodes: new Array(briefing.paragraphs.length),
      exchangeNodes: new Array(briefing.paragraphs.length),
      lineage,
      previous: lineage && built(lineage.previous, options, false),
      ...rangesIn(briefing.lineStarts),
    };
    byOptions.set(key, (outline = { nodes: outlineOf(context), turnNodes: context.turnNodes, exchangeNodes: context.exchangeNodes }));
    // The outline is the one view built from the previous version: it may go now.
    releaseLineage(briefing);
  }
  return outline;
}

function outlineOf(context: Context): OutlineNode[] {
  const languages = context.briefing.sections.map((section) => section.language);
  // Several briefings in one language (a week's transcripts in one file) are told apart by their titles.
  const byTitle = new Set(languages).size < languages.length;
  const sections = context.briefing.sections.map((section) => sectionNode(context, section, byTitle));
  if (sections.length > 1) return sections;
  return sections[0]?.children ?? [];
}

function sectionNode(context: Context, section: Section, byTitle: boolean): OutlineNode {
  const children: OutlineNode[] = [];
  const header = headerNode(context, section);
  if (header) children.push(header);
  const turnsAndExchanges = [
    ...section.announcements.map((turn) => turnNode(context, turn, 'announcement')),
    ...section.exchanges.map((exchange) => exchangeNode(context, exchange)),
  ].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  children.push(...turnsAndExchanges);
  const language = t(SECTION_NAMES[section.language]!);
  const node: OutlineNode = {
    kind: 'section',
    name: byTitle && header ? header.name : language,
    range: context.rangeOf(section),
    selection: header?.selection ?? children[0]?.selection ?? context.selectionOf({ start: section.start, end: section.start }),
    children,
  };
  if (header) node.detail = byTitle ? language : header.name;
  return node;
}

function headerNode({ briefing, options, rangeOf, selectionOf }: Context, section: Section): OutlineNode | undefined {
  const header = section.header;
  if (!header) return undefined;
  const title = header.title !== undefined ? briefing.paragraphs[header.title]! : undefined;
  const fromFrontMatter = title?.role === 'meta' ? briefing.frontMatterTitle : undefined;
  const name = fromFrontMatter
    ? firstClause(fromFrontMatter, 0, fromFrontMatter.length, options.nameLength * 2)
    : title
      ? firstClause(briefing.text, title.start, title.end, options.nameLength * 2)
      : t('outline.header');
  return { kind: 'header', name: detached(name || t('outline.header')), range: rangeOf(header), selection: selectionOf(title ?? header), children: [] };
}

/**
 * An exchange is named after its question (or, without one, its first answer), whose points it
 * holds; its other turns are its children. The turn it is named after is not a child of its own:
 * that would show the same name twice, one under the other.
 */
function exchangeNode(context: Context, exchange: Exchange): OutlineNode {
  const node = keptExchangeNode(context, exchange) ?? newExchangeNode(context, exchange);
  context.exchangeNodes[(exchange.question ?? exchange.turns[0]!).paragraphs[0]!] = { exchange, node };
  return node;
}

function newExchangeNode(context: Context, exchange: Exchange): OutlineNode {
  const opening = turnNode(context, leadTurn(exchange), 'turn');
  const turns = laterTurns(exchange).map((turn) => turnNode(context, turn, 'turn'));
  return {
    kind: 'exchange',
    name: opening.name,
    range: context.rangeOf(exchange),
    selection: opening.selection,
    children: [...opening.children, ...turns],
  };
}

/** The turn an exchange is named after: its question, or its first answer. */
const leadTurn = (exchange: Exchange): Turn => exchange.question ?? exchange.turns[0]!;
const laterTurns = (exchange: Exchange): Turn[] => (exchange.question ? exchange.turns : exchange.turns.slice(1));

/**
 * The previous version's node of an exchange the edit left as it was (moved, after the edit):
 * every turn is one of its turns, moved alike, in the same role.
 */
function keptExchangeNode(context: Context, exchange: Exchange): OutlineNode | undefined {
  if (!context.previous) return undefined;
  const count = turnCount(exchange);
  const firstIndex = turnAt(exchange, 0).paragraphs[0]!;
  const lastParagraphs = turnAt(exchange, count - 1).paragraphs;
  // After an edit that kept the model's shape, the part away from the edit is the same part.
  const kept = context.lineage!.shapeKeptAround(firstIndex, lastParagraphs[lastParagraphs.length - 1]!);
  if (kept) {
    const previous = context.previous.exchangeNodes[firstIndex];
    return previous && reuseExchangeNode(context, exchange, previous.node, firstIndex, kept.lineShift);
  }
  const first = context.lineage!.previousTurn(context.briefing, turnAt(exchange, 0));
  const previous = first && context.previous.exchangeNodes[first.turn.paragraphs[0]!];
  if (!previous || !exchange.question !== !previous.exchange.question || turnCount(previous.exchange) !== count) return undefined;
  if (exchange.start !== previous.exchange.start + first.offset || exchange.end !== previous.exchange.end + first.offset) return undefined;
  for (let i = 0; i < count; i++) {
    const turn = turnAt(exchange, i);
    const moved = i === 0 ? first : context.lineage!.previousTurn(context.briefing, turn);
    if (moved?.turn !== turnAt(previous.exchange, i) || moved.offset !== first.offset || moved.lineShift !== first.lineShift) return undefined;
    if (turn.kind !== moved.turn.kind || turn.followUp !== moved.turn.followUp) return undefined;
  }
  return reuseExchangeNode(context, exchange, previous.node, first.turn.paragraphs[0]!, first.lineShift);
}

/** The previous version's node of the exchange whose first paragraph was `previousIndex`, moved by `lineShift`. */
function reuseExchangeNode(context: Context, exchange: Exchange, node: OutlineNode, previousIndex: number, lineShift: number): OutlineNode {
  if (lineShift !== 0) {
    const moved = moveNode(node, lineShift);
    keepTurnNodes(context, exchange, moved, undefined);
    return moved;
  }
  // Not moved at all: the question's own node is the previous version's too.
  keepTurnNodes(context, exchange, node, context.previous!.turnNodes[previousIndex]);
  return node;
}

/** The nodes of an exchange's turns, found in its node, for the version after this one. */
function keepTurnNodes(context: Context, exchange: Exchange, node: OutlineNode, leadNode: OutlineNode | undefined): void {
  const later = laterTurns(exchange);
  const laterFrom = node.children.length - later.length;
  later.forEach((turn, i) => (context.turnNodes[turn.paragraphs[0]!] = node.children[laterFrom + i]!));
  const lead = leadTurn(exchange);
  context.turnNodes[lead.paragraphs[0]!] = leadNode ?? {
    kind: 'turn',
    name: node.name,
    range: context.rangeOf(lead),
    selection: node.selection,
    children: node.children.slice(0, laterFrom),
  };
}

/** An exchange's turns, its question first, by position (without making an array of them). */
const turnCount = (exchange: Exchange) => exchange.turns.length + (exchange.question ? 1 : 0);
const turnAt = (exchange: Exchange, i: number): Turn => (exchange.question ? (i === 0 ? exchange.question : exchange.turns[i - 1]!) : exchange.turns[i]!);

/** The node of a turn: the previous version's, moved, when the edit left the turn as it was. */
function turnNode(context: Context, turn: Turn, kind: 'turn' | 'announcement'): OutlineNode {
  let node = movedTurnNode(context, turn, kind);
  if (!node) {
    node = { kind, name: turnName(context, turn), range: context.rangeOf(turn), selection: context.selectionOf(turnSelection(context, turn)), children: pointNodes(context, turn.points) };
    if (turn.followUp) node.detail = 'follow-up';
  }
  context.turnNodes[turn.paragraphs[0]!] = node;
  return node;
}

function movedTurnNode(context: Context, turn: Turn, kind: OutlineKind): OutlineNode | undefined {
  if (!context.previous) return undefined;
  const moved = context.lineage!.previousTurn(context.briefing, turn);
  if (!moved || moved.turn.kind !== turn.kind || moved.turn.followUp !== turn.followUp) return undefined;
  const previous = context.previous.turnNodes[moved.turn.paragraphs[0]!];
  if (!previous || previous.kind !== kind) return undefined;
  return moved.lineShift === 0 ? previous : moveNode(previous, moved.lineShift);
}

/** A copy of `node` moved by `lineShift` lines (the text after an edit keeps its columns). */
function moveNode(node: OutlineNode, lineShift: number): OutlineNode {
  const moved: OutlineNode = {
    kind: node.kind,
    name: node.name,
    range: moveRange(node.range, lineShift),
    selection: moveRange(node.selection, lineShift),
    children: node.children.length === 0 ? node.children : node.children.map((child) => moveNode(child, lineShift)),
  };
  if (node.detail !== undefined) moved.detail = node.detail;
  if (node.inline) moved.inline = true;
  return moved;
}

function moveRange({ start, end }: TextRange, lineShift: number): TextRange {
  return { start: { line: start.line + lineShift, character: start.character }, end: { line: end.line + lineShift, character: end.character } };
}

function turnName({ briefing, options }: Context, turn: Turn): string {
  const first = briefing.paragraphs[turn.paragraphs[0]!]!;
  // The speaker's name counts towards the length, as it does for the eye.
  const room = turn.speaker ? Math.max(10, options.nameLength - displayWidth(turn.speaker.name) - 2) : options.nameLength;
  const clause = firstClause(briefing.text, contentStart(first), first.end, room);
  const name = turn.speaker ? `${turn.speaker.name}: ${clause}` : clause;
  return detached(name.trim() || turn.speaker?.name || '…');
}

/** A turn's selection starts at its speaker label (or its first word when it has none). */
function turnSelection({ briefing, options }: Context, turn: Turn): Span {
  if (turn.speaker) return { start: turn.speaker.start, end: turn.speaker.end };
  const first = briefing.paragraphs[turn.paragraphs[0]!]!;
  return { start: first.start, end: pairSafeEnd(briefing.text, Math.min(first.end, first.start + options.nameLength), first.end) };
}

function pointNodes(context: Context, points: Point[]): OutlineNode[] {
  return points.filter((p) => context.options.inlinePoints || !p.inline).map((point) => pointNode(context, point));
}

function pointNode(context: Context, point: Point): OutlineNode {
  const { briefing, options } = context;
  const written = briefing.text.slice(point.markerStart, point.textStart).replace(/[\s\u00a0\u3000]+$/, '');
  const separator = /[，、：）)]$/.test(written) ? '' : ' ';
  const clause = firstClause(briefing.text, point.textStart, point.end, Math.max(10, options.nameLength - displayWidth(written) - 1));
  const node: OutlineNode = {
    kind: 'point',
    name: detached(`${written}${clause ? separator + clause : ''}`),
    range: context.rangeOf(point),
    selection: context.selectionOf({ start: point.markerStart, end: point.markerEnd }),
    children: pointNodes(context, point.children),
  };
  if (point.inline) node.inline = true;
  return node;
}

/**
 * Ranges of spans asked mostly in text order: two cursors, as a node's start and selection lie
 * together and its end further on, each trying the line of its last answer first.
 */
function rangesIn(lineStarts: readonly number[]): Pick<Context, 'rangeOf' | 'selectionOf'> {
  const near = positionsIn(lineStarts);
  const far = positionsIn(lineStarts);
  return {
    rangeOf: (span) => ({ start: near(span.start), end: far(span.end) }),
    selectionOf: (span) => ({ start: near(span.start), end: near(span.end) }),
  };
}

function positionsIn(lineStarts: readonly number[]): (offset: number) => TextPosition {
  let line = 0;
  return (offset) => {
    if (offset < lineStarts[line]! || offset >= (lineStarts[line + 1] ?? Infinity)) line = lineAt(lineStarts, offset);
    return { line, character: offset - lineStarts[line]! };
  };
}
