/**
 * Names the glossary does not know, found in the translation by their pinyin: 赵立坚 is "Zhao
 * Lijian", 三沙 "Sansha". A name is a run of two to four Han characters around the cursor whose
 * pinyin, without tones, spells a run of capitalised words of the English paragraph: the surname
 * and the given name (Zhao Lijian), one word (Sansha), or one word per syllable.
 */
import { pinyin } from 'pinyin-pro';

export interface Transliteration {
  /** The Chinese name, and where it is in the Chinese text. */
  han: string;
  start: number;
  end: number;
  /** The English words that spell it, and where they are in the English text. */
  rendering: string;
  renderingStart: number;
  renderingEnd: number;
  /** The pinyin with tone marks, for the reader: zhào lì jiān. */
  pinyin: string;
}

const HAN = /\p{Script=Han}/u;
const LONGEST_NAME = 4;
/** Capitalised Latin words; apostrophes and hyphens inside count as part of the word (Xi'an, Li-jian). */
const CAPITALISED_WORD = /\p{Lu}[\p{L}'’-]*/gu;

interface Word {
  start: number;
  end: number;
  letters: string;
}

export function transliterationIn(zh: string, offset: number, en: string, enStart: number, enEnd: number): Transliteration | undefined {
  const words = capitalisedWords(en, enStart, enEnd);
  if (words.length === 0) return undefined;
  const [runStart, runEnd] = hanRunAround(zh, offset);
  for (let length = Math.min(LONGEST_NAME, runEnd - runStart); length >= 2; length--) {
    for (let start = Math.max(runStart, offset - length + 1); start <= offset && start + length <= runEnd; start++) {
      const han = zh.slice(start, start + length);
      const found = spelledBy(han, words);
      if (found) {
        return {
          han, start, end: start + length,
          rendering: en.slice(found.start, found.end), renderingStart: found.start, renderingEnd: found.end,
          pinyin: pinyin(han, { toneType: 'symbol', surname: 'head' }),
        };
      }
    }
  }
  return undefined;
}

function hanRunAround(text: string, offset: number): [number, number] {
  let start = offset;
  let end = offset;
  while (start > 0 && offset - start < LONGEST_NAME && HAN.test(text[start - 1]!)) start--;
  while (end < text.length && end - offset < LONGEST_NAME && HAN.test(text[end]!)) end++;
  return [start, end];
}

function capitalisedWords(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  for (const match of text.slice(start, end).matchAll(CAPITALISED_WORD)) {
    words.push({ start: start + match.index!, end: start + match.index! + match[0].length, letters: match[0].toLowerCase().replace(/['’-]/g, '') });
  }
  return words;
}

/** The English words spelling `han` in pinyin, read as a personal name or as any other name. */
function spelledBy(han: string, words: Word[]): { start: number; end: number } | undefined {
  const readings = [pinyin(han, { toneType: 'none', type: 'array', surname: 'head' }), pinyin(han, { toneType: 'none', type: 'array' })];
  for (const syllables of readings) {
    const spelled = syllables.map((s) => s.replace(/ü/g, 'u'));
    if (spelled.some((s) => !/^[a-z]+$/.test(s))) continue;
    const joined = spelled.join('');
    for (let i = 0; i < words.length; i++) {
      let letters = '';
      for (let k = 0; i + k < words.length && letters.length < joined.length; k++) {
        // Words of one name stand next to each other: a space or a hyphen between them.
        if (k > 0 && words[i + k]!.start - words[i + k - 1]!.end > 1) break;
        letters += words[i + k]!.letters;
        const split = k === 0 || words[i]!.letters === spelled[0] || k + 1 === spelled.length;
        if (letters === joined && split) return { start: words[i]!.start, end: words[i + k]!.end };
      }
    }
  }
  return undefined;
}
