/** textDocument/documentSymbol: the outline as hierarchical symbols. */
import { DocumentSymbol, Range, SymbolKind } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Briefing, Span } from '../model';
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

export function documentSymbols(document: TextDocument, briefing: Briefing, options: OutlineOptions): DocumentSymbol[] {
  const convert = (node: OutlineNode): DocumentSymbol =>
    DocumentSymbol.create(
      node.name,
      node.detail,
      SYMBOL_KINDS[node.kind],
      toRange(document, node.range),
      toRange(document, node.selection),
      node.children.map(convert),
    );
  return buildOutline(briefing, options).map(convert);
}
