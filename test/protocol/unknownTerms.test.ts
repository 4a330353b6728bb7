/** Hovers on Chinese terms the glossary lacks, through the built server: names by pinyin, renderings from the workspace. */
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { eventually, startServer, tempWorkspace, type ServerSession, type TempWorkspace } from './lspClient';

const ZH = ['2026年9月15日外交部发言人例行记者会', '', '问：柯文清大使昨天会见了哪些官员？', '', '答：柯文清大使会见了当地官员，双方谈到绿源计划。'].join('\n');
const EN = [
  "Foreign Ministry Spokesperson's Regular Press Conference on September 15, 2026",
  '',
  'Q: Which officials did Ambassador Ke Wenqing meet yesterday?',
  '',
  'A: Ambassador Ke Wenqing met local officials, and the two sides discussed the Green Spring Program.',
].join('\n');

/** An earlier briefing on disk where 绿源计划 was rendered twice the same way. */
const EARLIER_ZH = ['2026年8月3日外交部发言人例行记者会', '', '问：绿源计划进展如何？', '', '答：绿源计划进展顺利，我们欢迎各方参与。'].join('\n');
const EARLIER_EN = [
  "Foreign Ministry Spokesperson's Regular Press Conference on August 3, 2026",
  '',
  'Q: How is the Green Spring Program going?',
  '',
  'A: The Green Spring Program is going smoothly, and we welcome all parties to take part.',
].join('\n');

describe('hovers on terms the glossary lacks', () => {
  let session: ServerSession;
  let workspace: TempWorkspace;
  let uri: string;

  before(async () => {
    workspace = tempWorkspace('unknown', { 'today.zh.briefing': ZH, 'today.en.briefing': EN, 'earlier.zh.briefing': EARLIER_ZH, 'earlier.en.briefing': EARLIER_EN });
    session = await startServer(workspace.folder);
    uri = workspace.uri('today.zh.briefing');
    session.open(uri, ZH);
  });
  after(async () => {
    await session.close();
    workspace.remove();
  });

  const hoverOn = async (text: string, plus = 1) => {
    const lines = ZH.split('\n');
    const line = lines.findIndex((l) => l.includes(text));
    const hover = await session.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line, character: lines[line]!.indexOf(text) + plus } });
    return { hover, markdown: (hover?.contents as MarkupContent | undefined)?.value ?? '', line };
  };

  it('shows how the aligned English renders a name, found by its pinyin, with a link to add it', async () => {
    const { hover, markdown, line } = await hoverOn('柯文清');
    assert.match(markdown, /\*\*柯文清\*\* \(kē wén qīng\): not in the glossary/);
    assert.match(markdown, /renders it as \*\*Ke Wenqing\*\*/);
    const link = /\(command:briefing\.addToGlossary\?([^ ]+) /.exec(markdown);
    assert.deepEqual(JSON.parse(decodeURIComponent(link![1]!)), [{ term: '柯文清', suggestion: 'Ke Wenqing' }]);
    const character = ZH.split('\n')[line]!.indexOf('柯文清');
    assert.deepEqual(hover!.range, { start: { line, character }, end: { line, character: character + 3 } });
  });

  it('shows how the workspace rendered another term before, once its pairs are read', async () => {
    const { markdown } = await eventually(() => hoverOn('绿源计划', 2), (answer) => /Green Spring Program/.test(answer.markdown), 15_000);
    assert.match(markdown, /\*\*绿源计划\*\*: not in the glossary/);
    assert.match(markdown, /as \*\*Green Spring Program\*\* \(3 of 3\)/);
  });

  it('says nothing on ordinary words that no pair renders consistently', async () => {
    assert.equal((await hoverOn('昨天')).hover, null);
  });
});
