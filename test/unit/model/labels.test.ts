/** Speaker labels: colons, outlets and people, bare Q, follow-ups. */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { type Briefing, type Exchange } from '../../../server/src/model';
import { parseValid } from '../helpers/validate';

const parse = parseValid;

function exchanges(briefing: Briefing): Exchange[] {
  return briefing.sections.flatMap((s) => s.exchanges);
}

/** Each exchange as its question's speaker, then each later turn's kind and speaker. */
function speakersOf(briefing: Briefing): (string | undefined)[][] {
  return exchanges(briefing).map((e) => [e.question?.speaker?.name, ...e.turns.map((t) => `${t.kind}:${t.speaker?.name}`)]);
}

describe('speaker labels', () => {
  it('accepts a half-width colon after a Chinese label', () => {
    const text = '问:请问会谈的结果如何？\n答:会谈取得了积极成果。';
    const b = parse(text);
    const [exchange] = exchanges(b);
    assert.equal(exchange!.question?.speaker?.name, '问');
    assert.equal(exchange!.question?.speaker?.end, 2);
    assert.equal(exchange!.question?.speaker?.textStart, 2);
    assert.equal(exchange!.turns[0]!.kind, 'answer');
    assert.equal(exchange!.turns[0]!.speaker?.name, '答');
  });

  it('accepts a full-width colon after a Chinese label', () => {
    const text = '问：请问会谈的结果如何？\n答：会谈取得了积极成果。';
    const b = parse(text);
    const [exchange] = exchanges(b);
    assert.equal(exchange!.question?.speaker?.name, '问');
    assert.equal(text.slice(exchange!.question!.speaker!.start, exchange!.question!.speaker!.end), '问：');
    assert.equal(exchange!.turns[0]!.speaker?.name, '答');
  });

  it('accepts spacing between a label and its full-width colon', () => {
    const text = '问　：请问会谈的结果如何？\n答 ：会谈取得了积极成果。';
    const b = parse(text);
    const [exchange] = exchanges(b);
    assert.equal(exchange!.question?.speaker?.name, '问');
    assert.equal(exchange!.question?.speaker?.textStart, text.indexOf('请问'));
    assert.equal(exchange!.turns[0]!.speaker?.name, '答');
  });

  it('reads an outlet label (…记者：) as a question and a person label as the answer', () => {
    const text = '中央广播电视总台央视记者：请问中方对此有何评论？\n耿爽：中方的立场是一贯的。\n环球时报记者：还有一个问题？\n耿爽：我没有更多信息。';
    const b = parse(text);
    const all = exchanges(b);
    assert.equal(all.length, 2);
    assert.equal(all[0]!.question?.speaker?.name, '中央广播电视总台央视记者');
    assert.equal(all[0]!.question?.kind, 'question');
    assert.equal(all[0]!.turns[0]!.speaker?.name, '耿爽');
    assert.equal(all[0]!.turns[0]!.kind, 'answer');
    assert.equal(all[1]!.question?.speaker?.name, '环球时报记者');
    assert.deepEqual(b.paragraphs.map((p) => p.role), ['question', 'answer', 'question', 'answer']);
  });

  it('reads English outlet labels (CCTV:, Reuters:) as questions and a person (Geng Shuang:) as the answer', () => {
    const text = [
      'CCTV: What is your comment on the summit?',
      'Geng Shuang: We welcome the summit and hope for results.',
      'Reuters: Will the minister attend the meeting?',
      'Geng Shuang: I have no information to offer at the moment.',
    ].join('\n');
    const b = parse(text);
    const all = exchanges(b);
    assert.equal(all.length, 2);
    assert.deepEqual(all.map((e) => e.question?.speaker?.name), ['CCTV', 'Reuters']);
    assert.deepEqual(all.map((e) => e.turns.map((t) => [t.kind, t.speaker?.name])), [
      [['answer', 'Geng Shuang']],
      [['answer', 'Geng Shuang']],
    ]);
  });

  it('reads an upper-case person label with a period (MS. JEAN-PIERRE:) as the answer', () => {
    const text = 'Q: Can you confirm the trip?\nMS. JEAN-PIERRE: I can confirm it.\nQ: When does it start?\nMS. JEAN-PIERRE: Next week.';
    const b = parse(text);
    const all = exchanges(b);
    assert.equal(all.length, 2);
    assert.equal(all[0]!.turns[0]!.speaker?.name, 'MS. JEAN-PIERRE');
    assert.equal(all[0]!.turns[0]!.kind, 'answer');
  });

  it('reads a bare Q followed by no-break spaces (no colon) as a question label', () => {
    const text = 'Q\u00a0\u00a0Is the President travelling next week?\nMS. JEAN-PIERRE: He is.';
    const b = parse(text);
    const [exchange] = exchanges(b);
    const speaker = exchange!.question!.speaker!;
    assert.equal(speaker.name, 'Q');
    assert.deepEqual([speaker.start, speaker.end], [0, 1]);
    assert.equal(speaker.textStart, text.indexOf('Is the'));
    assert.equal(exchange!.turns[0]!.kind, 'answer');
  });

  it('does not read a Q with a single space as a label', () => {
    const b = parse('Q is a letter of the alphabet, and this line says so.');
    assert.equal(b.paragraphs[0]!.label, undefined);
    assert.equal(exchanges(b).length, 0);
  });

  it('reads Follow-up: in English as a follow-up question inside the exchange', () => {
    const text = 'Q: What about the tariffs?\nA: We oppose them.\nFollow-up: And the retaliation?\nA: We will respond firmly.';
    const b = parse(text);
    const all = exchanges(b);
    assert.equal(all.length, 1);
    assert.deepEqual(all[0]!.turns.map((t) => [t.kind, t.followUp]), [
      ['answer', false],
      ['question', true],
      ['answer', false],
    ]);
  });

  it('makes 记者： inside an exchange a follow-up where questions use 问：, and unlabelled text after it an answer', () => {
    const text = '问：请问双方会谈的情况？\n答：双方进行了深入交流。\n记者：会谈是否涉及贸易问题？\n会谈涉及了广泛的议题，包括贸易。\n问：下一个问题是关于气候？\n答：我们会积极参与。';
    const b = parse(text);
    const all = exchanges(b);
    assert.equal(all.length, 2);
    const turns = all[0]!.turns;
    assert.equal(turns.length, 3);
    assert.equal(turns[1]!.kind, 'question');
    assert.equal(turns[1]!.followUp, true);
    assert.equal(turns[1]!.speaker?.name, '记者');
    assert.equal(turns[2]!.kind, 'answer');
    assert.equal(turns[2]!.speaker, undefined);
    assert.equal(turns[2]!.followUp, false);
    assert.equal(b.paragraphs[3]!.role, 'answer');
    assert.equal(all[1]!.question?.followUp, false);
  });

  it('makes Journalist: inside an exchange a follow-up where questions use Q:', () => {
    const text = 'Q: What about the tariffs?\nA: We oppose them.\nJournalist: Will you retaliate?\nWe will respond firmly if needed.';
    const b = parse(text);
    const [exchange] = exchanges(b);
    assert.deepEqual(exchange!.turns.map((t) => [t.kind, t.followUp, t.speaker?.name]), [
      ['answer', false, 'A'],
      ['question', true, 'Journalist'],
      ['answer', false, undefined],
    ]);
  });

  it('makes 记者： open a new exchange where the file has no 问： labels', () => {
    const text = '记者：请问双方会谈的情况？\n吴谦：双方进行了深入交流。\n记者：会谈是否涉及贸易问题？\n吴谦：会谈涉及了广泛的议题。';
    const b = parse(text);
    const all = exchanges(b);
    assert.equal(all.length, 2);
    assert.ok(all.every((e) => e.question?.followUp === false));
    assert.ok(all.every((e) => e.turns.length === 1 && e.turns[0]!.speaker?.name === '吴谦'));
  });

  it('reads 追问： as a follow-up question', () => {
    const text = '问：请问双方会谈的情况？\n答：双方进行了深入交流。\n追问：具体有哪些成果？\n答：成果还在整理中。';
    const b = parse(text);
    const [exchange] = exchanges(b);
    assert.deepEqual(exchange!.turns.map((t) => [t.kind, t.followUp, t.speaker?.name]), [
      ['answer', false, '答'],
      ['question', true, '追问'],
      ['answer', false, '答'],
    ]);
  });

  it('adds unlabelled paragraphs after an answer to that answer as continuations', () => {
    const text = '问：请问情况如何？\n答：情况是这样的。\n第二段回答继续说明情况。\n问：还有吗？';
    const b = parse(text);
    const [first] = exchanges(b);
    assert.deepEqual(first!.turns[0]!.paragraphs, [1, 2]);
    assert.equal(b.paragraphs[2]!.role, 'continuation');
    assert.equal(first!.turns[0]!.end, b.paragraphs[2]!.end);
    assert.equal(first!.end, b.paragraphs[2]!.end);
  });

  it('keeps an outlet label asking even when it speaks as often as the spokesperson', () => {
    const text = ['CCTV: First question?', 'Geng Shuang: First answer.', 'CCTV: Second question?', 'Geng Shuang: Second answer.'].join('\n');
    const b = parse(text);
    const all = exchanges(b);
    assert.equal(all.length, 2);
    assert.ok(all.every((e) => e.question?.speaker?.name === 'CCTV' && e.turns[0]!.speaker?.name === 'Geng Shuang'));
  });

  it('takes the person who speaks most as the spokesperson and a person speaking before them as asking', () => {
    const text = ['张明：请问会谈的情况？', '王毅：会谈很成功。', '李华：下一步有什么安排？', '王毅：我们会保持沟通。'].join('\n');
    const b = parse(text);
    const all = exchanges(b);
    assert.deepEqual(all.map((e) => [e.question?.speaker?.name, e.turns.map((t) => [t.kind, t.speaker?.name])]), [
      ['张明', [['answer', '王毅']]],
      ['李华', [['answer', '王毅']]],
    ]);
  });

  it('makes a person named in the title answer even when another person speaks more', () => {
    const text = ['2018年12月17日外交部发言人华春莹主持例行记者会', '华春莹：首先通报一条消息。', '耿爽：我补充一点情况。', '问：请问消息的细节？', '耿爽：细节稍后发布。'].join('\n');
    const b = parse(text);
    const [first] = exchanges(b);
    assert.equal(first!.question, undefined);
    assert.deepEqual(first!.turns.map((t) => [t.kind, t.speaker?.name]), [
      ['answer', '华春莹'],
      ['answer', '耿爽'],
    ]);
  });

  it('does not read Note: inside an answer as a turn', () => {
    const text = ['Q: What about the talks?', 'A: They went well.', 'Note: This transcript has been edited for clarity.', 'Q: Next question?', 'A: No comment.'].join('\n');
    const b = parse(text);
    assert.equal(b.paragraphs[2]!.label, undefined);
    assert.equal(b.paragraphs[2]!.role, 'continuation');
    assert.deepEqual(exchanges(b)[0]!.turns[0]!.paragraphs, [1, 2]);
  });

  it('does not read a word glued to a clock time (Arrival:9:30 …) as a label', () => {
    const text = ['Q: What is the schedule?', 'A: Here it is.', 'Arrival:9:30 at the airport, then talks.', 'Q: Next question?', 'A: No comment.'].join('\n');
    const b = parse(text);
    assert.equal(b.paragraphs[2]!.label, undefined);
    assert.deepEqual(exchanges(b)[0]!.turns[0]!.paragraphs, [1, 2]);
  });

  it('does not take 来源: / Source: / a clock time as a speaker label', () => {
    const b = parse('来源:国防部网\nSource: Ministry website\nNote: 2:30 pm');
    assert.ok(b.paragraphs.every((p) => p.label === undefined));
    assert.equal(exchanges(b).length, 0);
  });

  it('does not take 时间： (a header word that looks like a surname and name) as a label', () => {
    const b = parse('问：请问情况？\n答：情况如下。\n时间：下午三点\n问：还有吗？\n答：没有了。');
    assert.equal(b.paragraphs[2]!.label, undefined);
    assert.equal(b.paragraphs[2]!.role, 'meta');
    assert.equal(b.sections[0]!.exchanges.length, 2);
  });

  it('does not take an ordinary Chinese word before a colon as a label', () => {
    const b = parse('问：请问情况？\n答：情况如下。\n我们认为：双方应当加强合作。');
    assert.equal(b.paragraphs[2]!.label, undefined);
    assert.equal(b.paragraphs[2]!.role, 'continuation');
  });

  it('names a spokesperson label ending in 发言人 as the answering speaker', () => {
    const text = '问：请问情况？\n外交部发言人：情况如下。';
    const b = parse(text);
    const [exchange] = exchanges(b);
    assert.equal(exchange!.turns[0]!.speaker?.name, '外交部发言人');
    assert.equal(exchange!.turns[0]!.kind, 'answer');
  });

  it('keeps label offsets right after astral characters', () => {
    const text = '😀𠀀\n问：𠀀𠀀请问？\n答：😀好的。';
    const b = parse(text);
    const [exchange] = exchanges(b);
    const q = exchange!.question!.speaker!;
    const a = exchange!.turns[0]!.speaker!;
    assert.equal(text.slice(q.start, q.end), '问：');
    assert.equal(text.slice(a.start, a.end), '答：');
    assert.equal(text.slice(a.textStart, a.textStart + 2), '😀');
  });

  it('takes outlets named in title marks, and reporters with a verb, as questions', () => {
    const text = [
      '加拿大《环球邮报》记者：中方对此有何评论？',
      '赵立坚：我们注意到有关报道。',
      '彭博社记者追问：是否会采取进一步措施？',
      '赵立坚：我刚才已经回答了。',
      '总台央视记者提问：请介绍会议情况。',
      '赵立坚：会议取得积极成果。',
      '记者解释：有媒体这么报道。',
      '赵立坚：我不掌握有关情况。',
      '会后有记者问及：边境局势如何？',
      '赵立坚：总体稳定。',
    ].join('\n\n');
    const found = speakersOf(parse(text));
    assert.deepEqual(found, [
      ['加拿大《环球邮报》记者', 'answer:赵立坚', 'question:彭博社记者追问', 'answer:赵立坚'],
      ['总台央视记者提问', 'answer:赵立坚', 'question:记者解释', 'answer:赵立坚'],
      ['会后有记者问及', 'answer:赵立坚'],
    ]);
  });

  it('reads English outlet names with small words, phrase labels, and Q: before a number', () => {
    const text = [
      'The Globe and Mail: Could you comment on the case?',
      'Zhao Lijian: We have noted the reports.',
      'Journalist explains: Some media reported it this way.',
      'Zhao Lijian: I am not aware of that.',
      'Q: 21 citizens were reportedly detained. Can you confirm?',
      'A: I have no information on that.',
      'After the press conference, the following question was raised: Can you tell us more?',
      'Zhao Lijian: The situation is stable.',
    ].join('\n\n');
    const found = speakersOf(parse(text));
    assert.deepEqual(found, [
      ['The Globe and Mail', 'answer:Zhao Lijian', 'question:Journalist explains', 'answer:Zhao Lijian'],
      ['Q', 'answer:A'],
      ['After the press conference, the following question was raised', 'answer:Zhao Lijian'],
    ]);
  });

  it('keeps an answer that mentions a press conference and ends with a stage direction a turn, not a title', () => {
    const text = '2018年11月29日外交部发言人例行记者会\n\n问：请问情况？\n\n答：今天商务部也在举行新闻发布会。（记者笑）\n\n问：还有问题吗？\n\n答：没有了。';
    const b = parse(text);
    assert.deepEqual(exchanges(b).map((e) => e.turns.length), [1, 1]);
    assert.equal(b.paragraphs.find((p) => text.slice(p.start, p.end).includes('（记者笑）'))!.role, 'answer');
  });

  it('takes a name label that ends a transcript stopped part-way, not the main speaker\'s, as a question', () => {
    const text = [
      'Reuters: Any comment on the talks?',
      'Zhao Lijian: We welcome them.',
      'Bloomberg: And on the visit?',
      'Zhao Lijian: We have released the information.',
      'The Paper: A senior US official tweeted yesterday. What is your response?',
    ].join('\n\n');
    assert.deepEqual(speakersOf(parse(text)).at(-1), ['The Paper']);
  });
});

