/** Reading transcripts from disk for the command line: text files only, and folders walked for them. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Bad usage or input the tool cannot read: its message is shown as is, and the exit status is 2. */
export class CliError extends Error {}

/** Larger files are not read, as the server reads none from disk (workspace/diskBriefings.ts). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** A NUL among the first bytes means a binary file: text in UTF-8 never holds one. */
const BINARY_PROBE = 8000;

/** Extensions of the files a folder is searched for: transcripts as plain text or as Briefing documents. */
export const TRANSCRIPT_EXTENSIONS = ['.txt', '.briefing'];

/** The text of a file: UTF-8 (a BOM dropped), or UTF-16 with its BOM as some Windows editors save it. */
export function readText(path: string, shown: string): string {
  let bytes: Buffer;
  try {
    if (statSync(path).size > MAX_FILE_BYTES) throw new CliError(`${shown}: larger than ${MAX_FILE_BYTES / 1048576} MB, not read`);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${shown}: cannot read (${reason(error)})`);
  }
  return decode(bytes, shown);
}

function decode(bytes: Buffer, shown: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  if (bytes.subarray(0, BINARY_PROBE).includes(0)) throw new CliError(`${shown}: a binary file, not a text transcript`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(`${shown}: not UTF-8 text (save it as UTF-8)`);
  }
}

export function isDirectory(path: string, shown: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch (error) {
    throw new CliError(`${shown}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : `cannot read (${reason(error)})`}`);
  }
}

/**
 * The transcript files in a folder and its subfolders, by folder, names sorted. Hidden folders
 * and node_modules are not entered: they hold tools' files, not transcripts.
 */
export function transcriptFiles(directory: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const walk = (folder: string) => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      throw new CliError(`${folder}: cannot read the folder (${reason(error)})`);
    }
    const names: string[] = [];
    const subfolders: string[] = [];
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules') subfolders.push(join(folder, entry.name));
      else if (entry.isFile() && TRANSCRIPT_EXTENSIONS.some((extension) => entry.name.endsWith(extension))) names.push(entry.name);
    }
    // A folder's own files before its subfolders', as a listing shows them.
    if (names.length > 0) found.set(folder, names);
    subfolders.forEach(walk);
  };
  walk(directory);
  return found;
}

function reason(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  return code ?? message;
}
