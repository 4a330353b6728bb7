/**
 * A QA report of findings located in files: as a CSV table for spreadsheets and as a readable
 * Markdown table, with a summary line. Written by the command line and by the editor's command
 * that checks the whole workspace.
 */
import { msg, render, t } from '../l10n';
import { lineAt, type Briefing } from '../model';
import type { Finding, QaCheck } from './types';

export interface LocatedFinding {
  /** The translation's file: findings are on the English side. */
  file: string;
  line: number;
  /** In UTF-16 code units, as VS Code counts columns. */
  column: number;
  endLine: number;
  endColumn: number;
  code: QaCheck;
  /** In the language in use (l10n/): English on the command line, the editor's in the editor. */
  message: string;
  /** Where in the Chinese file the source of the finding stands. */
  sourceFile: string;
  sourceLine: number;
  sourceColumn: number;
  fix?: { title: string; text: string };
}

/** A version of a pair as a report names it: its file as the user knows it, and its model. */
export interface NamedVersion {
  shown: string;
  briefing: Briefing;
}

/** 1-based, as compilers print them; columns in UTF-16 units, as VS Code counts them. */
function position(briefing: Briefing, offset: number): { line: number; column: number } {
  const line = lineAt(briefing.lineStarts, offset);
  return { line: line + 1, column: offset - briefing.lineStarts[line]! + 1 };
}

/** A finding of the pair `zh` and `en` placed in their files. */
export function locate(pair: { zh: NamedVersion; en: NamedVersion }, finding: Finding): LocatedFinding {
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
    message: render(finding.message),
    sourceFile: pair.zh.shown,
    sourceLine: source.line,
    sourceColumn: source.column,
    ...(finding.fix && { fix: { title: render(finding.fix.title), text: finding.fix.text } }),
  };
}

/** One line of text for a message that may hold line breaks (quoted from a transcript). */
export const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ');

const CSV_COLUMNS = ['file', 'line', 'column', 'code', 'message', 'source_file', 'source_line'] as const;

/** RFC 4180: a header, CRLF line ends, a field quoted when it holds a comma, a quote or a line break. */
export function findingsCsv(findings: readonly LocatedFinding[]): string {
  const rows = findings.map((f) => [f.file, f.line, f.column, f.code, f.message, f.sourceFile, f.sourceLine]);
  return [CSV_COLUMNS, ...rows].map((row) => row.map((value) => csvField(String(value))).join(',') + '\r\n').join('');
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** A readable report: the summary, then one table row per finding with where its source stands. */
export function findingsMarkdown(findings: readonly LocatedFinding[], summary: string): string {
  const lines = [`# ${t('report.title')}`, '', summary, ''];
  if (findings.length > 0) {
    const columns = (['file', 'line', 'check', 'finding', 'source'] as const).map((column) => t(`report.column.${column}`));
    lines.push(`| ${columns.join(' | ')} |`, '| --- | ---: | --- | --- | --- |');
    for (const f of findings) {
      lines.push(`| ${cell(f.file)} | ${f.line}:${f.column} | ${f.code} | ${cell(f.message)} | ${cell(`${f.sourceFile}:${f.sourceLine}`)} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

/**
 * Text safe in a table cell: a pipe would end the cell and a line break the row; a backslash,
 * < and & are escaped so that quoted text shows as written rather than as markup.
 */
function cell(text: string): string {
  return oneLine(text).replace(/[\\|]/g, '\\$&').replaceAll('&', '&amp;').replaceAll('<', '&lt;');
}

/** "3 findings (numbers 2, terms 1) in 2 of 5 pairs" or "No findings in 5 pairs". */
export function summaryOf(findings: readonly LocatedFinding[], pairs: number, pairsWithFindings: number): string {
  const ofPairs = pairs === 1 ? msg('report.pairs1') : msg('report.pairsMany', { count: pairs });
  if (findings.length === 0) return t('report.none', { pairs: ofPairs });
  const byCheck = new Map<string, number>();
  for (const f of findings) byCheck.set(f.code, (byCheck.get(f.code) ?? 0) + 1);
  const counts = [...byCheck].map(([code, count]) => `${code} ${count}`).join(', ');
  const found = findings.length === 1 ? msg('report.findings1') : msg('report.findingsMany', { count: findings.length });
  return t('report.some', { findings: found, counts, withFindings: pairsWithFindings, pairs: ofPairs });
}

/** "1 pair", "2 pairs". */
export const counted = (count: number, word: string) => `${count} ${count === 1 ? word : `${word}s`}`;
