/**
 * The briefing language server: connection wiring only. Each request goes to one feature
 * function; the model of each document version is parsed once (ModelCache).
 *
 *   node server/out/server.js --stdio     (or --node-ipc, --socket=PORT)
 */
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DocumentSymbolRequest,
  FileChangeType,
  TextDocuments,
  TextDocumentSyncKind,
  type Disposable,
  type InitializeResult,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { definition } from './features/definition';
import { clientCapabilities, NOTHING_YET, type ClientCapabilities } from './clientCapabilities';
import { documentSymbols } from './features/documentSymbols';
import { foldingRanges } from './features/foldingRanges';
import { glossaryDiagnostics } from './features/glossaryDiagnostics';
import { hover } from './features/hover';
import { QA_SOURCE } from './features/qaDiagnostics';
import { counterpartAt } from './features/parallel';
import { parallelResult } from './features/parallelRequest';
import { selectionRanges } from './features/selectionRanges';
import { untranslatedParagraphs } from './features/untranslated';
import { DocumentTokens, SEMANTIC_TOKENS_LEGEND, semanticTokens } from './features/semanticTokens';
import { workspaceSymbols } from './features/workspaceSymbols';
import type { ParagraphPair } from './align';
import type { Briefing } from './model';
import { t, useLocale } from './l10n';
import { ParallelRequest, ServerStatusRequest, UntranslatedRequest } from './protocol';
import { serveMemory } from './memoryRequests';
import { serveQa } from './qaRequests';
import { createServerConnection } from './transport/connection';
import { documentUri, Lifecycle, position } from './transport/lifecycle';
import { BriefingDocuments } from './workspace/briefingDocuments';
import { DiskBriefings } from './workspace/diskBriefings';
import { Glossaries } from './workspace/glossaries';
import { HeapKeeper } from './workspace/heap';
import { ModelCache } from './workspace/modelCache';
import { ParallelVersions, type Pairing } from './workspace/parallel';
import { alignedParagraphPairs } from './workspace/pairs';
import { briefingSection, DEFAULT_SETTINGS, readSettings, type ServerSettings } from './workspace/settings';
import { WorkspaceFiles } from './workspace/workspaceFiles';

const TRANSPORTS = ['--stdio', '--node-ipc', '--socket', '--pipe', '--clientProcessId'];
if (!process.argv.some((arg) => TRANSPORTS.some((flag) => arg.startsWith(flag)))) {
  process.stderr.write(
    'Briefing Transcripts language server.\n' +
      'Usage: briefing-language-server --stdio   (speaks the Language Server Protocol on stdin/stdout)\n' +
      '       also --node-ipc or --socket=PORT\n',
  );
  process.exit(process.argv.includes('--help') ? 0 : 2);
}

const SERVER_VERSION = '0.1.0';

// A failure in a background task is logged; it must never take the server down.
process.on('unhandledRejection', (reason) => process.stderr.write(`Unhandled rejection: ${(reason as Error)?.stack ?? reason}\n`));

const connection = createServerConnection();
const lifecycle = new Lifecycle();
const heap = new HeapKeeper();
const models = new ModelCache(() => heap.afterLargeParse());
const documents = new TextDocuments(models.documents);
const disk = new DiskBriefings();
const workspaceFiles = new WorkspaceFiles(disk);
let settings: ServerSettings = DEFAULT_SETTINGS;
const briefingDocuments = new BriefingDocuments(() => settings.detectPlainText);
/** What the editor can do, and what it sent, from `initialize`. */
let editor: ClientCapabilities = NOTHING_YET;
/**
 * Settles once the editor's settings are read after start (or found unreadable). Answers that
 * depend on them wait for it: an outline made with the defaults before the settings came would be
 * kept by an editor that caches answers per version (VS Code after a restart does).
 */
let settingsKnown!: () => void;
const settingsRead = new Promise<void>((resolve) => (settingsKnown = resolve));
/** Counts settings changes: a report made under other settings is out of date. */
let settingsGeneration = 0;
const parallel = new ParallelVersions(
  (uri) => {
    const document = documents.get(uri);
    return document ? { document, briefing: models.get(document) } : undefined;
  },
  () => glossaries.terms,
  disk,
);
const glossaries = new Glossaries(
  (uri, problems) => void connection.sendDiagnostics({ uri, diagnostics: glossaryDiagnostics(problems) }),
  (message) => connection.console.warn(message),
);

