/**
 * `omission`: an English paragraph far shorter than its Chinese for this briefing's usual length
 * ratio, or a Chinese paragraph left without English between translated neighbours.
 */
import { msg } from '../l10n';
import type { Finding } from './types';
import { askedInQuestion, isPaired, type LinkView, type Versions } from './view';

/** Shorter Chinese paragraphs vary too much in length to judge (a lead-in, a time stamp, a full title). */
const LEAST_SOURCE = 60;
/**
 * How far below the usual ratio (English letters per Chinese character) a pair may fall. On the
 * archive, 2% of pairs as published fall below 0.70 of their briefing's usual ratio; a paragraph
 * cut in half falls below 0.65 in 97 cases of 100.
 */
const SHORT = 0.65;
/** Pairs needed to know the usual ratio; fewer, and a fixed typical ratio stands in. */
const LEAST_PAIRS = 5;
const TYPICAL_RATIO = 3;

export function omissionFindings(versions: Versions, views: readonly LinkView[]): Finding[] {
  // Each link's lengths once: the usual ratio and every pair read them.
  const lengths = views.map((view) => (isPaired(view) ? { zh: lengthOf(versions.zh.text, view.source), en: lengthOf(versions.en.text, view.target) } : undefined));
  const usual = usualRatio(views, lengths);
  const firstPaired = views.findIndex(isPaired);
  const lastPaired = views.reduce((last, view, k) => (isPaired(view) ? k : last), -1);
  const findings: Finding[] = [];
  let lastTarget: { start: number; end: number } | undefined;
  views.forEach((view, k) => {
    const length = lengths[k];
    if (length) {
      if (!askedInQuestion(versions, view) && length.zh >= LEAST_SOURCE && length.en < SHORT * usual * length.zh) {
        const share = Math.round((100 * length.en) / (usual * length.zh));
        findings.push({ check: 'omission', message: msg('qa.omission.short', { share }), ...view.target, sourceStart: view.source.start, sourceEnd: view.source.end });
      }
    } else if (view.zh.length > 0 && firstPaired < k && k < lastPaired && lastTarget) {
      // A translated pair comes both before and after: the English skipped this paragraph.
      const at = lastTarget.end;
      findings.push({ check: 'omission', message: msg('qa.omission.skipped'), start: at, end: at, sourceStart: view.source.start, sourceEnd: view.source.end });
    }
    if (view.en.length > 0) lastTarget = view.target;
  });
  return findings;
}

/**
 * Letters and digits, so that spacing and punctuation do not count. ASCII and CJK are told by
 * their code; only other characters are asked of the Unicode classes (this runs on every one).
 */
function lengthOf(text: string, span: { start: number; end: number }): number {
  let n = 0;
  for (let i = span.start; i < span.end; i++) {
    const code = text.charCodeAt(i);
    const lower = code | 0x20;
    if ((code >= 0x30 && code <= 0x39) || (lower >= 0x61 && lower <= 0x7a) || (code >= 0x3400 && code <= 0x9fff)) n++;
    else if (code > 0x7f && !(code >= 0x3000 && code <= 0x303f) && LETTER_OR_DIGIT.test(text[i]!)) n++;
  }
  return n;
}
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function usualRatio(views: readonly LinkView[], lengths: readonly ({ zh: number; en: number } | undefined)[]): number {
  const ratios = views
    .map((view, k) => (view.zh.length === 1 && view.en.length === 1 ? lengths[k] : undefined))
    .filter((length): length is { zh: number; en: number } => length !== undefined && length.zh >= LEAST_SOURCE)
    .map(({ zh, en }) => en / zh)
    .sort((a, b) => a - b);
  return ratios.length >= LEAST_PAIRS ? ratios[Math.floor(ratios.length / 2)]! : TYPICAL_RATIO;
}
