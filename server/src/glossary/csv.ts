/** Comma-separated glossaries, as OmegaT and spreadsheets write them (term, rendering, comment). */
import { parse, type Options } from 'csv-parse/sync';
import { entriesFromRows } from './tsv';
import { msg } from '../l10n';
import type { GlossaryProblem, GlossarySource, LoadedGlossary } from './types';

export function parseCsv(text: string, sourceOf: (line: number) => GlossarySource): LoadedGlossary {
  const rows: { line: number; columns: string[] }[] = [];
  let failure: GlossaryProblem | undefined;
  try {
    const options: Options = {
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      // A # starts a comment only at the start of a line: "C#" and "see item #3" are text.
      comment: '#',
      comment_no_infix: true,
      raw: true,
      // Rows are kept as they come, so that an error late in the file loses nothing before it.
      on_record: (value, context) => {
        const { record, raw } = value as unknown as { record: string[]; raw: string };
        // raw also holds the comment and blank lines skipped before the record: drop them first.
        const own = raw.replace(/^(?:[ \t]*(?:#[^\r\n]*)?(?:\r\n|\r|\n))+/, '').replace(/(?:\r\n|\r|\n)$/, '');
        const spanned = (own.match(/\r\n|\r|\n/g) ?? []).length;
        rows.push({ line: context.lines - 1 - spanned, columns: record });
        return null;
      },
    };
    parse(text.replace(/^\ufeff/, ''), options);
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    failure = { line: line ? line - 1 : 0, message: msg('glossary.csvInvalid', { error: (error as Error).message }) };
  }
  const loaded = entriesFromRows(rows, sourceOf, 'csv');
  if (failure) loaded.problems.push(failure);
  return loaded;
}
