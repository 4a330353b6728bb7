/**
 * The briefing files in the workspace folders, so that Go to Symbol in Workspace covers files that
 * are not open. The list is kept until a file is created or deleted; DiskBriefings parses each file.
 */
import { glob } from 'tinyglobby';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Briefing } from '../model';
import type { DiskBriefing, DiskBriefings } from './diskBriefings';

export interface WorkspaceDocument {
  document: TextDocument;
  briefing: Briefing;
}

const IGNORE = ['**/node_modules/**', '**/.git/**', '**/out/**', '**/.vscode-test/**'];

export class WorkspaceFiles {
  private files: Promise<string[]> | undefined;
  private folders: string[] = [];
  private include: string[] = [];

  constructor(private readonly disk: DiskBriefings) {}

  configure(folders: string[], include: string[]): void {
    if (folders.join('\n') === this.folders.join('\n') && include.join('\n') === this.include.join('\n')) return;
    this.folders = folders;
    this.include = include;
    this.files = undefined;
  }

  /** A file was created or deleted: list the folders again (the disk cache re-reads changed files). */
  invalidate(): void {
    this.files = undefined;
  }

  async documents(log: (message: string) => void): Promise<WorkspaceDocument[]> {
    this.files ??= this.list();
    const entries = await Promise.all((await this.files).map((path) => this.disk.read(path, (why) => log(`Skipped for workspace symbols: ${why}`))));
    return entries.filter((entry): entry is DiskBriefing => entry !== undefined);
  }

  private async list(): Promise<string[]> {
    const lists = await Promise.all(
      this.folders.map((cwd) => glob(this.include, { cwd, absolute: true, ignore: IGNORE, dot: false }).catch(() => [])),
    );
    return [...new Set(lists.flat())].sort();
  }
}
