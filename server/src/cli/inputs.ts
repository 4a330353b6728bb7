/**
 * The pairs of language versions named on the command line: files given two by two (a Chinese and
 * an English one, in either order), files that hold both languages, and folders, where versions
 * pair by the sibling-file names the server uses (NAME.zh.txt ↔ NAME.en.txt, NAME_zh ↔ NAME_en…).
 */
import { isAbsolute, join, relative, resolve } from 'node:path';
import { counterpartFileNames, languageOfFileName, sectionsByLanguage, type Side } from '../align';
import { parseBriefing, type Briefing } from '../model';
import { CliError, isDirectory, readText, transcriptFiles } from './files';

export interface Version {
  /** The path as shown in messages and written into exports: relative to the working folder when inside it. */
  shown: string;
  briefing: Briefing;
  /** The languages of its sections; both for a bilingual file. */
  languages: Side[];
}

/** For a file that holds both languages, `zh` and `en` are the same version. */
export interface InputPair {
  zh: Version;
  en: Version;
}

export interface Inputs {
  pairs: InputPair[];
  /** Files left out, and why (printed as notes, not errors). */
  notes: string[];
}

const NAMES: Record<Side, string> = { zh: 'Chinese', en: 'English' };

export function collectPairs(args: readonly string[], cwd: string): Inputs {
  const inputs: Inputs = { pairs: [], notes: [] };
  let waiting: Version | undefined;
  for (const arg of args) {
    const path = resolve(cwd, arg);
    if (isDirectory(path, arg)) {
      const before = inputs.pairs.length;
      folderPairs(path, cwd, inputs);
      if (inputs.pairs.length === before) throw new CliError(`${arg}: no pairs of language versions found (NAME.zh.txt with NAME.en.txt, NAME_zh.txt with NAME_en.txt, or a .txt or .briefing file holding both languages)`);
      continue;
    }
    const version = load(path, cwd);
    if (version.languages.length === 0) throw new CliError(`${version.shown}: no Chinese or English transcript text found`);
    if (version.languages.length === 2) inputs.pairs.push({ zh: version, en: version });
    else if (!waiting) waiting = version;
    else {
      inputs.pairs.push(pairOf(waiting, version));
      waiting = undefined;
    }
  }
  if (waiting) throw new CliError(`${waiting.shown}: no ${NAMES[other(waiting.languages[0]!)]} file given with it (give files two by two: ZH_FILE EN_FILE)`);
  return inputs;
}

function pairOf(first: Version, second: Version): InputPair {
  const [a, b] = [first.languages[0]!, second.languages[0]!];
  if (a === b) throw new CliError(`${first.shown} and ${second.shown} are both ${NAMES[a]} (give files two by two: ZH_FILE EN_FILE)`);
  return a === 'zh' ? { zh: first, en: second } : { zh: second, en: first };
}

/**
 * A file's languages come from its text; from its name only when the text says nothing (no
 * section in either language); none when neither does.
 */
function load(path: string, cwd: string): Version {
  const shown = shownPath(path, cwd);
  const briefing = parseBriefing(readText(path, shown));
  const sections = sectionsByLanguage(briefing);
  const languages = (['zh', 'en'] as const).filter((side) => sections[side]);
  const named = languageOfFileName(path);
  return { shown, briefing, languages: languages.length > 0 ? languages : named ? [named] : [] };
}

/**
 * The pairs in a folder and its subfolders, as the server pairs an open file: a file holding both
 * languages with itself, else a file named for one language with the first sibling named for the
 * other. Files whose name names no language and that hold one language are not transcripts to pair.
 */
function folderPairs(directory: string, cwd: string, inputs: Inputs): void {
  for (const [folder, names] of transcriptFiles(directory)) {
    const versions = new Map(names.map((name) => [name, load(join(folder, name), cwd)]));
    const bilingual = (name: string) => versions.get(name)!.languages.length === 2;
    const paired = new Set<string>();
    // In name order, so that findings come file by file as a listing shows them.
    for (const [name, version] of versions) {
      if (bilingual(name)) {
        inputs.pairs.push({ zh: version, en: version });
        paired.add(name);
        continue;
      }
      if (languageOfFileName(name) !== 'zh') continue;
      const counterpart = counterpartFileNames(name).find((candidate) => versions.has(candidate) && !paired.has(candidate) && !bilingual(candidate));
      if (!counterpart) continue;
      inputs.pairs.push({ zh: version, en: versions.get(counterpart)! });
      paired.add(name).add(counterpart);
    }
    for (const [name, version] of versions) {
      const language = languageOfFileName(name);
      if (language && !paired.has(name)) inputs.notes.push(`${version.shown}: no ${NAMES[other(language)]} version beside it (${counterpartFileNames(name)[0]})`);
    }
  }
}

const other = (side: Side): Side => (side === 'zh' ? 'en' : 'zh');

/** Relative to the working folder when the file is inside it (as compilers print paths), absolute otherwise. */
export function shownPath(path: string, cwd: string): string {
  const inside = relative(cwd, path);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : path;
}
