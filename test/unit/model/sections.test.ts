/** Language sections, site junk and opening announcements. */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { type Briefing, type Section } from '../../../server/src/model';
import { parseValid } from '../helpers/validate';

const parse = parseValid;

/** Paragraph indices of every turn of every exchange of a section. */
function exchangeParagraphs(section: Section): number[] {
  return section.exchanges.flatMap((e) => (e.question ? [e.question, ...e.turns] : e.turns).flatMap((t) => t.paragraphs));
}

function roleOf(briefing: Briefing, line: string): string {
  const paragraph = briefing.paragraphs.find((p) => briefing.text.slice(p.start, p.end) === line);
  assert.ok(paragraph, `no paragraph ${JSON.stringify(line)}`);
  return paragraph.role;
}

const ZH = [
  '2019年3月1日外交部发言人耿爽主持例行记者会',
  '问：中方如何看待此次峰会的成果？',
  '耿爽：中方欢迎峰会取得积极成果。',
  '问：双方是否会举行新一轮会谈？',
  '耿爽：我没有可以提供的信息。',
];
const EN = [
  'Foreign Ministry Spokesperson Geng Shuang Regular Press Conference on March 1, 2019',
  'Q: How does China view the outcome of the summit?',
  'Geng Shuang: China welcomes the positive outcome.',
  'Q: Will the two sides hold a new round of talks?',
  'Geng Shuang: I have no information to offer.',
];

