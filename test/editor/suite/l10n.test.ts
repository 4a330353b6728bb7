// The display language: under zh-cn (runOffline.mjs --locale zh-cn) the command palette shows the
// Chinese command titles of package.nls.zh-cn.json, the status bar the client's l10n bundle, and
// hovers the server's Chinese; otherwise all of it is English. The zh-cn run is only this suite.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { BriefingExtensionApi } from '../../../client/src/extension';
import { EXTENSION_ID, open, until, workspaceFile } from './helpers';
import { report } from './report';
import * as ui from './ui';

const chinese = process.env.BRIEFING_EDITOR_LOCALE === 'zh-cn';
const expected = chinese
  ? { language: 'zh-cn', typed: '记者会实录', command: '记者会实录: 重启语言服务器', unpaired: '无对照译文', builtin: '内置术语表' }
  : { language: 'en', typed: 'Briefing:', command: 'Briefing: Restart Language Server', unpaired: 'no parallel version', builtin: 'Built-in glossary' };

suite('display language', () => {
  test(`the workbench runs in ${expected.language}`, () => {
    assert.strictEqual(vscode.env.language, expected.language);
  });

  test('the command palette shows the command titles in that language', async function () {
    ui.requireOrSkip(this);
    if (!chinese) {
      // The smoke suite finds the English title already.
      report('      (skipped: the English palette is the smoke suite\'s)');
      this.skip();
    }
    await ui.press('F1');
    await ui.waitFor('.quick-input-widget');
    await ui.type(expected.typed);
    // The palette lists the title as VS Code resolved it from package.nls*.json.
    await ui.waitFor(`.quick-input-list .monaco-list-row:has-text("${expected.command}")`);
    if (chinese) await ui.screenshot('command-palette-zh-cn.tmp');
    await ui.press('Escape');
    await ui.waitFor('.quick-input-widget', { state: 'hidden' });
  });

  test('the status bar and a hover from the server speak it', async () => {
    const extension = vscode.extensions.getExtension<BriefingExtensionApi>(EXTENSION_ID)!;
    const api = await extension.activate();
    await open(workspaceFile('lonely.zh.briefing'));
    await until('the unpaired status', () => api.pairingStatus, (text) => (text ?? '').includes(expected.unpaired));
    const editor = await open(workspaceFile('closed-sample.briefing'));
    const position = editor.document.positionAt(editor.document.getText().indexOf('国防部') + 1);
    const hover = await until(
      'a hover on 国防部',
      async () => {
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, position);
        return hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n');
      },
      (text) => text.includes('Ministry of National Defense'),
    );
    assert.ok(hover.includes(expected.builtin), hover);
    if (!ui.available || !chinese) return; // the glossary suite shows the English hover on screen
    editor.selection = new vscode.Selection(position, position);
    await vscode.commands.executeCommand('editor.action.showHover');
    assert.match(await ui.text(`.monaco-hover:has-text("${expected.builtin}")`), /国防部/);
    await ui.screenshot('hover-zh-cn.tmp');
    await ui.press('Escape');
  });
});
