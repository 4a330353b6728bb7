/** Folding that keeps every offset: one UTF-16 unit in, one out. */

/**
 * Lower-cases ASCII and turns full-width Latin letters, digits and punctuation (Ａ, ｂ, １, ＆) and
 * the ideographic space into their half-width forms, so that matches found in the folded text are
 * at the same offsets in the original.
 */
export function fold(text: string): string {
  // Most text needs no change: find the first unit that does before building anything.
  let first = 0;
  while (first < text.length && foldUnit(text.charCodeAt(first)) === text.charCodeAt(first)) first++;
  if (first === text.length) return text;
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = i < first ? text.charCodeAt(i) : foldUnit(text.charCodeAt(i));
  return decodeUnits(units);
}

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

/** UTF-16 units back to a string, in chunks (String.fromCharCode takes a bounded number of arguments). */
function decodeUnits(units: Uint16Array): string {
  let out = '';
  for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode(...units.subarray(i, i + 8192));
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

/**
 * Whether the character at `offset` (either half of a surrogate pair) is a letter or digit of a
 * word-spaced script: Latin and the like, not Han, which needs no word boundaries.
 */
export function isWordChar(text: string, offset: number): boolean {
  if (offset < 0 || offset >= text.length) return false;
  const code = text.charCodeAt(offset);
  // Fast paths for what transcripts are made of: ASCII, Han, CJK punctuation.
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  if (isHanUnit(code) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xffef)) return false;
  const start = code >= 0xdc00 && code <= 0xdfff && offset > 0 ? offset - 1 : offset;
  const char = String.fromCodePoint(text.codePointAt(start)!);
  return /[\p{L}\p{N}]/u.test(char) && !/\p{Script=Han}/u.test(char);
}
