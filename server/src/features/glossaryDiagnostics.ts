/** textDocument/publishDiagnostics for glossary files: each line that could not be read. */
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import type { GlossaryProblem } from '../glossary';

export function glossaryDiagnostics(problems: GlossaryProblem[]): Diagnostic[] {
  return problems.map((problem) =>
    Diagnostic.create(
      { start: { line: problem.line, character: 0 }, end: { line: problem.line, character: Number.MAX_SAFE_INTEGER } },
      problem.message,
      DiagnosticSeverity.Warning,
      undefined,
      'briefing glossary',
    ),
  );
}
