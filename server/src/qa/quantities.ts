/**
 * The numbers a paragraph states, as values both languages share: 60亿 and 6 billion are both
 * 6000000000, 三十五 and 35 both 35, 12月28日 and December 28 both 12 and 28, 35% and 35 percent
 * both 35. Each is `firm` when a changed or missing one is worth reporting (written in digits,
 * or a Chinese numeral of several characters counting something), or only `supporting` (one,
 * 两国, "in May", "First,"): it may answer for a number of the other side but is never reported.
 */

export interface Quantity {
  value: number;
  start: number;
  end: number;
  firm: boolean;
  /** As written, for messages and fixes. */
  text: string;
  /**
   * A year, or a Chinese month or day: one side often says it in other words (明年, yesterday,
   * on Monday) or adds it for context (the 1984 Joint Declaration).
   */
  calendar?: boolean;
}

const DIGITS = '[0-9０-９]+(?:[.,．][0-9０-９]+)*';
const FULL_WIDTH = /[０-９．，]/g;

const ZH_SCALE: Record<string, number> = { 万: 1e4, 亿: 1e8, 万亿: 1e12 };
/** Digits, then perhaps 万 or 亿; the character before is read to skip model names (F-35). */
const ZH_DIGITS = new RegExp(`${DIGITS}(?:多|余)?(?:万亿|万|亿)?`, 'g');
const ZH_NUMERAL = /[零〇一二两三四五六七八九十百千万亿]+/g;
const ZH_DIGIT_VALUES: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const ZH_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
/**
 * What a Chinese numeral counts when it is a number and not part of a word (十分 is "very", 一些
 * "some", 千万 "by all means"): a measure word or unit after it.
 */
const MEASURE = /^(?:多|余|来)?(?:大|届|个|名|人|次|年|月|日|号|天|岁|件|项|架|艘|吨|米|公里|千米|平方|元|美元|欧元|亿|万|家|所|位|条|批|份|届|周|倍|枚|辆|座|种|类|起|例|剂|国|省|点|时|分|秒|场|轮|期|篇|段|句|部|台|套|支|颗|片|%|％)/;

const EN_SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const EN_DIGITS = new RegExp(`${DIGITS}(?:\\s+(?:thousand|million|billion|trillion))?(?:st|nd|rd|th|s)?`, 'g');
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const EN_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, thousand: 1000,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, twice: 2, both: 2, half: 0.5, dozen: 12,
  double: 2, triple: 3, hundreds: 100, thousands: 1000, millions: 1e6,
};
const EN_WORD = /\b[A-Za-z]+\b/g;