connection.onInitialize((params): InitializeResult => {
  // Hovers, diagnostics, quick fixes and reports speak the client's language (VS Code's display language).
  useLocale(params.locale);
  editor = clientCapabilities(params);
  settings = readSettings(editor.initialSettings);
  // A client that cannot be asked sends its settings when they change, if ever: nothing to wait for.
  if (!editor.canPullConfiguration) settingsKnown();
  workspaceFiles.configure(editor.folders, settings.workspaceSymbolsInclude);
  lifecycle.initialized();
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      ...(editor.canRegisterOutline ? {} : { documentSymbolProvider: { label: OUTLINE_LABEL } }),
      foldingRangeProvider: true,
      selectionRangeProvider: true,
      workspaceSymbolProvider: true,
      hoverProvider: true,
      definitionProvider: true,
      semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: { delta: true }, range: true },
      diagnosticProvider: { identifier: QA_SOURCE, interFileDependencies: true, workspaceDiagnostics: true },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      // No trigger characters: the memory answers when the user asks (Ctrl+Space), not on every keystroke.
      completionProvider: {},
    },
    serverInfo: { name: 'briefing-language-server', version: SERVER_VERSION },
  };
});

connection.onInitialized(async () => {
  if (editor.canRegisterOutline) void registerOutline();
  if (editor.canPullConfiguration) {
    // Read the settings first: nothing may wait on the registration below, which a client may
    // refuse or leave unanswered (VS Code after the server was restarted).
    await refreshSettings();
    if (editor.canRegisterConfiguration) {
      connection.client
        .register(DidChangeConfigurationNotification.type, { section: 'briefing' })
        .catch((error: Error) => connection.console.warn(`Could not register for configuration changes: ${error.message}`));
    }
  } else {
    await applySettings();
  }
});

async function refreshSettings(): Promise<void> {
  try {
    // An editor with nothing configured answers null (Neovim, Helix): the initialization options stand.
    const pulled: unknown = editor.canPullConfiguration ? await connection.workspace.getConfiguration('briefing') : undefined;
    settings = readSettings(pulled ?? editor.initialSettings);
  } finally {
    settingsKnown();
  }
  await applySettings();
}

const OUTLINE_LABEL = 'Briefing';
let outlineRegistration: Promise<Disposable | undefined> | undefined;

/**
 * Registers the outline with the client, anew after its settings changed: an editor that keeps
 * outlines per document version (VS Code) asks again when the provider changes, with no restart.
 */
async function registerOutline(): Promise<void> {
  const previous = outlineRegistration;
  outlineRegistration = connection.client.register(DocumentSymbolRequest.type, { documentSelector: null, label: OUTLINE_LABEL }).catch((error: Error) => {
    connection.console.warn(`Could not register the outline: ${error.message}`);
    return undefined;
  });
  (await previous)?.dispose();
}

/** Settings take effect at once: workspace files, glossaries, and what the editor shows. */
async function applySettings(): Promise<void> {
  briefingDocuments.reset();
  workspaceFiles.configure(editor.folders, settings.workspaceSymbolsInclude);
  parallel.patterns = settings.parallelPatterns;
  await glossaries.configure(editor.folders, settings.glossaryFiles);
  memory.configure(settings, editor.folders, editor.storagePath);
  settingsGeneration++;
  refreshViews({ foldingRanges: true, semanticTokens: true, diagnostics: true });
  const outline = JSON.stringify(settings.outline);
  if (editor.canRegisterOutline && outlineRegistration && outline !== outlineShown) void registerOutline();
  outlineShown = outline;
}
let outlineShown = JSON.stringify(DEFAULT_SETTINGS.outline);

/** Asks the editor to request folding ranges, semantic tokens or diagnostics again, where it supports that. */
function refreshViews(which: { foldingRanges?: boolean; semanticTokens?: boolean; diagnostics?: boolean }): void {
  const log = (error: unknown) => connection.console.warn(`Refresh failed: ${(error as Error).message}`);
  if (which.foldingRanges && editor.canRefresh.foldingRanges) connection.languages.foldingRange.refresh().catch(log);
  if (which.semanticTokens && editor.canRefresh.semanticTokens) connection.sendRequest('workspace/semanticTokens/refresh').catch(log);
  if (which.diagnostics && editor.canRefresh.diagnostics) connection.sendRequest('workspace/diagnostic/refresh').catch(log);
}

