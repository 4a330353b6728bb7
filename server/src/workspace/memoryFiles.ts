/**
 * Which files feed the translation memory, and their stored units on disk: the pairs of language
 * versions (and the bilingual files) in the workspace folders and the folders the user added, and
 * the store in the extension's storage folder.
 */
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { glob } from 'tinyglobby';
import { counterpartFileNames, customPatternCounterparts, languageByCustomPatterns, languageOfFileName, type CustomPattern } from '../align';
import { parseStore, serializeStore, type StoredSource } from '../memory';

const IGNORE = ['**/node_modules/**', '**/.git/**', '**/out/**', '**/.vscode-test/**'];
export const STORE_NAME = 'translation-memory.json';

/** One source of units: a Chinese file and its English sibling, or one file that may hold both. */
export interface MemoryFilePair {
  zhPath: string;
  enPath: string;
}

/**
 * The pairs among the files the include globs find in `folders`. A Chinese file is paired with the
 * first sibling its name points to; English files come with theirs; a file whose name says no
 * language may be bilingual (its text tells, when read).
 */
export async function memoryFilePairs(folders: readonly string[], include: readonly string[], patterns: CustomPattern[]): Promise<MemoryFilePair[]> {
  const lists = await Promise.all(folders.map((cwd) => glob([...include], { cwd, absolute: true, ignore: IGNORE, dot: false }).catch(() => [] as string[])));
  const files = new Set(lists.flat());
  const pairs: MemoryFilePair[] = [];
  for (const path of [...files].sort()) {
    const name = basename(path);
    const language = languageOfFileName(name) ?? languageByCustomPatterns(name, patterns);
    if (language === 'en') continue;
    if (!language) {
      pairs.push({ zhPath: path, enPath: path });
      continue;
    }
    const sibling = [...customPatternCounterparts(name, patterns), ...counterpartFileNames(name)].map((n) => join(dirname(path), n)).find((p) => files.has(p));
    if (sibling) pairs.push({ zhPath: path, enPath: sibling });
  }
  return pairs;
}

/** Changes when either file is written again; throws when one is missing. */
export async function stampOf(pair: MemoryFilePair): Promise<{ stamp: string; bytes: number }> {
  const paths = pair.zhPath === pair.enPath ? [pair.zhPath] : [pair.zhPath, pair.enPath];
  const infos = await Promise.all(paths.map((path) => stat(path)));
  return { stamp: infos.map((info) => `${info.mtimeMs}:${info.size}`).join('|'), bytes: Math.max(...infos.map((info) => info.size)) };
}

/** The stored sources, or none (with a log line) when the store is missing, unreadable, corrupt or of another version. */
export async function readStore(storagePath: string, log: (message: string) => void): Promise<StoredSource[]> {
  let text: string;
  try {
    text = await readFile(join(storagePath, STORE_NAME), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') log(`Translation memory: could not read the store (${(error as Error).message}); building it anew.`);
    return [];
  }
  const reading = parseStore(text);
  if (reading.kind === 'read') return reading.sources;
  log(`Translation memory: store discarded (${reading.reason}); building it anew.`);
  return [];
}

/** Writes the store whole, through a temporary file: a crash mid-write leaves the previous store. */
export async function writeStore(storagePath: string, sources: Iterable<StoredSource>): Promise<number> {
  await mkdir(storagePath, { recursive: true });
  const text = serializeStore(sources);
  const target = join(storagePath, STORE_NAME);
  const temporary = `${target}.${process.pid}.tmp`;
  await writeFile(temporary, text, 'utf8');
  await rename(temporary, target);
  return Buffer.byteLength(text);
}
