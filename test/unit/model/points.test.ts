/** Numbered points: marker families, inline and paragraph-level lists, false friends. */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { type Briefing, type Point, type Turn } from '../../../server/src/model';
import { parseValid } from '../helpers/validate';

const parse = parseValid;

function allTurns(briefing: Briefing): Turn[] {
  return briefing.sections.flatMap((s) => [
    ...s.announcements,
    ...s.exchanges.flatMap((e) => (e.question ? [e.question, ...e.turns] : e.turns)),
  ]);
}

/** Every point of the document, children included, in text order. */
function allPoints(briefing: Briefing): Point[] {
  const flat = (p: Point): Point[] => [p, ...p.children.flatMap(flat)];
  return allTurns(briefing)
    .flatMap((t) => t.points.flatMap(flat))
    .sort((a, b) => a.start - b.start);
}

/** The points of the answer turn of a one-exchange document. */
function answerPoints(briefing: Briefing): Point[] {
  const exchange = briefing.sections[0]!.exchanges[0]!;
  return exchange.turns.find((t) => t.kind === 'answer')!.points;
}

function summary(points: Point[]) {
  return points.map((p) => ({ ordinal: p.ordinal, marker: p.marker, family: p.family, inline: p.inline }));
}

/** Each point's marker, read back from the text through its offsets, is its `marker`. */
function assertMarkersAtOffsets(briefing: Briefing, points: Point[]): void {
  for (const p of points) {
    assert.equal(briefing.text.slice(p.markerStart, p.markerEnd), p.marker);
    assert.equal(p.start, p.markerStart);
  }
}

const Q = '问：请介绍一下有关情况。\n';
const EN_Q = 'Q: Could you tell us more about it?\n';

