/** Translation QA through the built server: pull diagnostics, workspace diagnostics, quick fixes, settings. */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, DocumentDiagnosticReport, WorkspaceDiagnosticReport } from 'vscode-languageserver-protocol';
import type { ExportResult, QaReportResult } from '../../server/src/protocol';
import { startServer, type ServerSession } from './lspClient';

const ZH = [
  '2026年10月9日外交部发言人例行记者会',
  '',
  '问：据报道，两国将于下周举行第三轮磋商。中方对此有何评论？',
  '',
  '答：我可以证实，中方代表团将出席会议。双方去年贸易额达到350亿美元，同比增长12%。',
  '',
  '问：关于救援物资，中方提供了哪些帮助？',
  '',
  '答：中方已向灾区运送了两批物资。一是帐篷和棉被共计1200件；二是药品和医疗器械。我们愿同各方一道做好后续工作。',
].join('\n');

/** The same briefing in English with one number wrong (305 for 350). */
const EN = [
  "Foreign Ministry Spokesperson's Regular Press Conference on October 9, 2026",
  '',
  'Q: It is reported that the two countries will hold a third round of consultations next week. What is your comment?',
  '',
  'A: I can confirm that a Chinese delegation will attend the meeting. Trade between the two countries reached 30.5 billion US dollars last year, up 12 percent year on year.',
  '',
  'Q: What help has China given with relief supplies?',
  '',
  'A: China has sent two batches of supplies to the affected area. First, 1,200 tents and quilts; second, medicines and medical equipment. We are ready to work with all parties on what comes next.',
].join('\n');

describe('translation QA over the protocol', () => {
  let session: ServerSession;
  let workspace: string;
  let enUri: string;
  /** The `briefing` section the server reads: changed in place, and read again on each request. */
  const settings: Record<string, unknown> = {};

  before(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'briefing-qa-'));
    writeFileSync(join(workspace, 'talks.zh.briefing'), ZH);
    writeFileSync(join(workspace, 'talks.en.briefing'), EN);
    writeFileSync(join(workspace, 'closed.zh.briefing'), ZH);
    writeFileSync(join(workspace, 'closed.en.briefing'), EN);
    const capabilities = { workspace: { configuration: true, diagnostics: { refreshSupport: true } }, textDocument: { diagnostic: { relatedDocumentSupport: false } } };
    session = await startServer(workspace, settings, capabilities);
    session.connection.onRequest('workspace/diagnostic/refresh', () => null);
    enUri = pathToFileURL(join(workspace, 'talks.en.briefing')).href;
    session.open(enUri, EN);
  });
  after(async () => {
    await session.close();
    rmSync(workspace, { recursive: true, force: true });
  });

  const pull = async (uri = enUri) => {
    const report = await session.connection.sendRequest<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
    assert.equal(report.kind, 'full');
    return (report as { items: Diagnostic[] }).items;
  };

  it('reports a wrong number on the number, with its code, source and the Chinese paragraph', async () => {
    const items = await pull();
    assert.deepEqual(items.map((d) => d.code), ['numbers']);
    const [number] = items as [Diagnostic];
    assert.equal(number.source, 'briefing-qa');
    const line = EN.split('\n')[number.range.start.line]!;
    assert.equal(line.slice(number.range.start.character, number.range.end.character), '30.5 billion');
    assert.match(number.message, /30\.5 billion here, 350亿 in the Chinese/);
    const related = number.relatedInformation!;
    assert.equal(related[0]!.location.uri, pathToFileURL(join(workspace, 'talks.zh.briefing')).href);
    assert.equal(related[0]!.location.range.start.line, 4);
  });

  it('fixes the number as the English writes it, and offers to switch the check off for the file', async () => {
    const items = await pull();
    const actions = await session.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: enUri },
      range: items[0]!.range,
      context: { diagnostics: items },
    });
    const fix = actions.find((a) => a.isPreferred)!;
    assert.equal(fix.title, 'Write 35 billion, as in the Chinese');
    assert.deepEqual(fix.edit?.changes?.[enUri], [{ range: items[0]!.range, newText: '35 billion' }]);
    const dontCheck = actions.find((a) => a.title === "Don't check numbers in this file")!;
    assert.equal(dontCheck.command?.command, 'briefing.qa.dontCheckInFile');
    assert.deepEqual(dontCheck.command?.arguments, [{ uri: enUri, check: 'numbers' }]);
  });

  it('reports the files on disk that are not open through workspace diagnostics', async () => {
    const report = await session.connection.sendRequest<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [] });
    const closed = report.items.find((item) => item.uri.endsWith('closed.en.briefing'));
    assert.ok(closed && closed.kind === 'full', 'a full report for the closed English file');
    assert.deepEqual(closed.items.map((d) => d.code), ['numbers']);
    assert.ok(!report.items.some((item) => item.uri === enUri || item.uri.endsWith('.zh.briefing')), 'neither the open file nor a Chinese one');
    const again = await session.connection.sendRequest<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [{ uri: closed.uri, value: closed.resultId }] });
    assert.equal(again.items.find((item) => item.uri === closed.uri)?.kind, 'unchanged');
  });

  it('checks every pair of the workspace into one report, with progress, and exports the aligned pairs', async () => {
    const progress: { kind: string }[] = [];
    session.connection.onNotification('$/progress', (params: { token: string; value: { kind: string } }) => {
      if (params.token === 'report-1') progress.push(params.value);
    });
    const report = await session.connection.sendRequest<QaReportResult>('briefing/qaReport', { workDoneToken: 'report-1' });
    assert.equal(report.summary, '2 findings (numbers 2) in 2 of 2 pairs of language versions.');
    assert.equal(report.cancelled, false);
    assert.match(report.markdown, /\| talks\.en\.briefing \| 5:109 \| numbers \| 30\.5 billion here, 350亿 in the Chinese\. \| talks\.zh\.briefing:5 \|/);
    assert.equal(report.csv.split('\r\n')[0], 'file,line,column,code,message,source_file,source_line');
    assert.deepEqual(progress.map((p) => p.kind).filter((kind, i, all) => all.indexOf(kind) === i), ['begin', 'report', 'end']);

    const exported = await session.connection.sendRequest<ExportResult>('briefing/export', {});
    assert.deepEqual([exported.pairs, exported.segments], [2, 10]);
    assert.equal((exported.tmx.match(/<tu>/g) ?? []).length, 10);
    assert.equal(exported.tsv.trim().split('\n').length, 11);
  });

  it('follows the settings: a check switched off in one file, then QA switched off', async () => {
    settings['qa'] = { skipInFiles: { 'talks.en.briefing': ['numbers'] } };
    await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.deepEqual(await eventuallyEmpty(pull), []);
    settings['qa'] = { enabled: false };
    await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const workspaceItems = () => session.connection.sendRequest<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [] }).then((r) => r.items.flatMap((item) => (item.kind === 'full' ? item.items : [])));
    assert.deepEqual(await eventuallyEmpty(workspaceItems), []);
    assert.deepEqual(await pull(), []);
  });
});

/** The server reads its settings again in the background after a change. */
async function eventuallyEmpty(pull: () => Promise<unknown[]>): Promise<unknown[]> {
  for (let i = 0; i < 100; i++) {
    const items = await pull();
    if (items.length === 0) return items;
    await new Promise((resolve) => setImmediate(resolve));
  }
  return pull();
}
