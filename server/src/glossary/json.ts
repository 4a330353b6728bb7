/**
 * JSON glossaries: an array of `{ "zh": …, "en": …, "note": … }` (or source/target/comment), where
 * zh and en may be a string or an array of forms; or an object mapping terms to renderings.
 */
import { entriesFromRows } from './tsv';
import type { GlossarySource, LoadedGlossary } from './types';

export function parseJson(text: string, sourceOf: (line: number) => GlossarySource): LoadedGlossary {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message);
    const line = position ? lineOfOffset(text, Number(position[1])) : 0;
    return { entries: [], problems: [{ line, message: `Not valid JSON: ${(error as Error).message}` }] };
  }
  const items = Array.isArray(data)
    ? data
    : data && typeof data === 'object'
      ? Object.entries(data as Record<string, unknown>).map(([term, rendering]) => ({ source: term, target: rendering }))
      : undefined;
  if (!items) return { entries: [], problems: [{ line: 0, message: 'Expected an array of entries or an object of term: rendering.' }] };
  const lines = new LineFinder(text);
  return entriesFromRows(
    items.map((item, index) => ({ line: lines.find(item, index), columns: columnsOf(item) })),
    sourceOf,
  );
}

const cell = (value: unknown): string =>
  typeof value === 'string' ? value : Array.isArray(value) ? value.filter((v) => typeof v === 'string').join(' | ') : '';

function columnsOf(item: unknown): string[] {
  if (!item || typeof item !== 'object') return [typeof item === 'string' ? item : '', ''];
  const record = item as Record<string, unknown>;
  return [cell(record['zh'] ?? record['source'] ?? record['term']), cell(record['en'] ?? record['target'] ?? record['translation']), cell(record['note'] ?? record['comment'])];
}

/** JSON.parse keeps no positions: find each entry's line by its first string, in order. */
class LineFinder {
  private from = 0;
  constructor(private readonly text: string) {}

  find(item: unknown, index: number): number {
    const key = columnsOf(item)[0] || columnsOf(item)[1];
    const at = key ? this.text.indexOf(JSON.stringify(key).slice(1, -1), this.from) : -1;
    if (at < 0) return index === 0 ? 0 : lineOfOffset(this.text, this.from);
    this.from = at + 1;
    return lineOfOffset(this.text, at);
  }
}

function lineOfOffset(text: string, offset: number): number {
  let line = 0;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
