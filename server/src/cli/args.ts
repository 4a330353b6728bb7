/** The command line's words: subcommands, options, and the help that explains them. */
import { parseArgs } from 'node:util';
import { QA_CHECKS, type QaSwitches } from '../qa';
import { CliError } from './files';
import { FORMATS, type Format } from './findings';

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'check'; inputs: string[]; switches: QaSwitches; format: Format; reports: string[]; glossaries: string[] }
  | { kind: 'export'; inputs: string[]; tmx?: string; tsv?: string; glossaries: string[] };

export const HELP = `briefing-qa: translation QA and export of aligned Chinese and English briefing transcripts

Usage:
  briefing-qa check INPUT… [--skip CHECKS] [--format text|json|csv] [--report FILE.md|FILE.csv]
  briefing-qa export INPUT… [--tmx OUT.tmx] [--tsv OUT.tsv]
  briefing-qa --help | --version

INPUT is a Chinese file followed by its English file (ZH_FILE EN_FILE, in either order), a file
holding both languages, or a folder: its .txt and .briefing files (subfolders included) pair by
name as the editor pairs them (NAME.zh.txt with NAME.en.txt, also zh-CN, cn, chs…, and NAME_zh
with NAME_en), and a file holding both languages stands alone.

check    aligns each pair and checks the English against the Chinese; prints each finding as
         FILE:LINE:COLUMN: CHECK: MESSAGE (on the English file) and a summary.
  --skip CHECKS      checks to leave out, comma-separated: ${QA_CHECKS.join(', ')}
  --format FORMAT    text (the default), json or csv, on standard output
  --report FILE      also write a report: FILE.md (a Markdown table) or FILE.csv; may be repeated
export   aligns each pair and writes the paired paragraphs for CAT tools and spreadsheets.
  --tmx FILE         TMX 1.4 (zh-CN → en), one translation unit per aligned paragraph
  --tsv FILE         zh-CN<TAB>en, one pair a line, with a header line
Both:
  --glossary FILE    a glossary (.tsv, .csv, .json or .tbx, as in the editor) used besides the
                     built-in one, to align and to check terms; may be repeated

Exit status: 0 no findings (or exported), 1 findings, 2 bad usage or an input that cannot be read.
`;

const OPTIONS = {
  skip: { type: 'string' },
  format: { type: 'string' },
  report: { type: 'string', multiple: true },
  tmx: { type: 'string' },
  tsv: { type: 'string' },
  glossary: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** Which options each subcommand takes: one given to the other is a mistake worth saying. */
const OWN_OPTIONS = { check: ['skip', 'format', 'report', 'glossary'], export: ['tmx', 'tsv', 'glossary'] } as const;

export function parseCommand(argv: readonly string[]): Command {
  const { values, positionals } = parsed(argv);
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [subcommand, ...inputs] = positionals;
  if (subcommand === undefined) throw new CliError('no subcommand given: check or export (see briefing-qa --help)');
  if (subcommand !== 'check' && subcommand !== 'export') throw new CliError(`unknown subcommand "${subcommand}": check or export (see briefing-qa --help)`);
  for (const name of Object.keys(values)) {
    if (!(OWN_OPTIONS[subcommand] as readonly string[]).includes(name)) throw new CliError(`--${name} is not an option of ${subcommand} (see briefing-qa --help)`);
  }
  if (inputs.length === 0) throw new CliError(`${subcommand}: no input given: ZH_FILE EN_FILE, a bilingual file or a folder`);
  const glossaries = values.glossary ?? [];
  if (subcommand === 'export') {
    if (!values.tmx && !values.tsv) throw new CliError('export: say where to write: --tmx OUT.tmx, --tsv OUT.tsv or both');
    return { kind: 'export', inputs, glossaries, ...(values.tmx && { tmx: values.tmx }), ...(values.tsv && { tsv: values.tsv }) };
  }
  const reports = values.report ?? [];
  for (const report of reports) if (!/\.(md|csv)$/i.test(report)) throw new CliError(`--report ${report}: the file name must end in .md (a Markdown table) or .csv`);
  return { kind: 'check', inputs, switches: switchesOff(values.skip), format: formatOf(values.format), reports, glossaries };
}

function parsed(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs explains unknown options and missing values well; its error carries no stack worth showing.
    throw new CliError(`${(error as Error).message} (see briefing-qa --help)`);
  }
}

function switchesOff(skip: string | undefined): QaSwitches {
  const switches: QaSwitches = {};
  for (const name of (skip ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
    const check = QA_CHECKS.find((c) => c === name);
    if (!check) throw new CliError(`--skip ${name}: not a check; the checks are ${QA_CHECKS.join(', ')}`);
    switches[check] = false;
  }
  return switches;
}

function formatOf(format: string | undefined): Format {
  if (format === undefined) return 'text';
  const known = FORMATS.find((f) => f === format);
  if (!known) throw new CliError(`--format ${format}: text, json or csv`);
  return known;
}
