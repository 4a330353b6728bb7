/**
 * JSON glossaries: an array of `{ "zh": …, "en": …, "note": … }` (or source/target/comment), where
 * zh and en may be a string or an array of forms; or an object mapping terms to renderings.
 * jsonc-parser (VS Code's own) keeps the offset of each entry, so problems land on their lines.
 */
import { getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { computeLineStarts, lineAt } from '../model/text';
import { entriesFromRows } from './tsv';
import { msg } from '../l10n';
import type { GlossarySource, LoadedGlossary } from './types';

export function parseJson(text: string, sourceOf: (line: number) => GlossarySource): LoadedGlossary {
  const source = text.replace(/^\ufeff/, '');
  const errors: ParseError[] = [];
  const root = parseTree(source, errors, { allowTrailingComma: true, disallowComments: false });
  const lineOf = lineCounter(source);
  if (errors.length > 0 || !root) {
    const first = errors[0];
    const where = first ? lineOf(first.offset) : 0;
    return { entries: [], problems: [{ line: where, message: msg('glossary.jsonInvalid', { error: first ? printParseErrorCode(first.error) : msg('glossary.jsonEmpty') }) }] };
  }
  const rows =
    root.type === 'array'
      ? (root.children ?? []).map((node) => ({ line: lineOf(termNode(node).offset), columns: columnsOf(getNodeValue(node)) }))
      : root.type === 'object'
        ? (root.children ?? []).map((property: Node) => ({
            line: lineOf(property.offset),
            columns: columnsOf({ source: getNodeValue(property.children![0]!), target: getNodeValue(property.children![1]!) }),
          }))
        : undefined;
  if (!rows) return { entries: [], problems: [{ line: 0, message: msg('glossary.jsonShape') }] };
  return entriesFromRows(rows, sourceOf, 'json');
}

const TERM_KEYS = ['zh', 'source', 'term'];

/** An entry's line is the line of its term (an object may spread over several lines). */
function termNode(entry: Node): Node {
  const property = entry.type === 'object' ? entry.children?.find((p) => TERM_KEYS.includes(String(p.children?.[0]?.value))) : undefined;
  return property ?? entry;
}

const cell = (value: unknown): string =>
  typeof value === 'string' ? value : Array.isArray(value) ? value.filter((v) => typeof v === 'string').join(' | ') : '';

function columnsOf(item: unknown): string[] {
  if (!item || typeof item !== 'object') return [typeof item === 'string' ? item : '', ''];
  const record = item as Record<string, unknown>;
  return [
    cell(record['zh'] ?? record['source'] ?? record['term']),
    cell(record['en'] ?? record['target'] ?? record['translation']),
    cell(record['note'] ?? record['comment']),
  ];
}

/** Maps offsets to 0-based lines, for offsets asked in any order. */
function lineCounter(text: string): (offset: number) => number {
  const starts = computeLineStarts(text);
  return (offset) => lineAt(starts, offset);
}
