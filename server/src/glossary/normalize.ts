/** Folding that keeps every offset: one UTF-16 unit in, one out. */

/**
 * Lower-cases ASCII and turns full-width Latin letters, digits and punctuation (Ａ, ｂ, １, ＆) and
 * the ideographic space into their half-width forms, so that matches found in the folded text are
 * at the same offsets in the original.
 */
export function fold(text: string): string {
  let out = '';
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
    else if (code === 0x3000 || code === 0xa0) code = 0x20;
    else if (code === 0x2019) code = 0x27; // ’ as in China’s
    if (code >= 0x41 && code <= 0x5a) code += 0x20;
    if (code !== text.charCodeAt(i)) changed = true;
    out += String.fromCharCode(code);
  }
  return changed ? out : text;
}

export function hasHan(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}

/**
 * Whether the character at `offset` (either half of a surrogate pair) is a letter or digit of a
 * word-spaced script: Latin and the like, not Han, which needs no word boundaries.
 */
export function isWordChar(text: string, offset: number): boolean {
  if (offset < 0 || offset >= text.length) return false;
  const code = text.charCodeAt(offset);
  const start = code >= 0xdc00 && code <= 0xdfff && offset > 0 ? offset - 1 : offset;
  const char = String.fromCodePoint(text.codePointAt(start)!);
  return /[\p{L}\p{N}]/u.test(char) && !/\p{Script=Han}/u.test(char);
}
