/**
 * Numbers a paragraph mentions, in a form both languages share: digits survive translation
 * (2023 ↔ 2023, 34项 ↔ 34, 第24次 ↔ 24th) and months become their numbers, so that 12月28日 and
 * December 28 both give 12 and 28. Numbers written out in words or rescaled (60亿 ↔ 6 billion)
 * are not recovered; they simply give no evidence.
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * Digits (ASCII or full-width) with thousands separators and decimals, or a month's name as a
 * whole capitalised word. Naming the months, rather than taking any capitalised word and looking
 * it up, spares a match and a lookup for most capitalised words of English text.
 */
const NUMBER = new RegExp(`[0-9０-９]+(?:[.,．][0-9０-９]+)*|\\b(?:${MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|')})\\b`, 'g');
const PLAIN = /^[1-9]\d*$/;

export function numbersIn(text: string): string[] {
  const found: string[] = [];
  NUMBER.lastIndex = 0;
  for (let match = NUMBER.exec(text); match; match = NUMBER.exec(text)) {
    const number = normalize(match[0]);
    if (number !== undefined) found.push(number);
  }
  return found;
}

function normalize(raw: string): string | undefined {
  if (PLAIN.test(raw)) return raw;
  const first = raw.charCodeAt(0);
  if (first >= 0x41 && first <= 0x5a) {
    const month = MONTHS.indexOf(raw.toLowerCase());
    return month >= 0 ? String(month + 1) : undefined;
  }
  const ascii = raw.replace(/[０-９．]/g, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
  // 1,000 and 1000 are one number; a comma between numbers in a list ("3,4") is rare enough to ignore.
  const plain = ascii.replace(/,(?=\d{3}(?:\D|$))/g, '');
  return plain.replace(/^0+(?=\d)/, '');
}
