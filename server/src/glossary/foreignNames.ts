/**
 * Foreign names the glossary does not know, found in the translation by their sound: 阿雷亚萨 is
 * "Arreaza", 施泰因迈尔 "Steinmeier", 冯德莱恩 "von der Leyen". Chinese writes a foreign name with
 * characters chosen for their sound and gives every consonant a vowel of its own (Trump: te-lang-pu),
 * so the two spellings are compared by their consonants alone, grouped by where they are said
 * (b and p, d and t, l and r, s and sh and x…), plus a vowel that opens the name (Oman, 阿曼).
 */
import { pinyin } from 'pinyin-pro';
import { builtinEntries } from './builtin';
import type { Transliteration } from './transliteration';

/** A span of the English text that is already a glossary term, and so no unknown name's rendering. */
export interface KnownSpan {
  start: number;
  end: number;
}

const LONGEST_NAME = 12;
/** More runs of capitalised words than a paragraph of prose holds: the rest is not read. */
const MOST_NAMES = 300;
/** A paragraph longer than this is no transcript's (a pasted table, a file without breaks): not read for names. */
const LONGEST_PARAGRAPH = 8_000;
const MOST_WORDS = 4;
/** Names of fewer sounds than this (莫迪 Modi, 鲁哈尼 Rouhani: two) must sound the very same. */
const FEWEST_SOUNDS = 3;
const BEST_SCORE = 0.8;
/** The best rendering must beat the next one by this much, or the hover says nothing. */
const MARGIN = 0.1;
/**
 * How often a character must stand in the built-in glossary's foreign names to count as a sound,
 * and how often at least against its uses in the glossary's other terms (国 and 中 stand in many names too).
 */
const SOUND_CHARACTER_USES = 3;
const SOUND_CHARACTER_SHARE = 0.5;
const ORDINARY_TYPES = new Set(['term', 'initiative']);
export const NAME_DOTS = '·•・‧';
/** One-character words that a term or a name does not hold (particles, pronouns, prepositions). */
export const FUNCTION_CHARACTERS = new Set([...'的地得了着过也都又还就才很最更太各每该其此这那之与和及或并而但在于对把被将为以从向给让使由是有不没要会能可等们我你他她它日月年来去到']);
const DASHES = '—－-';

/** What the glossary already explains: its terms in the Chinese and in the English paragraph. */
export interface KnownTerms {
  zh: readonly KnownSpan[];
  en: readonly KnownSpan[];
}

/**
 * The foreign name around `offset` of the Chinese and its rendering in `en[enStart, enEnd)`, or
 * undefined when no name there sounds clearly like it (or the cursor is on no name character).
 */
export function foreignNameIn(zh: string, offset: number, en: string, enStart: number, enEnd: number, known: KnownTerms = { zh: [], en: [] }): Transliteration | undefined {
  const sounds = nameCharacters();
  const free = (at: number) => isNamePart(zh[at], sounds) && !known.zh.some((k) => k.start <= at && at < k.end);
  if (!free(offset) || enEnd - enStart > LONGEST_PARAGRAPH) return undefined;
  const names = englishNames(en, enStart, enEnd, known.en);
  if (names.length === 0) return undefined;
  let runStart = offset;
  let runEnd = offset;
  while (runStart > 0 && offset - runStart < LONGEST_NAME && free(runStart - 1)) runStart--;
  while (runEnd < zh.length && runEnd - offset < LONGEST_NAME && free(runEnd)) runEnd++;
  const readings = closestReadings(zh, runStart, runEnd, offset, names);
  const ranked = readings.map((r) => widened(r, zh, known.zh)).sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
  const best = ranked[0];
  if (!best || best.score < BEST_SCORE) return undefined;
  // Another name in the paragraph that sounds nearly as close makes the reading a guess; a longer or
  // shorter form of the same name (Mike Pompeo, Pompeo) is no rival.
  const sameName = (r: Reading) => r.name.text.includes(best.name.text) || best.name.text.includes(r.name.text);
  const rival = ranked.find((r) => (r.name.end <= best.name.start || r.name.start >= best.name.end) && !sameName(r));
  if (rival && best.score - rival.score < MARGIN) return undefined;
  const han = zh.slice(best.start, best.end);
  return {
    han, start: best.start, end: best.end,
    rendering: en.slice(best.name.start, best.name.end), renderingStart: best.name.start, renderingEnd: best.name.end,
    pinyin: pinyin(han, { toneType: 'symbol' }),
  };
}

