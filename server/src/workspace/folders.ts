/** Files named as the user knows them: by their path in a workspace folder, with forward slashes. */
import { isAbsolute, relative, sep } from 'node:path';

/** `path` relative to the first of `folders` that holds it, or undefined when none does. */
export function nameInFolders(folders: readonly string[], path: string): string | undefined {
  for (const folder of folders) {
    const name = relative(folder, path);
    if (name !== '' && !name.startsWith('..') && !isAbsolute(name)) return name.split(sep).join('/');
  }
  return undefined;
}
