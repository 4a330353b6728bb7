/** Comma-separated glossaries, as OmegaT and spreadsheets write them (term, rendering, comment). */
import { parse } from 'csv-parse/sync';
import { entriesFromRows } from './tsv';
import type { GlossarySource, LoadedGlossary } from './types';

export function parseCsv(text: string, sourceOf: (line: number) => GlossarySource): LoadedGlossary {
  try {
    const records = parse(text.replace(/^\ufeff/, ''), {
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      comment: '#',
    }) as unknown as { record: string[]; info: { lines: number } }[];
    return entriesFromRows(
      records.map(({ record, info }) => ({ line: info.lines - 1, columns: record })),
      sourceOf,
    );
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return { entries: [], problems: [{ line: line ? line - 1 : 0, message: `Not valid CSV: ${(error as Error).message}` }] };
  }
}
