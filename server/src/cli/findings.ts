/**
 * Findings as the command line prints and reports them: at a file, line and column (1-based, as
 * compilers print them, so that editors' problem matchers and CI annotations pick them up), in
 * text, JSON, CSV or a Markdown table.
 */
import { findingsCsv, oneLine, type LocatedFinding } from '../qa/report';

export { counted, findingsCsv, findingsMarkdown, locate, summaryOf, type LocatedFinding } from '../qa/report';

export const FORMATS = ['text', 'json', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

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

