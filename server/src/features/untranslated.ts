/** briefing/untranslated: the Chinese paragraphs that have no English counterpart yet, to jump to. */
import { Location } from 'vscode-languageserver';
import { t } from '../l10n';
import { normalizeSpaces, truncate } from '../model';
import type { UntranslatedResult } from '../protocol';
import type { Pairing } from '../workspace/parallel';
import { toRange } from './ranges';

/** Columns of a paragraph's opening words shown in the list (a Chinese character takes two). */
const PREVIEW_COLUMNS = 60;

export function untranslatedParagraphs(pairing: Pairing): UntranslatedResult {
  if (pairing.kind === 'unpaired') return { message: t('untranslated.unpaired', { reason: pairing.reason }), paragraphs: [] };
  const { zh, alignment } = pairing;
  const paragraphs = alignment.links
    .filter((link) => link.zh.length > 0 && link.en.length === 0)
    .flatMap((link) => link.zh)
    .map((index) => {
      const paragraph = zh.briefing.paragraphs[index]!;
      return {
        location: Location.create(zh.uri, toRange(zh.document, paragraph)),
        preview: truncate(normalizeSpaces(zh.briefing.text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + PREVIEW_COLUMNS))), PREVIEW_COLUMNS),
      };
    });
  const message = paragraphs.length === 0 ? t('untranslated.none') : t('untranslated.some', { count: paragraphs.length });
  return { message, paragraphs };
}
