/**
 * briefing/qaReport and briefing/export: every pair of language versions in the workspace, checked
 * into one report (Markdown and CSV) or written out as TMX and TSV for CAT tools. Both go through
 * the pairs one at a time, reporting progress and stopping when cancelled.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TermIndex } from '../glossary';
import { exportedDocument, toTmx, toTsv, type ExportedDocument } from '../export';
import type { Briefing } from '../model';
import type { ExportResult, QaReportResult } from '../protocol';
import type { QaSwitches } from '../qa';
import { findingsCsv, findingsMarkdown, locate, summaryOf, type LocatedFinding } from '../qa/report';
import type { Paired, Pairing } from '../workspace/parallel';
import { qaFindings } from './qaDiagnostics';

export interface WorkspaceWalk {
  /** The workspace's briefings, open documents standing for their files. */
  documents: { document: TextDocument; briefing: Briefing }[];
  pairingOf(document: TextDocument, briefing: Briefing): Promise<Pairing>;
  /** How a file is named to the user: relative to its workspace folder. */
  shown(uri: string): string;
  progress(done: number, total: number, message: string): void;
  cancelled(): boolean;
}

/** Each pair once, from its English version (a bilingual file is its own pair). */
async function* pairsOf(walk: WorkspaceWalk): AsyncGenerator<Paired> {
  let done = 0;
  for (const { document, briefing } of walk.documents) {
    if (walk.cancelled()) return;
    walk.progress(done++, walk.documents.length, walk.shown(document.uri));
    if (!briefing.sections.some((section) => section.language === 'en')) continue;
    const pairing = await walk.pairingOf(document, briefing);
    if (pairing.kind === 'paired' && pairing.en.uri === document.uri) yield pairing;
    // Other requests go first between files: the editor stays responsive during a long check.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

export async function workspaceReport(walk: WorkspaceWalk, terms: TermIndex, switchesOf: (uri: string) => QaSwitches | undefined): Promise<QaReportResult> {
  const located: LocatedFinding[] = [];
  let pairs = 0;
  let pairsWithFindings = 0;
  for await (const pairing of pairsOf(walk)) {
    const switches = switchesOf(pairing.en.uri);
    if (!switches) continue;
    pairs++;
    const findings = qaFindings(pairing, terms, switches);
    if (findings.length > 0) pairsWithFindings++;
    const named = { zh: { shown: walk.shown(pairing.zh.uri), briefing: pairing.zh.briefing }, en: { shown: walk.shown(pairing.en.uri), briefing: pairing.en.briefing } };
    located.push(...findings.map((finding) => locate(named, finding)));
  }
  const summary = summaryOf(located, pairs, pairsWithFindings);
  return { summary, findings: located.length, pairs, markdown: findingsMarkdown(located, summary), csv: findingsCsv(located), cancelled: walk.cancelled() };
}

export async function workspaceExport(walk: WorkspaceWalk, toolVersion: string): Promise<ExportResult> {
  const documents: ExportedDocument[] = [];
  for await (const pairing of pairsOf(walk)) {
    documents.push(exportedDocument(walk.shown(pairing.zh.uri), walk.shown(pairing.en.uri), { kind: 'aligned', zh: pairing.zh, en: pairing.en, links: pairing.alignment.links }));
  }
  const segments = documents.reduce((sum, document) => sum + document.pairs.length, 0);
  return { tmx: toTmx(documents, { toolVersion }), tsv: toTsv(documents), segments, pairs: documents.length };
}
