/**
 * `numbers`: a number, amount, percentage, date or year of the Chinese that the English does not
 * state, or one the English states that the Chinese does not. One changed number is one finding,
 * on the number, with a fix that writes the Chinese value.
 */
import { msg } from '../l10n';
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
        message: msg('qa.numbers.differ', { is: is.text, was: was.text }),
        start: is.start,
        end: is.end,
        ...source,
        ...fixOf(was, is),
      },
    ];
  }
  const line = firstLine(versions.en.text, view.target);
  return [
    ...reported.map((q): Finding => ({ check: 'numbers', message: msg('qa.numbers.extra', { number: q.text }), start: q.start, end: q.end, ...source })),
    ...reportedMissing.map((q): Finding => ({ check: 'numbers', message: msg('qa.numbers.missing', { number: q.text }), ...line, sourceStart: q.start, sourceEnd: q.end })),
  ];
}

/** Values equal to the cent: 6.5亿 and 650 million are the same number. */
function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(Math.abs(a), Math.abs(b)) * 1e-9;
}

function uniqueValues(quantities: Quantity[]): Quantity[] {
  return quantities.filter((q, i) => quantities.findIndex((other) => same(other.value, q.value)) === i);
}

const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/** Writing the Chinese value where the English number stands, as the English writes numbers there. */
function fixOf(was: Quantity, is: Quantity): { fix?: Finding['fix'] } {
  const text = written(was.value, is.text);
  return text === undefined ? {} : { fix: { start: is.start, end: is.end, text, title: msg('qa.numbers.fix', { number: text }) } };
}

/**
 * The value in the form of the English number it replaces: 35 billion for 30.5 billion, 1,200 for
 * 1,300; undefined for forms a fix should not guess (ordinals, decades, number words).
 */
function written(value: number, like: string): string | undefined {
  const match = /^([0-9][0-9,]*(?:\.[0-9]+)?)(?:\s+(thousand|million|billion|trillion))?$/.exec(like);
  if (!match) return undefined;
  const scale = match[2] ? SCALES[match[2]]! : 1;
  const scaled = Math.round((value / scale) * 1000) / 1000;
  const digits = match[1]!.includes(',') || (scaled >= 10000 && !match[2]) ? scaled.toLocaleString('en-US', { maximumFractionDigits: 3 }) : String(scaled);
  return match[2] ? `${digits} ${match[2]}` : digits;
}
