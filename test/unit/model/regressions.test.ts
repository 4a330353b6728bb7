/** Inputs that once gave a wrong model, kept so they stay right. */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { type Briefing } from '../../../server/src/model';
import { parseValid } from '../helpers/validate';

const parse = parseValid;

const paragraphTexts = (b: Briefing) => b.paragraphs.map((p) => b.text.slice(p.start, p.end));

describe('regressions', () => {
  it('does not join a junk line to the long answer line before it', () => {
    const text =
      '问：中方如何看待此次峰会的成果？\n答：中方欢迎峰会取得积极成果，希望各方继续保持对话势头，推动问题得到妥善解决，为地区和平稳定作出贡献。\n分享到\n打印本页';
    const briefing = parse(text);
    assert.deepEqual(paragraphTexts(briefing).slice(-2), ['分享到', '打印本页']);
    assert.deepEqual(briefing.paragraphs.slice(-2).map((p) => p.role), ['junk', 'junk']);
  });

  it('does not join lines of a document that is not hard-wrapped', () => {
    const text =
      'Good afternoon. I have two announcements for you today, both short.\nThe Foreign Minister will visit Europe next week at the invitation of three hosts.\nQ: Which countries will the minister visit?';
    assert.equal(parse(text).paragraphs.length, 3);
  });

  it('keeps a meta line after a title as its own paragraph in a wrapped document', () => {
    const text =
      'Press Briefing by the Press Secretary on the Week Ahead and the Summit Plans\nSource: The Press Office\n\nQ  What is the plan for the week ahead, and who will travel with the\nPresident to the summit?\n\nMR. SMITH:  The President leaves on Monday.';
    const briefing = parse(text);
    assert.equal(briefing.paragraphs[1]!.role, 'meta');
    assert.equal(briefing.paragraphs[0]!.role, 'title');
    assert.equal(briefing.paragraphs[2]!.endLine, 4, 'the wrapped question is still joined');
  });

  it('keeps an announcement after the lede out of the header', () => {
    const text =
      '2026年1月5日外交部发言人主持例行记者会\n12月17日，外交部发言人主持例行记者会。\n首先通报一条消息：某国外长将于下周访华。一是会见；二是出席论坛。\n问：请介绍访问安排。\n答：我们会适时发布消息。';
    const section = parse(text).sections[0]!;
    assert.deepEqual(section.header?.lede, [1]);
    assert.equal(section.announcements.length, 1);
    assert.deepEqual(section.announcements[0]!.points.map((p) => p.marker), ['一是', '二是']);
  });

  it('does not take a word before a spaced clock time for a speaker', () => {
    const briefing = parse('Q: What is the schedule?\nA: Here it is.\nMonday: 9:30 arrival at the airport.');
    assert.equal(briefing.paragraphs[2]!.label, undefined);
    assert.equal(briefing.paragraphs[2]!.role, 'continuation');
  });

  it('ends an inline point before the "; and" that leads to the next one', () => {
    const text = 'Q: What is your position?\nA: Our position is clear: first, we support talks; second, we oppose sanctions; and third, we call for calm.';
    const briefing = parse(text);
    const points = briefing.sections[0]!.exchanges[0]!.turns[0]!.points;
    assert.deepEqual(
      points.map((p) => text.slice(p.start, p.end)),
      ['first, we support talks', 'second, we oppose sanctions', 'third, we call for calm.'],
    );
  });
});

describe('a transcript that starts with a question', () => {
  it('does not take the short first question for a title', () => {
    const briefing = parseValid('Q: Any news today?\n\nA: None.');
    assert.equal(briefing.sections[0]!.header, undefined);
    assert.equal(briefing.sections[0]!.exchanges[0]!.question?.speaker?.name, 'Q');
  });
});

describe('many short turns', () => {
  it('ends each inline point within its own paragraph (the search for its sentence stops there)', () => {
    const lines = Array.from({ length: 40000 }, (_, i) => (i % 2 ? '答：一是加强；二是合作' : 'Q: first, talks; second, trade'));
    const started = performance.now();
    const briefing = parseValid(lines.join('\n'));
    console.log(`40,000 turns parsed in ${(performance.now() - started).toFixed(0)} ms`);
    const turns = briefing.sections[0]!.exchanges.flatMap((e) => [e.question!, ...e.turns]);
    assert.equal(turns.length, 40000);
    for (const turn of turns) {
      const paragraph = briefing.paragraphs[turn.paragraphs[0]!]!;
      assert.equal(turn.points.length, 2);
      for (const point of turn.points) assert.ok(point.end <= paragraph.end);
    }
  });
});
