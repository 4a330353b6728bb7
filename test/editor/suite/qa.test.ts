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
