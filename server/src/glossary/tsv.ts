/** Tab-separated glossaries: the built-in data and OmegaT-style user files (term, rendering, comment). */
import { hasHan } from './normalize';
import type { GlossaryEntry, GlossaryProblem, GlossarySource, LoadedGlossary } from './types';

/** Several forms of a term in one column: `上海合作组织 | 上合组织`. */
export const VARIANT_SEPARATOR = ' | ';

const HEADER_WORDS = new Set(['zh', 'en', 'source', 'target', 'term', 'translation', 'note', 'comment', 'chinese', 'english']);

/**
 * Reads rows of columns: blank lines and `#` comments are skipped, a header row of column names
 * too; a row that is not an entry becomes a problem on its line, and the rest still loads.
 */
/** How each format separates a term from its rendering, for messages that say how to mend a line. */
const LAYOUT = {
  tsv: 'write the term, a tab, then its rendering (and a comment after another tab)',
  csv: 'write the term, a comma, then its rendering (and a comment after another comma)',
  json: 'give each entry "zh" and "en" (or "source" and "target")',
} as const;
export type RowFormat = keyof typeof LAYOUT;

export function entriesFromRows(
  rows: { line: number; columns: string[] }[],
  sourceOf: (line: number) => GlossarySource,
  format: RowFormat,
): LoadedGlossary {
  const entries: GlossaryEntry[] = [];
  const problems: GlossaryProblem[] = [];
  let seenRow = false;
  for (const { line, columns } of rows) {
    if (columns.every((c) => c.trim() === '') || columns[0]!.trimStart().startsWith('#')) continue;
    // Only the first row can be a header of column names.
    const header = !seenRow && columns.every((c) => HEADER_WORDS.has(c.trim().toLowerCase()) || c.trim() === '');
    seenRow = true;
    if (header) continue;
    const result = entryFromColumns(columns, sourceOf(line), LAYOUT[format]);
    if (typeof result === 'string') problems.push({ line, message: result });
    else entries.push(result);
  }
  return { entries, problems };
}

function entryFromColumns(columns: string[], source: GlossarySource, layout: string): GlossaryEntry | string {
  const [first = '', second = '', note = ''] = columns.map((c) => c.trim());
  if (!second) return first ? `"${first}" has no rendering: ${layout}.` : `The term is empty: ${layout}.`;
  if (!first) return `The term is empty: ${layout}.`;
  const split = (cell: string) => cell.split(VARIANT_SEPARATOR).map((v) => v.trim()).filter(Boolean);
  const firstIsChinese = hasHan(first);
  const secondIsChinese = hasHan(second);
  if (firstIsChinese === secondIsChinese) {
    return firstIsChinese
      ? `Both "${first}" and "${second}" are Chinese: an entry pairs a Chinese term with its English rendering.`
      : `Neither "${first}" nor "${second}" is Chinese: an entry pairs a Chinese term with its English rendering.`;
  }
  const entry: GlossaryEntry = {
    zh: split(firstIsChinese ? first : second),
    en: split(firstIsChinese ? second : first),
    source,
  };
  if (note) entry.note = note;
  return entry;
}

function splitLines(text: string): string[] {
  return text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
}

export function parseTsv(text: string, sourceOf: (line: number) => GlossarySource): LoadedGlossary {
  return entriesFromRows(
    splitLines(text).map((row, line) => ({ line, columns: row.split('\t') })),
    sourceOf,
    'tsv',
  );
}
