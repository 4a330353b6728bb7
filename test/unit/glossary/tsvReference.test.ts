/**
 * The TSV loader against a reference: the plain row-by-row reading it had before it was made fast
 * (rows mapped to objects, every cell trimmed, variants split with callbacks), kept here as it
 * was. Both must give the same entries, sources, notes and problems for any file.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseGlossary, type GlossaryEntry, type GlossarySource } from '../../../server/src/glossary';
import { render } from '../../../server/src/l10n';
import { BUILTIN_FILES } from '../../../server/src/glossary/builtin';

// --- The reference ------------------------------------------------------------------------

const HEADER_WORDS = new Set(['zh', 'en', 'source', 'target', 'term', 'translation', 'note', 'comment', 'chinese', 'english', 'type']);
const LAYOUT = 'write the term, a tab, then its rendering (and a comment after another tab)';
const refHasHan = (text: string) => /[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff\ud840-\ud87e]/.test(text);

function refEntryFromColumns(columns: string[], source: GlossarySource): GlossaryEntry | string {
  const [first = '', second = '', note = '', type = '', citation = ''] = columns.map((c) => c.trim());
  if (!second) return first ? `"${first}" has no rendering: ${LAYOUT}.` : `The term is empty: ${LAYOUT}.`;
  if (!first) return `The term is empty: ${LAYOUT}.`;
  const split = (cell: string) => cell.split(' | ').map((v) => v.trim()).filter(Boolean);
  const firstIsChinese = refHasHan(first);
  const secondIsChinese = refHasHan(second);
  if (firstIsChinese === secondIsChinese) {
    return firstIsChinese
      ? `Both "${first}" and "${second}" are Chinese: an entry pairs a Chinese term with its English rendering.`
      : `Neither "${first}" nor "${second}" is Chinese: an entry pairs a Chinese term with its English rendering.`;
  }
  const entry: GlossaryEntry = { zh: split(firstIsChinese ? first : second), en: split(firstIsChinese ? second : first), source };
  if (note) entry.note = note;
  if (type) entry.type = type;
  if (citation) entry.citation = citation;
  return entry;
}

/** The reference reads problems as English text, as the loader's messages render in English. */
interface RefLoaded {
  entries: GlossaryEntry[];
  problems: { line: number; message: string }[];
}

function refParseTsv(text: string, uri: string): RefLoaded {
  const rows = text
    .replace(/^\ufeff/, '')
    .split(/\r\n|\r|\n/)
    .map((row, line) => ({ line, columns: row.split('\t') }));
  const entries: GlossaryEntry[] = [];
  const problems: { line: number; message: string }[] = [];
  let seenRow = false;
  for (const { line, columns } of rows) {
    if (columns.every((c) => c.trim() === '') || columns[0]!.trimStart().startsWith('#')) continue;
    const header = !seenRow && columns.every((c) => HEADER_WORDS.has(c.trim().toLowerCase()) || c.trim() === '');
    seenRow = true;
    if (header) continue;
    const result = refEntryFromColumns(columns, { kind: 'user', uri, line });
    if (typeof result === 'string') problems.push({ line, message: result });
    else entries.push(result);
  }
  return { entries, problems };
}

// --- Comparison ---------------------------------------------------------------------------

const URI = 'file:///g/terms.glossary.tsv';

function assertSameLoad(text: string): RefLoaded {
  const expected = refParseTsv(text, URI);
  // The loader also gives each problem its line's length, for the diagnostic's range: compared apart.
  const { entries, problems } = parseGlossary('terms.glossary.tsv', URI, text);
  const lines = text.split(/\r\n|\r|\n/);
  assert.deepEqual(problems.map((p) => p.length), problems.map((p) => lines[p.line]!.length));
  assert.deepEqual({ entries, problems: problems.map(({ line, message }) => ({ line, message: render(message) })) }, expected);
  return expected;
}

describe('TSV loader agrees with the reference reading', () => {
  it('on the built-in files, read as user files', () => {
    let entries = 0;
    for (const text of Object.values(BUILTIN_FILES)) entries += assertSameLoad(text).entries.length;
    assert.ok(entries >= 500, `${entries} entries`);
  });

  it('on generated files: headers, comments, blanks, padding, variants, missing and extra columns, line ends, BOM', () => {
    const cell = fc.constantFrom('', ' ', '#', ' # c', 'zh', ' EN ', 'Term', 'note', '中国', ' 中国 | 中华 ', '中国 |  | 中华', 'China | | PRC', 'SCO |', ' | ', 'x', '上合组织', 'Shanghai Cooperation Organization', 'a#b', '中文 note', '\u3000');
    const row = fc.array(cell, { minLength: 1, maxLength: 4 }).map((cells) => cells.join('\t'));
    const end = fc.constantFrom('\n', '\r\n', '\r');
    let entries = 0;
    let problems = 0;
    fc.assert(
      fc.property(fc.boolean(), fc.array(fc.tuple(row, end), { maxLength: 12 }), (bom, lines) => {
        const loaded = assertSameLoad((bom ? '\ufeff' : '') + lines.map(([r, e]) => r + e).join(''));
        entries += loaded.entries.length;
        problems += loaded.problems.length;
      }),
      { seed: 20260129, numRuns: 2000 },
    );
    assert.ok(entries > 1000 && problems > 1000, `${entries} entries and ${problems} problems: too few to compare`);
  });

  it('on a large generated file of 20,000 lines', () => {
    let seed = 11;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    const han = '国防安全合作交流演习部队海空陆战区指挥联合训练装备';
    const words = ['defense', 'Security', 'cooperation', 'PLA', 'exercise', 'theater', 'command'];
    const lines = ['zh\ten\tnote'];
    for (let n = 0; n < 20_000; n++) {
      const zh = Array.from({ length: 2 + next(4) }, () => han[next(han.length)]).join('');
      const en = Array.from({ length: 1 + next(3) }, () => words[next(words.length)]).join(' ');
      lines.push(n % 50 === 0 ? `# ${zh}` : n % 5 === 0 ? `${zh} | ${zh}${n}\t${en}\tentry ${n}` : `${zh}\t${en}`);
    }
    assert.ok(assertSameLoad(lines.join('\n') + '\n').entries.length > 19_000);
  });
});
