// Moving between language versions: definition, the commands, synchronized scrolling, the status bar.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { parse } from 'jsonc-parser';
import type { BriefingExtensionApi } from '../../../client/src/extension';
import { EXTENSION_ID, open, sampleFile, until, workspaceFile } from './helpers';
import * as ui from './ui';

const ZH = 'mfa-2026-02-03.zh.briefing';
const EN = 'mfa-2026-02-03.en.briefing';

function positionOf(document: vscode.TextDocument, text: string): vscode.Position {
  const offset = document.getText().indexOf(text);
  assert.ok(offset >= 0, `"${text}" is in ${document.uri.path}`);
  return document.positionAt(offset);
}

async function api(): Promise<BriefingExtensionApi> {
  return (await vscode.extensions.getExtension<BriefingExtensionApi>(EXTENSION_ID)!.activate())!;
}

/** Runs Open Parallel Translation to the Side from `position` and waits for the English version. */
async function openEnglishBeside(zh: vscode.TextEditor, position: vscode.Position): Promise<vscode.TextEditor> {
  zh.selection = new vscode.Selection(position, position);
  await vscode.commands.executeCommand('briefing.openParallelToSide');
  return (await until('the English version beside', () => vscode.window.visibleTextEditors.find((e) => e.document.uri.path.endsWith(EN)), Boolean))!;
}

async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

