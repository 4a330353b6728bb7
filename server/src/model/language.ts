/** Which language a stretch of text is written in. */

import type { Language } from './types';

/** Enough characters to tell the language; a whole long paragraph would only cost time. */
const SAMPLE_LENGTH = 160;

/**
 * Counts Han characters against Latin letters over the start of the text. One Han character
 * carries about as much as three Latin letters, so Chinese text that quotes English names still
 * counts as Chinese.
 */
export function detectLanguage(text: string, start: number, end: number): Language {
  let han = 0;
  let latin = 0;
  const stop = Math.min(end, start + SAMPLE_LENGTH);
  for (let i = start; i < stop; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) latin++;
    else if (isHan(code) || (code >= 0xd840 && code <= 0xd87f)) han++; // or a high surrogate of the CJK extension planes
    else continue;
    // Stop once the rest of the sample could not change the answer (most paragraphs are one language).
    const rest = stop - i - 1;
    if (han * 3 >= latin + rest || latin > (han + rest) * 3) break;
  }
  if (han === 0 && latin === 0) return 'other';
  return han * 3 >= latin ? 'zh' : 'en';
}

export function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}
