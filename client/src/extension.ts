/**
 * What the extension does as soon as it is active, on any plain-text file too: tell transcripts
 * among plain-text documents and switch them to the briefing language. The language client and
 * everything else (main.ts, a bundle of its own) load with the first briefing or the first of the
 * extension's commands: a plain-text file that is no transcript costs the small bundle, no client
 * library and no server process.
 */
import * as vscode from 'vscode';
import { looksLikeBriefing } from '../../server/src/model/detect';
import type * as Main from './main';

export type { BriefingExtensionApi } from './main';

const LANGUAGE_ID = 'briefing';

let main: typeof Main | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<Main.BriefingExtensionApi> {
  context.subscriptions.push(
    vscode.commands.registerCommand('briefing.setLanguage', setLanguageOfActiveEditor),
    vscode.workspace.onDidOpenTextDocument(openAsBriefingIfItLooksLikeOne),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('briefing.detectPlainText')) vscode.workspace.textDocuments.forEach(openAsBriefingIfItLooksLikeOne);
    }),
  );
  vscode.workspace.textDocuments.forEach(openAsBriefingIfItLooksLikeOne);

  let started: Promise<Main.BriefingExtensionApi> | undefined;
  let api: Main.BriefingExtensionApi | undefined;
  // Until then, each command the manifest contributes loads the rest first, then runs as registered there.
  const placeholders = contributedCommands(context).map((command) =>
    vscode.commands.registerCommand(command, async (...args: unknown[]) => {
      await startMain();
      return vscode.commands.executeCommand(command, ...args);
    }),
  );
  const startMain = (): Promise<Main.BriefingExtensionApi> =>
    (started ??= (() => {
      placeholders.forEach((placeholder) => placeholder.dispose());
      // A separate bundle beside this one (esbuild.mjs), read only now.
      main = require('./main.js') as typeof Main;
      return main.start(context).then((loaded) => (api = loaded));
    })());
  context.subscriptions.push(...placeholders, vscode.workspace.onDidOpenTextDocument((document) => document.languageId === LANGUAGE_ID && void startMain()));
  if (vscode.workspace.textDocuments.some((document) => document.languageId === LANGUAGE_ID)) await startMain();
  return {
    get client() {
      return api?.client;
    },
    get pairingStatus() {
      return api?.pairingStatus;
    },
    get notices() {
      return api?.notices ?? [];
    },
  };
}

export async function deactivate(): Promise<void> {
  await main?.deactivate();
}

/** The manifest's commands but the one this bundle registers itself. */
function contributedCommands(context: vscode.ExtensionContext): string[] {
  const commands = (context.extension.packageJSON as { contributes?: { commands?: { command: string }[] } }).contributes?.commands ?? [];
  return commands.map(({ command }) => command).filter((command) => command !== 'briefing.setLanguage');
}

/** Switches a plain-text document to the briefing language when its content is a transcript. */
async function openAsBriefingIfItLooksLikeOne(document: vscode.TextDocument): Promise<void> {
  if (document.languageId !== 'plaintext' || !['file', 'untitled'].includes(document.uri.scheme)) return;
  if (vscode.workspace.getConfiguration('briefing', document.uri).get('detectPlainText') === 'off') return;
  if (!looksLikeBriefing(document.getText())) return;
  await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
}

async function setLanguageOfActiveEditor(): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a transcript first, then run "Open as Briefing Transcript".'));
    return;
  }
  await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
}
