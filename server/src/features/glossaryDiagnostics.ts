/** textDocument/publishDiagnostics for glossary files: each line that could not be read. */
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import type { GlossaryProblem } from '../glossary';

export function glossaryDiagnostics(problems: GlossaryProblem[]): Diagnostic[] {
  return problems.map((problem) =>
    Diagnostic.create(
      // The whole line; without its text (a file that could not be read), its start.
      { start: { line: problem.line, character: 0 }, end: { line: problem.line, character: problem.length ?? 0 } },
      problem.message,
      DiagnosticSeverity.Warning,
      undefined,
      'briefing glossary',
    ),
  );
}
