/** textDocument/documentSymbol: the outline as hierarchical symbols. */
import { DocumentSymbol, Range, SymbolKind, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { lineAt, type Briefing, type Span } from '../model';
import { buildOutline, type OutlineKind, type OutlineNode, type OutlineOptions } from './outline';

export const SYMBOL_KINDS: Record<OutlineKind, SymbolKind> = {
  section: SymbolKind.Namespace,
  header: SymbolKind.File,
  announcement: SymbolKind.Event,
  exchange: SymbolKind.Struct,
  turn: SymbolKind.Property,
  point: SymbolKind.EnumMember,
};

export function toRange(document: TextDocument, span: Span): Range {
  return Range.create(document.positionAt(span.start), document.positionAt(span.end));
}

/**
 * The symbol of each node built (not moved). A node is made for one model of one document, so its
 * symbol stays right; a node an edit moved (outline.ts) moves the symbol of its source by lines.
 */
const symbols = new WeakMap<OutlineNode, DocumentSymbol>();
/** Only these nodes outlive a version (outline.ts keeps or moves them); their points go with them. */
const KEPT_KINDS = new Set<OutlineKind>(['exchange', 'turn', 'announcement']);

export function documentSymbols(briefing: Briefing, options: OutlineOptions): DocumentSymbol[] {
  // The model's lines are the document's (a property test holds them to it), and already known.
  // A node's start and selection lie together and its end further on: a cursor follows each.
  const near = positionsIn(briefing.lineStarts);
  const far = positionsIn(briefing.lineStarts);
  const rangeOf = (span: Span, end = far): Range => ({ start: near(span.start), end: end(span.end) });
  const convert = (node: OutlineNode): DocumentSymbol => {
    const kept = KEPT_KINDS.has(node.kind);
    const built = kept ? symbols.get(node.source?.node ?? node) : undefined;
    if (built) return node.source ? moveSymbol(built, node.source.lineShift) : built;
    const symbol = DocumentSymbol.create(
      node.name,
      node.detail,
      SYMBOL_KINDS[node.kind],
      rangeOf(node.range),
      rangeOf(node.selection, near),
      node.children.length > 0 ? node.children.map(convert) : undefined,
    );
    if (kept && !node.source) symbols.set(node, symbol);
    return symbol;
  };
  return buildOutline(briefing, options).map(convert);
}

/** Positions of offsets asked mostly in text order: the line of the last one is tried first. */
function positionsIn(lineStarts: readonly number[]): (offset: number) => Position {
  let line = 0;
  return (offset) => {
    if (offset < lineStarts[line]! || offset >= (lineStarts[line + 1] ?? Infinity)) line = lineAt(lineStarts, offset);
    return { line, character: offset - lineStarts[line]! };
  };
}

/** Unchanged text after an edit moves by whole lines: only the line numbers of its symbols change. */
function moveSymbol(symbol: DocumentSymbol, lineShift: number): DocumentSymbol {
  if (lineShift === 0) return symbol;
  const moved: DocumentSymbol = { ...symbol, range: moveRange(symbol.range, lineShift), selectionRange: moveRange(symbol.selectionRange, lineShift) };
  if (symbol.children) moved.children = symbol.children.map((child) => moveSymbol(child, lineShift));
  return moved;
}

function moveRange({ start, end }: Range, lineShift: number): Range {
  return { start: { line: start.line + lineShift, character: start.character }, end: { line: end.line + lineShift, character: end.character } };
}
