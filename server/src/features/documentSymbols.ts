/** textDocument/documentSymbol: the outline as hierarchical symbols. */
import { DocumentSymbol, SymbolKind } from 'vscode-languageserver';
import type { Briefing } from '../model';
import { buildOutline, type OutlineKind, type OutlineNode, type OutlineOptions } from './outline';

export type SymbolKinds = Record<OutlineKind, SymbolKind>;

/**
 * Kinds whose names read right where an editor shows them as words: eglot's imenu groups the
 * outline under kind names, Neovim's list prefixes each entry with one ([String] 问: …). A language
 * version is a Module, the title a File, an exchange a String (as Markdown outlines give headings),
 * a turn a Key (a speaker's label and what follows), a numbered point a Number.
 */
export const SYMBOL_KINDS: SymbolKinds = {
  section: SymbolKind.Module,
  header: SymbolKind.File,
  announcement: SymbolKind.Event,
  exchange: SymbolKind.String,
  turn: SymbolKind.Key,
  point: SymbolKind.Number,
};

/** For clients that know only the kinds of LSP's first version (File … Array, 1–18). */
const FIRST_KINDS: Partial<Record<SymbolKind, SymbolKind>> = {
  [SymbolKind.Event]: SymbolKind.Package,
  [SymbolKind.Key]: SymbolKind.Field,
};

/**
 * The kinds to send a client, from the value set it declared: without one, LSP says a client knows
 * only File to Array.
 */
export function symbolKindsFor(valueSet: readonly SymbolKind[] | undefined): SymbolKinds {
  const known = (kind: SymbolKind) => (valueSet ? valueSet.includes(kind) : kind <= SymbolKind.Array);
  const entries = Object.entries(SYMBOL_KINDS).map(([node, kind]) => [node, known(kind) ? kind : (FIRST_KINDS[kind] ?? SymbolKind.Object)]);
  return Object.fromEntries(entries) as SymbolKinds;
}

/**
 * The symbol of each turn and exchange node, kept with the node: an edit keeps the nodes it left
 * alone (outline.ts), and so their symbols, and the JSON the transport made of them.
 */
const symbolsByKinds = new WeakMap<SymbolKinds, WeakMap<OutlineNode, DocumentSymbol>>();
const KEPT_KINDS = new Set<OutlineKind>(['exchange', 'turn', 'announcement']);

export function documentSymbols(briefing: Briefing, options: OutlineOptions, kinds: SymbolKinds = SYMBOL_KINDS): DocumentSymbol[] {
  let symbols = symbolsByKinds.get(kinds);
  if (!symbols) symbolsByKinds.set(kinds, (symbols = new WeakMap()));
  const convert = (node: OutlineNode): DocumentSymbol => {
    const kept = KEPT_KINDS.has(node.kind);
    const built = kept ? symbols.get(node) : undefined;
    if (built) return built;
    // A node's lines and columns are the LSP's: the symbol shares them.
    const children = symbolChildren(node);
    const symbol = DocumentSymbol.create(node.name, node.detail, kinds[node.kind], node.range, node.selection, children.length > 0 ? children.map(convert) : undefined);
    if (kept) symbols!.set(node, symbol);
    return symbol;
  };
  return buildOutline(briefing, options).map(convert);
}

/**
 * The nodes shown under a node. An exchange shows the points of its one answer itself, after its
 * question's own: a row for the answer repeated the spokesperson's name under nearly every question
 * and made a fifth of the outline's symbols, each one parsed by the editor after every edit. Where
 * a question has several answers in a row, each keeps its row, which tells their points apart. A
 * follow-up question keeps its row, stretched over the answers that follow it, and their points
 * stand under it. The answers still fold on their own: folding ranges are built from the whole tree.
 */
function symbolChildren(node: OutlineNode): OutlineNode[] {
  if (node.kind !== 'exchange') return node.children;
  const shown: OutlineNode[] = [];
  let rows = shown;
  let answers: OutlineNode[] = [];
  let followUp: OutlineNode | undefined;
  const showAnswers = () => {
    rows.push(...(answers.length === 1 ? answers[0]!.children : answers));
    answers = [];
  };
  for (const child of node.children) {
    if (child.kind !== 'turn') rows.push(child);
    else if (child.detail === undefined) {
      answers.push(child);
      if (followUp) followUp.range = { start: followUp.range.start, end: child.range.end };
    } else {
      showAnswers();
      followUp = { ...child, children: [...child.children] };
      shown.push(followUp);
      rows = followUp.children;
    }
  }
  showAnswers();
  return shown;
}
