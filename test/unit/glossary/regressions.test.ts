/** Glossary inputs that once were read wrong, kept so they stay right. */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { parseGlossary, TermIndex, type GlossaryEntry } from '../../../server/src/glossary';
import { describe as describeMatch } from '../../../server/src/features/hover';
import { render } from '../../../server/src/l10n';

const lines = (entries: GlossaryEntry[]) => entries.map((e) => (e.source.kind === 'user' ? e.source.line : -1));

describe('glossary regressions', () => {
  it('CSV: a # inside a line is text, not a comment', () => {
    const loaded = parseGlossary('g.csv', 'file:///g.csv', 'C#语言,C# language,see item #3\n# a comment line\n');
    assert.deepEqual(loaded.problems, []);
    assert.deepEqual(loaded.entries.map((e) => [e.zh[0], e.en[0], e.note]), [['C#语言', 'C# language', 'see item #3']]);
  });

  it('CSV: an entry spread over lines is on its first line, after comments', () => {
    const loaded = parseGlossary('g.csv', 'file:///g.csv', 'zh,en,note\n# c\n上合组织,SCO,"multi\nline"\n日本,Japan\n');
    assert.deepEqual(lines(loaded.entries), [2, 4]);
  });

  it('CSV: an unclosed quote keeps the entries before it', () => {
    const loaded = parseGlossary('g.csv', 'file:///g.csv', '中国,China\n日本,Japan\n美国,"USA\n');
    assert.equal(loaded.entries.length, 2);
    assert.equal(loaded.problems.length, 1);
    assert.match(render(loaded.problems[0]!.message), /CSV/);
  });

  it('CSV and JSON problems say how to write an entry in that format', () => {
    assert.match(render(parseGlossary('g.csv', 'u', ',Bohai Sea\n').problems[0]!.message), /comma/);
    assert.match(render(parseGlossary('g.json', 'u', '[{"en": "tanker"}]').problems[0]!.message), /"zh" and "en"/);
  });

  it('JSON: entries with arrays of forms, or named in an earlier note, are on their own lines', () => {
    const text = '[\n {"zh":"中国","en":"China","note":"not 台湾"},\n {"zh":["上海合作组织","上合组织"],"en":["SCO"]},\n {"zh":"台湾",\n "en":"Taiwan"}\n]';
    assert.deepEqual(lines(parseGlossary('g.json', 'u', text).entries), [1, 2, 3]);
  });

  it('TBX: markup inside a term keeps all its text', () => {
    const tbx = '<tbx><text><body><termEntry><langSet xml:lang="zh"><tig><term>中国<hi>人民</hi>银行</term></tig></langSet><langSet xml:lang="en"><tig><term>People\'s Bank of China</term></tig></langSet></termEntry></body></text></tbx>';
    assert.deepEqual(parseGlossary('g.tbx', 'u', tbx).entries.map((e) => e.zh[0]), ['中国人民银行']);
  });

  it('a letter outside the BMP is part of the word before a Latin term', () => {
    const index = new TermIndex([{ zh: ['上合组织'], en: ['SCO'], source: { kind: 'builtin', file: 't', line: 0 } }]);
    assert.deepEqual(index.match('𝐀SCO'), []);
    assert.equal(index.match('𠀀SCO').length, 1, 'a Han character is no word character');
  });

  it('a hover escapes & and shows a file name with a stray % as it is', () => {
    const entry: GlossaryEntry = { zh: ['测试'], en: ['test'], note: 'a &lt;b&gt;', source: { kind: 'user', uri: 'file:///g/bad%E4.tsv', line: 0 } };
    const text = describeMatch({ start: 0, end: 2, entry, language: 'zh', term: '测试' });
    assert.match(text, /a &amp;lt;b&amp;gt;/);
    assert.match(text, /bad%E4\.tsv:1/);
  });
  it('a Chinese term does not cut a common word in two (部门, 有关, 加强…), and still matches beside it', () => {
    const index = new TermIndex([
      { zh: ['公安部'], en: ['Ministry of Public Security'], source: { kind: 'builtin', file: 't', line: 1 } },
      { zh: ['关岛'], en: ['Guam'], source: { kind: 'builtin', file: 't', line: 2 } },
      { zh: ['中加'], en: ['China-Canada'], source: { kind: 'builtin', file: 't', line: 3 } },
    ]);
    const found = (text: string) => index.match(text).map((m) => text.slice(m.start, m.end));
    assert.deepEqual(found('请向相关公安部门了解'), []);
    assert.deepEqual(found('有关岛礁十二海里'), []);
    assert.deepEqual(found('双方在国际事务中加强协调'), []);
    assert.deepEqual(found('公安部发言人谈中加关系和关岛'), ['公安部', '中加', '关岛']);
  });
});