suite('parallel translation', () => {
  teardown(closeAll);

  test('Go to Definition leads to the aligned point in the sibling file, which is not open', async () => {
    await closeAll();
    const zh = await open(sampleFile(ZH));
    const enUri = sampleFile(EN).toString();
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === enUri), 'the English version is not open');
    const marker = positionOf(zh.document, '第二，中方主张');
    const links = await until(
      'a definition in the English version',
      () => vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', zh.document.uri, marker),
      (found) => Array.isArray(found) && found.length > 0,
    );
    const link = links[0] as vscode.LocationLink;
    assert.strictEqual(link.targetUri.toString(), enUri);
    const en = await vscode.workspace.openTextDocument(link.targetUri);
    assert.match(en.getText(link.targetRange), /^Second, China believes/);
    assert.strictEqual(zh.document.getText(link.originSelectionRange), '第二');
  });

  test('Go to Parallel Translation moves the selection to the counterpart, and back', async () => {
    const zh = await open(sampleFile(ZH));
    zh.selection = new vscode.Selection(positionOf(zh.document, '第二，中方主张').translate(0, 5), positionOf(zh.document, '第二，中方主张').translate(0, 5));
    await vscode.commands.executeCommand('briefing.goToParallel');
    const en = await until('the English version to be active', () => vscode.window.activeTextEditor, (e) => e?.document.uri.path.endsWith(EN) === true);
    assert.strictEqual(en!.selection.active.line, positionOf(en!.document, 'Second, China believes').line);
    await vscode.commands.executeCommand('briefing.goToParallel');
    const back = await until('the Chinese version to be active', () => vscode.window.activeTextEditor, (e) => e?.document.uri.path.endsWith(ZH) === true);
    assert.strictEqual(back!.selection.active.line, positionOf(back!.document, '第二，中方主张').line);
  });

  test('Open to the Side shows the counterpart in the other group at the aligned paragraph', async () => {
    const zh = await open(sampleFile(ZH));
    const en = await openEnglishBeside(zh, positionOf(zh.document, '第二，中方主张'));
    assert.notStrictEqual(en.viewColumn, zh.viewColumn);
    const target = positionOf(en.document, 'Second, China believes');
    await until('the aligned paragraph to be in view', () => en.visibleRanges.some((r) => r.contains(target)));
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.path.endsWith(ZH), true, 'the focus stays in the Chinese version');
    if (ui.available) {
      // On screen: both versions in two editor groups, the English one at the aligned paragraph.
      // Monaco draws spaces as no-break spaces.
      const groups = (await ui.texts('.editor-group-container .view-lines')).map((text) => text.replace(/\u00a0/g, ' '));
      assert.ok(groups.length >= 2, `${groups.length} editors on screen`);
      assert.ok(groups.some((text) => text.includes('Second, China believes')), 'the aligned English paragraph is on screen');
      assert.ok(groups.some((text) => text.includes('第二，中方主张')), 'the Chinese paragraph is on screen');
      await ui.screenshot('side-by-side');
    }
  });

  test('synchronized scrolling keeps the other version at the aligned paragraph', async () => {
    const zh = await open(sampleFile(ZH));
    const en = await openEnglishBeside(zh, positionOf(zh.document, '2026年2月3日'));
    await vscode.commands.executeCommand('briefing.toggleSynchronizedScrolling');
    try {
      const last = positionOf(zh.document, '问：据报道，首届');
      const aligned = positionOf(en.document, 'Q: The first China-Central Asia');
      zh.selection = new vscode.Selection(last, last);
      zh.revealRange(new vscode.Range(last, last), vscode.TextEditorRevealType.AtTop);
      // At the top, unless the document ends too soon to scroll that far.
      await until('the English version to follow', () => en.visibleRanges[0]?.start.line, (line) => line !== undefined && line > 0 && en.visibleRanges[0]!.contains(aligned));
    } finally {
      await vscode.commands.executeCommand('briefing.toggleSynchronizedScrolling');
    }
  });

  test('the status bar shows the pairing, or says there is none', async () => {
    const extension = await api();
    await open(sampleFile(ZH));
    const paired = await until('the pairing in the status bar', () => extension.pairingStatus, (text) => /zh ↔ en · \d+\/\d+/.test(text ?? ''));
    const [, linked, total] = /(\d+)\/(\d+)/.exec(paired!)!;
    assert.strictEqual(linked, total, `every paragraph of the sample is translated: ${paired}`);
    await open(workspaceFile('lonely.zh.briefing'));
    await until('no pairing in the status bar', () => extension.pairingStatus, (text) => /no parallel version/.test(text ?? ''));
  });

  test('the progress of a translation shows as soon as the file opens, and F12 on an untranslated paragraph says so and lands where it belongs', async () => {
    const extension = await api();
    await closeAll();
    const zh = await open(workspaceFile('draft.zh.briefing'));
    // No cursor move: the item must come from the opening alone.
    await until('the progress in the status bar', () => extension.pairingStatus, (text) => /zh ↔ en · 3\/6/.test(text ?? ''));
    const untranslated = positionOf(zh.document, '各方同意明年').translate(0, 2);
    const links = await until(
      'a definition for the untranslated paragraph',
      () => vscode.commands.executeCommand<vscode.LocationLink[]>('vscode.executeDefinitionProvider', zh.document.uri, untranslated),
      (found) => Array.isArray(found) && found.length === 1,
    );
    const en = await vscode.workspace.openTextDocument(links[0]!.targetUri);
    const endOfAnswer = en.lineAt(positionOf(en, 'A: The meeting produced').line).range.end;
    assert.ok(links[0]!.targetRange.isEmpty, 'an empty range');
    assert.deepStrictEqual([links[0]!.targetRange.start.line, links[0]!.targetRange.start.character], [endOfAnswer.line, endOfAnswer.character]);
    // F12 itself, as the user presses it: the editor moves there and the extension explains why.
    zh.selection = new vscode.Selection(untranslated, untranslated);
    await vscode.commands.executeCommand('editor.action.revealDefinition');
    const moved = await until('the English version at the insertion point', () => vscode.window.activeTextEditor, (e) => e?.document.uri.path.endsWith('draft.en.briefing') === true);
    assert.deepStrictEqual([moved!.selection.active.line, moved!.selection.active.character], [endOfAnswer.line, endOfAnswer.character]);
    await until('the explanation', () => extension.notices.at(-1), (notice) => /^Not translated yet/.test(notice ?? ''));
    // Typing the missing translation there counts it at once, from the English side too.
    await until('the progress from the English version', () => extension.pairingStatus, (text) => /en ↔ zh · 3\/6/.test(text ?? ''));
    const typed = await moved!.edit((edit) => edit.insert(moved!.selection.active, '\n\nThe parties agreed to hold the next meeting in Shanghai next year.'));
    assert.ok(typed, 'the translation was typed');
    try {
      await until('the progress after typing', () => extension.pairingStatus, (text) => /en ↔ zh · 4\/6/.test(text ?? ''));
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  test('List Untranslated Paragraphs offers the paragraphs without English and goes to the one picked', async function () {
    ui.requireOrSkip(this);
    await closeAll();
    const zh = await open(workspaceFile('draft.zh.briefing'));
    zh.selection = new vscode.Selection(0, 0, 0, 0);
    const listed = vscode.commands.executeCommand('briefing.listUntranslated');
    await ui.waitFor('.quick-input-list .monaco-list-row:has-text("各方同意明年在上海举行下一次会议。")');
    const rows = await ui.texts('.quick-input-list .monaco-list-row');
    assert.strictEqual(rows.length, 3, `three untranslated paragraphs: ${rows.join(' | ')}`);
    await ui.type('有报道称');
    await ui.waitFor('.quick-input-list .monaco-list-row:has-text("有报道称部分合作项目")');
    await ui.press('Enter');
    await listed;
    const target = positionOf(zh.document, '问：有报道称部分合作项目');
    await until('the cursor at the picked paragraph', () => vscode.window.activeTextEditor?.selection.active.line, (line) => line === target.line);
  });

  test('hovering a point marker peeks at its counterpart', async () => {
    const zh = await open(sampleFile(ZH));
    const text = await until(
      'a hover with the English version',
      async () => {
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', zh.document.uri, positionOf(zh.document, '第二，中方主张').translate(0, 1));
        return (hovers ?? []).flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
      },
      (value) => value.includes('English version'),
    );
    assert.match(text, /Second, China believes/);
  });

  test('the Go to Parallel Translation key is not one of VS Code\'s own', async () => {
    // The defaults list every keybinding in force, ours included: no other command may share our keys.
    const defaults = await vscode.workspace.openTextDocument(vscode.Uri.parse('vscode://defaultsettings/keybindings.json'));
    const bound = parse(defaults.getText()) as { key: string; command: string }[];
    assert.ok(bound.length > 500, `the default keybindings were read (${bound.length})`);
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { contributes: { keybindings: { key: string; command: string }[] } };
    for (const { key, command } of manifest.contributes.keybindings) {
      assert.ok(bound.some((b) => b.key === key && b.command === command), `${key} is bound to ${command}`);
      const others = bound.filter((b) => b.key === key && b.command !== command).map((b) => b.command);
      assert.deepStrictEqual(others, [], `${key} is also bound to ${others.join(', ')}`);
    }
  });
});
