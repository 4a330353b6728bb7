/**
 * `terms`: a glossary term of the Chinese none of whose renderings (any variant) the English
 * paragraph uses. Where the English holds a near miss of a rendering (Defence for Defense, one
 * word changed), the fix writes the glossary's.
 */
import { findForm, type GlossaryEntry, type TermIndex, type TermMatch } from '../glossary';
import type { Finding } from './types';
import { firstLine, type LinkView, type Versions } from './view';

/**
 * Built-in entries checked: names of bodies, companies, treaties, meetings, initiatives, units
 * and weapons, which a translation names as they are. People and places are often a pronoun or
 * an adjective (he, we, Chinese), phrases are rendered freely: those are checked only when a
 * workspace glossary lists them, since a team's own list says what it wants kept.
 */
const CHECKED_BUILTIN_TYPES = new Set(['organization', 'institution', 'company', 'treaty', 'meeting', 'initiative', 'military', 'weapon']);

const checked = (entry: GlossaryEntry) => entry.source.kind !== 'builtin' || CHECKED_BUILTIN_TYPES.has(entry.type ?? '');

export function termFindings(versions: Versions, view: LinkView, terms: TermIndex): Finding[] {
  const { text } = versions.en;
  const findings: Finding[] = [];
  const seen = new Set<TermMatch['entry']>();
  for (const match of view.zh.flatMap((p) => terms.match(versions.zh.text, p.start, p.end))) {
    if (match.language !== 'zh' || !checked(match.entry) || seen.has(match.entry)) continue;
    seen.add(match.entry);
    if (view.en.some((p) => findForm(text, p.start, p.end, match.entry.en)) || renderedLoosely(text.slice(view.target.start, view.target.end), match.entry.en)) continue;
    const rendering = match.entry.en[0]!;
    const near = nearMiss(text, view.target, match.entry.en);
    const source = { sourceStart: match.start, sourceEnd: match.end };
    const message = `${match.term}: the glossary's ${quoted(match.entry.en)} is not used here.`;
    findings.push(
      near
        ? { check: 'terms', message, ...near, ...source, fix: { ...near, text: rendering, title: `Write "${rendering}" (glossary)` } }
        : { check: 'terms', message, ...firstLine(text, view.target), ...source },
    );
  }
  return findings;
}

/**
 * A rendering written in other words that keep it: its words in another order or with words
 * between (State Councilor and Foreign Minister Wang Yi for State Councilor Wang Yi), or a
 * country's adjective (Chinese, Canadian, Turkish, French).
 */
function renderedLoosely(target: string, renderings: readonly string[]): boolean {
  const words = new Set((target.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w.toLowerCase()));
  const stems = new Set([...words].map(stemOf));
  return renderings.some((rendering) => {
    const wanted = (rendering.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w.toLowerCase()).filter((w) => !SMALL_WORDS.has(w));
    if (wanted.length === 0) return false;
    if (wanted.length > 1) return wanted.filter((w) => stems.has(stemOf(w))).length >= MOST_OF * wanted.length;
    const [word] = wanted as [string];
    return IRREGULAR_ADJECTIVES[word]?.some((a) => words.has(a)) || (word.length > STEM && stems.has(stemOf(word)));
  });
}

/** A word's first letters: China/Chinese, Canada/Canadian, consultation/consultations. */
const stemOf = (word: string) => word.slice(0, STEM);
/** Of a rendering of several words, the share that must be there (Peninsula issue for Korean Peninsula issue). */
const MOST_OF = 0.6;

const STEM = 4;
const SMALL_WORDS = new Set(['the', 'of', 'and', 'for', 'on', 'in', 'to', 'a']);
const IRREGULAR_ADJECTIVES: Record<string, string[]> = {
  france: ['french'],
  netherlands: ['dutch'],
  us: ['american', 'americans', 'washington'],
  switzerland: ['swiss'],
  spain: ['spanish'],
  wales: ['welsh'],
  uk: ['british', 'britain'],
  philippines: ['philippine', 'filipino'],
  china: ['beijing'],
};

function quoted(renderings: readonly string[]): string {
  return renderings.slice(0, 3).map((r) => `"${r}"`).join(' or ');
}

/**
 * A rendering of several words written with one of them changed or misspelled: the place to
 * write the glossary's rendering.
 */
function nearMiss(text: string, span: { start: number; end: number }, renderings: readonly string[]): { start: number; end: number } | undefined {
  const words = [...text.slice(span.start, span.end).matchAll(/[\p{L}\p{N}'’-]+/gu)];
  for (const rendering of renderings) {
    const wanted = rendering.split(/\s+/);
    if (wanted.length < 2) continue;
    for (let i = 0; i + wanted.length <= words.length; i++) {
      const window = words.slice(i, i + wanted.length);
      const differing = window.filter((w, k) => w[0].toLowerCase() !== wanted[k]!.toLowerCase()).length;
      if (differing === 1) {
        const last = window[window.length - 1]!;
        return { start: span.start + window[0]!.index!, end: span.start + last.index! + last[0].length };
      }
    }
  }
  return undefined;
}