describe('points', () => {
  describe('inline lists', () => {
    it('reads lower-case "first, …; second, …; and third, …" as three inline points', () => {
      const text = `${EN_Q}A: Our position is clear: first, we support talks; second, we oppose sanctions; and third, we call for calm.`;
      const b = parse(text);
      const points = answerPoints(b);
      assert.deepEqual(summary(points), [
        { ordinal: 1, marker: 'first', family: 'ordinalWord', inline: true },
        { ordinal: 2, marker: 'second', family: 'ordinalWord', inline: true },
        { ordinal: 3, marker: 'third', family: 'ordinalWord', inline: true },
      ]);
      assertMarkersAtOffsets(b, points);
      assert.equal(points[0]!.textStart, text.indexOf('we support'));
      assert.equal(points[0]!.paragraph, 1);
      assert.ok(points[2]!.end <= text.length && text.slice(points[2]!.textStart, points[2]!.end) === 'we call for calm.');
    });

    it('reads 一是…；二是…；三是… inside a paragraph as three inline points', () => {
      const text = `${Q}答：我们的立场很明确：一是坚持开放；二是加强合作；三是推动发展。`;
      const b = parse(text);
      const points = answerPoints(b);
      assert.deepEqual(summary(points), [
        { ordinal: 1, marker: '一是', family: 'shi', inline: true },
        { ordinal: 2, marker: '二是', family: 'shi', inline: true },
        { ordinal: 3, marker: '三是', family: 'shi', inline: true },
      ]);
      assertMarkersAtOffsets(b, points);
      assert.equal(points[0]!.textStart, text.indexOf('坚持'));
      assert.equal(points[2]!.end, text.length);
    });

    it('reads inline 第一，…；第二，… with textStart after the comma', () => {
      const text = `${Q}答：我们主张：第一，尊重主权；第二，和平解决争端。`;
      const b = parse(text);
      const points = answerPoints(b);
      assert.deepEqual(points.map((p) => [p.marker, p.ordinal, p.family, p.inline]), [
        ['第一', 1, 'di', true],
        ['第二', 2, 'di', true],
      ]);
      assertMarkersAtOffsets(b, points);
      assert.equal(points[1]!.textStart, text.indexOf('和平'));
    });

    it('reads inline （一）…（二）…', () => {
      const text = `${Q}答：具体措施包括：（一）扩大开放；（二）深化改革。`;
      const b = parse(text);
      const points = answerPoints(b);
      assert.deepEqual(points.map((p) => [p.marker, p.ordinal, p.family]), [
        ['（一）', 1, 'paren'],
        ['（二）', 2, 'paren'],
      ]);
      assertMarkersAtOffsets(b, points);
    });

    it('reads inline 首先，…其次，… as a shouxian list', () => {
      const text = `${Q}答：我想说两点。首先，我们欢迎对话。其次，我们希望各方保持克制。`;
      const points = answerPoints(parse(text));
      assert.deepEqual(points.map((p) => [p.marker, p.ordinal, p.family, p.inline]), [
        ['首先', 1, 'shouxian', true],
        ['其次', 2, 'shouxian', true],
      ]);
    });

    it('ends the last inline point at the end of its sentence', () => {
      const text = `${Q}答：我们主张：一是对话；二是协商。这是我们一贯的立场。`;
      const b = parse(text);
      const last = answerPoints(b)[1]!;
      assert.equal(b.text.slice(last.textStart, last.end), '协商。');
    });
  });

  describe('paragraph-level lists', () => {
    it('reads 一是/二是/三是 opening their own paragraphs as paragraph-level points', () => {
      const text = `${Q}答：我谈三点看法。\n一是坚持开放合作。\n二是推动共同发展。\n三是维护和平稳定。`;
      const b = parse(text);
      const points = answerPoints(b);
      assert.deepEqual(summary(points), [
        { ordinal: 1, marker: '一是', family: 'shi', inline: false },
        { ordinal: 2, marker: '二是', family: 'shi', inline: false },
        { ordinal: 3, marker: '三是', family: 'shi', inline: false },
      ]);
      assert.deepEqual(points.map((p) => p.paragraph), [2, 3, 4]);
      assert.deepEqual(points.map((p) => [p.start, p.end]), [2, 3, 4].map((i) => [b.paragraphs[i]!.start, b.paragraphs[i]!.end]));
    });

    it('reads 第一，/第二， paragraphs', () => {
      const text = `${Q}答：情况如下。\n第一，会议取得了成功。\n第二，双方签署了协议。`;
      const b = parse(text);
      const points = answerPoints(b);
      assert.deepEqual(points.map((p) => [p.marker, p.family, p.inline]), [
        ['第一', 'di', false],
        ['第二', 'di', false],
      ]);
      assert.equal(points[0]!.markerEnd, text.indexOf('第一') + 2);
      assert.equal(points[0]!.textStart, text.indexOf('会议'));
    });

    it('reads 一、/二、 paragraphs', () => {
      const text = `${Q}答：情况如下。\n一、会议取得了成功。\n二、双方签署了协议。`;
      const b = parse(text);
      const points = answerPoints(b);
      assert.deepEqual(points.map((p) => [p.marker, p.family, p.ordinal]), [
        ['一、', 'dun', 1],
        ['二、', 'dun', 2],
      ]);
      assert.equal(points[1]!.textStart, text.indexOf('双方'));
    });

    it('reads （一）/（二） paragraphs', () => {
      const text = `${Q}答：情况如下。\n（一）会议取得了成功。\n（二）双方签署了协议。`;
      const b = parse(text);
      const points = answerPoints(b);
      assert.deepEqual(points.map((p) => [p.marker, p.family, p.inline]), [
        ['（一）', 'paren', false],
        ['（二）', 'paren', false],
      ]);
      assert.equal(points[0]!.textStart, text.indexOf('会议'));
    });

    it('reads First,/Second,/Thirdly, paragraphs', () => {
      const text = `${EN_Q}A: There are three things to say.\nFirst, the talks went well.\nSecond, both sides signed a deal.\nThirdly, we will meet again.`;
      const b = parse(text);
      const points = answerPoints(b);
      assert.deepEqual(summary(points), [
        { ordinal: 1, marker: 'First', family: 'ordinalWord', inline: false },
        { ordinal: 2, marker: 'Second', family: 'ordinalWord', inline: false },
        { ordinal: 3, marker: 'Thirdly', family: 'ordinalWord', inline: false },
      ]);
      assertMarkersAtOffsets(b, points);
      assert.equal(points[2]!.textStart, text.indexOf('we will'));
    });

    it('reads "First of all, …" and "Secondly, …" as one list', () => {
      const text = `${EN_Q}A: Let me explain.\nFirst of all, the talks went well.\nSecondly, both sides signed a deal.`;
      const b = parse(text);
      const points = answerPoints(b);
      assert.deepEqual(points.map((p) => [p.marker, p.ordinal]), [
        ['First of all', 1],
        ['Secondly', 2],
      ]);
      assert.equal(points[0]!.textStart, text.indexOf('the talks'));
    });

    it('starts a paragraph-level list right after a speaker label', () => {
      const text = `${Q}答：一是坚持开放。\n二是加强合作。`;
      const b = parse(text);
      const points = answerPoints(b);
      assert.deepEqual(points.map((p) => [p.marker, p.inline, p.paragraph]), [
        ['一是', false, 1],
        ['二是', false, 2],
      ]);
      assert.equal(points[0]!.markerStart, text.indexOf('一是'));
    });

    it('lets a paragraph-level point run over the unmarked paragraphs before the next point', () => {
      const text = `${Q}答：情况如下。\n一是会议取得了成功。\n会议通过了联合声明。\n二是双方签署了协议。`;
      const b = parse(text);
      const points = answerPoints(b);
      assert.equal(points.length, 2);
      assert.equal(points[0]!.end, b.paragraphs[3]!.end);
      assert.equal(points[0]!.paragraph, 2);
    });

    it('nests inline points inside a paragraph-level point as its children', () => {
      const text = `${Q}答：我谈两点。\n一是坚持开放，第一，扩大进口；第二，降低关税。\n二是加强合作。`;
      const b = parse(text);
      const points = answerPoints(b);
      assert.deepEqual(points.map((p) => [p.marker, p.inline]), [
        ['一是', false],
        ['二是', false],
      ]);
      assert.deepEqual(points[0]!.children.map((c) => [c.marker, c.ordinal, c.inline, c.family]), [
        ['第一', 1, true, 'di'],
        ['第二', 2, true, 'di'],
      ]);
      assert.equal(points[1]!.children.length, 0);
      assertMarkersAtOffsets(b, points[0]!.children);
    });

    it('puts points in the turn that holds them: the question has its own list', () => {
      const text = '问：我有两个看法：一是关于贸易；二是关于投资。请问您怎么看？\n答：我们会认真研究。';
      const b = parse(text);
      const exchange = b.sections[0]!.exchanges[0]!;
      assert.equal(exchange.question!.points.length, 2);
      assert.equal(exchange.turns[0]!.points.length, 0);
    });

    it('finds points in an opening announcement', () => {
      const text = '首先向大家通报两件事：一是部长将出访；二是论坛将开幕。\n问：请问出访的日程？\n答：我们会及时发布。';
      const b = parse(text);
      const [announcement] = b.sections[0]!.announcements;
      assert.deepEqual(announcement!.points.map((p) => p.marker), ['一是', '二是']);
    });
  });

  describe('offsets', () => {
    it('puts markerStart at the marker and textStart after its punctuation and spacing', () => {
      const text = `${EN_Q}A: Two points.\nFirst,  the economy is growing.\nSecond,\u00a0exports are rising.`;
      const b = parse(text);
      const [first, second] = answerPoints(b);
      assert.equal(first!.markerStart, text.indexOf('First'));
      assert.equal(first!.markerEnd, text.indexOf('First') + 5);
      assert.equal(first!.textStart, text.indexOf('the economy'));
      assert.equal(second!.textStart, text.indexOf('exports'));
    });

    it('keeps marker offsets right after characters outside the BMP', () => {
      const text = `问：😀𠀀请介绍？\n答：𠀀😀我们主张：一是𠀀对话；二是😀协商；三是合作。\n😀\n一是𠀀开放。\n二是😀改革。`;
      const b = parse(text);
      const points = allPoints(b);
      assert.ok(points.length >= 5, `found ${points.length} points`);
      assertMarkersAtOffsets(b, points);
      for (const p of points) {
        assert.equal(b.text.slice(p.textStart, p.textStart + 2).codePointAt(0)! > 0xffff || /[\u4e00-\u9fff]/.test(b.text[p.textStart]!), true);
      }
    });

    it('keeps marker offsets right with \\r\\n line ends and U+3000 indents', () => {
      const text = '\u3000\u3000问：请介绍？\r\n\u3000\u3000答：情况如下。\r\n\u3000\u3000一是会议成功。\r\n\u3000\u3000二是签署协议。\r\n';
      const b = parse(text);
      const points = answerPoints(b);
      assert.equal(points.length, 2);
      assertMarkersAtOffsets(b, points);
      assert.equal(points[1]!.markerStart, text.indexOf('二是'));
    });
  });

  describe('not points', () => {
    it('does not read "my first question is" (no comma after it) as a point', () => {
      const en = 'Q: My first question is about trade, and my second question is about climate.\nA: We will look into it.';
      assert.equal(allPoints(parse(en)).length, 0);
    });

    it('does not read 第一次 / 第一夫人 as points', () => {
      const text = `${Q}答：这是我第一次来，第一夫人也是第一次访问。第二次访问将在明年。`;
      assert.equal(allPoints(parse(text)).length, 0);
    });

    it('does not read "the first time" or "First Lady" as points', () => {
      const text = `${EN_Q}A: This is the first time, and the second time will come later.\nFirst Lady Smith will attend.\nSecond Street is closed.`;
      assert.equal(allPoints(parse(text)).length, 0);
    });

    it('does not read 第一批 / 第二批 (no punctuation after the numeral) as points', () => {
      const text = `${Q}答：情况如下。\n第一批货物已经运抵。\n第二批货物明天运抵。`;
      assert.equal(allPoints(parse(text)).length, 0);
    });

    it('does not read lower-case first, / second, opening paragraphs as a paragraph-level list', () => {
      const text = `${EN_Q}A: Let me explain.\nfirst, the talks went well.\nsecond, both sides signed a deal.`;
      assert.equal(allPoints(parse(text)).length, 0);
    });

    it('does not make a list of a lone First,', () => {
      const text = `${EN_Q}A: Let me explain.\nFirst, the talks went well.\nThe rest is still open.`;
      assert.equal(allPoints(parse(text)).length, 0);
    });

    it('does not make a list of a lone 首先，', () => {
      const text = `${Q}答：首先，我们欢迎对话。我们希望各方保持克制。`;
      assert.equal(allPoints(parse(text)).length, 0);
    });

    it('does not make a list of 二是/三是 without 一是', () => {
      const inline = `${Q}答：我们主张：二是对话；三是协商。`;
      assert.equal(allPoints(parse(inline)).length, 0);
      const ownParagraphs = `${Q}答：情况如下。\n二是会议成功。\n三是签署协议。`;
      assert.equal(allPoints(parse(ownParagraphs)).length, 0);
    });

    it('does not continue a list across a gap (一是, 三是)', () => {
      const text = `${Q}答：我们主张：一是对话；三是协商。`;
      assert.equal(allPoints(parse(text)).length, 0);
    });

    it('does not read 一是 in the middle of a clause as a marker', () => {
      const text = `${Q}答：统一是我们的目标，二是一个数字。`;
      assert.equal(allPoints(parse(text)).length, 0);
    });
  });
});

