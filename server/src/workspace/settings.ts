/** The `briefing.*` settings the server reads, with defaults for editors that send none. */
import type { CustomPattern } from '../align';
import type { OutlineOptions } from '../features/outline';

export interface ServerSettings {
  outline: OutlineOptions;
  workspaceSymbolsInclude: string[];
  /** Extra glossary files: paths or globs, relative to a workspace folder or absolute. */
  glossaryFiles: string[];
  /** Mark glossary terms with a semantic token. */
  highlightTerms: boolean;
  /** Extra naming patterns pairing language versions: `{ zh: '{name}.cn.txt', en: '{name}.txt' }`. */
  parallelPatterns: CustomPattern[];
}

export const DEFAULT_SETTINGS: ServerSettings = {
  outline: { nameLength: 60, inlinePoints: true },
  workspaceSymbolsInclude: ['**/*.briefing', '**/*.zh.txt', '**/*.en.txt', '**/*.bilingual.txt'],
  glossaryFiles: [],
  highlightTerms: true,
  parallelPatterns: [],
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
    outline: {
      nameLength: typeof nameLength === 'number' && nameLength >= 10 && nameLength <= 200 ? Math.round(nameLength) : DEFAULT_SETTINGS.outline.nameLength,
      inlinePoints: typeof outline['inlinePoints'] === 'boolean' ? outline['inlinePoints'] : DEFAULT_SETTINGS.outline.inlinePoints,
    },
    workspaceSymbolsInclude: isStringArray(include) ? include : DEFAULT_SETTINGS.workspaceSymbolsInclude,
    glossaryFiles: isStringArray(glossary['files']) ? glossary['files'] : DEFAULT_SETTINGS.glossaryFiles,
    highlightTerms: typeof glossary['highlight'] === 'boolean' ? glossary['highlight'] : DEFAULT_SETTINGS.highlightTerms,
    parallelPatterns: Array.isArray(patterns) ? patterns.filter(isPattern) : DEFAULT_SETTINGS.parallelPatterns,
  };
}
