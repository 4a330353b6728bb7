/** workspace/symbol: exchanges, points and titles of every briefing in the workspace. */
import { SymbolInformation } from 'vscode-languageserver';
import type { WorkspaceDocument } from '../workspace/workspaceFiles';
import { SYMBOL_KINDS, type SymbolKinds } from './documentSymbols';
import { buildOutline, type OutlineNode, type OutlineOptions } from './outline';

const MAX_RESULTS = 2000;

export function workspaceSymbols(documents: WorkspaceDocument[], query: string, options: OutlineOptions, kinds: SymbolKinds = SYMBOL_KINDS): SymbolInformation[] {
  const matches = fuzzyMatcher(query);
  const results: SymbolInformation[] = [];
  for (const { document, briefing } of documents) {
    const visit = (node: OutlineNode, container: string | undefined) => {
      if (results.length >= MAX_RESULTS) return;
      if (node.kind !== 'section' && matches(node.name)) {
        const symbol = SymbolInformation.create(node.name, kinds[node.kind], node.selection, document.uri);
        if (container) symbol.containerName = container;
        results.push(symbol);
      }
      for (const child of node.children) visit(child, node.name);
    };
    buildOutline(briefing, options).forEach((node) => visit(node, undefined));
  }
  return results;
}

/**
 * Case-insensitive subsequence match, as editors filter symbol names. Chinese queries match as
 * substrings: two characters scattered through a long sentence say nothing.
 */
export function fuzzyMatcher(query: string): (name: string) => boolean {
  const compact = query.toLowerCase().replace(/\s+/g, '');
  if (/\p{Script=Han}/u.test(compact)) return (name) => name.toLowerCase().replace(/\s+/g, '').includes(compact);
  const wanted = [...compact];
  if (wanted.length === 0) return () => true;
  return (name) => {
    const lower = name.toLowerCase();
    let at = 0;
    for (const char of wanted) {
      at = lower.indexOf(char, at);
      if (at < 0) return false;
      at += char.length;
    }
    return true;
  };
}
