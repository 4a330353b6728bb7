/**
 * Briefing files on disk in the workspace folders, with their outlines cached by modification
 * time, so that Go to Symbol in Workspace covers files that are not open.
 */
import { readFile, stat } from 'node:fs/promises';
import { glob } from 'tinyglobby';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { parseBriefing, type Briefing } from '../model';

export interface WorkspaceDocument {
  document: TextDocument;
  briefing: Briefing;
}

/** Larger files are skipped when scanning the workspace (they can still be opened). */
const MAX_FILE_BYTES = 20 * 1024 * 1024;
const IGNORE = ['**/node_modules/**', '**/.git/**', '**/out/**', '**/.vscode-test/**'];

export class WorkspaceFiles {
  private files: Promise<string[]> | undefined;
  private readonly parsed = new Map<string, { mtimeMs: number; entry: WorkspaceDocument }>();
  private folders: string[] = [];
  private include: string[] = [];

  configure(folders: string[], include: string[]): void {
    if (folders.join('\n') === this.folders.join('\n') && include.join('\n') === this.include.join('\n')) return;
    this.folders = folders;
    this.include = include;
    this.files = undefined;
  }

  /** A file was created, changed or deleted: list the folders again and re-read that file. */
  invalidate(uri: string): void {
    this.files = undefined;
    this.parsed.delete(URI.parse(uri).fsPath);
  }

  async documents(log: (message: string) => void): Promise<WorkspaceDocument[]> {
    this.files ??= this.list();
    const entries = await Promise.all((await this.files).map((path) => this.load(path, log)));
    return entries.filter((entry): entry is WorkspaceDocument => entry !== undefined);
  }

  private async list(): Promise<string[]> {
    const lists = await Promise.all(
      this.folders.map((cwd) => glob(this.include, { cwd, absolute: true, ignore: IGNORE, dot: false }).catch(() => [])),
    );
    return [...new Set(lists.flat())].sort();
  }

  private async load(path: string, log: (message: string) => void): Promise<WorkspaceDocument | undefined> {
    try {
      const info = await stat(path);
      if (!info.isFile() || info.size > MAX_FILE_BYTES) return undefined;
      const cached = this.parsed.get(path);
      if (cached && cached.mtimeMs === info.mtimeMs) return cached.entry;
      const text = await readFile(path, 'utf8');
      const uri = URI.file(path).toString();
      const entry = { document: TextDocument.create(uri, 'briefing', 0, text), briefing: parseBriefing(text) };
      this.parsed.set(path, { mtimeMs: info.mtimeMs, entry });
      return entry;
    } catch (error) {
      log(`Skipped ${path} for workspace symbols: ${(error as Error).message}`);
      this.parsed.delete(path);
      return undefined;
    }
  }
}