export function chineseQuantities(text: string, start: number, end: number): Quantity[] {
  const slice = text.slice(start, end);
  const found: Quantity[] = [];
  for (const match of slice.matchAll(ZH_DIGITS)) {
    const at = match.index!;
    if (touchesLatin(slice, at, at + match[0].length)) continue;
    const scale = /(?:万亿|万|亿)$/.exec(match[0])?.[0];
    const digits = match[0].replace(/(?:多|余)?(?:万亿|万|亿)?$/, '');
    const value = parseDigits(digits);
    if (!value) continue;
    const after = slice.slice(at + match[0].length, at + match[0].length + 1);
    // Hours (14时, 14:00, 0—24时) are said in other ways: 2 p.m., March 26.
    const time = /[时点:：]/.test(after) || /[:：]$/.test(slice.slice(Math.max(0, at - 1), at));
    // A model number (北极星-3) is a name; a single 1 is as often "a" or "an" (1辆车, a bus).
    if (/\p{Script=Han}[-－]$/u.test(slice.slice(Math.max(0, at - 2), at))) continue;
    // A century (20世纪90年代, the 1990s) is a date too.
    const calendar = !scale && ((/^\d{4}$/.test(digits) && value >= 1900 && value <= 2100) || (/[月日号世]/.test(after) && value <= 31));
    found.push({ value: value * (scale ? ZH_SCALE[scale]! : 1), start: start + at, end: start + at + match[0].length, firm: !time && value !== 1, text: match[0], ...(calendar ? { calendar } : {}) });
  }
  scaleRanges(text, found);
  for (const match of slice.matchAll(ZH_NUMERAL)) {
    const at = match.index!;
    // 二十国集团 is the G20, 一两 or 三四 "a few".
    // 几十万 and 数百 are rough (read below), and 十万 in them no number of its own.
    if (/^国集团/.test(slice.slice(at + match[0].length)) || APPROXIMATE.test(match[0]) || /[几数上]$/.test(slice.slice(0, at))) continue;
    // 万 or 亿 after digits (3万) scales them, read above.
    if (/[0-9０-９.．]/.test(slice[at - 1] ?? '')) continue;
    const after = slice.slice(at + match[0].length, at + match[0].length + 3);
    const ordinal = slice[at - 1] === '第' || slice.slice(at - 3, at) === '百分之';
    if (!ordinal && !MEASURE.test(after)) continue;
    const value = parseChineseNumeral(match[0]);
    if (!value) continue;
    const firm = [...match[0]].length >= 2 && value >= 10;
    found.push({ value, start: start + at, end: start + at + match[0].length, firm, text: match[0] });
  }
  for (const match of slice.matchAll(ROUGHLY)) {
    found.push({ value: ROUGH_VALUES[match[0]]!, start: start + match.index!, end: start + match.index! + match[0].length, firm: false, text: match[0] });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Round numbers said roughly: 十几年 is "more than 10 years", 数百 "hundreds". */
const ROUGH_VALUES: Record<string, number> = {
  十几: 10, 十多: 10, 几十: 10, 数十: 10, 几百: 100, 数百: 100, 上百: 100, 几千: 1000, 数千: 1000, 上千: 1000,
  几万: 1e4, 数万: 1e4, 上万: 1e4, 几十万: 1e5, 数十万: 1e5, 几百万: 1e6, 数百万: 1e6,
};
// Longest first: 几十万 before 几十.
const ROUGHLY = new RegExp(Object.keys(ROUGH_VALUES).sort((a, b) => b.length - a.length).join('|'), 'g');

/** Two neighbouring numerals say "about": 一两个, 三四天, 一二月. */
const APPROXIMATE = /^(?:一二|一两|两三|二三|三四|四五|五六|六七|七八|八九)$/;

/** In 60-100亿 the 亿 scales both ends of the range. */
function scaleRanges(text: string, found: Quantity[]): void {
  for (let i = 0; i + 1 < found.length; i++) {
    const [low, high] = [found[i]!, found[i + 1]!];
    const scale = /(万亿|万|亿)$/.exec(high.text)?.[1];
    if (scale && !/[万亿]$/.test(low.text) && RANGE.test(text.slice(low.end, high.start))) low.value *= ZH_SCALE[scale]!;
  }
}
const RANGE = /^\s*[-－–~～至到]\s*$/;

export function englishQuantities(text: string, start: number, end: number): Quantity[] {
  const slice = text.slice(start, end);
  const found: Quantity[] = [];
  for (const match of slice.matchAll(EN_DIGITS)) {
    const at = match.index!;
    const digitsEnd = at + /^[0-9０-９.,．]+/.exec(match[0])![0].replace(/[.,．]+$/, '').length;
    // A rank (No. 1) is said in words in Chinese (头号).
    if (touchesLatin(slice, at, digitsEnd, true) || /\bNo\.\s?$/.test(slice.slice(Math.max(0, at - 4), at))) continue;
    const value = parseDigits(slice.slice(at, digitsEnd));
    if (value === undefined) continue;
    const scale = /(thousand|million|billion|trillion)/.exec(match[0])?.[1];
    const place = { start: start + at, end: start + at + match[0].length, text: match[0] };
    if (/^\d{3}0s$/.test(match[0])) {
      // The 1990s: 20世纪90年代 says 20 and 90.
      found.push({ value, firm: false, ...place }, { value: value % 100, firm: false, ...place });
      continue;
    }
    const calendar = !scale && /^\d{4}$/.test(match[0]) && value >= 1900 && value <= 2100;
    const rest = slice.slice(at + match[0].length, at + match[0].length + 6);
    const time = /^(?::\d|\s*[ap]\.?m\b)/i.test(rest) || /:$/.test(slice.slice(Math.max(0, at - 1), at));
    found.push({ value: value * (scale ? EN_SCALE[scale]! : 1), firm: !time, ...place, ...(calendar ? { calendar } : {}) });
    // 2 p.m. is 14时.
    if (/^\s*p\.?m\b/i.test(rest) && value < 12) found.push({ value: value + 12, firm: false, ...place });
  }
  for (const match of slice.matchAll(EN_WORD)) {
    const word = match[0].toLowerCase();
    const at = match.index!;
    const month = MONTHS.indexOf(word);
    if (month >= 0 && /^[A-Z]/.test(match[0])) found.push({ value: month + 1, start: start + at, end: start + at + word.length, firm: false, text: match[0] });
    else if (word in EN_WORDS) found.push({ value: EN_WORDS[word]!, start: start + at, end: start + at + word.length, firm: false, text: match[0] });
  }
  // Compounds need a tens, hundred or larger word: most paragraphs have none, and the search is slow.
  if (COMPOUND_PART.test(slice)) found.push(...wordNumbers(slice, start));
  found.sort((a, b) => a.start - b.start);
  if (slice.includes('decades')) decades(slice, start, found);
  scaleEnglishRanges(text, found);
  return found;
}

const COMPOUND_PART = /\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion)/i;

/** "Four decades" is 40年. */
function decades(slice: string, start: number, found: Quantity[]): void {
  for (const match of slice.matchAll(/\b(\w+)\s+decades\b/gi)) {
    const count = found.find((q) => q.start === start + match.index!);
    if (count) found.push({ ...count, value: count.value * 10, firm: false });
  }
}

/** In "1 to 1.5 billion" the billion scales both ends. */
function scaleEnglishRanges(text: string, found: Quantity[]): void {
  const firm = found.filter((q) => q.firm);
  for (let i = 0; i + 1 < firm.length; i++) {
    const [low, high] = [firm[i]!, firm[i + 1]!];
    const scale = /(thousand|million|billion|trillion)$/.exec(high.text)?.[1];
    if (scale && !/[a-z]$/.test(low.text) && /^\s*(?:-|–|to)\s*[$€£¥]?$/.test(text.slice(low.end, high.start))) low.value *= EN_SCALE[scale]!;
  }
}

/** Compound number words (twenty-five, one hundred and twenty, two billion), as supporting values. */
function wordNumbers(slice: string, start: number): Quantity[] {
  const found: Quantity[] = [];
  const RUN = /\b(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|a)(?:[\s-]+(?:and[\s-]+)?)?){2,}/gi;
  for (const match of slice.matchAll(RUN)) {
    const words = match[0].toLowerCase().split(/[\s-]+/).filter((w) => w && w !== 'and');
    let total = 0;
    let current = 0;
    for (const word of words) {
      if (word === 'a') current = Math.max(current, 1);
      else if (word === 'hundred') current = (current || 1) * 100;
      else if (word in EN_SCALE) {
        total += (current || 1) * EN_SCALE[word]!;
        current = 0;
      } else current += EN_WORDS[word] ?? 0;
    }
    const value = total + current;
    if (value > 0) found.push({ value, start: start + match.index!, end: start + match.index! + match[0].trimEnd().length, firm: false, text: match[0].trim() });
  }
  return found;
}

