/** textDocument/publishDiagnostics for glossary files: each line that could not be read. */
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import type { GlossaryProblem } from '../glossary';
import { render, t } from '../l10n';

/**
 * Problems shown one by one per file; the rest are summed up in one more diagnostic. A file of
 * 200,000 bad lines (the wrong file picked up as a glossary) would otherwise make one message of
 * tens of megabytes, which editors choke on; the good lines load all the same.
 */
export const MAX_SHOWN_PROBLEMS = 100;

export function glossaryDiagnostics(problems: GlossaryProblem[]): Diagnostic[] {
  const shown = problems.slice(0, MAX_SHOWN_PROBLEMS).map((problem) => diagnostic(problem, render(problem.message)));
  const rest = problems.length - shown.length;
  if (rest > 0) {
    const next = problems[MAX_SHOWN_PROBLEMS]!;
    const last = problems[problems.length - 1]!;
    const summary = t('glossary.moreProblems', { rest, from: next.line + 1, to: last.line + 1, shown: MAX_SHOWN_PROBLEMS });
    shown.push(diagnostic(next, summary));
  }
  return shown;
}

function diagnostic(problem: GlossaryProblem, message: string): Diagnostic {
  // The whole line; without its text (a file that could not be read), its start.
  const range = { start: { line: problem.line, character: 0 }, end: { line: problem.line, character: problem.length ?? 0 } };
  return Diagnostic.create(range, message, DiagnosticSeverity.Warning, undefined, 'briefing glossary');
}
