/** The units of one pair of texts: aligned as the server aligns them, paired as the export pairs them. */
import { alignBriefings } from '../align';
import { exportedDocument } from '../export';
import type { TermIndex } from '../glossary';
import type { Briefing } from '../model';
import { unitsOfPair } from './sentences';
import type { MemoryUnit } from './types';

/** `en` is `zh` again for a bilingual file. Undefined when one language is missing. */
export function unitsOfTexts(zh: Briefing, en: Briefing, terms: TermIndex): MemoryUnit[] | undefined {
  const aligned = alignBriefings(zh, en, terms);
  if (aligned.kind !== 'aligned') return undefined;
  return exportedDocument('', '', aligned, { withoutLabels: true }).pairs.flatMap(unitsOfPair);
}
