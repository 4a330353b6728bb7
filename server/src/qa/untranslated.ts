/** `untranslated`: Chinese left in the English, or an English paragraph that repeats its source. */
import { msg } from '../l10n';
import type { Finding } from './types';
import { firstLine, type LinkView, type Versions } from './view';

/** Two Han characters or more: a lone one may be cited on purpose (the character 和). */
const HAN_RUN = /[\p{Script=Han}][\p{Script=Han}，。、；：！？“”（）《》\s]*[\p{Script=Han}]/gu;

export function untranslatedFindings(versions: Versions, view: LinkView): Finding[] {
  const source = { sourceStart: view.source.start, sourceEnd: view.source.end };
  const targetText = versions.en.text.slice(view.target.start, view.target.end);
  if (sameWords(versions.zh.text.slice(view.source.start, view.source.end), targetText)) {
    return [{ check: 'untranslated', message: msg('qa.untranslated.repeats'), ...firstLine(versions.en.text, view.target), ...source }];
  }
  return [...targetText.matchAll(HAN_RUN)].map((match) => ({
    check: 'untranslated',
    message: msg('qa.untranslated.chinese', { text: match[0].length > 20 ? `${match[0].slice(0, 20)}…` : match[0] }),
    start: view.target.start + match.index!,
    end: view.target.start + match.index! + match[0].length,
    ...source,
  }));
}

function sameWords(a: string, b: string): boolean {
  const squeeze = (text: string) => text.replace(/\s+/g, '');
  // Separators (***) and numbers read the same in both languages.
  return squeeze(a).length >= 4 && /\p{Script=Han}/u.test(a) && squeeze(a) === squeeze(b);
}
