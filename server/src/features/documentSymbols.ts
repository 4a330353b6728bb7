/** textDocument/documentSymbol: the outline as hierarchical symbols. */
import { DocumentSymbol, SymbolKind } from 'vscode-languageserver';
import type { Briefing } from '../model';
import { buildOutline, type OutlineKind, type OutlineNode, type OutlineOptions } from './outline';

export const SYMBOL_KINDS: Record<OutlineKind, SymbolKind> = {
  section: SymbolKind.Namespace,
  header: SymbolKind.File,
  announcement: SymbolKind.Event,
  exchange: SymbolKind.Struct,
  turn: SymbolKind.Property,
  point: SymbolKind.EnumMember,
};

/**
 * The symbol of each turn and exchange node, kept with the node: an edit keeps the nodes it left
 * alone (outline.ts), and so their symbols, and the JSON the transport made of them.
 */
const symbols = new WeakMap<OutlineNode, DocumentSymbol>();
const KEPT_KINDS = new Set<OutlineKind>(['exchange', 'turn', 'announcement']);

export function documentSymbols(briefing: Briefing, options: OutlineOptions): DocumentSymbol[] {
  const convert = (node: OutlineNode): DocumentSymbol => {
    const kept = KEPT_KINDS.has(node.kind);
    const built = kept ? symbols.get(node) : undefined;
    if (built) return built;
    // A node's lines and columns are the LSP's: the symbol shares them.
    const symbol = DocumentSymbol.create(
      node.name,
      node.detail,
      SYMBOL_KINDS[node.kind],
      node.range,
      node.selection,
      node.children.length > 0 ? node.children.map(convert) : undefined,
    );
    if (kept) symbols.set(node, symbol);
    return symbol;
  };
  return buildOutline(briefing, options).map(convert);
}
