/** Custom requests between the VS Code client and the server, typed once for both sides. */
import { RequestType, RequestType0, type Location, type Position, type ProgressToken, type TextDocumentIdentifier } from 'vscode-languageserver-protocol';

export interface ServerStatus {
  /** The server's process id, so the client (and its tests) can tell a restarted server apart. */
  pid: number;
  version: string;
  openDocuments: number;
}

export const ServerStatusRequest = new RequestType0<ServerStatus, void>('briefing/status');

export interface ParallelParams {
  textDocument: TextDocumentIdentifier;
  /** Absent: only the pairing is wanted (for the status bar). */
  position?: Position;
}

export interface ParallelResult {
  /**
   * `paired` with a counterpart location; `missing` when the passage has none in the other version
   * (not translated yet), with the empty location where it belongs.
   */
  status: 'paired' | 'missing' | 'outside' | 'unpaired';
  /** Plain words for the user: what was found, or what was looked for. */
  message: string;
  locations: Location[];
  /** 0..1, how sure the alignment is of this link. */
  confidence?: number;
  kind?: 'paragraph' | 'point' | 'term' | 'missing';
  pairing?: {
    counterpartUri: string;
    /** `zh ↔ en` */
    languages: string;
    /** Body paragraphs of this version with a counterpart, and all of them. */
    linked: number;
    total: number;
    /** The translation's progress, from either version: Chinese body paragraphs with an English counterpart, and all of them. */
    translated: number;
    toTranslate: number;
  };
}

export const ParallelRequest = new RequestType<ParallelParams, ParallelResult, void>('briefing/parallel');

export interface UntranslatedParams {
  /** Either version: the list is of the Chinese paragraphs of the pair. */
  textDocument: TextDocumentIdentifier;
}

export interface UntranslatedResult {
  /** Plain words for the user: how many, or why there is no list. */
  message: string;
  /** In text order, each with its opening words. */
  paragraphs: { location: Location; preview: string }[];
}

export const UntranslatedRequest = new RequestType<UntranslatedParams, UntranslatedResult, void>('briefing/untranslated');

export interface QaReportParams {
  /** The client's token for progress reports (a notification the user can cancel). */
  workDoneToken?: ProgressToken;
}

export interface QaReportResult {
  /** "3 findings (numbers 2, terms 1) in 2 of 5 pairs of language versions." */
  summary: string;
  findings: number;
  pairs: number;
  /** The report as a readable Markdown table and as CSV. */
  markdown: string;
  csv: string;
  /** True when the user cancelled: the report covers the pairs checked until then. */
  cancelled: boolean;
}

/** Checks every pair of language versions in the workspace: files on disk, or the open documents that stand for them. */
export const QaReportRequest = new RequestType<QaReportParams, QaReportResult, void>('briefing/qaReport');

export interface ExportParams {
  workDoneToken?: ProgressToken;
}

export interface ExportResult {
  /** TMX 1.4 and TSV of the aligned paragraph pairs of every pair in the workspace. */
  tmx: string;
  tsv: string;
  /** Pairs of paragraphs written, and pairs of files they came from. */
  segments: number;
  pairs: number;
}

export const ExportRequest = new RequestType<ExportParams, ExportResult, void>('briefing/export');

export interface MemoryStatus {
  enabled: boolean;
  /** Pairs of files (or bilingual files) read, and the sentence and paragraph units they gave. */
  sources: number;
  units: number;
}

/** The translation memory once it is up to date with the files (answered when its build ends). */
export const MemoryStatusRequest = new RequestType0<MemoryStatus, void>('briefing/memoryStatus');
