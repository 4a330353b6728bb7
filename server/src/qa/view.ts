/** The aligned pairs as the checks read them: each link's paragraphs and spans on both sides. */
import type { Link } from '../align';
import type { Briefing, Paragraph, Span, Turn } from '../model';

export interface LinkView {
  link: Link;
  zh: Paragraph[];
  en: Paragraph[];
  /** From the first paragraph's start to the last one's end, on each side. */
  source: Span;
  target: Span;
}

export interface Versions {
  zh: Briefing;
  en: Briefing;
}

export function linkViews(versions: Versions, links: readonly Link[]): LinkView[] {
  return links.map((link) => {
    const zh = link.zh.map((i) => versions.zh.paragraphs[i]!);
    const en = link.en.map((i) => versions.en.paragraphs[i]!);
    return { link, zh, en, source: spanOf(zh), target: spanOf(en) };
  });
}

function spanOf(paragraphs: Paragraph[]): Span {
  return paragraphs.length === 0 ? { start: 0, end: 0 } : { start: paragraphs[0]!.start, end: paragraphs[paragraphs.length - 1]!.end };
}

/** Both sides translated. */
export const isPaired = (view: LinkView) => view.zh.length > 0 && view.en.length > 0;

/** The first line of a span: where a finding about a whole paragraph is shown. */
export function firstLine(text: string, span: Span): Span {
  const newline = text.indexOf('\n', span.start);
  return { start: span.start, end: newline < 0 || newline > span.end ? span.end : newline };
}

const turnsByBriefing = new WeakMap<Briefing, Map<number, Turn>>();

/** The turns of a briefing by paragraph index, found once per model. */
export function turnsByParagraph(briefing: Briefing): Map<number, Turn> {
  let turns = turnsByBriefing.get(briefing);
  if (!turns) turnsByBriefing.set(briefing, (turns = findTurns(briefing)));
  return turns;
}

function findTurns(briefing: Briefing): Map<number, Turn> {
  const turns = new Map<number, Turn>();
  for (const section of briefing.sections) {
    for (const exchange of section.exchanges) {
      for (const turn of [...(exchange.question ? [exchange.question] : []), ...exchange.turns]) for (const index of turn.paragraphs) turns.set(index, turn);
    }
    for (const turn of section.announcements) for (const index of turn.paragraphs) turns.set(index, turn);
  }
  return turns;
}

/**
 * A journalist's question: foreign reporters often ask in English, and the Chinese is then the
 * translation: the English names things its own way and says them in fewer words.
 */
export function askedInQuestion(versions: Versions, view: Pick<LinkView, 'zh'>): boolean {
  return view.zh.some((p) => turnsByParagraph(versions.zh).get(p.index)?.kind === 'question');
}
