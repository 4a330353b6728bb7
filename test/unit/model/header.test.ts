/** The header of a section: title, meta lines, lede, front matter, junk before the title. */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { type Briefing } from '../../../server/src/model';
import { parseValid } from '../helpers/validate';

const parse = parseValid;

function roles(briefing: Briefing): string[] {
  return briefing.paragraphs.map((p) => p.role);
}

describe('header', () => {
  it('reads title, meta (来源:…) and lede before the first turn', () => {
    const text = [
      '2023年12月国防部例行记者会',
      '来源:国防部网 责任编辑:王粲 2023-12-28 16:16:45',
      '12月28日下午,国防部举行例行记者会,国防部新闻发言人吴谦大校答记者问。',
      '记者：请介绍一下情况。',
      '吴谦：好的。',
    ].join('\n');
    const b = parse(text);
    assert.deepEqual(roles(b), ['title', 'meta', 'lede', 'question', 'answer']);
    const header = b.sections[0]!.header!;
    assert.equal(header.title, 0);
    assert.deepEqual(header.meta, [1]);
    assert.deepEqual(header.lede, [2]);
    assert.equal(header.start, 0);
    assert.equal(header.end, b.paragraphs[2]!.end);
    assert.equal(b.sections[0]!.exchanges.length, 1);
  });

  it('reads a full-width 来源： meta line', () => {
    const text = ['2018年12月17日外交部发言人华春莹主持例行记者会', '来源：（供稿）2018-12-17', '问：请问情况？', '华春莹：情况如下。'].join('\n');
    const b = parse(text);
    assert.deepEqual(roles(b), ['title', 'meta', 'question', 'answer']);
    assert.deepEqual(b.sections[0]!.header!.meta, [1]);
    assert.deepEqual(b.sections[0]!.header!.lede, []);
  });

  it('reads an English title and Source: meta line', () => {
    const text = ['Regular Press Conference on May 5, 2020', 'Source: Ministry of Foreign Affairs', 'Q: Any news today?', 'A: None.'].join('\n');
    const b = parse(text);
    assert.deepEqual(roles(b), ['title', 'meta', 'question', 'answer']);
    assert.equal(b.sections[0]!.header!.title, 0);
  });

  it('marks site menus before the title as junk and leaves them out of the section span', () => {
    const text = ['首页 > 新闻 > 记者会', '2018年12月17日外交部发言人华春莹主持例行记者会', '问：请问情况？', '华春莹：情况如下。'].join('\n');
    const b = parse(text);
    assert.deepEqual(roles(b), ['junk', 'title', 'question', 'answer']);
    assert.equal(b.sections[0]!.header!.title, 1);
    assert.equal(b.sections[0]!.start, b.paragraphs[1]!.start);
  });

  it('takes a short heading on the first line as the title when nothing names the event', () => {
    const text = ['国防部:全面推进国际军事合作', '记者：请介绍一下情况。', '吴谦：好的。'].join('\n');
    const b = parse(text);
    assert.equal(b.sections[0]!.header?.title, 0);
    assert.equal(b.paragraphs[0]!.role, 'title');
  });

  it('has no header when the file starts with a turn', () => {
    const b = parse('问：请问情况？\n答：情况如下。');
    assert.equal(b.sections[0]!.header, undefined);
  });

  it('reads a person named in the title as the answering speaker', () => {
    const text = ['2018年12月17日外交部发言人华春莹主持例行记者会', '问：请问情况？', '华春莹：情况如下。', '彭博社记者：还有问题？', '华春莹：没有了。'].join('\n');
    const b = parse(text);
    const exchanges = b.sections[0]!.exchanges;
    assert.deepEqual(exchanges.map((e) => e.turns.map((t) => [t.kind, t.speaker?.name])), [
      [['answer', '华春莹']],
      [['answer', '华春莹']],
    ]);
  });

  describe('front matter', () => {
    const text = '---\ntitle: "2019年3月1日外交部发言人耿爽主持例行记者会"\ndate: 2019-03-01\n---\n问：请问情况？\n答：情况如下。';

    it('reads the YAML title into frontMatterTitle, without its quotes', () => {
      assert.equal(parse(text).frontMatterTitle, '2019年3月1日外交部发言人耿爽主持例行记者会');
    });

    it('makes the front matter one meta paragraph, the header title, from --- to ---', () => {
      const b = parse(text);
      const fm = b.paragraphs[0]!;
      assert.equal(fm.role, 'meta');
      assert.deepEqual([fm.start, fm.end], [0, text.indexOf('\n问')]);
      assert.deepEqual([fm.startLine, fm.endLine], [0, 3]);
      assert.equal(fm.label, undefined);
      const header = b.sections[0]!.header!;
      assert.deepEqual(header.meta, [0]);
      assert.equal(header.title, 0);
      assert.equal(b.sections[0]!.exchanges.length, 1);
      assert.equal(b.paragraphs[1]!.role, 'question');
    });

    it('does not read title: lines in the front matter as labels or turns', () => {
      const b = parse('---\ntitle: Q: A tricky title\nauthor: 问：某人\n---\nQ: Real question here?\nA: Real answer.');
      assert.equal(b.frontMatterTitle, 'Q: A tricky title');
      assert.equal(b.paragraphs.length, 3);
      assert.equal(b.sections[0]!.exchanges.length, 1);
    });

    it('reads single-quoted titles and \\r\\n line ends', () => {
      const b = parse("---\r\ntitle: 'Press Briefing by the Spokesperson'\r\n---\r\nQ: Any news?\r\nA: None.");
      assert.equal(b.frontMatterTitle, 'Press Briefing by the Spokesperson');
      assert.equal(b.paragraphs[0]!.role, 'meta');
      assert.equal(b.paragraphs[1]!.startLine, 3);
    });

    it('reads front matter after a BOM', () => {
      const b = parse('\ufeff---\ntitle: Press Briefing\n---\nQ: Any news?\nA: None.');
      assert.equal(b.frontMatterTitle, 'Press Briefing');
      assert.equal(b.paragraphs[0]!.start, 1);
    });

    it('has no frontMatterTitle when the front matter has no title', () => {
      const b = parse('---\ndate: 2019-03-01\n---\nQ: Any news?\nA: None.');
      assert.equal(b.frontMatterTitle, undefined);
      assert.equal(b.paragraphs[0]!.role, 'meta');
    });

    it('has no front matter when the first --- is never closed', () => {
      const b = parse('---\ntitle: Press Briefing\nQ: Any news?\nA: None.');
      assert.equal(b.frontMatterTitle, undefined);
      assert.ok(!('frontMatterTitle' in b));
      assert.equal(b.paragraphs.length, 4);
      assert.deepEqual([b.paragraphs[0]!.start, b.paragraphs[0]!.end], [0, 3]);
      assert.notEqual(b.paragraphs[0]!.role, 'meta');
      assert.equal(b.sections[0]!.exchanges.length, 1);
    });
  });
});
