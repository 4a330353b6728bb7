// Translation QA in the editor: a planted number error is a problem with its code; its quick fix
// writes the Chinese number; a check switched off for the file stays off until switched on again.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { open, until, workspaceFile } from './helpers';

const qaProblems = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'briefing-qa');
const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? d.code.value : d.code);

suite('translation QA', () => {
  test('a planted number error shows with the code numbers, and its quick fix writes the Chinese number', async () => {
    const editor = await open(workspaceFile('relief.en.briefing'));
    const uri = editor.document.uri;
    const [problem] = await until('a QA problem on relief.en.briefing', () => qaProblems(uri), (problems) => problems.length > 0);
    assert.strictEqual(qaProblems(uri).length, 1, 'one problem, the planted one');
    assert.strictEqual(codeOf(problem!), 'numbers');
    assert.strictEqual(editor.document.getText(problem!.range), '1,300');
    assert.ok(problem!.relatedInformation?.[0]?.location.uri.path.endsWith('relief.zh.briefing'), 'points at the Chinese');

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, problem!.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title === 'Write 1,200, as in the Chinese');
    assert.ok(fix?.edit, `a fix among ${actions.map((a) => a.title).join(', ')}`);
    try {
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      assert.match(editor.document.getText(), /First, 1,200 tents/);
      await until('the problem to go', () => qaProblems(uri), (problems) => problems.length === 0);
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    assert.match(editor.document.getText(), /1,300 tents/);
  });

  test("Don't check numbers in this file is kept in the workspace settings, and undone by Check Again", async () => {
    const editor = await open(workspaceFile('relief.en.briefing'));
    const uri = editor.document.uri;
    const [problem] = await until('a QA problem', () => qaProblems(uri), (problems) => problems.length > 0);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, problem!.range, vscode.CodeActionKind.QuickFix.value);
    const dontCheck = actions.find((a) => a.title === "Don't check numbers in this file");
    assert.ok(dontCheck?.command, 'the action is offered');
    try {
      await vscode.commands.executeCommand(dontCheck.command.command, ...(dontCheck.command.arguments ?? []));
      const skipped = vscode.workspace.getConfiguration('briefing.qa').inspect<Record<string, string[]>>('skipInFiles')?.workspaceValue;
      assert.deepStrictEqual(skipped, { 'relief.en.briefing': ['numbers'] });
      await until('the problem to go', () => qaProblems(uri), (problems) => problems.length === 0);
    } finally {
      await vscode.commands.executeCommand('briefing.qa.checkAgainInFile', uri);
    }
    assert.strictEqual(vscode.workspace.getConfiguration('briefing.qa').inspect('skipInFiles')?.workspaceValue, undefined);
    await until('the problem to come back', () => qaProblems(uri), (problems) => problems.length === 1);
  });
});

suite('translation QA of the workspace', () => {
  test('Check All Translations writes a Markdown and a CSV report that list the planted error', async () => {
    const report = await vscode.commands.executeCommand<{ summary: string; markdown: vscode.Uri; csv: vscode.Uri }>('briefing.qa.checkWorkspace', { open: false });
    assert.ok(report, 'a report');
    try {
      const markdown = Buffer.from(await vscode.workspace.fs.readFile(report.markdown)).toString('utf8');
      assert.match(markdown, /\| relief\.en\.briefing \| 5:\d+ \| numbers \| 1,300 here, 1200 in the Chinese\. \| relief\.zh\.briefing:5 \|/);
      const csv = Buffer.from(await vscode.workspace.fs.readFile(report.csv)).toString('utf8');
      assert.match(csv, /^relief\.en\.briefing,5,\d+,numbers,/m);
    } finally {
      await vscode.workspace.fs.delete(report.markdown);
      await vscode.workspace.fs.delete(report.csv);
    }
  });

  test('Export Aligned Pairs writes TMX 1.4 and TSV with the pairs of the workspace', async () => {
    const target = vscode.Uri.joinPath(workspaceFile('.'), 'exported.tmx');
    const written = await vscode.commands.executeCommand<{ tmx: vscode.Uri; tsv: vscode.Uri }>('briefing.exportAlignedPairs', { target });
    assert.ok(written, 'files written');
    try {
      const tmx = Buffer.from(await vscode.workspace.fs.readFile(written.tmx)).toString('utf8');
      assert.match(tmx, /<tmx version="1\.4">/);
      assert.match(tmx, /<seg>A: The consultations will begin on October 14 and last two days\.<\/seg>/);
      const tsv = Buffer.from(await vscode.workspace.fs.readFile(written.tsv)).toString('utf8');
      assert.match(tsv, /^答：磋商将于10月14日开始，为期两天。\tA: The consultations will begin on October 14 and last two days\.$/m);
    } finally {
      await vscode.workspace.fs.delete(written.tmx);
      await vscode.workspace.fs.delete(written.tsv);
    }
  });
});