/**
 * Digits that belong to a name rather than count something: G20, 5G, COVID-19, F-35, MH17.
 * English ordinal and plural endings (24th, 1990s) do not make a name.
 */
function touchesLatin(text: string, start: number, end: number, english = false): boolean {
  const before = text.slice(Math.max(0, start - 2), start);
  const after = text.slice(end, end + 12);
  if (/[A-Za-z]-?$/.test(before)) return true;
  if (english && /^(?:st|nd|rd|th|s)\b/.test(after)) return false;
  return /^-?[A-Za-z]/.test(after) && !(english && /^-(?:year|month|day|point|nation|party|member|strong|odd)/.test(after));
}

function parseDigits(raw: string): number | undefined {
  const ascii = raw.replace(FULL_WIDTH, (c) => (c === '．' ? '.' : c === '，' ? ',' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
  // 1,000 is a thousand; "3,4" in a list is two numbers, rare enough to read as one.
  const plain = ascii.replace(/,(?=\d{3}(?:\D|$))/g, '').replace(/[.,]+$/, '');
  const value = Number(plain);
  return Number.isFinite(value) ? value : undefined;
}

/** 三十五 → 35, 一百二十 → 120, 两千 → 2000, 三万五千 → 35000, 二〇二三 → 2023. */
export function parseChineseNumeral(numeral: string): number | undefined {
  const chars = [...numeral];
  if (chars.every((c) => c in ZH_DIGIT_VALUES)) {
    // Read digit by digit (二〇二三) when there are several; one alone is its value.
    return Number(chars.map((c) => ZH_DIGIT_VALUES[c]).join(''));
  }
  // 亿 holds whatever came before it, 万 only what came since the last 亿 (三亿五千万).
  let yi = 0;
  let wan = 0;
  let section = 0;
  let digit = -1;
  const pending = () => section + Math.max(digit, 0);
  for (const char of chars) {
    if (char in ZH_DIGIT_VALUES) digit = ZH_DIGIT_VALUES[char]!;
    else if (char in ZH_UNITS) {
      section += (digit < 0 ? 1 : digit) * ZH_UNITS[char]!;
      digit = -1;
    } else if (char === '万') {
      wan = pending() * 1e4;
      [section, digit] = [0, -1];
    } else if (char === '亿') {
      yi = (yi + wan + pending()) * 1e8;
      [wan, section, digit] = [0, 0, -1];
    } else return undefined;
  }
  return yi + wan + pending();
}
