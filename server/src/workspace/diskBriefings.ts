/**
 * Briefings read from disk (files that are not open), parsed once per modification time. Shared by
 * workspace symbols and by the pairing of language versions, so a file both need is parsed once.
 */
import { readFile, stat } from 'node:fs/promises';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { parseBriefing, type Briefing } from '../model';

/** Larger files are not read from disk (they can still be opened in the editor). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export interface DiskBriefing {
  document: TextDocument;
  briefing: Briefing;
  /** Changes when the file is written again. */
  stamp: string;
}

export class DiskBriefings {
  private readonly parsed = new Map<string, DiskBriefing>();

  /** The briefing in `path`, or undefined when it is missing, not a file, too large or unreadable (`why` says which). */
  async read(path: string, why: (message: string) => void = () => undefined): Promise<DiskBriefing | undefined> {
    try {
      const info = await stat(path);
      if (!info.isFile()) return undefined;
      if (info.size > MAX_FILE_BYTES) {
        why(`${path} is larger than ${MAX_FILE_BYTES / 1048576} MB`);
        return undefined;
      }
      // A file written again within the same modification time (or given its old one back) still
      // changes its status-change time and mostly its size.
      const stamp = `disk${info.mtimeMs}:${info.ctimeMs}:${info.size}`;
      const cached = this.parsed.get(path);
      if (cached?.stamp === stamp) return cached;
      const text = await readFile(path, 'utf8');
      const entry = { document: TextDocument.create(URI.file(path).toString(), 'briefing', 0, text), briefing: parseBriefing(text), stamp };
      this.parsed.set(path, entry);
      return entry;
    } catch (error) {
      this.parsed.delete(path);
      why(`${path}: ${(error as Error).message}`);
      return undefined;
    }
  }

  /** The file changed or went away: read it again when it is next needed. */
  forget(uri: string): void {
    this.parsed.delete(URI.parse(uri).fsPath);
  }
}
