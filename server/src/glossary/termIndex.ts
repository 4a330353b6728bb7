/** The terms of all glossaries, compiled once per glossary version, and the matching rules. */
import { AhoCorasick } from './ahoCorasick';
import { fold, hasHan, isWordChar } from './normalize';
import type { GlossaryEntry, TermLanguage, TermMatch } from './types';

interface Term {
  entry: GlossaryEntry;
  language: TermLanguage;
  term: string;
  /** Latin terms must stand as whole words; Chinese needs no boundaries. */
  latin: boolean;
  /** Whether a plural "s"/"es" may follow ("spokesperson" → "spokespersons"); not for acronyms. */
  plural: boolean;
}

export class TermIndex {
  private readonly terms: Term[] = [];
  private readonly automaton: AhoCorasick;

  /** Later entries override earlier ones for the same term: pass built-in entries first. */
  constructor(entries: readonly GlossaryEntry[]) {
    const byForm = new Map<string, number>();
    for (const entry of entries) {
      for (const language of ['zh', 'en'] as const) {
        for (const term of entry[language]) {
          const form = fold(term.trim());
          if (!form) continue;
          const latin = !hasHan(form);
          const compiled: Term = { entry, language, term, latin, plural: latin && /[a-z]$/.test(term) && term !== term.toUpperCase() };
          const existing = byForm.get(form);
          if (existing === undefined) {
            byForm.set(form, this.terms.length);
            this.terms.push(compiled);
          } else {
            this.terms[existing] = compiled;
          }
        }
      }
    }
    this.automaton = new AhoCorasick(this.terms.map((t) => fold(t.term.trim())));
  }

  get size(): number {
    return this.terms.length;
  }

  /**
   * The terms in `text[start, end)`: at each position the longest term wins, and matches do not
   * overlap. Latin terms match whole words, ignoring case and full-width forms, also before 's
   * and (for words that allow it) a plural s.
   */
  match(text: string, start = 0, end = text.length): TermMatch[] {
    const folded = fold(text.slice(start, end));
    const candidates: TermMatch[] = [];
    for (const raw of this.automaton.search(folded)) {
      const term = this.terms[raw.pattern]!;
      const matchEnd = term.latin ? wordEnd(folded, raw.start, raw.end, term.plural) : raw.end;
      if (matchEnd < 0) continue;
      candidates.push({ start: start + raw.start, end: start + matchEnd, entry: term.entry, language: term.language, term: term.term });
    }
    return leftmostLongest(candidates);
  }
}

/** Where a Latin match ends if it stands as a word (with a plural s taken in), or -1. */
function wordEnd(text: string, start: number, end: number, plural: boolean): number {
  if (isWordChar(text[start - 1]) && isWordChar(text[start])) return -1;
  const after = text[end];
  if (!isWordChar(after) || !isWordChar(text[end - 1])) return end;
  if (plural) {
    for (const suffix of ['s', 'es']) {
      if (text.startsWith(suffix, end) && !isWordChar(text[end + suffix.length])) return end + suffix.length;
    }
  }
  return -1;
}

function leftmostLongest(matches: TermMatch[]): TermMatch[] {
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: TermMatch[] = [];
  let reached = -1;
  for (const match of matches) {
    if (match.start < reached) continue;
    chosen.push(match);
    reached = match.end;
  }
  return chosen;
}