connection.onDidChangeConfiguration(async (change) => {
  if (editor.canPullConfiguration) await refreshSettings();
  else {
    // An editor that cannot be asked pushes its settings (Neovim 0.7 right after initialized).
    const section = briefingSection(change?.settings);
    if (section === undefined) return;
    settings = readSettings(section);
    await applySettings();
  }
});

connection.onDidChangeWatchedFiles(async ({ changes }) => {
  let termsChanged = false;
  for (const change of changes) {
    if (await glossaries.fileChanged(change.uri, change.type === FileChangeType.Deleted)) termsChanged = true;
    else if (change.type !== FileChangeType.Changed) workspaceFiles.invalidate();
    disk.forget(change.uri);
  }
  memory.filesChanged();
  if (termsChanged) refreshViews({ semanticTokens: true, diagnostics: true });
});
documents.onDidClose(({ document }) => {
  models.forget(document.uri);
  briefingDocuments.forget(document.uri);
  documentTokens.forget(document.uri);
  parallel.forget(document.uri);
});

/** A request handler that first applies the lifecycle's rules (nothing before initialize, nothing after shutdown). */
function guarded<A extends unknown[], R>(handler: (...args: A) => R): (...args: A) => R {
  return (...args) => {
    lifecycle.check();
    return handler(...args);
  };
}

/**
 * Runs a feature on the open document a request names; a failure is logged and answered with
 * `fallback`, never fatal, as is a document that is no briefing (a README opened as plain text).
 * A request without a document fails with InvalidParams, as LSP says.
 */
async function withModel<T>(params: unknown, fallback: T, feature: (document: TextDocument, briefing: Briefing) => T): Promise<T> {
  const uri = documentUri(params);
  await settingsRead;
  const document = documents.get(uri);
  if (!document || !briefingDocuments.isBriefing(document)) return fallback;
  try {
    return feature(document, models.get(document));
  } catch (error) {
    connection.console.error(`Request on ${uri} failed: ${(error as Error).stack ?? error}`);
    return fallback;
  }
}

connection.onDocumentSymbol(guarded((params) => withModel(params, [], (_, briefing) => documentSymbols(briefing, settings.outline, editor.symbolKinds.document))));
connection.onFoldingRanges(guarded((params) => withModel(params, [], (_, briefing) => foldingRanges(briefing, settings.outline))));
connection.onSelectionRanges(guarded((params) => {
  const positions = Array.isArray(params?.positions) ? params.positions.map(position) : [position(undefined)];
  return withModel(params, [], (document, briefing) => selectionRanges(document, briefing, positions));
}));

/** Like withModel, for features that also need the other language version. */
async function withCounterpart<T>(params: unknown, fallback: T, feature: (document: TextDocument, briefing: Briefing, pairing: Pairing) => T): Promise<T> {
  const uri = documentUri(params);
  await settingsRead;
  const document = documents.get(uri);
  if (!document || !briefingDocuments.isBriefing(document)) return fallback;
  try {
    const version = document.version;
    const briefing = models.get(document);
    const pairing = await parallel.pairingOf(document, briefing);
    // Edited while the other version was read: the answer would be for a text that is gone.
    if (document.version !== version) return fallback;
    return feature(document, briefing, pairing);
  } catch (error) {
    connection.console.error(`Request on ${uri} failed: ${(error as Error).stack ?? error}`);
    return fallback;
  }
}

const counterpartOf = (pairing: Pairing, uri: string, offset: number) =>
  pairing.kind === 'paired' ? counterpartAt(pairing, uri, offset, glossaries.terms) : undefined;

connection.onHover(guarded((params) => {
  const at = position(params?.position);
  return withCounterpart(params, null, (document, briefing, pairing) => {
    const offset = document.offsetAt(at);
    return hover(document, briefing, offset, glossaries.terms, counterpartOf(pairing, document.uri, offset), earlierPairs(pairing), memory.lookupFor(document, pairing));
  });
}));
/**
 * Where a term the glossary lacks may have been rendered before: this document's pair, and the
 * translation memory's other briefings (none when the memory is off).
 */
