/**
 * Translation QA in the editor: the server reports findings as diagnostics; here, switching a
 * check off for one file (recorded in the workspace settings, so it survives reloads and shows
 * where it can be undone) and on again, the report of the whole workspace, and the export of the
 * aligned pairs for CAT tools.
 */
import * as vscode from 'vscode';
import { WorkDoneProgress, type LanguageClient, type RequestType } from 'vscode-languageclient/node';
import { ExportRequest, QaReportRequest } from '../../server/src/protocol';
import type { Notices } from './notices';

type ClientProvider = () => LanguageClient | undefined;

const SKIP_SETTING = 'skipInFiles';

interface CheckInFile {
  uri: string;
  check: string;
}

export function registerQa(context: vscode.ExtensionContext, client: ClientProvider, notices: Notices): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('briefing.qa.dontCheckInFile', (args: CheckInFile) => dontCheckInFile(args)),
    vscode.commands.registerCommand('briefing.qa.checkAgainInFile', (uri?: vscode.Uri) => checkAgainInFile(uri ?? vscode.window.activeTextEditor?.document.uri)),
    vscode.commands.registerCommand('briefing.qa.checkWorkspace', (options?: { folder?: vscode.Uri; open?: boolean }) => checkWorkspace(client(), notices, options)),
    vscode.commands.registerCommand('briefing.exportAlignedPairs', (options?: { target?: vscode.Uri }) => exportAlignedPairs(client(), notices, options)),
  );
}

/**
 * Sends a long workspace request with a cancellable progress notification that the server's
 * progress reports fill; undefined when the user cancelled before an answer came.
 */
async function withServerProgress<R>(client: LanguageClient, title: string, type: RequestType<object, R, void>): Promise<R | undefined> {
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (progress, cancellation) => {
    const token = `${type.method}-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    let reported = 0;
    const listening = client.onProgress(WorkDoneProgress.type, token, (value) => {
      if (value.kind === 'end') return;
      const percentage = value.percentage ?? reported;
      progress.report({ message: value.message, increment: percentage - reported });
      reported = percentage;
    });
    try {
      return await client.sendRequest(type, { workDoneToken: token }, cancellation);
    } catch (error) {
      if (cancellation.isCancellationRequested) return undefined;
      throw error;
    } finally {
      listening.dispose();
    }
  });
}

/** Where reports go: the given folder, else the first workspace folder. */
function outputFolder(folder: vscode.Uri | undefined): vscode.Uri | undefined {
  return folder ?? vscode.workspace.workspaceFolders?.[0]?.uri;
}

async function checkWorkspace(client: LanguageClient | undefined, notices: Notices, options: { folder?: vscode.Uri; open?: boolean } = {}): Promise<{ summary: string; markdown: vscode.Uri; csv: vscode.Uri } | undefined> {
  const folder = outputFolder(options.folder);
  if (!client || !folder) {
    notices.error(vscode.l10n.t('Briefing QA: open a folder of transcripts first; the report is written there.'));
    return undefined;
  }
  const result = await withServerProgress(client, vscode.l10n.t('Briefing QA: checking every translation'), QaReportRequest);
  if (!result) return undefined;
  const markdown = vscode.Uri.joinPath(folder, 'briefing-qa-report.md');
  const csv = vscode.Uri.joinPath(folder, 'briefing-qa-report.csv');
  await vscode.workspace.fs.writeFile(markdown, Buffer.from(result.markdown, 'utf8'));
  await vscode.workspace.fs.writeFile(csv, Buffer.from(result.csv, 'utf8'));
  const report = vscode.workspace.asRelativePath(markdown);
  notices.info(
    result.cancelled
      ? vscode.l10n.t('Briefing QA: {0} (cancelled before the end) Report: {1} and .csv.', result.summary, report)
      : vscode.l10n.t('Briefing QA: {0} Report: {1} and .csv.', result.summary, report),
  );
  if (options.open !== false) await vscode.commands.executeCommand('markdown.showPreview', markdown);
  return { summary: result.summary, markdown, csv };
}

async function exportAlignedPairs(client: LanguageClient | undefined, notices: Notices, options: { target?: vscode.Uri } = {}): Promise<{ tmx: vscode.Uri; tsv: vscode.Uri } | undefined> {
  const folder = outputFolder(undefined);
  const tmx =
    options.target ??
    (await vscode.window.showSaveDialog({ defaultUri: folder && vscode.Uri.joinPath(folder, 'aligned-pairs.tmx'), filters: { [vscode.l10n.t('Translation memory (TMX 1.4)')]: ['tmx'] }, title: vscode.l10n.t('Export Aligned Pairs') }));
  if (!client || !tmx) return undefined;
  const result = await withServerProgress(client, vscode.l10n.t('Exporting aligned pairs'), ExportRequest);
  if (!result) return undefined;
  const tsv = tmx.with({ path: tmx.path.replace(/\.tmx$/i, '') + '.tsv' });
  await vscode.workspace.fs.writeFile(tmx, Buffer.from(result.tmx, 'utf8'));
  await vscode.workspace.fs.writeFile(tsv, Buffer.from(result.tsv, 'utf8'));
  notices.info(
    vscode.l10n.t(
      'Exported {0} aligned paragraph pairs from {1} pairs of files to {2} (TMX 1.4) and {3}.',
      result.segments,
      result.pairs,
      vscode.workspace.asRelativePath(tmx),
      vscode.workspace.asRelativePath(tsv),
    ),
  );
  return { tmx, tsv };
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
  const undo = vscode.l10n.t('Undo');
  void vscode.window.showInformationMessage(vscode.l10n.t('Briefing QA: {0} no longer checked in {1} (setting briefing.qa.skipInFiles).', checkName(check), settingName(file)), undo).then(async (choice) => {
    if (choice === undo) await updateSkipped(file, (checks) => checks.filter((c) => c !== check));
  });
}

/** A check as the message names it: in English by its code, as the setting writes it. */
function checkName(check: string): string {
  const names: Record<string, string> = {
    numbers: vscode.l10n.t('numbers'),
    points: vscode.l10n.t('points'),
    terms: vscode.l10n.t('terms'),
    untranslated: vscode.l10n.t('untranslated'),
    omission: vscode.l10n.t('omission'),
    speaker: vscode.l10n.t('speaker'),
  };
  return names[check] ?? check;
}

async function checkAgainInFile(uri: vscode.Uri | undefined): Promise<void> {
  if (!uri) return;
  await updateSkipped(uri, () => []);
  void vscode.window.showInformationMessage(vscode.l10n.t('Briefing QA: every check is on again in {0}.', settingName(uri)));
}
