/** textDocument/semanticTokens: glossary terms, so that themes can mark them without a hover. */
import { SemanticTokensBuilder, type SemanticTokens, type SemanticTokensLegend } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { termsInParagraph, type TermIndex } from '../glossary';
import type { Briefing, Span } from '../model';

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: ['glossaryTerm'], tokenModifiers: [] };

export function semanticTokens(document: TextDocument, briefing: Briefing, terms: TermIndex, within?: Span): SemanticTokens {
  const builder = new SemanticTokensBuilder();
  for (const paragraph of briefing.paragraphs) {
    if (paragraph.role === 'junk' || paragraph.role === 'meta') continue;
    if (within && (paragraph.end < within.start || paragraph.start > within.end)) continue;
    for (const match of termsInParagraph(briefing, paragraph.index, terms)) {
      const start = document.positionAt(match.start);
      const end = document.positionAt(match.end);
      // A token stays on one line; a term broken across a wrapped line is left unmarked.
      if (start.line === end.line) builder.push(start.line, start.character, end.character - start.character, 0, 0);
    }
  }
  return builder.build();
}
