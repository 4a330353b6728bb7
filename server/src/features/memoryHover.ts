/**
 * The hover's translation-memory section on a Chinese sentence: its closest earlier renderings,
 * only those of 75% or more, at most two, so the hover stays short.
 */
import { sentenceSpans, type MemoryMatch } from '../memory';
import type { Briefing, Paragraph, Span } from '../model';
import { t } from '../l10n';
import { escape } from './markdown';

const SHOWN = 2;

/** The sentence of a Chinese paragraph that holds the offset, and what the memory has for it. */
export function memorySection(briefing: Briefing, paragraph: Paragraph, offset: number, lookup: (zh: string) => MemoryMatch[]): { span: Span; markdown: string } | undefined {
  if (paragraph.language !== 'zh') return undefined;
  const start = paragraph.label?.textStart ?? paragraph.start;
  if (offset < start || offset >= paragraph.end) return undefined;
  const sentence = sentenceSpans(briefing.text.slice(start, paragraph.end), 'zh').find((span) => offset < start + span.end);
  if (!sentence) return undefined;
  const matches = lookup(sentence.text).slice(0, SHOWN);
  if (matches.length === 0) return undefined;
  const lines = matches.map((m) => `- **${m.score}%**${m.source.date ? ` · ${m.source.date}` : ''}: ${escape(m.unit.en)}`);
  return { span: { start: start + sentence.start, end: start + sentence.end }, markdown: [t('memory.heading'), ...lines].join('\n') };
}
