/**
 * `numbers`: a number, amount, percentage, date or year of the Chinese that the English does not
 * state, or one the English states that the Chinese does not. One changed number is one finding,
 * on the number, with a fix that writes the Chinese value.
 */
import type { Finding } from './types';
import { chineseQuantities, englishQuantities, type Quantity } from './quantities';
import { firstLine, type LinkView, type Versions } from './view';

export function numberFindings(versions: Versions, view: LinkView): Finding[] {
  const zh = view.zh.flatMap((p) => chineseQuantities(versions.zh.text, p.start, p.end));
  const en = view.en.flatMap((p) => englishQuantities(versions.en.text, p.start, p.end));
  const missing = uniqueValues(zh.filter((q) => q.firm && !en.some((e) => same(e.value, q.value))));
  const extra = uniqueValues(en.filter((q) => q.firm && !zh.some((z) => same(z.value, q.value))));
  // A date or year one side names and the other says otherwise (明年, yesterday, the 1984 Joint
  // Declaration) is no error, unless it stands where a number changed.
  const reported = extra.filter((q) => !q.calendar);
  const reportedMissing = missing.filter((q) => !q.calendar);
  const source = { sourceStart: view.source.start, sourceEnd: view.source.end };
  if (missing.length === 1 && extra.length === 1) {
    const [was, is] = [missing[0]!, extra[0]!];
    return [
      {
        check: 'numbers',
        message: `${is.text} here, ${was.text} in the Chinese.`,
        start: is.start,
        end: is.end,
        ...source,
        ...(plainDigits(is.text) && Number.isInteger(was.value) ? { fix: { start: is.start, end: is.end, text: written(was.value, is.text), title: `Write ${written(was.value, is.text)}, as in the Chinese` } } : {}),
      },
    ];
  }
  const line = firstLine(versions.en.text, view.target);
  return [
    ...reported.map((q): Finding => ({ check: 'numbers', message: `${q.text} is not in the Chinese.`, start: q.start, end: q.end, ...source })),
    ...reportedMissing.map((q): Finding => ({ check: 'numbers', message: `The Chinese has ${q.text}; not found in this paragraph.`, ...line, sourceStart: q.start, sourceEnd: q.end })),
  ];
}

/** Values equal to the cent: 6.5亿 and 650 million are the same number. */
function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(Math.abs(a), Math.abs(b)) * 1e-9;
}

function uniqueValues(quantities: Quantity[]): Quantity[] {
  return quantities.filter((q, i) => quantities.findIndex((other) => same(other.value, q.value)) === i);
}

function plainDigits(text: string): boolean {
  return /^[0-9][0-9,]*$/.test(text);
}

/** The value as the English wrote its neighbour: with thousands separators when it used them. */
function written(value: number, like: string): string {
  return like.includes(',') ? value.toLocaleString('en-US') : String(value);
}
