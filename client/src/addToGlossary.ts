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
    void vscode.window.showInformationMessage(vscode.l10n.t('Select a term in a briefing first, then run Add to Glossary.'));
    return;
  }
  if (/[\t\r\n]/.test(term)) {
    void vscode.window.showWarningMessage(vscode.l10n.t('A glossary term is one line without tabs: select a shorter term.'));
    return;
  }
  // Whole sentences per language, not a language name dropped into one: word order differs in Chinese.
  const toEnglish = HAN.test(term);
  const title = vscode.l10n.t('Add “{0}” to the glossary', term);
  const noBreaks = vscode.l10n.t('No tabs or line breaks.');
  const rendering = args.rendering ?? await vscode.window.showInputBox({
    title,
    prompt: toEnglish ? vscode.l10n.t('Its rendering in English') : vscode.l10n.t('Its rendering in Chinese'),
    value: args.suggestion,
    validateInput: (value) =>
      value.trim() === '' ? (toEnglish ? vscode.l10n.t('Type the English rendering.') : vscode.l10n.t('Type the Chinese rendering.')) : /[\t\r\n]/.test(value) ? noBreaks : undefined,
  });
  if (rendering === undefined || rendering.trim() === '' || /[\t\r\n]/.test(rendering)) return;
  const note = args.note ?? await vscode.window.showInputBox({
    title,
    prompt: vscode.l10n.t('A note (optional): press Enter to leave it empty'),
    validateInput: (value) => (/[\t\r\n]/.test(value) ? noBreaks : undefined),
  });
  if (note === undefined || /[\t\r\n]/.test(note)) return;
  const target = glossaryFile(editor.document.uri);
  if (!target) {
    void vscode.window.showWarningMessage(
      vscode.l10n.t('Add to Glossary writes to a file inside the workspace folder: open a folder, and keep briefing.glossary.addTo a path inside it.'),
    );
    return;
  }
  await appendLine(target, [term, rendering.trim(), note.trim()].join('\t'));
  void vscode.window.setStatusBarMessage(vscode.l10n.t('Added “{0}” to {1}', term, vscode.workspace.asRelativePath(target)), 5000);
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
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error(vscode.l10n.t('Could not add the term to {0}', file.fsPath));
  const document = await vscode.workspace.openTextDocument(file);
  await document.save();
}
