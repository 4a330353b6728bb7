/**
 * Translation QA over an aligned pair of language versions: numbers, points, glossary terms,
 * untranslated text, omissions and speakers, checked link by link (align/).
 */
import type { Link } from '../align';
import type { TermIndex } from '../glossary';
import type { Briefing } from '../model';
import { numberFindings } from './numbers';
import { omissionFindings } from './omission';
import { pointFindings } from './points';
import { speakerFindings } from './speaker';
import { termFindings } from './terms';
import type { Finding, QaCheck, QaSwitches } from './types';
import { untranslatedFindings } from './untranslated';
import { LinkFindings } from './linkCache';
import { isPaired, linkViews } from './view';

export * from './types';

/** The checks that read one link alone, kept per link (terms keep their own, per glossary). */
const byLink = new LinkFindings();

/**
 * The findings on the English (target) side of the links that pair Chinese with English
 * paragraphs; `zh` and `en` may be one bilingual briefing. Offsets are in `en.text` (start, end)
 * and `zh.text` (sourceStart, sourceEnd).
 */
export function checkTranslation(zh: Briefing, en: Briefing, links: readonly Link[], terms: TermIndex, switches: QaSwitches = {}): Finding[] {
  const versions = { zh, en };
  const views = linkViews(versions, links);
  const on = (check: QaCheck) => switches[check] !== false;
  const paired = views.filter(isPaired);
  const findings: Finding[] = [
    ...(on('numbers') ? paired.flatMap((view) => byLink.of(versions, view, 'numbers', () => numberFindings(versions, view))) : []),
    ...(on('points') ? pointFindings(versions, views) : []),
    ...(on('terms') ? termFindings(versions, paired, terms) : []),
    // Chinese in the English is found also where the aligner left the paragraph without a partner.
    ...(on('untranslated') ? views.filter((view) => view.en.length > 0).flatMap((view) => byLink.of(versions, view, 'untranslated', () => untranslatedFindings(versions, view))) : []),
    ...(on('omission') ? omissionFindings(versions, views) : []),
    ...(on('speaker') ? speakerFindings(versions, views, terms) : []),
  ];
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}
