/**
 * The translation QA's requests: diagnostics of open documents and of the workspace's files,
 * quick fixes, the workspace's report and the export of its aligned pairs. Wired here rather than
 * in server.ts, which holds the rest of the connection.
 */
import {
  DocumentDiagnosticReportKind,
  type CancellationToken,
  type Connection,
  type Diagnostic,
  type ProgressToken,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { qaCodeActions } from './features/qaCodeActions';
import { objectId, qaDiagnostics } from './features/qaDiagnostics';
import { workspaceExport, workspaceReport, type WorkspaceWalk } from './features/workspaceQa';
import type { TermIndex } from './glossary';
import { t } from './l10n';
import type { Briefing } from './model';
import { ExportRequest, QaReportRequest } from './protocol';
import type { QaSwitches } from './qa';
import { position } from './transport/lifecycle';
import { nameInFolders } from './workspace/folders';
import type { Pairing } from './workspace/parallel';
import { qaSwitchesFor, type ServerSettings } from './workspace/settings';

type Versioned = { document: TextDocument; briefing: Briefing };

/** What the QA requests need of the server. */
export interface QaHost {
  connection: Connection;
  guarded<A extends unknown[], R>(handler: (...args: A) => R): (...args: A) => R;
  withModel<T>(params: unknown, fallback: T, feature: (document: TextDocument, briefing: Briefing) => T): Promise<T>;
  withCounterpart<T>(params: unknown, fallback: T, feature: (document: TextDocument, briefing: Briefing, pairing: Pairing) => T): Promise<T>;
  settingsRead: Promise<void>;
  settings(): ServerSettings;
  /** Counts settings changes: a report made under other settings is out of date. */
  settingsGeneration(): number;
  folders(): readonly string[];
  terms(): TermIndex;
  isOpen(uri: string): boolean;
  /** The briefings on disk. */
  onDisk(): Promise<Versioned[]>;
  /** The briefings on disk, open documents standing for their files, and other open briefings. */
  workspaceBriefings(): Promise<Versioned[]>;
  pairingOf(document: TextDocument, briefing: Briefing): Promise<Pairing>;
  version: string;
}

export function serveQa(host: QaHost): void {
  const { connection, guarded, withModel, withCounterpart } = host;

  /** The QA checks for one file: the settings, less what was switched off in that file. */
  const qaSwitches = (uri: string): QaSwitches | undefined => {
    const { qa } = host.settings();
    return qa.enabled ? qaSwitchesFor(qa, host.folders(), URI.parse(uri).fsPath) : undefined;
  };

  connection.languages.diagnostics.on(guarded((params) =>
    withCounterpart(params, { kind: DocumentDiagnosticReportKind.Full, items: [] as Diagnostic[] }, (document, _, pairing) => {
      const switches = qaSwitches(document.uri);
      const items = switches && pairing.kind === 'paired' && pairing.en.uri === document.uri ? qaDiagnostics(pairing, host.terms(), switches) : [];
      return { kind: DocumentDiagnosticReportKind.Full, items };
    }),
  ));
  connection.languages.diagnostics.onWorkspace(guarded(async (params) => {
    await host.settingsRead;
    const previous = new Map((params?.previousResultIds ?? []).map((p) => [p.uri, p.value]));
    try {
      const items: WorkspaceDocumentDiagnosticReport[] = [];
      for (const { document, briefing } of await host.onDisk()) {
        // Open documents are pulled one by one; the Chinese version of a pair has nothing to report.
        if (host.isOpen(document.uri) || !briefing.sections.some((s) => s.language === 'en')) continue;
        const switches = qaSwitches(document.uri);
        const pairing = await host.pairingOf(document, briefing);
        if (!switches || pairing.kind !== 'paired' || pairing.en.uri !== document.uri) continue;
        // An alignment stands for both texts of the pair as they are now.
        const resultId = `${host.settingsGeneration()}.${objectId(pairing.alignment)}.${objectId(host.terms())}`;
        items.push(
          previous.get(document.uri) === resultId
            ? { kind: DocumentDiagnosticReportKind.Unchanged, uri: document.uri, version: null, resultId }
            : { kind: DocumentDiagnosticReportKind.Full, uri: document.uri, version: null, resultId, items: qaDiagnostics(pairing, host.terms(), switches) },
        );
      }
      return { items };
    } catch (error) {
      connection.console.error(`Workspace diagnostics failed: ${(error as Error).stack ?? error}`);
      return { items: [] };
    }
  }));
  connection.onCodeAction(guarded((params) => {
    const cursor = { start: position(params?.range?.start), end: position(params?.range?.end) };
    return withModel(params, [], (document) => qaCodeActions(document.uri, params?.context?.diagnostics ?? [], cursor));
  }));

  /** A walk over the workspace's pairs for a long request, with progress in the client's notification. */
  async function workspaceWalk(title: string, params: { workDoneToken?: ProgressToken } | undefined, token: CancellationToken): Promise<{ walk: WorkspaceWalk; done: () => void }> {
    await host.settingsRead;
    const progress = connection.window.attachWorkDoneProgress(params?.workDoneToken);
    progress.begin(title, 0, undefined, true);
    const walk: WorkspaceWalk = {
      documents: await host.workspaceBriefings(),
      pairingOf: (document, briefing) => host.pairingOf(document, briefing),
      shown: (uri) => {
        const path = URI.parse(uri).fsPath;
        return nameInFolders(host.folders(), path) ?? path;
      },
      progress: (done, total, message) => progress.report(Math.floor((100 * done) / Math.max(1, total)), message),
      cancelled: () => token.isCancellationRequested,
    };
    return { walk, done: () => progress.done() };
  }

  connection.onRequest(QaReportRequest, guarded(async (params, token) => {
    const { walk, done } = await workspaceWalk(t('progress.qa'), params, token);
    try {
      return await workspaceReport(walk, host.terms(), qaSwitches);
    } finally {
      done();
    }
  }));
  connection.onRequest(ExportRequest, guarded(async (params, token) => {
    const { walk, done } = await workspaceWalk(t('progress.export'), params, token);
    try {
      return await workspaceExport(walk, host.version);
    } finally {
      done();
    }
  }));
}
