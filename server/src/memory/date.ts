/** The date of a briefing, for the memory's matches ("87% · 2019-07-22"): from its file name, else its title. */

const ISO = /(?<!\d)((?:19|20)\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)/;
const CHINESE = /((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日/;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const ENGLISH = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{1,2}),?\s+((?:19|20)\d{2})\b/i;
/** The title is near the top; a date further down is one the briefing speaks of. */
const HEAD = 2000;

const pad = (n: number | string) => String(n).padStart(2, '0');

export function briefingDate(fileName: string, text: string): string | undefined {
  const named = ISO.exec(fileName);
  if (named) return `${named[1]}-${named[2]}-${named[3]}`;
  const head = text.slice(0, HEAD);
  const zh = CHINESE.exec(head);
  if (zh && Number(zh[2]) <= 12 && Number(zh[3]) <= 31) return `${zh[1]}-${pad(zh[2]!)}-${pad(zh[3]!)}`;
  const en = ENGLISH.exec(head);
  if (en) return `${en[3]}-${pad(MONTHS.indexOf(en[1]!.toLowerCase()) + 1)}-${pad(en[2]!)}`;
  return undefined;
}
