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

export function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char) && !/\p{Script=Han}/u.test(char);
}
