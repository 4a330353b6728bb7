/**
 * The translation memory's wiring: its background build (with progress in the editor), completion
 * of renderings in the English version, the lookups the hover makes, and briefing/memoryStatus.
 */
import { isAbsolute, join } from 'node:path';
import type { CancellationToken, CompletionList, Connection } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import type { ParagraphPair } from './align';
import { memoryCompletion } from './features/memoryCompletion';
import type { TermIndex } from './glossary';
import { t } from './l10n';
import type { MemoryMatch } from './memory';
import type { Briefing } from './model';
import { MemoryStatusRequest } from './protocol';
import { position } from './transport/lifecycle';
import { WorkspaceMemory, type BuildProgress } from './workspace/memory';
import type { Pairing } from './workspace/parallel';
import type { ServerSettings } from './workspace/settings';

export interface MemoryHost {
  connection: Connection;
  guarded<A extends unknown[], R>(handler: (...args: A) => R): (...args: A) => R;
  withCounterpart<T>(params: unknown, fallback: T, feature: (document: TextDocument, briefing: Briefing, pairing: Pairing) => T): Promise<T>;
  settingsRead: Promise<void>;
  terms(): TermIndex;
  /** Whether the client shows progress the server starts (window.workDoneProgress). */
  canShowProgress(): boolean;
}

export interface ServedMemory {
  /** Settings, workspace folders or the storage folder changed (also the first time they are known). */
  configure(settings: ServerSettings, folders: readonly string[], storagePath: string | undefined): void;
  /** Files changed on disk: the memory updates the pairs they belong to. */
  filesChanged(): void;
  /** The memory's lookup for a document (its own pair left out), undefined when the memory is off. */
  lookupFor(document: TextDocument, pairing: Pairing): ((zh: string) => MemoryMatch[]) | undefined;
  /** The paragraph pairs of the memory's sources but the document's own pair, or undefined when the memory is off. */
  paragraphGroups(pairing: Pairing): (readonly ParagraphPair[])[] | undefined;
}

const NO_PROGRESS: BuildProgress = { report: () => undefined, done: () => undefined };

export function serveMemory(host: MemoryHost): ServedMemory {
  const { connection, guarded } = host;
  const log = (message: string) => connection.console.log(message);
  const memory = new WorkspaceMemory(host.terms, log, async () => {
    if (!host.canShowProgress()) return NO_PROGRESS;
    try {
      const progress = await connection.window.createWorkDoneProgress();
      progress.begin(t('progress.memory'), 0, t('progress.memoryReading'), false);
      return { report: (done, total, message) => progress.report(Math.floor((100 * done) / Math.max(1, total)), message), done: () => progress.done() };
    } catch {
      return NO_PROGRESS;
    }
  });
  const pathOf = (uri: string) => (URI.parse(uri).scheme === 'file' ? URI.parse(uri).fsPath : uri);
  const ownPath = (document: TextDocument, pairing: Pairing) => pathOf(pairing.kind === 'paired' ? pairing.zh.uri : document.uri);

  // The settings come before the memory is configured: what asks of the memory waits for both.
  let configured!: () => void;
  const firstConfigured = new Promise<void>((resolve) => (configured = resolve));

  connection.onCompletion(guarded(async (params, token: CancellationToken) => {
    const at = position(params?.position);
    await firstConfigured;
    return host.withCounterpart(params, { isIncomplete: false, items: [] } as CompletionList, (document, _, pairing) => {
      const lookup = pairing.kind === 'paired' ? lookupFor(document, pairing) : undefined;
      const items = lookup && pairing.kind === 'paired' ? memoryCompletion(document, pairing, document.offsetAt(at), lookup, () => token.isCancellationRequested) : [];
      // While the memory is being built, the editor asks again as the user types: more may come.
      return { isIncomplete: memory.enabled && memory.busy, items };
    });
  }));
  connection.onRequest(MemoryStatusRequest, guarded(async () => {
    await firstConfigured;
    await memory.ready();
    return { enabled: memory.enabled, sources: [...memory.memory.sources()].length, units: memory.memory.size };
  }));

  /** The lookup for a document, its own pair left out; undefined when the memory is off. Starts a build that is due. */
  function lookupFor(document: TextDocument, pairing: Pairing): ((zh: string) => MemoryMatch[]) | undefined {
    if (!memory.enabled) return undefined;
    memory.refresh();
    const exceptPath = ownPath(document, pairing);
    return (zh) => memory.memory.search(zh, { excludePath: exceptPath });
  }

  return {
    configure(settings, folders, storagePath) {
      const extra = settings.memory.folders.map((folder) => (isAbsolute(folder) || folders.length === 0 ? folder : join(folders[0]!, folder)));
      memory.configure({
        enabled: settings.memory.enabled,
        folders: [...new Set([...folders, ...extra])],
        include: settings.workspaceSymbolsInclude,
        patterns: settings.parallelPatterns,
        ...(storagePath ? { storagePath } : {}),
      });
      // No build yet: it starts with the first hover or completion that asks the memory, so a
      // workspace opened only to read (or to search its symbols) costs no alignment of every pair.
      configured();
    },
    filesChanged() {
      memory.invalidate();
    },
    lookupFor,
    paragraphGroups: (pairing) => {
      if (!memory.enabled) return undefined;
      memory.refresh();
      return memory.paragraphGroups(pairing.kind === 'paired' ? pathOf(pairing.zh.uri) : undefined);
    },
  };
}
