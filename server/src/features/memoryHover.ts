/**
 * The hover's translation-memory section on a Chinese sentence: its closest earlier renderings,
 * only those of 75% or more, at most two, so the hover stays short.
 */
import { sentencesOf, type MemoryMatch } from '../memory';
import type { Briefing, Paragraph, Span } from '../model';
import { t } from '../l10n';
import { escape } from './markdown';

const SHOWN = 2;
const segmenter = new Intl.Segmenter('zh', { granularity: 'sentence' });

/** The sentence of a Chinese paragraph that holds the offset, and what the memory has for it. */
export function memorySection(briefing: Briefing, paragraph: Paragraph, offset: number, lookup: (zh: string) => MemoryMatch[]): { span: Span; markdown: string } | undefined {
  if (paragraph.language !== 'zh') return undefined;
  const start = paragraph.label?.textStart ?? paragraph.start;
  if (offset < start || offset >= paragraph.end) return undefined;
  for (const { segment, index } of segmenter.segment(briefing.text.slice(start, paragraph.end))) {
    const span = { start: start + index, end: start + index + segment.length };
    if (offset >= span.end) continue;
    const [sentence] = sentencesOf(segment, 'zh');
    if (!sentence) return undefined;
    const matches = lookup(sentence).slice(0, SHOWN);
    if (matches.length === 0) return undefined;
    const lines = matches.map((m) => `- **${m.score}%**${m.source.date ? ` · ${m.source.date}` : ''}: ${escape(m.unit.en)}`);
    return { span, markdown: [t('memory.heading'), ...lines].join('\n') };
  }
  return undefined;
}
