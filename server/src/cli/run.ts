/**
 * The command line's work, apart from the process it runs in: arguments in, text out through
 * `io`, an exit status back. The translation checker is a parameter, so that tests can give it
 * findings to report.
 */
import { writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { alignBriefings, type AlignedTexts, type Link } from '../align';
import { exportedDocument, toTmx, toTsv, type ExportedDocument } from '../export';
import { builtinEntries, glossaryFormat, parseGlossary, TermIndex, type GlossaryEntry } from '../glossary';
import { render } from '../l10n';
import type { Briefing } from '../model';
import type { Finding, QaSwitches } from '../qa';
import { HELP, parseCommand, type Command } from './args';
import { CliError, readText } from './files';
import { counted, findingsCsv, findingsMarkdown, formatFindings, locate, summaryOf, type LocatedFinding } from './findings';
import { collectPairs, shownPath, type InputPair } from './inputs';

export type Checker = (zh: Briefing, en: Briefing, links: readonly Link[], terms: TermIndex, switches: QaSwitches) => Finding[];

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
}

export interface CliDeps {
  check: Checker;
  version: string;
}

export const EXIT = { clean: 0, findings: 1, usage: 2 } as const;

export function runCli(argv: readonly string[], io: CliIo, deps: CliDeps): number {
  try {
    const command = parseCommand(argv);
    switch (command.kind) {
      case 'help':
        io.stdout(HELP);
        return EXIT.clean;
      case 'version':
        io.stdout(`${deps.version}\n`);
        return EXIT.clean;
      case 'check':
        return check(command, io, deps);
      case 'export':
        return exportPairs(command, io, deps);
    }
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    io.stderr(`briefing-qa: ${error.message}\n`);
    return EXIT.usage;
  }
}

type Aligned = { pair: InputPair; alignment: AlignedTexts };

/** Reads the inputs and glossaries, then aligns every pair; pairs that do not align are noted and left out. */
function alignedPairs(command: Extract<Command, { kind: 'check' | 'export' }>, io: CliIo): { aligned: Aligned[]; terms: TermIndex } {
  const terms = termIndex(command.glossaries, io);
  const { pairs, notes } = collectPairs(command.inputs, io.cwd);
  const aligned: Aligned[] = [];
  for (const pair of pairs) {
    const alignment = alignBriefings(pair.zh.briefing, pair.en.briefing, terms);
    if (alignment.kind === 'aligned') aligned.push({ pair, alignment });
    else notes.push(`${pair.zh === pair.en ? pair.zh.shown : `${pair.zh.shown} and ${pair.en.shown}`}: left out, ${alignment.reason}`);
  }
  for (const note of notes) io.stderr(`briefing-qa: note: ${note}\n`);
  return { aligned, terms };
}

function check(command: Extract<Command, { kind: 'check' }>, io: CliIo, deps: CliDeps): number {
  const { aligned, terms } = alignedPairs(command, io);
  const findings: LocatedFinding[] = [];
  let pairsWithFindings = 0;
  for (const { pair, alignment } of aligned) {
    const found = deps.check(pair.zh.briefing, pair.en.briefing, alignment.links, terms, command.switches);
    if (found.length > 0) pairsWithFindings++;
    findings.push(...found.sort((a, b) => a.start - b.start).map((finding) => locate(pair, finding)));
  }
  const summary = summaryOf(findings, aligned.length, pairsWithFindings);
  io.stdout(formatFindings(findings, command.format));
  // Standard output stays one document in JSON and CSV: the summary goes beside it.
  (command.format === 'text' ? io.stdout : io.stderr)(`${summary}\n`);
  for (const report of command.reports) {
    write(resolve(io.cwd, report), report.toLowerCase().endsWith('.csv') ? findingsCsv(findings) : findingsMarkdown(findings, summary));
  }
  return findings.length > 0 ? EXIT.findings : EXIT.clean;
}

function exportPairs(command: Extract<Command, { kind: 'export' }>, io: CliIo, deps: CliDeps): number {
  const { aligned } = alignedPairs(command, io);
  const documents: ExportedDocument[] = aligned.map(({ pair, alignment }) => exportedDocument(pair.zh.shown, pair.en.shown, alignment));
  const written: string[] = [];
  if (command.tmx) written.push(write(resolve(io.cwd, command.tmx), toTmx(documents, { toolVersion: deps.version })));
  if (command.tsv) written.push(write(resolve(io.cwd, command.tsv), toTsv(documents)));
  const count = documents.reduce((sum, document) => sum + document.pairs.length, 0);
  const to = written.map((path) => shownPath(path, io.cwd)).join(' and ');
  io.stdout(`Exported ${counted(count, 'aligned paragraph pair')} from ${counted(documents.length, 'pair')} of language versions to ${to}.\n`);
  return EXIT.clean;
}

function write(path: string, text: string): string {
  try {
    writeFileSync(path, text);
    return path;
  } catch (error) {
    throw new CliError(`${path}: cannot write (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

/** The built-in glossary, then the user's: a user entry overrides the built-in one for the same term, as in the editor. */
function termIndex(glossaries: readonly string[], io: CliIo): TermIndex {
  const entries: GlossaryEntry[] = builtinEntries();
  for (const file of glossaries) {
    const path = resolve(io.cwd, file);
    if (!glossaryFormat(path)) throw new CliError(`${file}: not a glossary file (.tsv, .csv, .json or .tbx)`);
    const loaded = parseGlossary(basename(path), pathToFileURL(path).href, readText(path, file));
    for (const problem of loaded.problems) io.stderr(`${file}:${problem.line + 1}: note: ${render(problem.message)}\n`);
    entries.push(...loaded.entries);
  }
  return new TermIndex(entries);
}
