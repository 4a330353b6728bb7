/** LSP ranges of the model's spans, placed by the editor's document. */
import { Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Span } from '../model';

export function toRange(document: TextDocument, span: Span): Range {
  return Range.create(document.positionAt(span.start), document.positionAt(span.end));
}