describe('lists of other years', () => {
  it('reads a journalist\'s numbered questions and an answer organised by them, with a list inside one answer', () => {
    const text = [
      '问：第一个问题，关于贸易？第二个问题，关于气候？',
      '答：关于第一个问题，我们会研究。',
      '关于第二个问题，我简单回答两点。第一，中方支持合作。',
      '第二，中方反对对抗。',
    ].join('\n\n');
    const b = parse(text);
    const exchange = b.sections[0]!.exchanges[0]!;
    assert.deepEqual(summary(exchange.question!.points), [
      { ordinal: 1, marker: '第一个问题', family: 'question', inline: true },
      { ordinal: 2, marker: '第二个问题', family: 'question', inline: true },
    ]);
    const answer = exchange.turns[0]!.points;
    assert.deepEqual(summary(answer), [
      { ordinal: 1, marker: '关于第一个问题', family: 'question', inline: false },
      { ordinal: 2, marker: '关于第二个问题', family: 'question', inline: false },
    ]);
    // The answer to the second question holds the list its introduction starts, and runs to the end of the turn.
    assert.deepEqual(summary(answer[1]!.children), [
      { ordinal: 1, marker: '第一', family: 'di', inline: false },
      { ordinal: 2, marker: '第二', family: 'di', inline: false },
    ]);
    assert.equal(answer[1]!.end, b.paragraphs[3]!.end);
    assertMarkersAtOffsets(b, allPoints(b));
  });

  it('reads English answers organised by questions, and a list that starts "to begin with"', () => {
    const text = [
      'Q: First question, will the summit go ahead? Second question, who will attend?',
      'A: On your first question, the summit will be held as planned.',
      'On your second question, to begin with, the leaders of both countries will attend.',
      'Second, ministers will join them.',
    ].join('\n\n');
    const b = parse(text);
    const exchange = b.sections[0]!.exchanges[0]!;
    assert.deepEqual(exchange.question!.points.map((p) => p.marker), ['First question', 'Second question']);
    const answer = exchange.turns[0]!.points;
    assert.deepEqual(answer.map((p) => p.marker), ['On your first question', 'On your second question']);
    assert.deepEqual(answer[1]!.children.map((p) => p.marker), ['to begin with', 'Second']);
  });

  it('goes on from 首先 with 第二 and 第三', () => {
    const text = '问：请介绍情况。\n\n答：你想得很多。\n\n首先，中方坚决反对。\n\n第二，世界上只有一个中国。\n\n第三，我们反对任何官方往来。';
    assert.deepEqual(allPoints(parse(text)).map((p) => p.marker), ['首先', '第二', '第三']);
  });

  it('does not start a list at a lone 第一 that nothing follows', () => {
    const text = '问：请介绍情况。\n\n答：第一，关于通话，双方都已发布消息。\n\n至于你提到的问题，我没有补充。';
    assert.equal(allPoints(parse(text)).length, 0);
  });

  it('reads an English list reported after "that" and run into sentences', () => {
    const text = 'Q: Any comment?\nA: He pointed out that first, the two sides should talk. Second, they should trade. Third, they should meet.';
    assert.deepEqual(allPoints(parse(text)).map((p) => [p.marker, p.inline]), [['first', true], ['Second', true], ['Third', true]]);
  });
});

