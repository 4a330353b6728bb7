/**
 * Tab-separated pairs (Chinese, a tab, English; one pair a line) for spreadsheets and the CAT
 * tools that import bilingual tables. Plain TSV, no quoting: a field cannot hold a tab or a line
 * break, so those become spaces.
 */
import type { ExportedDocument } from './segments';
import { TMX_LANGUAGES } from './tmx';

/** Tabs and line breaks of every kind, with the spacing around them. */
const BREAKS = /\s*[\t\n\v\f\r\u0085\u2028\u2029]\s*/g;

/** A header line naming the languages, then one line per pair of every document, in order. */
export function toTsv(documents: readonly ExportedDocument[]): string {
  const lines = [`${TMX_LANGUAGES.zh}\t${TMX_LANGUAGES.en}`];
  for (const document of documents) {
    for (const pair of document.pairs) lines.push(`${tsvField(pair.zh.text)}\t${tsvField(pair.en.text)}`);
  }
  return lines.join('\n') + '\n';
}

export function tsvField(text: string): string {
  return text.replace(BREAKS, ' ').trim();
}
