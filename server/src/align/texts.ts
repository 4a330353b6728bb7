/**
 * Alignment of whole texts, as the server aligns two language versions: each text parsed, its
 * sections sorted by language, and the Chinese ones aligned with the English ones with the
 * glossary's evidence. For callers that hold texts rather than open documents: the command line,
 * and exports asked for through the server.
 */
import type { TermIndex } from '../glossary';
import { parseBriefing, type Briefing, type Section } from '../model';
import { alignSectionsSteps, type Link, type Side, type SideInput } from './align';
import { runToEnd } from './dp';
import { glossaryAffinity } from './glossaryEvidence';

export interface AlignedTexts {
  kind: 'aligned';
  /** For one bilingual text, both sides hold the same briefing. */
  zh: SideInput;
  en: SideInput;
  /** Every body paragraph of both sides in one link, those without counterpart in a link with one empty side. */
  links: Link[];
}

export type TextAlignment = AlignedTexts | { kind: 'unaligned'; reason: string };

/** The briefings of each language version in a briefing, in text order (a file may hold several in a row). */
export function sectionsByLanguage(briefing: Briefing): Partial<Record<Side, Section[]>> {
  const found: Partial<Record<Side, Section[]>> = {};
  for (const section of briefing.sections) {
    if (section.language === 'zh' || section.language === 'en') (found[section.language] ??= []).push(section);
  }
  return found;
}

/** Aligns the Chinese sections of `zhText` with the English sections of `enText`. */
export function alignTexts(zhText: string, enText: string, terms: TermIndex): TextAlignment {
  return alignBriefings(parseBriefing(zhText), parseBriefing(enText), terms);
}

/** Aligns the Chinese and the English sections of one text that holds both. */
export function alignBilingual(text: string, terms: TermIndex): TextAlignment {
  const briefing = parseBriefing(text);
  return alignBriefings(briefing, briefing, terms);
}

/** Aligns the Chinese sections of `zh` with the English sections of `en` (the same briefing for a bilingual text). */
export function alignBriefings(zh: Briefing, en: Briefing, terms: TermIndex): TextAlignment {
  return runToEnd(alignBriefingsSteps(zh, en, terms));
}

/** The same, yielding between slices of work, for a caller that must stay responsive. */
export function* alignBriefingsSteps(zh: Briefing, en: Briefing, terms: TermIndex): Generator<void, TextAlignment> {
  const zhSections = sectionsByLanguage(zh).zh;
  const enSections = sectionsByLanguage(en).en;
  if (!zhSections) return { kind: 'unaligned', reason: 'no Chinese text found' };
  if (!enSections) return { kind: 'unaligned', reason: 'no English text found' };
  const zhSide: SideInput = { briefing: zh, sections: zhSections };
  const enSide: SideInput = { briefing: en, sections: enSections };
  const { links } = yield* alignSectionsSteps(zhSide, enSide, { termAffinity: glossaryAffinity(zhSide, enSide, terms) });
  return { kind: 'aligned', zh: zhSide, en: enSide, links };
}