function earlierPairs(pairing: Pairing): () => (readonly ParagraphPair[])[] {
  const others = () => memory.paragraphGroups(pairing) ?? [];
  if (pairing.kind !== 'paired') return others;
  return () => [alignedParagraphPairs(pairing), ...others()];
}
connection.onDefinition(guarded((params) => {
  const at = position(params?.position);
  return withCounterpart(params, [], (document, _, pairing) => definition(counterpartOf(pairing, document.uri, document.offsetAt(at))));
}));
connection.onRequest(ParallelRequest, guarded((params) => {
  // Without a position only the pairing is asked for (the status bar).
  const at = params?.position === undefined ? undefined : position(params.position);
  return withCounterpart(params, { status: 'unpaired', message: t('parallel.notOpen'), locations: [] }, (document, _, pairing) =>
    parallelResult(document, pairing, at && counterpartOf(pairing, document.uri, document.offsetAt(at)), at && document.offsetAt(at)),
  );
}));
connection.onRequest(UntranslatedRequest, guarded((params) =>
  withCounterpart(params, { message: t('parallel.notOpen'), paragraphs: [] }, (_document, _briefing, pairing) => untranslatedParagraphs(pairing)),
));

const noTokens = { data: [] };
const documentTokens = new DocumentTokens();
connection.languages.semanticTokens.on(guarded((params) =>
  withModel(params, noTokens, (document, briefing) => (settings.highlightTerms ? documentTokens.full(document, briefing, glossaries.terms) : noTokens)),
));
connection.languages.semanticTokens.onDelta(guarded((params) => {
  const previous = typeof params?.previousResultId === 'string' ? params.previousResultId : '';
  return withModel(params, noTokens, (document, briefing) => (settings.highlightTerms ? documentTokens.delta(document, briefing, glossaries.terms, previous) : noTokens));
}));
connection.languages.semanticTokens.onRange(guarded((params) => {
  const [from, to] = [position(params?.range?.start), position(params?.range?.end)];
  return withModel(params, noTokens, (document, briefing) =>
    settings.highlightTerms ? semanticTokens(document, briefing, glossaries.terms, { start: document.offsetAt(from), end: document.offsetAt(to) }) : noTokens,
  );
}));

/**
 * The workspace's briefings: an open document stands for its file on disk, whatever language the
 * editor gave it (a .txt transcript opened as plain text); other open documents count when they
 * are briefings.
 */
async function workspaceBriefings(): Promise<{ document: TextDocument; briefing: Briefing }[]> {
  const onDisk = await workspaceFiles.documents((message) => connection.console.warn(message));
  const open = new Map(documents.all().map((document) => [document.uri, document]));
  const fromDisk = onDisk.map((entry) => {
    const document = open.get(entry.document.uri);
    return document ? { document, briefing: models.get(document) } : entry;
  });
  const onDiskUris = new Set(onDisk.map((entry) => entry.document.uri));
  const openBriefings = [...open.values()].filter((d) => !onDiskUris.has(d.uri) && briefingDocuments.isBriefing(d)).map((document) => ({ document, briefing: models.get(document) }));
  return [...openBriefings, ...fromDisk];
}

connection.onWorkspaceSymbol(guarded(async (params) => {
  const query = typeof params?.query === 'string' ? params.query : '';
  await settingsRead;
  try {
    return workspaceSymbols(await workspaceBriefings(), query, settings.outline, editor.symbolKinds.workspace);
  } catch (error) {
    connection.console.error(`Workspace symbols failed: ${(error as Error).stack ?? error}`);
    return [];
  }
}));

serveQa({
  connection,
  guarded,
  withModel,
  withCounterpart,
  settingsRead,
  settings: () => settings,
  settingsGeneration: () => settingsGeneration,
  folders: () => editor.folders,
  terms: () => glossaries.terms,
  isOpen: (uri) => documents.get(uri) !== undefined,
  onDisk: () => workspaceFiles.documents((message) => connection.console.warn(message)),
  workspaceBriefings,
  pairingOf: (document, briefing) => parallel.pairingOf(document, briefing),
  version: SERVER_VERSION,
});

const memory = serveMemory({ connection, guarded, withCounterpart, settingsRead, terms: () => glossaries.terms, canShowProgress: () => editor.canShowProgress });

connection.onRequest(ServerStatusRequest, guarded(() => ({ pid: process.pid, version: SERVER_VERSION, openDocuments: documents.all().length })));
connection.onShutdown(() => lifecycle.shutDown());

documents.listen(connection);
connection.listen();
