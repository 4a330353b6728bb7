/** What the hover offers on Chinese words the glossary lacks, from earlier aligned pairs. */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { ParagraphPair } from '../../../server/src/align';
import { unknownTerm } from '../../../server/src/features/unknownTerms';
import { TermIndex } from '../../../server/src/glossary';
import { parseBriefing } from '../../../server/src/model';

/** Earlier pairs: 青石走廊 always "Bluestone Corridor", 重要 always "important", other paragraphs around them. */
const EARLIER: ParagraphPair[] = [
  { zh: '青石走廊项目进展顺利，这很重要。', en: 'The Bluestone Corridor project is going well, which is important.' },
  { zh: '双方讨论了青石走廊的建设。', en: 'The two sides discussed the building of the Bluestone Corridor.' },
  { zh: '青石走廊将惠及两国人民，中方也欢迎各方参与。', en: 'The Bluestone Corridor will benefit both peoples, and China also welcomes all parties to take part.' },
  { zh: '这次会谈很重要。', en: 'These talks are important.' },
  { zh: '合作非常重要，中方也欢迎更多交流。', en: 'Cooperation is very important, and China also welcomes more exchanges.' },
  { zh: '中方也欢迎各国企业投资，这对发展重要。', en: 'China also welcomes investment by companies of all countries, which is important to development.' },
  { zh: '我们注意到有关报道。', en: 'We have noted the reports.' },
  { zh: '我没有可以提供的信息。', en: 'I have no information to offer.' },
];

const TEXT = ['2026年9月15日外交部发言人例行记者会', '', '问：青石走廊的事情很重要，中方也欢迎吗？'].join('\n');
const briefing = parseBriefing(TEXT);
const question = briefing.paragraphs.find((p) => TEXT.slice(p.start, p.end).startsWith('问'))!;

function helpAt(word: string, plus = 1) {
  const offset = TEXT.indexOf(word) + plus;
  const help = unknownTerm(TEXT, question, offset, { terms: new TermIndex([]), matches: [] }, undefined, () => [EARLIER]);
  return help && { term: TEXT.slice(help.span.start, help.span.end), markdown: help.markdown };
}

describe('hover on a word the glossary lacks', () => {
  it('shows a term rendered the same way in earlier pairs', () => {
    const help = helpAt('青石走廊');
    assert.equal(help?.term, '青石走廊');
    assert.match(help!.markdown, /\*\*Bluestone Corridor\*\* \(3 of 3\)/);
  });

  it('is silent on an ordinary two-character word rendered by one lower-case word', () => {
    assert.equal(helpAt('重要'), undefined);
  });

  it('never offers a run that holds a particle such as 也', () => {
    const help = helpAt('中方也欢迎', 3);
    assert.ok(help === undefined || !help.term.includes('也'), `offered ${help?.term}`);
  });
});
