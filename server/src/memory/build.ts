/** The units of one pair of texts: aligned as the server aligns them, paired as the export pairs them. */
import { alignBriefingsSteps, runToEnd } from '../align';
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
  const aligned = yield* alignBriefingsSteps(zh, en, terms);
  if (aligned.kind !== 'aligned') return undefined;
  return exportedDocument('', '', aligned, { withoutLabels: true }).pairs.flatMap(unitsOfPair);
}

/** The same, all at once. */
export function unitsOfTexts(zh: Briefing, en: Briefing, terms: TermIndex): MemoryUnit[] | undefined {
  return runToEnd(unitsOfBriefingsSteps(zh, en, terms));
}
