// The outline, folding, smart selection and workspace symbols, through VS Code's own commands.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { BriefingExtensionApi } from '../../../client/src/extension';
import { ServerStatusRequest } from '../../../server/src/protocol';
import { EXTENSION_ID, flatten, open, sampleFile, symbolsOf, until, withSetting, workspaceFile } from './helpers';
import * as ui from './ui';

const BILINGUAL = 'defense-2026-01-29.bilingual.briefing';

suite('outline', () => {
  test('a bilingual briefing has a node per language with its exchanges and points', async () => {
    const uri = sampleFile(BILINGUAL);
    await open(uri);
    const symbols = await symbolsOf(uri);
    assert.deepStrictEqual(symbols.map((s) => s.name), ['中文', 'English']);
    const [zh, en] = symbols;
    const exchanges = zh!.children.filter((s) => s.kind === vscode.SymbolKind.String);
    assert.strictEqual(exchanges.length, 4);
    assert.match(exchanges[0]!.name, /^记者: /);
    // The question has one answer: its points stand under the question itself.
    const firstAnswer = exchanges[0]!;
    assert.deepStrictEqual(
      firstAnswer.children.map((p) => p.name.slice(0, 2)),
      ['一是', '二是', '三是'],
    );
    const englishPoints = flatten(en!.children).filter((s) => s.kind === vscode.SymbolKind.Number);
    assert.ok(englishPoints.some((p) => p.name.startsWith('Thirdly, ')), englishPoints.map((p) => p.name).join(' / '));
    // A point's selection starts at its marker.
    const document = await vscode.workspace.openTextDocument(uri);
    assert.strictEqual(document.getText(firstAnswer.children[1]!.selectionRange), '二是');
  });

  test('a file of two briefings shows each as a top-level entry, and an answer\'s points under the question', async () => {
    const uri = workspaceFile('week.briefing');
    await open(uri);
    const symbols = await until('two briefings in the outline', () => symbolsOf(uri), (found) => found.length === 2);
    assert.deepStrictEqual(symbols.map((s) => s.name), ['2026年7月6日外交部发言人例行记者会', '2026年7月7日外交部发言人例行记者会']);
    const [first, second] = symbols;
    // The question's two points, then its one answer's, with no row for the answer itself.
    const question = first!.children.filter((s) => s.kind === vscode.SymbolKind.String)[0]!;
    assert.deepStrictEqual(question.children.map((p) => p.name.slice(0, 5)), ['第一个问题', '第二个问题', '关于第一个', '关于第二个']);
    assert.deepStrictEqual(question.children[3]!.children.map((p) => p.name.slice(0, 2)), ['第一', '第二']);
    assert.match(second!.children.filter((s) => s.kind === vscode.SymbolKind.String)[0]!.name, /^新华社记者提问: /);
  });

  test('folding ranges cover the exchanges', async () => {
    const uri = sampleFile(BILINGUAL);
    await open(uri);
    const symbols = await symbolsOf(uri);
    const ranges = await until(
      'folding ranges',
      () => vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', uri),
      (r) => Array.isArray(r) && r.length > 0,
    );
    for (const exchange of symbols[0]!.children.filter((s) => s.kind === vscode.SymbolKind.String && s.range.end.line > s.range.start.line)) {
      assert.ok(
        ranges.some((r) => r.start === exchange.range.start.line && r.end === exchange.range.end.line),
        `no folding range for ${exchange.name} (${exchange.range.start.line}-${exchange.range.end.line})`,
      );
    }
  });

  test('smart selection grows from the point to the section', async () => {
    const uri = sampleFile(BILINGUAL);
    const editor = await open(uri);
    const symbols = await symbolsOf(uri);
    const point = flatten(symbols).find((s) => s.name.startsWith('二是'))!;
    const inside = point.selectionRange.start.translate(0, 3);
    const [selection] = await vscode.commands.executeCommand<vscode.SelectionRange[]>('vscode.executeSelectionRangeProvider', uri, [inside]);
    const chain: vscode.Range[] = [];
    for (let r: vscode.SelectionRange | undefined = selection; r; r = r.parent) chain.push(r.range);
    assert.ok(chain.length >= 5, `only ${chain.length} ranges`);
    chain.forEach((range, i) => i > 0 && assert.ok(range.contains(chain[i - 1]!), `range ${i} contains range ${i - 1}`));
    assert.ok(chain.some((r) => r.isEqual(point.range)), 'the point is one of the steps');
    assert.ok(chain.some((r) => r.isEqual(symbols[0]!.range)), 'the Chinese section is one of the steps');
    assert.ok(editor.document.getText(chain[0]).length < editor.document.getText(point.range).length);
  });

  test('Go to Symbol in Workspace finds points of files that are not open', async () => {
    const target = workspaceFile('never-opened.briefing');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === target.toString()), 'the fixture is not open');
    const symbols = await until(
      'workspace symbols',
      () => vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', '装备交流扩大'),
      (s) => Array.isArray(s) && s.some((x) => x.location.uri.toString() === target.toString()),
    );
    const found = symbols.find((s) => s.location.uri.toString() === target.toString())!;
    assert.match(found.name, /^二是 /);
  });

  test('the inline-points setting takes effect without a reload or a restart of the server', async () => {
    const uri = sampleFile(BILINGUAL);
    await open(uri);
    const api = vscode.extensions.getExtension<BriefingExtensionApi>(EXTENSION_ID)!.exports;
    const server = await api.client!.sendRequest(ServerStatusRequest);
    const inlineCount = (symbols: vscode.DocumentSymbol[]) => flatten(symbols).filter((s) => /^[一二三]是/.test(s.name)).length;
    const before = inlineCount(await symbolsOf(uri));
    assert.strictEqual(before, 6, 'three paragraph points and three inline points');
    const counts: number[] = [];
    const count = (symbols: vscode.DocumentSymbol[]) => counts[counts.push(inlineCount(symbols)) - 1];
    const restore = await withSetting('briefing.outline.inlinePoints', false);
    try {
      await symbolsOf(uri, (symbols) => count(symbols) === 3).catch((e) => Promise.reject(new Error(`off: ${counts.slice(-3)} ${e}`)));
    } finally {
      await restore();
    }
    await symbolsOf(uri, (symbols) => count(symbols) === 6).catch((e) => Promise.reject(new Error(`back on: ${counts.slice(-3)} ${e}`)));
    assert.strictEqual((await api.client!.sendRequest(ServerStatusRequest)).pid, server.pid, 'the same server answers');
  });

  test('the Outline view shows the exchanges and points', async function () {
    ui.requireOrSkip(this);
    await open(sampleFile(BILINGUAL));
    await vscode.commands.executeCommand('outline.focus');
    // Give the Outline the side bar, as someone navigating by outline would: fold the file list.
    await ui.click('.pane-header:has-text("workspace")');
    await vscode.commands.executeCommand('outline.focus');
    await vscode.commands.executeCommand('outline.expand');
    await ui.waitFor('.outline-pane .monaco-list-row:has-text("中文")');
    await ui.waitFor('.outline-pane .monaco-list-row:has-text("记者: ")');
    const rows = await ui.texts('.outline-pane .monaco-list-row');
    assert.ok(rows.some((row) => row.includes('一是')), rows.join(' | '));
    await ui.screenshot('outline');
  });
});
