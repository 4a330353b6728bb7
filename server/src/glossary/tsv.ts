/**
 * Tab-separated glossaries: the built-in data and OmegaT-style user files (term, rendering,
 * comment), optionally followed by a type and a source (where the rendering was checked).
 */
import { msg, type Message } from '../l10n';
import { hasHan } from './normalize';
import type { GlossaryEntry, GlossarySource, LoadedGlossary } from './types';

/** Several forms of a term in one column: `上海合作组织 | 上合组织`. */
export const VARIANT_SEPARATOR = ' | ';

const HEADER_WORDS = new Set(['zh', 'en', 'source', 'target', 'term', 'translation', 'note', 'comment', 'chinese', 'english', 'type']);

/** How each format separates a term from its rendering, for messages that say how to mend a line. */
const LAYOUT = {
  tsv: msg('glossary.layout.tsv'),
  csv: msg('glossary.layout.csv'),
  json: msg('glossary.layout.json'),
} as const;
export type RowFormat = keyof typeof LAYOUT;

/**
 * Reads rows of columns: blank lines and `#` comments are skipped, a header row of column names
 * too; a row that is not an entry becomes a problem on its line, and the rest still loads.
 */
export function entriesFromRows(
  rows: { line: number; columns: string[] }[],
  sourceOf: (line: number) => GlossarySource,
  format: RowFormat,
): LoadedGlossary {
  const reader = new RowReader(sourceOf, format);
  for (const { line, columns } of rows) reader.read(line, columns);
  return reader.loaded;
}

/**
 * Turns rows into entries one at a time, so that a TSV file of 100,000 lines needs no row
 * objects first. Plain loops rather than callbacks: this runs once per line of the largest files.
 */
class RowReader {
  readonly loaded: LoadedGlossary = { entries: [], problems: [] };
  private seenRow = false;

  constructor(
    private readonly sourceOf: (line: number) => GlossarySource,
    private readonly format: RowFormat,
  ) {}

  read(line: number, columns: string[]): void {
    if (isBlank(columns) || columns[0]!.trimStart().startsWith('#')) return;
    // Only the first row can be a header of column names.
    const header = !this.seenRow && isHeader(columns);
    this.seenRow = true;
    if (header) return;
    const result = entryFromColumns(columns, this.sourceOf(line), LAYOUT[this.format]);
    if ('id' in result) this.loaded.problems.push({ line, message: result });
    else this.loaded.entries.push(result);
  }
}

function isBlank(columns: string[]): boolean {
  for (const column of columns) if (column.trim() !== '') return false;
  return true;
}

function isHeader(columns: string[]): boolean {
  for (const column of columns) {
    const name = column.trim();
    if (name !== '' && !HEADER_WORDS.has(name.toLowerCase())) return false;
  }
  return true;
}

function entryFromColumns(columns: string[], source: GlossarySource, layout: Message): GlossaryEntry | Message {
  const first = columns.length > 0 ? columns[0]!.trim() : '';
  const second = columns.length > 1 ? columns[1]!.trim() : '';
  const note = columns.length > 2 ? columns[2]!.trim() : '';
  const type = columns.length > 3 ? columns[3]!.trim() : '';
  const citation = columns.length > 4 ? columns[4]!.trim() : '';
  if (!second) return first ? msg('glossary.noRendering', { term: first, layout }) : msg('glossary.emptyTerm', { layout });
  if (!first) return msg('glossary.emptyTerm', { layout });
  const firstIsChinese = hasHan(first);
  const secondIsChinese = hasHan(second);
  if (firstIsChinese === secondIsChinese) {
    return firstIsChinese
      ? msg('glossary.bothChinese', { first, second })
      : msg('glossary.neitherChinese', { first, second });
  }
  const entry: GlossaryEntry = {
    zh: variants(firstIsChinese ? first : second),
    en: variants(firstIsChinese ? second : first),
    source,
  };
  if (note) entry.note = note;
  if (type) entry.type = type;
  if (citation) entry.citation = citation;
  return entry;
}

/** The forms in a trimmed, non-empty cell; most cells hold one. */
function variants(cell: string): string[] {
  if (!cell.includes(VARIANT_SEPARATOR)) return [cell];
  return cell
    .split(VARIANT_SEPARATOR)
    .map((v) => v.trim())
    .filter(Boolean);
}

function splitLines(text: string): string[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // A string separator splits faster than a regex; most files have \n line ends only.
  return body.includes('\r') ? body.split(/\r\n|\r|\n/) : body.split('\n');
}

export function parseTsv(text: string, sourceOf: (line: number) => GlossarySource): LoadedGlossary {
  const reader = new RowReader(sourceOf, 'tsv');
  const lines = splitLines(text);
  for (let line = 0; line < lines.length; line++) reader.read(line, lines[line]!.split('\t'));
  return reader.loaded;
}
