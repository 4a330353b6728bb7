/** The server speaks the client's language, as `initialize` gives it: Simplified Chinese for zh-cn. */
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, DocumentDiagnosticReport, DocumentSymbol, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import type { QaReportResult } from '../../server/src/protocol';
import { startServer, tempWorkspace, type ServerSession, type TempWorkspace } from './lspClient';

const ZH = ['外交部发言人例行记者会', '', '问：中方对此有何评论？', '', '答：双方去年贸易额达到350亿美元，中央军委对此表示欢迎。'].join('\n');
const EN = [
  "Foreign Ministry Spokesperson's Regular Press Conference",
  '',
  'Q: What is your comment?',
  '',
  'A: Trade between the two sides reached 30.5 billion US dollars last year, which the Central Military Commission welcomed.',
].join('\n');

for (const [locale, expected] of [
  ['zh-CN', { hover: /内置术语表（institutions\.tsv） · 机构/, diagnostic: /^此处为 30\.5 billion，中文原文为 350亿。$/, fix: '改为 35 billion，与中文原文一致', dontCheck: '在此文件中不再检查数字', report: /^# 译文质量检查报告/, sections: ['中文', '英文'] }],
  ['zh-tw', { hover: /Built-in glossary \(institutions\.tsv\) · institution/, diagnostic: /^30\.5 billion here, 350亿 in the Chinese\.$/, fix: 'Write 35 billion, as in the Chinese', dontCheck: "Don't check numbers in this file", report: /^# Translation QA report/, sections: ['中文', 'English'] }],
] as const) {
  describe(`the server under locale ${locale}`, () => {
    let session: ServerSession;
    let workspace: TempWorkspace;
    let zhUri: string;
    let enUri: string;

    before(async () => {
      workspace = tempWorkspace('locale', { 'talks.zh.briefing': ZH, 'talks.en.briefing': EN });
      const capabilities = { workspace: { configuration: true }, textDocument: { diagnostic: {} } };
      session = await startServer(workspace.folder, {}, capabilities, { locale });
      zhUri = workspace.uri('talks.zh.briefing');
      enUri = workspace.uri('talks.en.briefing');
      session.open(zhUri, ZH);
      session.open(enUri, EN);
    });
    after(async () => {
      await session.close();
      workspace.remove();
    });

    it('labels a hover', async () => {
      const hover = await session.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: zhUri }, position: { line: 4, character: 21 } });
      assert.match((hover?.contents as MarkupContent | undefined)?.value ?? '', expected.hover);
    });

    it('words a QA finding and its quick fixes', async () => {
      const report = await session.connection.sendRequest<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: enUri } });
      const items = (report as { items: Diagnostic[] }).items;
      assert.equal(items.length, 1);
      assert.match(items[0]!.message, expected.diagnostic);
      const actions = await session.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: enUri }, range: items[0]!.range, context: { diagnostics: items } });
      assert.deepEqual(actions.map((a) => a.title), [expected.fix, expected.dontCheck]);
    });

    it('names the language sections of a bilingual file in the outline', async () => {
      const uri = 'untitled:both';
      session.open(uri, `${ZH}\n\n${EN}`);
      const symbols = await session.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
      assert.deepEqual(symbols.map((s) => s.name), expected.sections);
    });

    it('heads the workspace report', async () => {
      const result = await session.connection.sendRequest<QaReportResult>('briefing/qaReport', {});
      assert.match(result.markdown, expected.report);
    });
  });
}
