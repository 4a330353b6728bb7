/** textDocument/hover over glossary terms and speaker labels. */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { Hover, MarkupContent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { hover } from '../../../server/src/features/hover';
import { builtinEntries, TermIndex, type GlossaryEntry } from '../../../server/src/glossary';
import { parseBriefing } from '../../../server/src/model';

const BUILTIN = new TermIndex(builtinEntries());

function open(lines: string[]) {
  const text = lines.join('\n');
  const document = TextDocument.create('file:///briefings/test.briefing.md', 'briefing', 1, text);
  return { text, document, briefing: parseBriefing(text) };
}

function markdown(result: Hover | null): string {
  assert.ok(result, 'expected a hover');
  const contents = result.contents as MarkupContent;
  assert.equal(contents.kind, 'markdown');
  return contents.value;
}

function rangeOf(document: TextDocument, start: number, end: number) {
  return { start: document.positionAt(start), end: document.positionAt(end) };
}

function userEntry(zh: string[], en: string[], line: number, note?: string, uri = 'file:///work/glossaries/my%20terms.tsv'): GlossaryEntry {
  return { zh, en, ...(note ? { note } : {}), source: { kind: 'user', uri, line } };
}

const ZH = open([
  '2026年3月2日外交部发言人例行记者会', // 0
  '', // 1
  '问：请介绍一下中央军委联合参谋部的情况？', // 2
  '', // 3
  '耿爽：中央军委和上合组织都高度重视，今天天气晴朗。', // 4
]);

describe('hover on glossary terms', () => {
  it('shows a Chinese term with its renderings, other forms, note and built-in source, over the term range', () => {
    const { text, document, briefing } = ZH;
    const start = text.indexOf('中央军委和');
    const result = hover(document, briefing, start + 1, BUILTIN);
    const value = markdown(result);
    assert.match(value, /^\*\*中央军委\*\* → \*\*Central Military Commission\*\* · \*\*CMC\*\*/);
    assert.match(value, /also: 中央军事委员会 · 军委/);
    assert.match(value, /\*supreme military command\*/);
    assert.match(value, /Built-in glossary \(institutions\.tsv\) · institution · checked against \S.*$/);
    assert.deepEqual(result!.range, rangeOf(document, start, start + 4));
  });

  it('takes the longest term under the cursor', () => {
    const { text, document, briefing } = ZH;
    const start = text.indexOf('中央军委联合参谋部');
    const result = hover(document, briefing, start + 2, BUILTIN);
    assert.match(markdown(result), /^\*\*中央军委联合参谋部\*\* → \*\*Joint Staff Department of the Central Military Commission\*\*/);
    assert.deepEqual(result!.range, rangeOf(document, start, start + 9));
  });

  it('covers the first character and not the end of a term', () => {
    const { text, document, briefing } = ZH;
    const start = text.indexOf('上合组织');
    assert.deepEqual(hover(document, briefing, start, BUILTIN)!.range, rangeOf(document, start, start + 4));
    assert.deepEqual(hover(document, briefing, start + 3, BUILTIN)!.range, rangeOf(document, start, start + 4));
    assert.equal(hover(document, briefing, start + 4, BUILTIN), null, '都 is no term');
  });

  it('returns null off any term, on blank lines and past the end', () => {
    const { text, document, briefing } = ZH;
    assert.equal(hover(document, briefing, text.indexOf('天气'), BUILTIN), null);
    assert.equal(hover(document, briefing, text.indexOf('\n\n') + 1, BUILTIN), null);
    assert.equal(hover(document, briefing, text.length + 10, BUILTIN), null);
    assert.equal(hover(document, briefing, text.indexOf('中央军委和'), new TermIndex([])), null);
  });

  it('shows an English term with its Chinese renderings', () => {
    const { text, document, briefing } = open(['Q: What did the SCO agree on?', '', 'A: The Shanghai Cooperation Organization agreed on a plan.']);
    const start = text.indexOf('SCO');
    const result = hover(document, briefing, start + 1, BUILTIN);
    assert.match(markdown(result), /^\*\*SCO\*\* → \*\*上海合作组织\*\* · \*\*上合组织\*\*/);
    assert.match(markdown(result), /also: Shanghai Cooperation Organization/);
    assert.deepEqual(result!.range, rangeOf(document, start, start + 3));
  });

  it('links a user entry to its file and 1-based line', () => {
    const terms = new TermIndex([...builtinEntries(), userEntry(['上合组织'], ['the SCO'], 4, 'our house style')]);
    const { text, document, briefing } = ZH;
    const value = markdown(hover(document, briefing, text.indexOf('上合组织'), terms));
    assert.match(value, /^\*\*上合组织\*\* → \*\*the SCO\*\*/);
    assert.match(value, /\*our house style\*/);
    assert.ok(value.endsWith('From [my terms.tsv:5](file:///work/glossaries/my%20terms.tsv#L5)'), value);
    assert.doesNotMatch(value, /Built-in/);
    assert.doesNotMatch(value, /also:/, 'the user entry has one Chinese form');
  });

  it('leaves out the note and the variants when there are none', () => {
    const terms = new TermIndex([userEntry(['联合参谋部'], ['Joint Staff Department'], 0)]);
    const { text, document, briefing } = ZH;
    const value = markdown(hover(document, briefing, text.indexOf('联合参谋部'), terms));
    assert.equal(value, '**联合参谋部** → **Joint Staff Department**\n\nFrom [my terms.tsv:1](file:///work/glossaries/my%20terms.tsv#L1)');
  });

  it('escapes Markdown in terms, renderings, notes and file names', () => {
    const terms = new TermIndex([
      userEntry(['星_链*'], ['Star_link [beta]', 'S*L'], 2, 'see `docs` <here> #1 | (a+b)! ~x~ {y} \\', 'file:///g/a_b%5Bc%5D.tsv'),
    ]);
    const { text, document, briefing } = open(['问：星_链*怎么样？']);
    const value = markdown(hover(document, briefing, text.indexOf('星'), terms));
    assert.match(value, /^\*\*星\\_链\\\*\*\* → \*\*Star\\_link \\\[beta\\\]\*\* · \*\*S\\\*L\*\*/);
    assert.ok(value.includes('*see \\`docs\\` \\<here\\> \\#1 \\| \\(a\\+b\\)\\! \\~x\\~ \\{y\\} \\\\*'), value);
    assert.ok(value.includes('From [a\\_b\\[c\\].tsv:3](file:///g/a_b%5Bc%5D.tsv#L3)'), value);
  });
});

describe('hover on speaker labels', () => {
  it('names the person of a Chinese label in English, over the label', () => {
    const { text, document, briefing } = ZH;
    const start = text.indexOf('耿爽：');
    const result = hover(document, briefing, start + 1, BUILTIN);
    const value = markdown(result);
    assert.match(value, /^\*\*耿爽\*\* → \*\*Geng Shuang\*\*/);
    assert.match(value, /Built-in glossary \(people\.tsv\) · person · checked against \S.*$/);
    const label = briefing.paragraphs.find((p) => p.label?.name === '耿爽')!.label!;
    assert.deepEqual(result!.range, rangeOf(document, label.start, label.end));
    assert.equal(label.start, start);
  });

  it('names the person of an English label in Chinese', () => {
    const { text, document, briefing } = open(['CCTV: What is your comment?', '', 'Geng Shuang: We have noted the reports.']);
    const value = markdown(hover(document, briefing, text.indexOf('Shuang'), BUILTIN));
    assert.match(value, /^\*\*Geng Shuang\*\* → \*\*耿爽\*\*/);
  });

  it('returns null on a label with no glossary entry', () => {
    const { document, briefing } = ZH;
    const terms = new TermIndex([userEntry(['耿爽'], ['Geng Shuang'], 0)]);
    assert.equal(hover(document, briefing, ZH.text.indexOf('问：'), terms), null);
    assert.match(markdown(hover(document, briefing, ZH.text.indexOf('耿爽'), terms)), /From \[my terms\.tsv:1\]/);
  });
});
