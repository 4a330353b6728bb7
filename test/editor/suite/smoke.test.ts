// Smoke test: the extension is installed in the host, activates when a
// .briefing document is opened, and gives it the `briefing` language.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import { EXTENSION_ID, until, workspaceFile } from './helpers';
import * as ui from './ui';

suite('smoke', () => {
  test('the extension is installed', () => {
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID), `${EXTENSION_ID} is not in the extension host`);
  });

  test('opening a .briefing file activates the extension with the briefing language', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const document = await vscode.workspace.openTextDocument(workspaceFile('smoke.briefing'));
    await vscode.window.showTextDocument(document);

    assert.strictEqual(document.languageId, 'briefing');
    assert.strictEqual(path.basename(document.uri.path), 'smoke.briefing');
    await until(`${EXTENSION_ID} to activate`, () => extension.isActive);
    // isActive is true after a failed activation too; activate() then rethrows its error.
    await extension.activate();
  });

  test('the workbench shows the document as Briefing', async function () {
    ui.requireOrSkip(this);
    const document = await vscode.workspace.openTextDocument(workspaceFile('smoke.briefing'));
    await vscode.window.showTextDocument(document);

    assert.match(await ui.text('.tab.active'), /smoke\.briefing/);
    // The status bar's language indicator names the language by its alias.
    assert.match(await ui.text('#status\\.editor\\.mode'), /Briefing/);
    // *.tmp.png screenshots are for looking at, not for git (see .gitignore).
    await ui.screenshot('smoke-editor.tmp');
  });

  test('the command palette lists the Briefing commands', async function () {
    ui.requireOrSkip(this);
    await ui.press('F1');
    await ui.waitFor('.quick-input-widget');
    await ui.type('Briefing:');
    // Waiting for the row, not reading the list, which filters as it is typed into.
    await ui.waitFor('.quick-input-list .monaco-list-row:has-text("Briefing: Restart Language Server")');
    await ui.press('Escape');
    await ui.waitFor('.quick-input-widget', { state: 'hidden' });
  });
});
