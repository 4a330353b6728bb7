/** The terms of all glossaries, compiled once per glossary version, and the matching rules. */
import { TermTrie } from './termTrie';
import { fold, hasHan, isWordChar } from './normalize';
import type { GlossaryEntry, TermLanguage, TermMatch } from './types';

interface Term {
  entry: GlossaryEntry;
  /** The form the trie holds: trimmed and folded. */
  form: string;
  language: TermLanguage;
  term: string;
  /** Latin terms must stand as whole words; Chinese needs no boundaries. */
  latin: boolean;
  /** Whether a plural "s"/"es" may follow: a term ending in a lower-case letter ("spokesperson" → "spokespersons"), not an acronym. */
  plural: boolean;
}

export class TermIndex {
  private readonly terms: Term[] = [];
  private readonly trie = new TermTrie();

  /** Later entries override earlier ones for the same term: pass built-in entries first. */
  constructor(entries: readonly GlossaryEntry[]) {
    const byForm = new Map<string, number>();
    for (const entry of entries) {
      for (const language of ['zh', 'en'] as const) {
        for (const term of entry[language]) {
          const form = fold(term.trim());
          if (!form) continue;
          const latin = !hasHan(form);
          const compiled: Term = { entry, form, language, term, latin, plural: latin && /[a-z]$/.test(term) };
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
    this.terms.forEach((term, id) => this.trie.add(term.form, id));
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
    const matches: TermMatch[] = [];
    for (let at = 0; at < folded.length; ) {
      const longest = this.longestAt(folded, at);
      if (!longest) {
        at++;
        continue;
      }
      const term = this.terms[longest.id]!;
      matches.push({ start: start + at, end: start + longest.end, entry: term.entry, language: term.language, term: term.term });
      at = longest.end;
    }
    return matches;
  }

  // Scratch space for one walk; a walk finds at most as many terms as the longest term is long.
  private readonly ids: number[] = [];
  private readonly ends: number[] = [];

  /** The longest term that starts at `at` and stands on its own (Latin terms as whole words). */
  private longestAt(text: string, at: number): { id: number; end: number } | undefined {
    // Inside a word no term can start: Latin terms need a boundary, Chinese ones are no word characters.
    if (isWordChar(text, at - 1) && isWordChar(text, at)) return undefined;
    const found = this.trie.walk(text, at, text.length, this.ids, this.ends);
    for (let k = found - 1; k >= 0; k--) {
      const term = this.terms[this.ids[k]!]!;
      const end = term.latin ? latinWordEnd(text, this.ends[k]!, term.plural) : this.ends[k]!;
      if (end >= 0) return { id: this.ids[k]!, end };
    }
    return undefined;
  }
}

/** Where a Latin term ending at `end` ends as a word (a plural s taken in), or -1 inside a word. */
function latinWordEnd(text: string, end: number, plural: boolean): number {
  if (!isWordChar(text, end) || !isWordChar(text, end - 1)) return end;
  if (plural) {
    for (const suffix of ['s', 'es']) {
      if (text.startsWith(suffix, end) && !isWordChar(text, end + suffix.length)) return end + suffix.length;
    }
  }
  return -1;
}
