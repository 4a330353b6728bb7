/** Paragraph splitting: line ends, indents, spacing, line numbers and UTF-16 offsets. */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { type Briefing } from '../../../server/src/model';
import { parseValid } from '../helpers/validate';

const parse = parseValid;

function paragraphTexts(briefing: Briefing): string[] {
  return briefing.paragraphs.map((p) => briefing.text.slice(p.start, p.end));
}

describe('paragraphs', () => {
  it('splits \\n lines into one paragraph each, with 0-based line numbers', () => {
    const b = parse('问：今天天气怎么样？\n答：今天天气很好。');
    assert.deepEqual(paragraphTexts(b), ['问：今天天气怎么样？', '答：今天天气很好。']);
    assert.deepEqual(b.lineStarts, [0, 11]);
    assert.deepEqual(b.paragraphs.map((p) => [p.startLine, p.endLine]), [[0, 0], [1, 1]]);
  });

  it('handles \\r\\n line ends: ranges exclude the line break and lines are right', () => {
    const text = '问：今天天气怎么样？\r\n答：今天天气很好。\r\n';
    const b = parse(text);
    assert.deepEqual(b.lineStarts, [0, 12, 23]);
    assert.deepEqual(paragraphTexts(b), ['问：今天天气怎么样？', '答：今天天气很好。']);
    assert.equal(b.paragraphs[1]!.start, 12);
    assert.equal(b.paragraphs[1]!.startLine, 1);
    assert.equal(b.paragraphs[1]!.label!.start, 12);
    assert.equal(b.paragraphs[1]!.label!.textStart, 14);
  });

  it('handles lone \\r line ends', () => {
    const text = '问：今天天气怎么样？\r答：今天天气很好。\r问：明天呢？\r答：明天下雨。';
    const b = parse(text);
    assert.deepEqual(b.lineStarts, [0, 11, 21, 28]);
    assert.deepEqual(paragraphTexts(b), ['问：今天天气怎么样？', '答：今天天气很好。', '问：明天呢？', '答：明天下雨。']);
    assert.deepEqual(b.paragraphs.map((p) => p.startLine), [0, 1, 2, 3]);
    assert.equal(b.sections[0]!.exchanges.length, 2);
  });

  it('handles mixed \\r\\n, \\r and \\n in one file', () => {
    const text = 'Q: What is new today?\r\nA: Nothing at all.\rQ: And tomorrow?\nA: Nothing either.';
    const b = parse(text);
    assert.deepEqual(paragraphTexts(b), ['Q: What is new today?', 'A: Nothing at all.', 'Q: And tomorrow?', 'A: Nothing either.']);
    assert.deepEqual(b.paragraphs.map((p) => p.startLine), [0, 1, 2, 3]);
    assert.equal(b.lineStarts[2], text.indexOf('Q: And'));
  });

  it('trims U+3000 indents: the paragraph and its label start after the indent', () => {
    const text = '\u3000\u3000问：请介绍一下情况。\n\u3000\u3000答：好的，情况如下。';
    const b = parse(text);
    const answer = b.paragraphs[1]!;
    assert.equal(answer.start, text.indexOf('答'));
    assert.equal(answer.label?.start, text.indexOf('答'));
    assert.equal(answer.label?.name, '答');
    assert.equal(answer.label?.textStart, text.indexOf('好的'));
  });

  it('treats no-break spaces as spacing around a paragraph and after a label', () => {
    const text = '\u00a0\u00a0Q:\u00a0\u00a0Is the meeting still on?\u00a0\nA:\u00a0Yes, it is.';
    const b = parse(text);
    assert.deepEqual(paragraphTexts(b), ['Q:\u00a0\u00a0Is the meeting still on?', 'A:\u00a0Yes, it is.']);
    assert.equal(b.paragraphs[0]!.label?.textStart, text.indexOf('Is the'));
    assert.equal(b.paragraphs[1]!.label?.textStart, text.indexOf('Yes'));
  });

  it('skips a BOM at the start of the file', () => {
    const text = '\ufeff问：有什么消息？\n答：没有消息。';
    const b = parse(text);
    assert.equal(b.paragraphs[0]!.start, 1);
    assert.equal(b.paragraphs[0]!.label?.start, 1);
  });

  it('joins hard-wrapped lines of a long paragraph into one, split by blank lines', () => {
    const line1 = 'A: This is a long answer that was wrapped by the exporting tool at a fixed width,';
    const line2 = 'and it goes on here on the next line.';
    const text = `Q: Could you comment on the trade talks?\n\n${line1}\n${line2}\n\nQ: Another question?`;
    const b = parse(text);
    assert.equal(b.paragraphs.length, 3);
    const answer = b.paragraphs[1]!;
    assert.equal(text.slice(answer.start, answer.end), `${line1}\n${line2}`);
    assert.deepEqual([answer.startLine, answer.endLine], [2, 3]);
  });

  it('does not join a short line with the next one', () => {
    const b = parse('分享到\n打印本页\n问：请问？');
    assert.equal(b.paragraphs.length, 3);
  });

  it('does not join a wrapped line with a next line that opens a turn', () => {
    const long = 'A: This is a long answer that certainly has more than forty characters in it.';
    const b = parse(`Q: Any news from the talks today?\n${long}\nQ: And the next round?`);
    assert.equal(b.paragraphs.length, 3);
    assert.equal(b.paragraphs[2]!.role, 'question');
  });

  it('ignores blank and whitespace-only lines', () => {
    const b = parse('\n\u3000\u3000\n \u00a0 \n问：什么？\n\n\n答：没什么。\n\t\n');
    assert.equal(b.paragraphs.length, 2);
    assert.deepEqual(b.paragraphs.map((p) => p.startLine), [3, 6]);
  });

  it('gives no paragraphs and no sections for empty or blank text', () => {
    for (const text of ['', '\n\n', '\u3000 \u00a0\r\n']) {
      const b = parse(text);
      assert.equal(b.paragraphs.length, 0, JSON.stringify(text));
      assert.equal(b.sections.length, 0, JSON.stringify(text));
    }
  });

  it('keeps offsets right after characters outside the BMP', () => {
    const text = '问：𠀀𠀁是什么字？😀\n答：这是扩展区汉字𠀀。\n问：再问一个😀问题？';
    const b = parse(text);
    assert.deepEqual(paragraphTexts(b), ['问：𠀀𠀁是什么字？😀', '答：这是扩展区汉字𠀀。', '问：再问一个😀问题？']);
    const last = b.paragraphs[2]!;
    assert.equal(text.slice(last.label!.start, last.label!.end), '问：');
    assert.equal(last.start, text.lastIndexOf('问：'));
  });

  it('numbers paragraphs by index in text order', () => {
    const b = parse('问：一？\n答：二。\n问：三？');
    assert.deepEqual(b.paragraphs.map((p) => p.index), [0, 1, 2]);
  });

  it('detects the language of each paragraph', () => {
    const b = parse('问：今天的记者会有什么内容？\nQ: What is on the agenda today?\n12345');
    assert.deepEqual(b.paragraphs.map((p) => p.language), ['zh', 'en', 'other']);
  });
});
