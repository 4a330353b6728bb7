// Hover glosses from the built-in and the workspace glossaries, reloads, and Add to Glossary.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { open, until, withSetting, workspaceFile } from './helpers';
import * as ui from './ui';

function hoverText(hovers: vscode.Hover[] | undefined): string {
  return (hovers ?? [])
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

function hoverAt(uri: vscode.Uri, position: vscode.Position, accept: (text: string) => boolean) {
  return until(
    `a hover at ${position.line}:${position.character}`,
    async () => hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)),
    accept,
  );
}

/** The position of the first occurrence of `text` in the document. */
function positionOf(document: vscode.TextDocument, text: string): vscode.Position {
  const offset = document.getText().indexOf(text);
  assert.ok(offset >= 0, `"${text}" is in ${document.uri.path}`);
  return document.positionAt(offset);
}

suite('glossary', () => {
  test('a hover glosses a built-in term and a workspace term', async () => {
    const editor = await open(workspaceFile('closed-sample.briefing'));
    const uri = editor.document.uri;
    const builtin = await hoverAt(uri, positionOf(editor.document, '国防部').translate(0, 1), (t) => t.includes('Ministry of National Defense'));
    assert.match(builtin, /Built-in glossary/);
    const team = await hoverAt(uri, positionOf(editor.document, '装备交流').translate(0, 1), (t) => t.includes('equipment exchanges'));
    assert.match(team, /team\.glossary\.tsv:2/);
  });

  test('a lower-case "us" is not glossed as US; names the glossary lacks show their rendering in the aligned English', async () => {
    const en = await open(workspaceFile('names.en.briefing'));
    await hoverAt(en.document.uri, positionOf(en.document, 'The US').translate(0, 5), (t) => /US\*\* →/.test(t));
    const us = positionOf(en.document, 'with us').translate(0, 6);
    const onUs = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', en.document.uri, us);
    assert.strictEqual(hoverText(onUs), '', 'no gloss on "us"');
    const zh = await open(workspaceFile('names.zh.briefing'));
    const name = await hoverAt(zh.document.uri, positionOf(zh.document, '柯文清').translate(0, 1), (t) => t.includes('Ke Wenqing'));
    assert.match(name, /not in the glossary/);
    assert.match(name, /command:briefing\.addToGlossary/);
    // A foreign name, found by its sound rather than its pinyin.
    const foreign = await hoverAt(zh.document.uri, positionOf(zh.document, '卡多雷纳').translate(0, 2), (t) => t.includes('Cadorena'));
    assert.match(foreign, /\*\*卡多雷纳\*\*.*not in the glossary/);
    assert.match(foreign, /sounds the same/);
    // A meeting's gloss covers its session number too.
    const expo = await hoverAt(zh.document.uri, positionOf(zh.document, '第二届').translate(0, 1), (t) => t.includes('China International Import Expo'));
    assert.match(expo, /\*\*第二届中国国际进口博览会\*\* →/);
  });

  test('a new glossary file applies without a restart', async () => {
    const editor = await open(workspaceFile('closed-sample.briefing'));
    const position = positionOf(editor.document, '院校合作').translate(0, 1);
    const file = workspaceFile('added.glossary.csv');
    await vscode.workspace.fs.writeFile(file, Buffer.from('term,rendering,note\n院校合作,cooperation between military academies,added by a test\n'));
    try {
      await hoverAt(editor.document.uri, position, (t) => t.includes('cooperation between military academies'));
    } finally {
      await vscode.workspace.fs.delete(file);
    }
    await hoverAt(editor.document.uri, position, (t) => !t.includes('cooperation between military academies'));
  });

  test('Add to Glossary appends one line, undoably, and the term works at once', async () => {
    const editor = await open(workspaceFile('closed-sample.briefing'));
    const start = positionOf(editor.document, '高层互访');
    editor.selection = new vscode.Selection(start, start.translate(0, 4));
    const glossary = workspaceFile('team.glossary.tsv');
    const before = Buffer.from(await vscode.workspace.fs.readFile(glossary)).toString('utf8');
    const restore = await withSetting('briefing.glossary.addTo', 'team.glossary.tsv');
    try {
      await vscode.commands.executeCommand('briefing.addToGlossary', { rendering: 'high-level visits', note: 'from the editor test' });
    } finally {
      await restore();
    }
    const after = Buffer.from(await vscode.workspace.fs.readFile(glossary)).toString('utf8');
    assert.strictEqual(after, `${before}高层互访\thigh-level visits\tfrom the editor test\n`);
    await hoverAt(editor.document.uri, start.translate(0, 1), (t) => t.includes('high-level visits'));

    const glossaryEditor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(glossary));
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(glossaryEditor.document.getText(), before);
    await glossaryEditor.document.save();
  });

  test('the hover shows on screen', async function () {
    ui.requireOrSkip(this);
    const editor = await open(workspaceFile('closed-sample.briefing'));
    const position = positionOf(editor.document, '国防部').translate(0, 1);
    editor.selection = new vscode.Selection(position, position);
    await hoverAt(editor.document.uri, position, (t) => t.includes('Ministry of National Defense'));
    await vscode.commands.executeCommand('editor.action.showHover');
    const shown = await ui.text('.monaco-hover:has-text("Ministry of National Defense")');
    assert.match(shown, /国防部/);
    await ui.screenshot('hover');
  });
});