/** Each English name with the stretch of Chinese around `offset` (within the run) that sounds most like it. */
function closestReadings(zh: string, runStart: number, runEnd: number, offset: number, names: EnglishName[]): Reading[] {
  const readings = new Map<EnglishName, Reading>();
  for (let start = runStart; start <= offset; start++) {
    for (let end = Math.min(runEnd, start + LONGEST_NAME); end > offset && end - start >= 2; end--) {
      if (!isHan(zh[start]!) || !isHan(zh[end - 1]!)) continue;
      const key = chineseKey(zh.slice(start, end));
      if (key.length < 2) continue;
      for (const name of names) {
        if (!mayReach(key, name.key)) continue;
        const score = similarity(key, name.key);
        if (Math.min(key.length, name.key.length) < FEWEST_SOUNDS && score < 1) continue;
        const reading = { score, start, end, name };
        const before = readings.get(name);
        if (!before || better(reading, before)) readings.set(name, reading);
      }
    }
  }
  return [...readings.values()];
}

interface Reading {
  score: number;
  /** The Chinese read. */
  start: number;
  end: number;
  name: EnglishName;
}

/** A closer reading, or as close over more of the Chinese, or over less of the English (Geingob, not Hage Geingob, for 根哥布). */
function better(a: Reading, b: Reading): boolean {
  if (a.score !== b.score) return a.score > b.score;
  if (a.end - a.start !== b.end - b.start) return a.end - a.start > b.end - b.start;
  return a.name.end - a.name.start < b.name.end - b.name.start;
}

/**
 * The reading with a character more on either side or both when that makes it sound closer: a name
 * may open or end with a character that ordinary words use more often than names (施 of 施泰因迈尔).
 */
function widened(reading: Reading, zh: string, known: readonly KnownSpan[]): Reading {
  const fits = (at: number) => at >= 0 && at < zh.length && isHan(zh[at]!) && !FUNCTION_CHARACTERS.has(zh[at]!) && !known.some((k) => k.start <= at && at < k.end);
  const before = fits(reading.start - 1) ? 1 : 0;
  const after = fits(reading.end) ? 1 : 0;
  let best = reading;
  for (const [start, end] of [[reading.start - before, reading.end], [reading.start, reading.end + after], [reading.start - before, reading.end + after]]) {
    const score = similarity(chineseKey(zh.slice(start, end)), reading.name.key);
    if (score > best.score) best = { ...reading, score, start: start!, end: end! };
  }
  return best;
}

// --- Which characters spell foreign names ---

let soundCharacters: Set<string> | undefined;

/**
 * The characters that spell foreign names, read from the built-in glossary once: those of its
 * foreign names of people and places (whose English is not their pinyin), unless its vocabulary
 * (terms and phrases) uses them far more. 阿, 尔, 斯, 特… and not 的, 中, 国, 政. A stretch of other
 * characters is ordinary Chinese, not a name, and is not looked for in the translation.
 */
export function nameCharacters(): Set<string> {
  if (soundCharacters) return soundCharacters;
  const inNames = new Map<string, number>();
  const elsewhere = new Map<string, number>();
  // Each character read once (a name's pinyin is its characters' pinyin): 8,000 names in a few milliseconds.
  const readings = new Map<string, string>();
  const pinyinOf = (form: string) => [...form].map((char) => {
    let reading = readings.get(char);
    if (reading === undefined) readings.set(char, (reading = isHan(char) ? pinyin(char, { toneType: 'none' }).replace(/ü/g, 'u') : ''));
    return reading;
  }).join('');
  for (const entry of builtinEntries()) {
    const english = entry.en[0]!.toLowerCase().replace(/[^a-z]/g, '');
    for (const form of entry.zh) {
      const foreignName = (entry.type === 'person' || entry.type === 'place') && pinyinOf(form) !== english;
      // Names of bodies hold names of countries (意大利外交部): only the vocabulary is ordinary Chinese.
      const uses = foreignName ? inNames : ORDINARY_TYPES.has(entry.type ?? '') ? elsewhere : undefined;
      for (const char of form) if (uses && isHan(char)) uses.set(char, (uses.get(char) ?? 0) + 1);
    }
  }
  const sound = ([char, n]: [string, number]) => n >= SOUND_CHARACTER_USES && n >= SOUND_CHARACTER_SHARE * (elsewhere.get(char) ?? 0);
  soundCharacters = new Set([...inNames].filter(sound).map(([char]) => char));
  return soundCharacters;
}

