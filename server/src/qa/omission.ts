/**
 * `omission`: an English paragraph far shorter than its Chinese for this briefing's usual length
 * ratio, or a Chinese paragraph left without English between translated neighbours.
 */
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
  const usual = usualRatio(versions, views);
  const findings: Finding[] = [];
  views.forEach((view, k) => {
    if (isPaired(view)) {
      if (askedInQuestion(versions, view)) return;
      const zh = lengthOf(versions.zh.text, view.source);
      const en = lengthOf(versions.en.text, view.target);
      if (zh >= LEAST_SOURCE && en < SHORT * usual * zh) {
        const share = Math.round((100 * en) / (usual * zh));
        findings.push({ check: 'omission', message: `Much shorter than its Chinese: about ${share}% of the usual length for this briefing.`, ...view.target, sourceStart: view.source.start, sourceEnd: view.source.end });
      }
    } else if (view.zh.length > 0 && between(views, k)) {
      const before = previousTarget(views, k)!;
      const end = before.end;
      findings.push({ check: 'omission', message: 'A Chinese paragraph here has no English, though the paragraphs around it do.', start: end, end, sourceStart: view.source.start, sourceEnd: view.source.end });
    }
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

function usualRatio(versions: Versions, views: readonly LinkView[]): number {
  const ratios = views
    .filter((v) => isPaired(v) && v.zh.length === 1 && v.en.length === 1)
    .map((v) => [lengthOf(versions.zh.text, v.source), lengthOf(versions.en.text, v.target)] as const)
    .filter(([zh]) => zh >= LEAST_SOURCE)
    .map(([zh, en]) => en / zh)
    .sort((a, b) => a - b);
  return ratios.length >= LEAST_PAIRS ? ratios[Math.floor(ratios.length / 2)]! : TYPICAL_RATIO;
}

/** A translated pair comes both before and after the link at `k`. */
function between(views: readonly LinkView[], k: number): boolean {
  return views.slice(0, k).some(isPaired) && views.slice(k + 1).some(isPaired);
}

function previousTarget(views: readonly LinkView[], k: number) {
  for (let i = k - 1; i >= 0; i--) if (views[i]!.en.length > 0) return views[i]!.target;
  return undefined;
}
