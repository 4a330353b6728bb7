/**
 * The VS Code side once a briefing is open (extension.ts loads it then): the language client, which
 * starts the server with the first briefing, and the commands. Everything clever lives in the
 * server.
 */
import * as vscode from 'vscode';
import { LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { addToGlossary } from './addToGlossary';
import { Notices } from './notices';
import { explainMissingCounterpart, registerParallel } from './parallel';
import { registerQa } from './qa';
import { ServerRestarts } from './restarts';

const LANGUAGE_ID = 'briefing';

let client: LanguageClient | undefined;

export interface BriefingExtensionApi {
  /** The running language client, for tests and for other extensions. */
  readonly client: LanguageClient | undefined;
  /** What the pairing item in the status bar shows (`zh ↔ en · 33/33`), undefined while hidden. */
  readonly pairingStatus: string | undefined;
  /** What the extension has told the user since it started, oldest first ("Not translated yet: …"). */
  readonly notices: readonly string[];
}

export async function start(context: vscode.ExtensionContext): Promise<BriefingExtensionApi> {
  const notices = new Notices();
  client = createClient(context, notices);
  context.subscriptions.push(
    vscode.commands.registerCommand('briefing.restartServer', restartServer),
    vscode.commands.registerCommand('briefing.addToGlossary', addToGlossary),
  );
  registerQa(context, () => client, notices);
  const pairing = registerParallel(context, () => client, notices);
  // The status shows once the server can answer, and again after a restart.
  context.subscriptions.push(client.onDidChangeState(({ newState }) => newState === State.Running && pairing.refresh()));
  // The server starts with the first briefing (a command's request starts it too): opening plain
  // text that is no transcript, or a workspace without one open, costs no process.
  const startWith = (document: vscode.TextDocument) => document.languageId === LANGUAGE_ID && startServer();
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(startWith));
  await Promise.all(vscode.workspace.textDocuments.map(startWith));
  return {
    get client() {
      return client;
    },
    get pairingStatus() {
      return pairing.shownText();
    },
    get notices() {
      return notices.all;
    },
  };
}

let starting: Promise<void> | undefined;

/** Starts the server once; a failure is the client's to report. */
function startServer(): Promise<void> {
  starting ??= (client?.start() ?? Promise.resolve()).catch((error: unknown) => client?.error(vscode.l10n.t('Starting the language server failed'), error, 'force'));
  return starting;
}

let restarting: Promise<void> = Promise.resolve();

/** Restarts the server, one restart after another: overlapping restarts leave the client half stopped. */
function restartServer(): Promise<void> {
  restarting = restarting.then(async () => {
    try {
      await client?.restart();
    } catch (error) {
      client?.error(vscode.l10n.t('Restarting the language server failed'), error, 'force');
    }
  });
  return restarting;
}

export async function deactivate(): Promise<void> {
  if (client?.isRunning()) await client.stop();
  client = undefined;
  starting = undefined;
}

function createClient(context: vscode.ExtensionContext, notices: Notices): LanguageClient {
  const module = context.asAbsolutePath('server/out/server.js');
  // stdio, as other editors use it: the server encodes large outlines faster there (server/src/transport).
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio },
    debug: { module, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: LANGUAGE_ID },
      { scheme: 'untitled', language: LANGUAGE_ID },
    ],
    synchronize: {
      // Tells the server when a briefing.* setting changes; the server then reads the settings it needs.
      configurationSection: 'briefing',
      // Workspace symbols and glossaries cover files on disk: the server must hear when they change.
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{briefing,txt,tsv,csv,json,tbx}'),
    },
    outputChannelName: 'Briefing Transcripts',
    // The translation memory is kept here between sessions (per workspace; the global folder without one).
    initializationOptions: { storagePath: (context.storageUri ?? context.globalStorageUri).fsPath },
    // Hovers offer "Add to Glossary…" for a term the glossary lacks; no other command runs from them.
    markdown: { isTrusted: { enabledCommands: ['briefing.addToGlossary'] } },
    errorHandler: new ServerRestarts(notices),
    middleware: {
      provideDefinition: async (document, position, token, next) => {
        const found = await next(document, position, token);
        void explainMissingCounterpart(() => client, notices, document, position, found);
        return found;
      },
    },
  };
  return new LanguageClient('briefing', 'Briefing Transcripts', serverOptions, clientOptions);
}
