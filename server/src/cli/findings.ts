/**
 * Findings as the command line prints and reports them: at a file, line and column (1-based, as
 * compilers print them, so that editors' problem matchers and CI annotations pick them up), in
 * text, JSON, CSV or a Markdown table.
 */
import { lineAt, type Briefing } from '../model';
import type { Finding } from '../qa';
import { findingsCsv, oneLine, type LocatedFinding } from '../qa/report';
import type { InputPair } from './inputs';

export { counted, findingsCsv, findingsMarkdown, summaryOf, type LocatedFinding } from '../qa/report';

export const FORMATS = ['text', 'json', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

function position(briefing: Briefing, offset: number): { line: number; column: number } {
  const line = lineAt(briefing.lineStarts, offset);
  return { line: line + 1, column: offset - briefing.lineStarts[line]! + 1 };
}

export function locate(pair: InputPair, finding: Finding): LocatedFinding {
  const start = position(pair.en.briefing, finding.start);
  const end = position(pair.en.briefing, finding.end);
  const source = position(pair.zh.briefing, finding.sourceStart);
  return {
    file: pair.en.shown,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    code: finding.check,
    message: finding.message,
    sourceFile: pair.zh.shown,
    sourceLine: source.line,
    sourceColumn: source.column,
    ...(finding.fix && { fix: { title: finding.fix.title, text: finding.fix.text } }),
  };
}

export function formatFindings(findings: readonly LocatedFinding[], format: Format): string {
  switch (format) {
    case 'text':
      return findings.map((f) => `${f.file}:${f.line}:${f.column}: ${f.code}: ${oneLine(f.message)}\n`).join('');
    case 'json':
      return JSON.stringify(findings, null, 2) + '\n';
    case 'csv':
      return findingsCsv(findings);
  }
}

