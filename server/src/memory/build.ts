/** The units of one pair of texts: aligned as the server aligns them, paired as the export pairs them. */
import { alignSectionsSteps, glossaryAffinity, sectionsByLanguage } from '../align';
import { exportedDocument } from '../export';
import type { TermIndex } from '../glossary';
import type { Briefing } from '../model';
import { unitsOfPair } from './sentences';
import type { MemoryUnit } from './types';

/**
 * The alignment's steps, then the units (undefined when one language is missing): a caller that
 * must stay responsive runs the steps a slice at a time. `en` is `zh` again for a bilingual file.
 */
export function* unitsOfBriefingsSteps(zh: Briefing, en: Briefing, terms: TermIndex): Generator<void, MemoryUnit[] | undefined> {
  const zhSections = sectionsByLanguage(zh).zh;
  const enSections = sectionsByLanguage(en).en;
  if (!zhSections || !enSections) return undefined;
  const zhSide = { briefing: zh, sections: zhSections };
  const enSide = { briefing: en, sections: enSections };
  const { links } = yield* alignSectionsSteps(zhSide, enSide, { termAffinity: glossaryAffinity(zhSide, enSide, terms) });
  return exportedDocument('', '', { kind: 'aligned', zh: zhSide, en: enSide, links }, { withoutLabels: true }).pairs.flatMap(unitsOfPair);
}

/** The same, all at once. */
export function unitsOfTexts(zh: Briefing, en: Briefing, terms: TermIndex): MemoryUnit[] | undefined {
  const steps = unitsOfBriefingsSteps(zh, en, terms);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
