/**
 * textDocument/semanticTokens: glossary terms, so that themes can mark them without a hover. The
 * whole document's tokens are kept per document, so that after an edit the editor gets only what
 * changed (semanticTokens/full/delta) rather than every token again.
 */
import { SemanticTokensBuilder, type SemanticTokens, type SemanticTokensDelta, type SemanticTokensLegend } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { termsInParagraph, type TermIndex } from '../glossary';
import type { Briefing, Span } from '../model';

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: ['glossaryTerm'], tokenModifiers: [] };

export function semanticTokens(document: TextDocument, briefing: Briefing, terms: TermIndex, within?: Span): SemanticTokens {
  const builder = new SemanticTokensBuilder();
  pushTokens(builder, document, briefing, terms, within);
  return builder.build();
}

function pushTokens(builder: SemanticTokensBuilder, document: TextDocument, briefing: Briefing, terms: TermIndex, within?: Span): void {
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
}

/** The tokens last sent for each open document, by its URI. */
export class DocumentTokens {
  private readonly builders = new Map<string, SemanticTokensBuilder>();

  full(document: TextDocument, briefing: Briefing, terms: TermIndex): SemanticTokens {
    const builder = this.builderOf(document.uri);
    // No previous result to compare with: the builder starts afresh.
    builder.previousResult('');
    pushTokens(builder, document, briefing, terms);
    return builder.build();
  }

  /** The edits from the result `previousResultId` to the tokens now, or all of them when that result is gone. */
  delta(document: TextDocument, briefing: Briefing, terms: TermIndex, previousResultId: string): SemanticTokens | SemanticTokensDelta {
    const builder = this.builderOf(document.uri);
    builder.previousResult(previousResultId);
    pushTokens(builder, document, briefing, terms);
    return builder.buildEdits();
  }

  forget(uri: string): void {
    this.builders.delete(uri);
  }

  private builderOf(uri: string): SemanticTokensBuilder {
    let builder = this.builders.get(uri);
    if (!builder) this.builders.set(uri, (builder = new SemanticTokensBuilder()));
    return builder;
  }
}
