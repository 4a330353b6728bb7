/**
 * Translation QA in the editor: the server reports findings as diagnostics; here, switching a
 * check off for one file (recorded in the workspace settings, so it survives reloads and shows
 * where it can be undone) and on again.
 */
import * as vscode from 'vscode';

const SKIP_SETTING = 'skipInFiles';

interface CheckInFile {
  uri: string;
  check: string;
}

export function registerQa(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('briefing.qa.dontCheckInFile', (args: CheckInFile) => dontCheckInFile(args)),
    vscode.commands.registerCommand('briefing.qa.checkAgainInFile', (uri?: vscode.Uri) => checkAgainInFile(uri ?? vscode.window.activeTextEditor?.document.uri)),
  );
}

/** The file as the setting names it: relative to its workspace folder, with forward slashes. */
function settingName(uri: vscode.Uri): string {
  return vscode.workspace.getWorkspaceFolder(uri) ? vscode.workspace.asRelativePath(uri, false) : uri.fsPath;
}

async function updateSkipped(uri: vscode.Uri, change: (checks: string[]) => string[]): Promise<void> {
  const configuration = vscode.workspace.getConfiguration('briefing.qa', uri);
  const current = { ...(configuration.inspect<Record<string, string[]>>(SKIP_SETTING)?.workspaceValue ?? {}) };
  const name = settingName(uri);
  const next = change(current[name] ?? []);
  if (next.length > 0) current[name] = next;
  else delete current[name];
  // Without a workspace there is nowhere per project to keep it: the user settings hold it then.
  const target = vscode.workspace.workspaceFolders ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await configuration.update(SKIP_SETTING, Object.keys(current).length > 0 ? current : undefined, target);
}

async function dontCheckInFile({ uri, check }: CheckInFile): Promise<void> {
  const file = vscode.Uri.parse(uri);
  await updateSkipped(file, (checks) => [...new Set([...checks, check])]);
  // Not awaited: the command is done once the setting is written, whether or not the message is answered.
  void vscode.window.showInformationMessage(`Briefing QA: ${check} no longer checked in ${settingName(file)} (setting briefing.qa.skipInFiles).`, 'Undo').then(async (choice) => {
    if (choice === 'Undo') await updateSkipped(file, (checks) => checks.filter((c) => c !== check));
  });
}

async function checkAgainInFile(uri: vscode.Uri | undefined): Promise<void> {
  if (!uri) return;
  await updateSkipped(uri, () => []);
  void vscode.window.showInformationMessage(`Briefing QA: every check is on again in ${settingName(uri)}.`);
}