function isHan(char: string): boolean {
  return /\p{Script=Han}/u.test(char);
}

function isNamePart(char: string | undefined, sounds: Set<string>): boolean {
  return char !== undefined && (sounds.has(char) || NAME_DOTS.includes(char) || DASHES.includes(char));
}

// --- The two spellings as sounds ---

/** R: an English r, which Chinese often leaves unsaid after a vowel (Merkel, 默克尔). */
type Sound = 'P' | 'M' | 'F' | 'T' | 'N' | 'L' | 'R' | 'K' | 'S' | 'V';

const PINYIN_INITIALS: [string, Sound | ''][] = [
  ['zh', 'S'], ['ch', 'S'], ['sh', 'S'], ['b', 'P'], ['p', 'P'], ['m', 'M'], ['f', 'F'], ['w', 'F'],
  ['d', 'T'], ['t', 'T'], ['n', 'N'], ['l', 'L'], ['r', 'L'], ['g', 'K'], ['k', 'K'], ['h', ''],
  ['j', 'S'], ['q', 'S'], ['x', 'S'], ['z', 'S'], ['c', 'S'], ['s', 'S'], ['y', ''],
];

/** 施泰因迈尔 → S T N M L: each syllable's initial, a nasal ending (-n, -ng), 尔 as an r. */
function chineseKey(han: string): Sound[] {
  const syllables = pinyin(han.replace(new RegExp(`[${NAME_DOTS}${DASHES}]`, 'g'), ''), { toneType: 'none', type: 'array' });
  const key: Sound[] = [];
  syllables.forEach((syllable, i) => {
    const plain = syllable.replace(/ü/g, 'u');
    if (plain === 'er') {
      key.push('L');
      return;
    }
    const initial = PINYIN_INITIALS.find(([spelling]) => plain.startsWith(spelling));
    const opensWithVowel = !initial || initial[0] === 'y' || plain === 'wu';
    if (i === 0 && opensWithVowel) key.push('V');
    else if (initial?.[1]) key.push(initial[1]);
    if (/ng?$/.test(plain) && plain.length > 1) key.push('N');
  });
  return collapse(key);
}

const ENGLISH_SPELLINGS: [RegExp, Sound[]][] = [
  [/^sch|^sh|^ch|^zh/, ['S']], [/^ph/, ['F']], [/^th/, ['T']], [/^ck/, ['K']], [/^gh/, []], [/^qu/, ['K']],
  [/^x/, ['K', 'S']], [/^c(?=[eiy])/, ['S']], [/^ng(?![aeiouy])/, ['N']],
  [/^[bp]/, ['P']], [/^m/, ['M']], [/^[fvw]/, ['F']], [/^[dt]/, ['T']], [/^n/, ['N']], [/^l/, ['L']], [/^r/, ['R']],
  [/^[cgkq]/, ['K']], [/^[jsz]/, ['S']], [/^h/, []],
];

/** Steinmeier → S T N M L, Oman → V M N: consonants by group, and a vowel that opens a word. */
function englishKey(word: string): Sound[] {
  const letters = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]/g, '');
  const key: Sound[] = [];
  for (let i = 0; i < letters.length;) {
    const rest = letters.slice(i);
    if (/^[aeiouy]/.test(rest)) {
      if (i === 0) key.push('V');
      // A w or y after a vowel is part of it: Kudlow, Rouhani's ou, May.
      while (i < letters.length && (/[aeiouy]/.test(letters[i]!) || (/[wy]/.test(letters[i]!) && !/[aeiouy]/.test(letters[i + 1] ?? '')))) i++;
      continue;
    }
    const rule = ENGLISH_SPELLINGS.find(([pattern]) => pattern.test(rest));
    const length = rule ? rest.match(rule[0])![0].length : 1;
    if (rule) key.push(...rule[1]);
    i += length;
  }
  return key;
}

function collapse(key: Sound[]): Sound[] {
  return key.filter((sound, i) => sound !== key[i - 1]);
}

/** What it costs to read one sound as another: near sounds cost less than a different one. */
function substitution(a: Sound, b: Sound): number {
  if (a === b) return 0;
  const pair = a < b ? a + b : b + a;
  if (pair === 'LR') return 0;
  if (pair === 'MN') return 0.3;
  if (pair === 'KS' || pair === 'FP') return 0.5;
  if (pair === 'ST' || pair === 'LN') return 0.7;
  return 1;
}

