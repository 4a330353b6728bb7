/**
 * Export of aligned pairs for CAT tools (TMX 1.4) and spreadsheets (TSV): pure functions of the
 * texts, so that the command line and the server (for the editor's command) share them.
 */
import { alignBilingual, alignTexts } from '../align';
import type { TermIndex } from '../glossary';
import { exportedDocument, type ExportedDocument } from './segments';
import { toTmx, type TmxOptions } from './tmx';
import { toTsv } from './tsv';

export { exportedDocument, type ExportedDocument, type Segment, type SegmentOptions, type SegmentPair } from './segments';
export { toTmx, xmlAttribute, xmlText, TMX_LANGUAGES, TMX_TOOL, type TmxOptions } from './tmx';
export { toTsv, tsvField } from './tsv';

/** A language pair to export: two texts, or one text that holds both languages (`enText` absent). */
export interface ExportInput {
  /** Names written into the export (the TMX's x-zh-source, x-en-source): file paths as the user knows them. */
  zhName: string;
  enName: string;
  zhText: string;
  enText?: string;
}

export interface ExportResult {
  tmx: string;
  tsv: string;
  pairs: number;
  /** Inputs that gave no pairs: one language missing. */
  skipped: { zhName: string; enName: string; reason: string }[];
}

/** Aligns each input as the server would, and writes the pairs of all of them as TMX and TSV. */
export function exportTexts(inputs: readonly ExportInput[], terms: TermIndex, options: TmxOptions): ExportResult {
  const documents: ExportedDocument[] = [];
  const skipped: ExportResult['skipped'] = [];
  for (const input of inputs) {
    const aligned = input.enText === undefined ? alignBilingual(input.zhText, terms) : alignTexts(input.zhText, input.enText, terms);
    if (aligned.kind === 'aligned') documents.push(exportedDocument(input.zhName, input.enName, aligned));
    else skipped.push({ zhName: input.zhName, enName: input.enName, reason: aligned.reason });
  }
  const pairs = documents.reduce((sum, document) => sum + document.pairs.length, 0);
  return { tmx: toTmx(documents, options), tsv: toTsv(documents), pairs, skipped };
}
