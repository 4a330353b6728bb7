/**
 * Naming rules that pair the language versions of a briefing kept in sibling files:
 * `NAME.zh.EXT` ↔ `NAME.en.EXT` (and other language tags), `NAME_zh.EXT` ↔ `NAME_en.EXT`, and
 * user patterns such as `{name}.cn.txt` ↔ `{name}.txt`. Pure string functions: finding which
 * candidates exist on disk is the workspace's job.
 */

export type PairedLanguage = 'zh' | 'en';

export interface CustomPattern {
  /** A file name with one `{name}` placeholder, e.g. `{name}.cn.txt`. */
  zh: string;
  en: string;
}

/** Tags of the dotted form, in the order a counterpart is looked for. */
const TAGS: Record<PairedLanguage, string[]> = {
  zh: ['zh', 'zh-CN', 'zh-Hans', 'zh_CN', 'cn', 'chs', 'chi', 'zho'],
  en: ['en', 'en-US', 'en-GB', 'eng'],
};

/**
 * The tag that best mirrors each tag on the other side, tried before the rest: a file named with
 * a region (zh-CN) or a three-letter code (zho) most likely has a counterpart named the same way.
 */
const MIRROR: Record<string, string> = {
  'zh-cn': 'en-US',
  zh_cn: 'en-US',
  chi: 'eng',
  zho: 'eng',
  'en-us': 'zh-CN',
  'en-gb': 'zh-CN',
  eng: 'zho',
};

const TAG_LANGUAGE = new Map<string, PairedLanguage>(
  (['zh', 'en'] as const).flatMap((language) => TAGS[language].map((tag) => [tag.toLowerCase(), language] as const)),
);

/** `NAME.TAG.EXT`: the tag is the second-to-last dotted part. */
const DOTTED = /^(.+)\.([A-Za-z]{2,3}(?:[-_][A-Za-z]{2,4})?)(\.[^.]+)$/;
/** `NAME_zh.EXT`, `NAME-en` (the extension is optional). */
const SUFFIXED = /^(.*[^_-])([_-])(zh|en)(\.[^.]+)?$/i;

interface ParsedName {
  directory: string;
  form: 'dotted' | 'suffixed';
  language: PairedLanguage;
  /** Rebuilds the name with another tag, in the input's case style. */
  withTag: (tag: string) => string;
  tag: string;
}

export function languageOfFileName(name: string): PairedLanguage | undefined {
  return parseName(name)?.language;
}

/** Candidate names of the other language version, most likely first; none when the name has no language. */
export function counterpartFileNames(name: string): string[] {
  const parsed = parseName(name);
  if (!parsed) return [];
  const other: PairedLanguage = parsed.language === 'zh' ? 'en' : 'zh';
  // The suffixed form only knows zh and en.
  const tags = parsed.form === 'suffixed' ? [other] : orderedTags(parsed.tag, other);
  return unique(tags.map((tag) => parsed.directory + parsed.withTag(tag)));
}

/** Candidates from user patterns: a name that fits one side of a pattern gives the other side. */
export function customPatternCounterparts(name: string, patterns: CustomPattern[]): string[] {
  const { directory, base } = splitPath(name);
  const found: string[] = [];
  for (const pattern of patterns) {
    const match = matchCustomPattern(base, pattern);
    if (match) found.push(directory + fill(match.language === 'zh' ? pattern.en : pattern.zh, match.name));
  }
  return unique(found).filter((candidate) => candidate !== name);
}

/** The language a user pattern gives the name, from the first pattern it fits. */
export function languageByCustomPatterns(name: string, patterns: CustomPattern[]): PairedLanguage | undefined {
  const base = splitPath(name).base;
  for (const pattern of patterns) {
    const match = matchCustomPattern(base, pattern);
    if (match) return match.language;
  }
  return undefined;
}

function parseName(name: string): ParsedName | undefined {
  const { directory, base } = splitPath(name);
  const dotted = DOTTED.exec(base);
  const dottedLanguage = dotted ? TAG_LANGUAGE.get(dotted[2]!.toLowerCase()) : undefined;
  if (dotted && dottedLanguage) {
    const [, stem, tag, extension] = dotted as unknown as [string, string, string, string];
    return { directory, form: 'dotted', language: dottedLanguage, tag, withTag: (t) => `${stem}.${inCaseOf(tag, t)}${extension}` };
  }
  const suffixed = SUFFIXED.exec(base);
  if (!suffixed) return undefined;
  const [, stem, separator, tag, extension = ''] = suffixed as unknown as [string, string, string, string, string | undefined];
  const language = tag.toLowerCase() as PairedLanguage;
  return { directory, form: 'suffixed', language, tag, withTag: (t) => `${stem}${separator}${inCaseOf(tag, t)}${extension}` };
}

/** The mirror of the input's tag first, then the plain two-letter tag, then every other tag. */
function orderedTags(tag: string, other: PairedLanguage): string[] {
  const mirror = MIRROR[tag.toLowerCase()];
  const mirrored = mirror !== undefined && TAG_LANGUAGE.get(mirror.toLowerCase()) === other ? [mirror] : [];
  return [...mirrored, ...TAGS[other]];
}

/**
 * Writes `tag` in the case style of `model`: all capitals (ZH → EN, ZH-CN → EN-US), capitalised
 * (Zh → En), all lower case where the usual spelling has capitals (zh-cn → en-us); a tag written
 * the usual way (zh, zh-CN) gives the usual spelling of the other.
 */
function inCaseOf(model: string, tag: string): string {
  const usual = TAGS.zh.concat(TAGS.en).find((t) => t.toLowerCase() === model.toLowerCase());
  if (model === usual) return tag;
  const letters = model.replace(/[^A-Za-z]/g, '');
  if (letters === letters.toUpperCase()) return tag.toUpperCase();
  if (letters === letters.toLowerCase()) return tag.toLowerCase();
  if (letters[0] === letters[0]!.toUpperCase() && letters.slice(1) === letters.slice(1).toLowerCase()) {
    return tag[0]!.toUpperCase() + tag.slice(1).toLowerCase();
  }
  return tag;
}

function matchCustomPattern(base: string, pattern: CustomPattern): { language: PairedLanguage; name: string } | undefined {
  const zh = templateRegex(pattern.zh).exec(base);
  const en = templateRegex(pattern.en).exec(base);
  // `a.cn.txt` fits both `{name}.cn.txt` and `{name}.txt`: the template with more fixed text wins.
  if (zh && en) return literalLength(pattern.zh) >= literalLength(pattern.en) ? { language: 'zh', name: zh[1]! } : { language: 'en', name: en[1]! };
  if (zh) return { language: 'zh', name: zh[1]! };
  if (en) return { language: 'en', name: en[1]! };
  return undefined;
}

/** A template without the placeholder names one file, not a family: it matches nothing. */
const NEVER = /(?!)/;

function templateRegex(template: string): RegExp {
  if (!template.includes('{name}')) return NEVER;
  let seen = false;
  const source = template
    .split('{name}')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .reduce((acc, part) => {
      const placeholder = seen ? '\\1' : '(.+)';
      seen = true;
      return acc + placeholder + part;
    });
  return new RegExp(`^${source}$`);
}

function literalLength(template: string): number {
  return template.replaceAll('{name}', '').length;
}

function fill(template: string, name: string): string {
  return template.replaceAll('{name}', name);
}

function splitPath(name: string): { directory: string; base: string } {
  const slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
  return { directory: name.slice(0, slash + 1), base: name.slice(slash + 1) };
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}
