/**
 * The outline of a briefing as a tree of plain nodes. Document symbols and workspace symbols are
 * both views of it; nothing here knows LSP types.
 */
import { contentStart, firstClause, type Briefing, type Exchange, type Point, type Section, type Span, type Turn } from '../model';

export type OutlineKind = 'section' | 'header' | 'announcement' | 'exchange' | 'turn' | 'point';

export interface OutlineNode {
  kind: OutlineKind;
  name: string;
  detail?: string;
  range: Span;
  selection: Span;
  children: OutlineNode[];
}

export interface OutlineOptions {
  /** Longest name before it is cut with an ellipsis. */
  nameLength: number;
  inlinePoints: boolean;
}

export const DEFAULT_OUTLINE_OPTIONS: OutlineOptions = { nameLength: 60, inlinePoints: true };

const SECTION_NAMES: Record<string, string> = { zh: '中文', en: 'English', other: 'Text' };

/** Outlines by model and options: the outline, folding and workspace symbols each ask for one. */
const outlines = new WeakMap<Briefing, Map<string, OutlineNode[]>>();

/** The outline of a model; built once per model and options (nodes are not to be changed). */
export function buildOutline(briefing: Briefing, options: OutlineOptions = DEFAULT_OUTLINE_OPTIONS): OutlineNode[] {
  let byOptions = outlines.get(briefing);
  if (!byOptions) outlines.set(briefing, (byOptions = new Map()));
  const key = `${options.nameLength}|${options.inlinePoints}`;
  let outline = byOptions.get(key);
  if (!outline) byOptions.set(key, (outline = outlineOf(briefing, options)));
  return outline;
}

function outlineOf(briefing: Briefing, options: OutlineOptions): OutlineNode[] {
  const sections = briefing.sections.map((section) => sectionNode(briefing, section, options));
  if (sections.length > 1) return sections;
  return sections[0]?.children ?? [];
}

function sectionNode(briefing: Briefing, section: Section, options: OutlineOptions): OutlineNode {
  const children: OutlineNode[] = [];
  const header = headerNode(briefing, section, options);
  if (header) children.push(header);
  const turnsAndExchanges = [
    ...section.announcements.map((turn) => turnNode(briefing, turn, options, 'announcement')),
    ...section.exchanges.map((exchange) => exchangeNode(briefing, exchange, options)),
  ].sort((a, b) => a.range.start - b.range.start);
  children.push(...turnsAndExchanges);
  const node: OutlineNode = {
    kind: 'section',
    name: SECTION_NAMES[section.language]!,
    range: section,
    selection: header?.selection ?? children[0]?.selection ?? { start: section.start, end: section.start },
    children,
  };
  if (header) node.detail = header.name;
  return node;
}

function headerNode(briefing: Briefing, section: Section, options: OutlineOptions): OutlineNode | undefined {
  const header = section.header;
  if (!header) return undefined;
  const title = header.title !== undefined ? briefing.paragraphs[header.title]! : undefined;
  const fromFrontMatter = title?.role === 'meta' ? briefing.frontMatterTitle : undefined;
  const name = fromFrontMatter
    ? firstClause(fromFrontMatter, 0, fromFrontMatter.length, options.nameLength * 2)
    : title
      ? firstClause(briefing.text, title.start, title.end, options.nameLength * 2)
      : 'Header';
  return { kind: 'header', name: name || 'Header', range: header, selection: title ?? header, children: [] };
}

function exchangeNode(briefing: Briefing, exchange: Exchange, options: OutlineOptions): OutlineNode {
  const opening = exchange.question ?? exchange.turns[0]!;
  const children = exchange.turns.map((turn) => turnNode(briefing, turn, options, 'turn'));
  const node: OutlineNode = {
    kind: 'exchange',
    name: turnName(briefing, opening, options),
    range: exchange,
    selection: turnSelection(briefing, opening, options),
    children,
  };
  if (exchange.question) node.children.unshift(...pointNodes(briefing, exchange.question.points, options));
  return node;
}

function turnNode(briefing: Briefing, turn: Turn, options: OutlineOptions, kind: 'turn' | 'announcement'): OutlineNode {
  const node: OutlineNode = {
    kind,
    name: turnName(briefing, turn, options),
    range: turn,
    selection: turnSelection(briefing, turn, options),
    children: pointNodes(briefing, turn.points, options),
  };
  if (turn.followUp) node.detail = 'follow-up';
  return node;
}

function turnName(briefing: Briefing, turn: Turn, options: OutlineOptions): string {
  const first = briefing.paragraphs[turn.paragraphs[0]!]!;
  const clause = firstClause(briefing.text, contentStart(first), first.end, options.nameLength);
  const name = turn.speaker ? `${turn.speaker.name}: ${clause}` : clause;
  return name.trim() || turn.speaker?.name || '…';
}

/** A turn's selection starts at its speaker label (or its first word when it has none). */
function turnSelection(briefing: Briefing, turn: Turn, options: OutlineOptions): Span {
  if (turn.speaker) return { start: turn.speaker.start, end: turn.speaker.end };
  const first = briefing.paragraphs[turn.paragraphs[0]!]!;
  return { start: first.start, end: Math.min(first.end, first.start + options.nameLength) };
}

function pointNodes(briefing: Briefing, points: Point[], options: OutlineOptions): OutlineNode[] {
  return points.filter((p) => options.inlinePoints || !p.inline).map((point) => pointNode(briefing, point, options));
}

function pointNode(briefing: Briefing, point: Point, options: OutlineOptions): OutlineNode {
  const written = briefing.text.slice(point.markerStart, point.textStart).replace(/[\s\u00a0\u3000]+$/, '');
  const separator = /[，、：）)]$/.test(written) ? '' : ' ';
  const clause = firstClause(briefing.text, point.textStart, point.end, Math.max(10, options.nameLength - written.length - 1));
  return {
    kind: 'point',
    name: `${written}${clause ? separator + clause : ''}`,
    range: point,
    selection: { start: point.markerStart, end: point.markerEnd },
    children: pointNodes(briefing, point.children, options),
  };
}
