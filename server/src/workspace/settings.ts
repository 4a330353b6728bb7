/**
 * The `briefing.*` settings the server reads, with defaults for editors that send none. An editor
 * gives them in one of three ways: answering `workspace/configuration` (VS Code, Neovim 0.8+,
 * Helix, eglot), pushing them with `workspace/didChangeConfiguration` (Neovim 0.7, which cannot be
 * asked), or in `initializationOptions`. The last two carry an object with a `briefing` key.
 */
import type { CustomPattern } from '../align';
import { QA_CHECKS, type QaCheck, type QaSwitches } from '../qa';
import type { DetectPlainText } from './briefingDocuments';
import { nameInFolders } from './folders';

/** What the outline's names and points follow (the features' OutlineOptions has the same shape). */
export interface OutlineSettings {
  /** Longest name, in columns (a Han character takes two). */
  nameLength: number;
  inlinePoints: boolean;
}

export interface ServerSettings {
  /** Whether documents that are not called briefings are looked at for one (briefingDocuments.ts). */
  detectPlainText: DetectPlainText;
  outline: OutlineSettings;
  workspaceSymbolsInclude: string[];
  /** Extra glossary files: paths or globs, relative to a workspace folder or absolute. */
  glossaryFiles: string[];
  /** Mark glossary terms with a semantic token. */
  highlightTerms: boolean;
  /** Extra naming patterns pairing language versions: `{ zh: '{name}.cn.txt', en: '{name}.txt' }`. */
  parallelPatterns: CustomPattern[];
  qa: QaSettings;
  memory: MemorySettings;
}

export interface MemorySettings {
  enabled: boolean;
  /** Folders of earlier briefings besides the workspace's: relative to the first workspace folder, or absolute. */
  folders: string[];
}

export interface QaSettings {
  enabled: boolean;
  /** Checks switched on or off everywhere. */
  checks: QaSwitches;
  /** Checks switched off in one file: by its path relative to a workspace folder (or absolute). */
  skipInFiles: Record<string, QaCheck[]>;
}

export const DEFAULT_SETTINGS: ServerSettings = {
  detectPlainText: 'auto',
  outline: { nameLength: 40, inlinePoints: true },
  workspaceSymbolsInclude: ['**/*.briefing', '**/*.zh.txt', '**/*.en.txt', '**/*.bilingual.txt'],
  glossaryFiles: [],
  highlightTerms: true,
  parallelPatterns: [],
  qa: { enabled: true, checks: {}, skipInFiles: {} },
  memory: { enabled: true, folders: [] },
};

const isPattern = (value: unknown): value is CustomPattern =>
  typeof value === 'object' &&
  value !== null &&
  ['zh', 'en'].every((key) => typeof (value as Record<string, unknown>)[key] === 'string' && ((value as Record<string, string>)[key] ?? '').includes('{name}'));

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');

/** Reads the `briefing` configuration section; anything missing or malformed keeps its default. */
export function readSettings(section: unknown): ServerSettings {
  const value = (section ?? {}) as Record<string, unknown>;
  const outline = (value['outline'] ?? {}) as Record<string, unknown>;
  const workspaceSymbols = (value['workspaceSymbols'] ?? {}) as Record<string, unknown>;
  const glossary = (value['glossary'] ?? {}) as Record<string, unknown>;
  const patterns = ((value['parallel'] ?? {}) as Record<string, unknown>)['patterns'];
  const nameLength = outline['nameLength'];
  const include = workspaceSymbols['include'];
  return {
    detectPlainText: value['detectPlainText'] === 'off' ? 'off' : DEFAULT_SETTINGS.detectPlainText,
    outline: {
      nameLength: typeof nameLength === 'number' && nameLength >= 10 && nameLength <= 200 ? Math.round(nameLength) : DEFAULT_SETTINGS.outline.nameLength,
      inlinePoints: typeof outline['inlinePoints'] === 'boolean' ? outline['inlinePoints'] : DEFAULT_SETTINGS.outline.inlinePoints,
    },
    workspaceSymbolsInclude: isStringArray(include) ? include : DEFAULT_SETTINGS.workspaceSymbolsInclude,
    glossaryFiles: isStringArray(glossary['files']) ? glossary['files'] : DEFAULT_SETTINGS.glossaryFiles,
    highlightTerms: typeof glossary['highlight'] === 'boolean' ? glossary['highlight'] : DEFAULT_SETTINGS.highlightTerms,
    parallelPatterns: Array.isArray(patterns) ? patterns.filter(isPattern) : DEFAULT_SETTINGS.parallelPatterns,
    qa: readQaSettings((value['qa'] ?? {}) as Record<string, unknown>),
    memory: readMemorySettings((value['memory'] ?? {}) as Record<string, unknown>),
  };
}

function readMemorySettings(memory: Record<string, unknown>): MemorySettings {
  return {
    enabled: typeof memory['enabled'] === 'boolean' ? memory['enabled'] : DEFAULT_SETTINGS.memory.enabled,
    folders: isStringArray(memory['folders']) ? memory['folders'] : DEFAULT_SETTINGS.memory.folders,
  };
}

/**
 * The `briefing` section of what an editor pushed or gave at start (`{ briefing: {…} }`), or
 * undefined when it holds none: a push of other servers' settings (eglot pushes `{}` on connecting)
 * leaves ours as they were.
 */
export function briefingSection(container: unknown): unknown {
  if (typeof container !== 'object' || container === null || Array.isArray(container)) return undefined;
  return Object.prototype.hasOwnProperty.call(container, 'briefing') ? (container as Record<string, unknown>)['briefing'] : undefined;
}

const isCheck = (value: unknown): value is QaCheck => QA_CHECKS.includes(value as QaCheck);

function readQaSettings(qa: Record<string, unknown>): QaSettings {
  const checks: QaSwitches = {};
  for (const check of QA_CHECKS) if (typeof qa[check] === 'boolean') checks[check] = qa[check] as boolean;
  const skip = qa['skipInFiles'];
  const skipInFiles: Record<string, QaCheck[]> = {};
  if (typeof skip === 'object' && skip !== null && !Array.isArray(skip)) {
    for (const [file, list] of Object.entries(skip)) if (Array.isArray(list)) skipInFiles[file] = list.filter(isCheck);
  }
  return { enabled: typeof qa['enabled'] === 'boolean' ? qa['enabled'] : true, checks, skipInFiles };
}

/**
 * The checks for the file at `path`: the settings' switches, less those switched off in that file
 * (named relative to a workspace folder, with forward slashes, or by its absolute path).
 */
export function qaSwitchesFor(qa: QaSettings, folders: readonly string[], path: string): QaSwitches {
  const names = [path, nameInFolders(folders, path)];
  const switches: QaSwitches = { ...qa.checks };
  for (const name of names) for (const check of (name && qa.skipInFiles[name]) || []) switches[check] = false;
  return switches;
}
