/**
 * Briefing: Add to Glossary. Appends the selected term, its rendering and a note to the
 * workspace glossary through an undoable workspace edit; existing lines are never touched.
 */
import * as vscode from 'vscode';

const HAN = /\p{Script=Han}/u;

/**
 * `rendering` and `note` are given by a keybinding or a test to skip the prompts; `term` and
 * `suggestion` by the hover's link for a term the glossary lacks (the rendering is then offered,
 * to be confirmed or changed).
 */
export interface AddToGlossaryArgs {
  term?: string;
  suggestion?: string;
  rendering?: string;
  note?: string;
}

export async function addToGlossary(args: AddToGlossaryArgs = {}): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const term = (args.term ?? editor?.document.getText(editor.selection))?.trim();
  if (!editor || !term) {
    void vscode.window.showInformationMessage('Select a term in a briefing first, then run Add to Glossary.');
    return;
  }
  if (/[\t\r\n]/.test(term)) {
    void vscode.window.showWarningMessage('A glossary term is one line without tabs: select a shorter term.');
    return;
  }
  const other = HAN.test(term) ? 'English' : 'Chinese';
  const rendering = args.rendering ?? await vscode.window.showInputBox({
    title: `Add “${term}” to the glossary`,
    prompt: `Its rendering in ${other}`,
    value: args.suggestion,
    validateInput: (value) => (value.trim() === '' ? `Type the ${other} rendering.` : /[\t\r\n]/.test(value) ? 'No tabs or line breaks.' : undefined),
  });
  if (rendering === undefined || rendering.trim() === '' || /[\t\r\n]/.test(rendering)) return;
  const note = args.note ?? await vscode.window.showInputBox({
    title: `Add “${term}” to the glossary`,
    prompt: 'A note (optional): press Enter to leave it empty',
    validateInput: (value) => (/[\t\r\n]/.test(value) ? 'No tabs or line breaks.' : undefined),
  });
  if (note === undefined || /[\t\r\n]/.test(note)) return;
  const target = glossaryFile(editor.document.uri);
  if (!target) {
    void vscode.window.showWarningMessage(
      'Add to Glossary writes to a file inside the workspace folder: open a folder, and keep briefing.glossary.addTo a path inside it.',
    );
    return;
  }
  await appendLine(target, [term, rendering.trim(), note.trim()].join('\t'));
  void vscode.window.setStatusBarMessage(`Added “${term}” to ${vscode.workspace.asRelativePath(target)}`, 5000);
}

function glossaryFile(documentUri: vscode.Uri): vscode.Uri | undefined {
  const folder = vscode.workspace.getWorkspaceFolder(documentUri) ?? vscode.workspace.workspaceFolders?.[0];
  if (!folder) return undefined;
  const name = vscode.workspace.getConfiguration('briefing', documentUri).get<string>('glossary.addTo') || 'briefing.glossary.tsv';
  const file = vscode.Uri.joinPath(folder.uri, name);
  // The edit stays inside the workspace folder, whatever the setting says.
  return file.path.startsWith(`${folder.uri.path.replace(/\/$/, '')}/`) ? file : undefined;
}

/** Adds one line at the end of the file (creating it if needed) and saves, so the server reloads it. */
async function appendLine(file: vscode.Uri, line: string): Promise<void> {
  const exists = await vscode.workspace.fs.stat(file).then(
    () => true,
    () => false,
  );
  const edit = new vscode.WorkspaceEdit();
  if (!exists) edit.createFile(file, { ignoreIfExists: true });
  let position = new vscode.Position(0, 0);
  let prefix = '';
  if (exists) {
    const document = await vscode.workspace.openTextDocument(file);
    const last = document.lineAt(document.lineCount - 1);
    position = last.range.end;
    prefix = last.text === '' ? '' : document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  }
  edit.insert(file, position, `${prefix}${line}\n`);
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`Could not add the term to ${file.fsPath}`);
  const document = await vscode.workspace.openTextDocument(file);
  await document.save();
}
