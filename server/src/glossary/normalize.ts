/** Folding that keeps every offset: one UTF-16 unit in, one out. */

/**
 * Lower-cases ASCII and turns full-width Latin letters, digits and punctuation (Ａ, ｂ, １, ＆) and
 * the ideographic space into their half-width forms, so that matches found in the folded text are
 * at the same offsets in the original.
 */
function foldUnit(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
  if (code >= 0xff01 && code <= 0xff5e) {
    const half = code - 0xfee0;
    return half >= 0x41 && half <= 0x5a ? half + 0x20 : half;
  }
  if (code === 0x3000 || code === 0xa0) return 0x20;
  if (code === 0x2019) return 0x27; // ’ as in China’s
  return code;
}

/**
 * foldUnit of every UTF-16 unit, computed once (128 KB): the matcher folds the text as it reads
 * it, one lookup per unit, instead of building a folded copy of each paragraph.
 */
export const FOLDED = new Uint16Array(0x10000);
for (let code = 0; code < 0x10000; code++) FOLDED[code] = foldUnit(code);

/** The folded form of a (short) text, such as a glossary term. */
export function fold(text: string): string {
  // Most terms need no change (all Chinese ones): find the first unit that does before building anything.
  let first = 0;
  while (first < text.length && FOLDED[text.charCodeAt(first)] === text.charCodeAt(first)) first++;
  if (first === text.length) return text;
  let out = text.slice(0, first);
  for (let i = first; i < text.length; i++) out += String.fromCharCode(FOLDED[text.charCodeAt(i)]!);
  return out;
}

/** Han characters (the common blocks) by code unit: cheaper than a Unicode property regex. */
function isHanUnit(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xd840 && code <= 0xd87e);
}

export function hasHan(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isHanUnit(text.charCodeAt(i))) return true;
  return false;
}

/** A letter or digit of a word-spaced script (Latin and the like), not Han. */
function isWordCodePoint(codePoint: number): boolean {
  const char = String.fromCodePoint(codePoint);
  return /[\p{L}\p{N}]/u.test(char) && !/\p{Script=Han}/u.test(char);
}

// What a folded unit is, for word boundaries; the table is filled as units are first met, since
// settling all 65,536 with a Unicode regex would cost server start time.
const UNKNOWN = 0;
const NOT_WORD = 1;
const WORD = 2;
/** Either half of a surrogate pair outside the Han planes: judged by its code point, each time. */
const SURROGATE = 3;
const UNIT_KIND = new Uint8Array(0x10000);

function kindOf(unit: number): number {
  // Fast paths for what transcripts are made of: ASCII, Han, CJK punctuation, full-width forms.
  if (unit < 0x80) return (unit >= 0x30 && unit <= 0x39) || (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x41 && unit <= 0x5a) ? WORD : NOT_WORD;
  if (isHanUnit(unit) || (unit >= 0x3000 && unit <= 0x303f) || (unit >= 0xff00 && unit <= 0xffef)) return NOT_WORD;
  if (unit >= 0xd800 && unit <= 0xdfff) return SURROGATE;
  return isWordCodePoint(unit) ? WORD : NOT_WORD;
}

/**
 * Whether the folded unit at `offset` of `text[start, end)` is part of a word: a letter or digit of
 * a word-spaced script, not Han, which needs no word boundaries. Outside the range is no word.
 * Either half of a surrogate pair is judged by the pair's code point; pairs cut by the range
 * edge are judged by the half inside.
 */
export function isWordUnit(text: string, offset: number, start: number, end: number): boolean {
  if (offset < start || offset >= end) return false;
  const unit = FOLDED[text.charCodeAt(offset)]!;
  let kind = UNIT_KIND[unit]!;
  if (kind === UNKNOWN) UNIT_KIND[unit] = kind = kindOf(unit);
  if (kind !== SURROGATE) return kind === WORD;
  // A low surrogate is read with the unit before it (if in range); a high one with the unit after.
  const at = unit >= 0xdc00 && offset > start ? offset - 1 : offset;
  const first = FOLDED[text.charCodeAt(at)]!;
  const second = at + 1 < end ? text.charCodeAt(at + 1) : 0;
  const paired = first >= 0xd800 && first <= 0xdbff && second >= 0xdc00 && second <= 0xdfff;
  return isWordCodePoint(paired ? (first - 0xd800) * 0x400 + (second - 0xdc00) + 0x10000 : first);
}
