/**
 * Glossary evidence for the aligner: how much of what one paragraph names (its glossary entries)
 * the other paragraph also names, in its own language.
 */
import { termsInParagraph, type GlossaryEntry, type TermIndex } from '../glossary';
import { contentStart } from '../model';
import type { SideInput } from './features';
import type { TermAffinity } from './linkCost';

export function glossaryAffinity(zh: SideInput, en: SideInput, terms: TermIndex): TermAffinity {
  // Entries per paragraph, found once and reused for every pair the aligner compares; keyed as
  // the aligner asks, by the paragraph's words without its speaker label.
  const entriesOf = ({ briefing, section }: SideInput) => {
    const byText = new Map<string, GlossaryEntry[]>();
    for (const i of section.paragraphs) {
      const paragraph = briefing.paragraphs[i]!;
      const text = briefing.text.slice(contentStart(paragraph), paragraph.end);
      if (!byText.has(text)) byText.set(text, [...new Set(termsInParagraph(briefing, i, terms).map((m) => m.entry))]);
    }
    return byText;
  };
  let zhEntries: Map<string, GlossaryEntry[]> | undefined;
  let enEntries: Map<string, Set<GlossaryEntry>> | undefined;
  return (zhText, enText) => {
    zhEntries ??= entriesOf(zh);
    enEntries ??= new Map([...entriesOf(en)].map(([text, entries]) => [text, new Set(entries)]));
    const a = zhEntries.get(zhText);
    const b = enEntries.get(enText);
    if (!a || a.length === 0 || !b || b.size === 0) return 0;
    let shared = 0;
    for (const entry of a) if (b.has(entry)) shared++;
    return shared / Math.min(a.length, b.size);
  };
}