/** Whether two keys differ little enough in length for a reading to reach BEST_SCORE (no sound is omitted for less than 0.4). */
function mayReach(a: Sound[], b: Sound[]): boolean {
  const longer = Math.max(a.length, b.length);
  return Math.abs(a.length - b.length) * 0.4 <= (1 - BEST_SCORE) * longer;
}

/** What it costs to find a sound on one side only. */
function omission(sound: Sound): number {
  return sound === 'R' ? 0.4 : 1;
}

/** 1 for the same sounds, less by the edit cost of turning one into the other over the longer. */
function similarity(a: Sound[], b: Sound[]): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + omission(a[i - 1]!), current[j - 1]! + omission(b[j - 1]!), previous[j - 1]! + substitution(a[i - 1]!, b[j - 1]!));
    }
    previous = current;
  }
  return 1 - previous[b.length]! / Math.max(a.length, b.length);
}

// --- Names in the English paragraph ---

interface EnglishName {
  start: number;
  end: number;
  text: string;
  key: Sound[];
}

/** Capitalised words that are no names: the months and days, and adjectives of nations and places. */
const NOT_NAMES = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\p{L}+(?:ese|ian|ish|ean))$/u;

/** How far around the paragraph a capitalised word is looked for in lower case. */
const WORD_WINDOW = 20_000;

/**
 * Whether the text near the paragraph writes the word in lower case: "Since" and "Joint" are words,
 * not names. Near, not everywhere: a 10 MB document is not read at each hover.
 */
function writtenInLowerCase(word: string, en: string, start: number, end: number): boolean {
  const lower = word.toLowerCase();
  if (lower === word) return true;
  const from = Math.max(0, start - WORD_WINDOW);
  const to = Math.min(en.length, end + WORD_WINDOW);
  for (let at = en.indexOf(lower, from); at >= 0 && at + lower.length <= to; at = en.indexOf(lower, at + 1)) {
    if (!/[\p{L}'’]/u.test(en[at - 1] ?? '') && !/\p{L}/u.test(en[at + lower.length] ?? '')) return true;
  }
  return false;
}

/** Lower-case words that stand inside a name: von der Leyen, bin Salman, al-Assad. */
const NAME_PARTICLES = new Set(['von', 'der', 'van', 'de', 'da', 'di', 'du', 'la', 'le', 'bin', 'al', 'el', 'ibn', 'dos', 'del']);
const WORD = /[\p{L}][\p{L}'’]*/gu;

/**
 * Every run of one to four words of a name in the English paragraph, not reaching into a known
 * term: capitalised words, with the particles between (or before) them, joined by a space or a
 * hyphen. A capitalised word that the document also writes in lower case is a word, not a name.
 */
function englishNames(en: string, start: number, end: number, known: readonly KnownSpan[]): EnglishName[] {
  const words: { start: number; end: number; text: string; opensSentence: boolean; key?: Sound[] }[] = [];
  for (const match of en.slice(start, end).matchAll(WORD)) {
    const at = start + match.index!;
    const opensSentence = /(?:^|[.!?:;]["'”’]?)\s*["'“‘(]?$/u.test(en.slice(Math.max(start, at - 4), at));
    const word = { start: at, end: at + match[0].length, text: match[0], opensSentence };
    const name = /^\p{Lu}/u.test(word.text) && !NOT_NAMES.test(word.text) && !writtenInLowerCase(word.text, en, start, end);
    if ((name || NAME_PARTICLES.has(word.text)) && !known.some((k) => k.start < word.end && word.start < k.end)) words.push(word);
  }
  const names: EnglishName[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= MOST_WORDS && i + n <= words.length; n++) {
      const last = words[i + n - 1]!;
      if (n > 1 && !/^[ -]$/.test(en.slice(words[i + n - 2]!.end, last.start))) break;
      // Every sentence opens with a capital: one word there (Since, Meanwhile) is no evidence of a name.
      if (!/^\p{Lu}/u.test(last.text) || (n === 1 && last.opensSentence)) continue;
      const key = collapse(words.slice(i, i + n).flatMap((w) => (w.key ??= englishKey(w.text))));
      const text = en.slice(words[i]!.start, last.end);
      // A name said twice is one name, taken where it first stands.
      if (key.length >= 2 && !seen.has(text) && names.length < MOST_NAMES) names.push({ start: words[i]!.start, end: last.end, text, key });
      seen.add(text);
    }
  }
  return names;
}
