/** The built-in glossary data: well formed, sorted, no duplicates, and loadable. */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { BUILTIN_FILES, builtinEntries } from '../../../server/src/glossary/builtin';
import { TermIndex } from '../../../server/src/glossary';

const TYPES = new Set(['person', 'place', 'organization', 'meeting', 'institution', 'military', 'initiative', 'company', 'event', 'term', 'outlet', 'weapon', 'treaty']);

describe('built-in glossary data', () => {
  for (const [file, text] of Object.entries(BUILTIN_FILES)) {
    it(`${file}: header, five columns (a type and a source for each entry), no empty or padded cells, sorted`, () => {
      const lines = text.split('\n');
      assert.equal(lines[0], 'zh\ten\tnote\ttype\tsource');
      if (lines[lines.length - 1] === '') lines.pop();
      const body = lines.slice(1).filter((line) => !line.startsWith('#'));
      body.forEach((line, i) => {
        const cells = line.split('\t');
        assert.equal(cells.length, 5, `${file}:${i + 2} has ${cells.length} columns`);
        assert.ok(cells[0] && cells[1], `${file}:${i + 2} has an empty term or rendering`);
        assert.ok(TYPES.has(cells[3]!), `${file}:${i + 2} has the type "${cells[3]}"`);
        assert.ok(cells[4], `${file}:${i + 2} says nowhere where its rendering was checked`);
        for (const cell of cells) assert.equal(cell, cell.trim(), `${file}:${i + 2} has spaces around "${cell}"`);
        for (const variant of [...cells[0]!.split(' | '), ...cells[1]!.split(' | ')]) assert.ok(variant.trim(), `${file}:${i + 2} has an empty variant`);
      });
      const sorted = [...body].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      assert.deepEqual(body, sorted, `${file} is not sorted`);
    });
  }

  it('has at least 500 entries and no Chinese term in two entries', () => {
    const entries = builtinEntries();
    assert.ok(entries.length >= 500, `${entries.length} entries`);
    const seen = new Map<string, string>();
    for (const entry of entries) {
      for (const term of entry.zh) {
        const where = entry.source.kind === 'builtin' ? `${entry.source.file}:${entry.source.line + 1}` : '';
        assert.ok(!seen.has(term), `${term} is in ${seen.get(term)} and ${where}`);
        seen.set(term, where);
      }
    }
  });

  it('finds terms of real briefings in both languages', () => {
    const index = new TermIndex(builtinEntries());
    const zh = '国防部新闻发言人吴谦大校表示，中央军委领导同上合组织成员国开展交流。';
    const en = 'Senior Colonel Wu Qian said the Central Military Commission (CMC) works with SCO members.';
    const found = (text: string) => index.match(text).map((m) => text.slice(m.start, m.end));
    assert.ok(found(zh).includes('吴谦'), JSON.stringify(found(zh)));
    assert.ok(found(zh).includes('中央军委'), JSON.stringify(found(zh)));
    assert.ok(found(zh).includes('上合组织'), JSON.stringify(found(zh)));
    assert.ok(found(en).includes('Wu Qian'), JSON.stringify(found(en)));
    assert.ok(found(en).includes('Central Military Commission'), JSON.stringify(found(en)));
  });
});
