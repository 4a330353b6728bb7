/**
 * The glossaries in force: the built-in one plus the user's glossary files in the workspace
 * folders and in the `briefing.glossary.files` setting. Files are read again when they change; a
 * file that cannot be read is reported on itself, never fatal.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, isAbsolute } from 'node:path';
import { glob } from 'tinyglobby';
import { URI } from 'vscode-uri';
import { MAX_FILE_BYTES } from './diskBriefings';
import { builtinEntries, glossaryFormat, parseGlossary, TermIndex, type GlossaryProblem, type LoadedGlossary } from '../glossary';
import { msg, type Message } from '../l10n';

export const GLOSSARY_GLOBS = ['**/*.glossary.tsv', '**/*.glossary.csv', '**/*.glossary.json', '**/*.tbx'];
const IGNORE = ['**/node_modules/**', '**/.git/**', '**/.vscode-test/**'];
const BINARY_PROBE = 8192;

export class Glossaries {
  private readonly loaded = new Map<string, LoadedGlossary>();
  /** Built when first asked for: opening a document and its outline need no terms. */
  private index: TermIndex | undefined;
  private folders: string[] = [];
  private extraFiles: string[] = [];

  constructor(
    private readonly report: (uri: string, problems: GlossaryProblem[]) => void,
    private readonly log: (message: string) => void,
  ) {}

  get terms(): TermIndex {
    if (!this.index) {
      const user = [...this.loaded.keys()].sort().flatMap((uri) => this.loaded.get(uri)!.entries);
      this.index = new TermIndex([...builtinEntries(), ...user]);
    }
    return this.index;
  }

  /** Workspace folders and extra files (paths or globs, relative to a folder or absolute). */
  async configure(folders: string[], extraFiles: string[]): Promise<void> {
    this.folders = folders;
    this.extraFiles = extraFiles;
    const paths = await this.findFiles();
    for (const uri of [...this.loaded.keys()]) if (!paths.includes(URI.parse(uri).fsPath)) this.forget(uri);
    await Promise.all(paths.map((path) => this.load(path)));
    this.termsChanged();
  }

  /** A watched file changed: reload it if it is one of the glossaries. */
  async fileChanged(uri: string, deleted: boolean): Promise<boolean> {
    const path = URI.parse(uri).fsPath;
    if (!glossaryFormat(path)) return false;
    const known = this.loaded.has(URI.file(path).toString());
    if (deleted) {
      if (!known) return false;
      this.forget(URI.file(path).toString());
    } else {
      if (!known && !(await this.findFiles()).includes(path)) return false;
      await this.load(path);
    }
    this.termsChanged();
    return true;
  }

  private async findFiles(): Promise<string[]> {
    const patterns = [...GLOSSARY_GLOBS, ...this.extraFiles.filter((p) => !isAbsolute(p))];
    const absolute = this.extraFiles.filter((p) => isAbsolute(p));
    const lists = await Promise.all(
      this.folders.map((cwd) => glob(patterns, { cwd, absolute: true, ignore: IGNORE }).catch(() => [] as string[])),
    );
    const fromAbsolute = await Promise.all(absolute.map((pattern) => glob(pattern, { absolute: true }).catch(() => [] as string[])));
    return [...new Set([...lists.flat(), ...fromAbsolute.flat()])].sort();
  }

  private forget(uri: string): void {
    this.loaded.delete(uri);
    this.report(uri, []);
  }

  private async load(path: string): Promise<void> {
    const uri = URI.file(path).toString();
    const glossary = await readGlossary(path, uri).catch((error: Error) => failed(msg('glossary.unreadable', { error: error.message })));
    this.loaded.set(uri, glossary);
    this.report(uri, glossary.problems);
    if (glossary.problems.length > 0) this.log(`${path}: ${glossary.problems.length} line(s) could not be read; see Problems.`);
  }

  /** The terms changed: the index is built again when next asked for. */
  private termsChanged(): void {
    this.index = undefined;
  }
}

const failed = (message: Message): LoadedGlossary => ({ entries: [], problems: [{ line: 0, message }] });

async function readGlossary(path: string, uri: string): Promise<LoadedGlossary> {
  const info = await stat(path);
  if (info.size > MAX_FILE_BYTES) {
    return failed(msg('glossary.tooLarge', { size: (info.size / 1048576).toFixed(1), limit: MAX_FILE_BYTES / 1048576 }));
  }
  const bytes = await readFile(path);
  if (bytes.subarray(0, BINARY_PROBE).includes(0)) return failed(msg('glossary.binary'));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return failed(msg('glossary.notUtf8'));
  }
  return parseGlossary(basename(path), uri, text);
}
