// The translation memory in the editor: completion at an untranslated answer inserts the rendering
// of the same Chinese sentence in an earlier briefing of the workspace.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { open, until, workspaceFile } from './helpers';

const EARLIER_RENDERING = 'The Blue Bay Fisheries Agreement has brought tangible benefits to fishermen in the region.';

suite('translation memory', () => {
  test('completion after an untranslated answer\'s label inserts the earlier rendering, with its score and date', async () => {
    const editor = await open(workspaceFile('memory-today.en.briefing'));
    const document = editor.document;
    const end = document.lineAt(document.lineCount - 1).text === '' ? document.lineAt(document.lineCount - 2).range.end : document.lineAt(document.lineCount - 1).range.end;
    assert.strictEqual(document.lineAt(end.line).text, 'A:');
    // The memory is built in the background: ask until its item comes.
    const list = await until(
      'a completion item from the translation memory',
      () => vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, end),
      (found) => found.items.some((item) => labelOf(item) === EARLIER_RENDERING),
    );
    const item = list.items.find((i) => labelOf(i) === EARLIER_RENDERING)!;
    assert.deepStrictEqual(item.label, { label: EARLIER_RENDERING, detail: ' 100%', description: '2026-04-08' });

    // As the user does it: Ctrl+Space at the end of "A:", then Enter on the first suggestion.
    editor.selection = new vscode.Selection(end, end);
    await vscode.commands.executeCommand('editor.action.triggerSuggest');
    const line = await until(
      'the accepted suggestion in the document',
      async () => {
        await vscode.commands.executeCommand('acceptSelectedSuggestion');
        return document.lineAt(end.line).text;
      },
      (text) => text !== 'A:',
    );
    try {
      assert.strictEqual(line, `A: ${EARLIER_RENDERING}`);
    } finally {
      await vscode.commands.executeCommand('undo');
    }
    assert.strictEqual(document.lineAt(end.line).text, 'A:', 'the insertion is one undoable edit');
  });
});

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}