describe('sections', () => {
  it('makes one zh section of a Chinese-only file', () => {
    const b = parse(ZH.join('\n'));
    assert.equal(b.sections.length, 1);
    assert.equal(b.sections[0]!.language, 'zh');
    assert.equal(b.sections[0]!.exchanges.length, 2);
    assert.deepEqual(b.sections[0]!.paragraphs, [0, 1, 2, 3, 4]);
  });

  it('makes one en section of an English-only file', () => {
    const b = parse(EN.join('\n'));
    assert.equal(b.sections.length, 1);
    assert.equal(b.sections[0]!.language, 'en');
    assert.equal(b.sections[0]!.exchanges.length, 2);
  });

  it('splits a bilingual file into a zh section then an en section', () => {
    const text = [...ZH, '', ...EN].join('\n');
    const b = parse(text);
    assert.deepEqual(b.sections.map((s) => s.language), ['zh', 'en']);
    const [zh, en] = b.sections as [Section, Section];
    assert.deepEqual(zh.paragraphs, [0, 1, 2, 3, 4]);
    assert.deepEqual(en.paragraphs, [5, 6, 7, 8, 9]);
    assert.equal(en.start, text.indexOf('Foreign Ministry'));
    assert.ok(zh.end <= en.start);
    assert.equal(zh.header?.title, 0);
    assert.equal(en.header?.title, 5);
    assert.deepEqual(en.exchanges.map((e) => e.question?.speaker?.name), ['Q', 'Q']);
  });

  it('does not split off a short English menu line at the top of a Chinese file', () => {
    const b = parse(['English Français Español', ...ZH].join('\n'));
    assert.equal(b.sections.length, 1);
    assert.equal(b.sections[0]!.language, 'zh');
  });

  it('keeps a quoted English name inside Chinese text in the zh section', () => {
    const b = parse([...ZH, '问：你对Reuters和Bloomberg的报道有何评论？', '耿爽：我没有看到相关报道。'].join('\n'));
    assert.equal(b.paragraphs[5]!.language, 'zh');
    assert.equal(b.sections.length, 1);
    assert.equal(b.sections[0]!.exchanges.length, 3);
  });

  it('gives site junk (分享到, 打印本页) the junk role and keeps it out of exchanges', () => {
    const text = [...ZH, '分享到', '打印本页', '[字体：大 中 小]'].join('\n');
    const b = parse(text);
    for (const line of ['分享到', '打印本页', '[字体：大 中 小]']) assert.equal(roleOf(b, line), 'junk', line);
    const inExchanges = exchangeParagraphs(b.sections[0]!);
    for (const p of b.paragraphs.filter((p) => p.role === 'junk')) assert.ok(!inExchanges.includes(p.index));
    assert.equal(b.sections[0]!.end, b.paragraphs[4]!.end, 'the section ends at the last turn, not at the junk');
  });

  it('gives Suggest to a friend, Related News: and the links after it the junk role', () => {
    const text = [...EN, '', 'Suggest to a friend', 'Print', 'Related News:', 'Spokesperson comments on the summit', 'Spokesperson on the talks'].join('\n');
    const b = parse(text);
    for (const line of ['Suggest to a friend', 'Print', 'Related News:', 'Spokesperson comments on the summit', 'Spokesperson on the talks']) {
      assert.equal(roleOf(b, line), 'junk', line);
    }
    const inExchanges = exchangeParagraphs(b.sections[0]!);
    assert.ok(b.paragraphs.filter((p) => p.role === 'junk').every((p) => !inExchanges.includes(p.index)));
    assert.equal(b.sections[0]!.exchanges.at(-1)!.end, b.paragraphs[4]!.end);
  });

  it('does not end an answer at junk that can stand anywhere (返回顶部)', () => {
    const text = ['问：请问情况？', '答：情况是这样的。', '返回顶部', '我们还要补充一点。', '问：还有吗？', '答：没有了。'].join('\n');
    const b = parse(text);
    assert.equal(roleOf(b, '返回顶部'), 'junk');
    assert.deepEqual(b.sections[0]!.exchanges[0]!.turns[0]!.paragraphs, [1, 3]);
    assert.equal(roleOf(b, '我们还要补充一点。'), 'continuation');
  });

  it('resumes turns after junk when a new question starts', () => {
    const text = ['问：第一个问题是什么？', '答：这是回答。', '相关新闻', '某条新闻的标题', '问：再问一个问题？', '答：这是另一个回答。'].join('\n');
    const b = parse(text);
    assert.equal(roleOf(b, '相关新闻'), 'junk');
    assert.equal(roleOf(b, '某条新闻的标题'), 'junk');
    assert.equal(b.sections[0]!.exchanges.length, 2);
    assert.deepEqual(exchangeParagraphs(b.sections[0]!), [0, 1, 4, 5]);
  });

  it('puts an unlabelled opening announcement before the first question in announcements, not an exchange', () => {
    const text = ['2019年3月1日外交部发言人耿爽主持例行记者会', '首先通报一条消息：某国外长将于下周访华。', '问：请问访问的日程？', '耿爽：我们会及时发布消息。'].join('\n');
    const b = parse(text);
    const section = b.sections[0]!;
    assert.equal(section.announcements.length, 1);
    const [announcement] = section.announcements;
    assert.equal(announcement!.kind, 'announcement');
    assert.equal(announcement!.speaker, undefined);
    assert.deepEqual(announcement!.paragraphs, [1]);
    assert.equal(b.paragraphs[1]!.role, 'announcement');
    assert.equal(section.exchanges.length, 1);
    assert.ok(!exchangeParagraphs(section).includes(1));
  });

  it('keeps a multi-paragraph announcement together', () => {
    const text = ['Good afternoon. I have two announcements today.', '', 'The Foreign Minister will visit Europe next week.', '', 'Q: What is on the agenda of the visit?', '', 'A: We will release details in due course.'].join('\n');
    const b = parse(text);
    const section = b.sections[0]!;
    assert.equal(section.announcements.length, 1);
    assert.deepEqual(section.announcements[0]!.paragraphs, [0, 1]);
    assert.equal(section.exchanges.length, 1);
  });

  it('makes text after a separator an announcement outside any exchange', () => {
    const text = ['Q: What is on the agenda?', 'A: Trade and climate.', '---', 'That concludes the briefing. Thank you all.'].join('\n');
    const b = parse(text);
    assert.equal(b.paragraphs[2]!.role, 'separator');
    assert.equal(b.sections[0]!.exchanges[0]!.turns[0]!.paragraphs.length, 1);
    assert.deepEqual(b.sections[0]!.announcements.map((a) => a.paragraphs), [[3]]);
  });

  it('takes a row of reference marks or stars as a separator too', () => {
    for (const line of ['※※※※※※', '＊＊＊', '★ ★ ★']) {
      const b = parse(['Q: What is on the agenda?', 'A: Trade and climate.', line, 'The following question was raised after the press conference: Any news?', 'A: None.'].join('\n'));
      assert.equal(b.paragraphs[2]!.role, 'separator', line);
    }
  });

  it('makes an exchange without a question when a section starts with an answer', () => {
    const text = 'A: Good afternoon, I will start with a statement.\nQ: A question on trade?\nA: No comment.';
    const b = parse(text);
    const [first, second] = b.sections[0]!.exchanges;
    assert.equal(first!.question, undefined);
    assert.equal(first!.turns[0]!.kind, 'answer');
    assert.equal(second!.question?.speaker?.name, 'Q');
  });

  it('spans each exchange from its question to the end of its last turn', () => {
    const text = '问：请问情况？\n答：情况如下。\n补充说明一点。\n问：还有吗？\n答：没有了。';
    const b = parse(text);
    const [first, second] = b.sections[0]!.exchanges;
    assert.deepEqual([first!.start, first!.end], [0, text.indexOf('补充说明一点。') + '补充说明一点。'.length]);
    assert.deepEqual([second!.start, second!.end], [text.lastIndexOf('问：'), text.length]);
  });
});
