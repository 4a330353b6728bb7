/** Reads a user glossary file of any supported format, by its name. */
import { parseCsv } from './csv';
import { parseJson } from './json';
import { parseTbx } from './tbx';
import { parseTsv } from './tsv';
import { msg } from '../l10n';
import type { LoadedGlossary } from './types';

export const GLOSSARY_FORMATS = ['tsv', 'csv', 'json', 'tbx'] as const;

/** The format of a glossary file from its name (`terms.glossary.tsv`, `base.tbx`), if it is one. */
export function glossaryFormat(fileName: string): (typeof GLOSSARY_FORMATS)[number] | undefined {
  const extension = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  return GLOSSARY_FORMATS.find((format) => format === extension);
}

export function parseGlossary(fileName: string, uri: string, text: string): LoadedGlossary {
  const loaded = parseAs(fileName, uri, text);
  // Most files have no problem: their lines need not be split.
  if (loaded.problems.length === 0) return loaded;
  const lines = text.split(/\r\n|\r|\n/);
  for (const problem of loaded.problems) problem.length = lines[problem.line]?.length ?? 0;
  return loaded;
}

function parseAs(fileName: string, uri: string, text: string): LoadedGlossary {
  const sourceOf = (line: number) => ({ kind: 'user' as const, uri, line });
  switch (glossaryFormat(fileName)) {
    case 'tsv':
      return parseTsv(text, sourceOf);
    case 'csv':
      return parseCsv(text, sourceOf);
    case 'json':
      return parseJson(text, sourceOf);
    case 'tbx':
      return parseTbx(text, sourceOf);
    default:
      return { entries: [], problems: [{ line: 0, message: msg('glossary.notGlossary', { file: fileName }) }] };
  }
}
