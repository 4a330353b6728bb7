/** The terms of all glossaries, compiled once per glossary version, and the matching rules. */
import { TermTrie } from './termTrie';
import { FOLDED, fold, hasHan, isWordUnit } from './normalize';
import type { GlossaryEntry, TermLanguage, TermMatch } from './types';

// Bound once here because the matcher reads them per unit: compiled to CommonJS (tsx in the tests
// and bench), an imported binding is read through two getter calls on every use.
const FOLD: Uint16Array = FOLDED;
const isWord = isWordUnit;

const LANGUAGES = ['zh', 'en'] as const;
/** No term (an id). */
const NONE = -1;

interface Term {
  entry: GlossaryEntry;
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
    for (const entry of entries) {
      for (const language of LANGUAGES) {
        for (const term of entry[language]) {
          // The trie holds each form trimmed and folded, and says whether it already had it.
          const form = fold(term.trim());
          if (!form) continue;
          const latin = !hasHan(form);
          const last = term.charCodeAt(term.length - 1);
          const compiled: Term = { entry, language, term, latin, plural: latin && last >= 0x61 && last <= 0x7a };
          const id = this.trie.add(form, this.terms.length);
          if (id === this.terms.length) this.terms.push(compiled);
          else this.terms[id] = compiled;
        }
      }
    }
  }

  get size(): number {
    return this.terms.length;
  }

  /**
   * The terms in `text[start, end)`: at each position the longest term wins, and matches do not
   * overlap. Latin terms match whole words, ignoring case and full-width forms, also before 's
   * and (for words that allow it) a plural s. The range is read in place, folded unit by unit:
   * no copy of it is made, and the offsets are those of `text`.
   */
  match(text: string, start = 0, end = text.length): TermMatch[] {
    const matches: TermMatch[] = [];
    for (let at = start; at < end; ) {
      // Cheapest test first: most positions hold a unit that starts no term at all.
      const id = this.trie.startsWith(FOLD[text.charCodeAt(at)]!) ? this.longestAt(text, at, start, end) : NONE;
      if (id === NONE) {
        at++;
        continue;
      }
      const term = this.terms[id]!;
      matches.push({ start: at, end: this.matchEnd, entry: term.entry, language: term.language, term: term.term });
      at = this.matchEnd;
    }
    return matches;
  }

  // Scratch space for one walk; a walk finds at most as many terms as the longest term is long.
  private readonly ids: number[] = [];
  private readonly ends: number[] = [];
  /** Where the term longestAt found ends (a plural s taken in): kept here, so a position costs no object. */
  private matchEnd = 0;

  /**
   * The id of the longest term that starts at `at` and stands on its own (Latin terms as whole
   * words) in `text[start, end)`, its end in matchEnd; or NONE.
   */
  private longestAt(text: string, at: number, start: number, end: number): number {
    // Inside a word no term can start: Latin terms need a boundary, Chinese ones are no word characters.
    if (isWord(text, at - 1, start, end) && isWord(text, at, start, end)) return NONE;
    const found = this.trie.walk(text, at, end, this.ids, this.ends);
    for (let k = found - 1; k >= 0; k--) {
      const term = this.terms[this.ids[k]!]!;
      const wordEnd = term.latin ? latinWordEnd(text, this.ends[k]!, term.plural, start, end) : this.ends[k]!;
      if (wordEnd >= 0) {
        this.matchEnd = wordEnd;
        return this.ids[k]!;
      }
    }
    return NONE;
  }
}

const LOWER_S = 0x73;
const LOWER_E = 0x65;

/**
 * Where a Latin term ending at `at` ends as a word in `text[start, end)` (a plural s or es taken
 * in), or -1 inside a word.
 */
function latinWordEnd(text: string, at: number, plural: boolean, start: number, end: number): number {
  if (!isWord(text, at, start, end) || !isWord(text, at - 1, start, end)) return at;
  if (plural) {
    // Folded, so S and ｓ are s too.
    const next = at < end ? FOLD[text.charCodeAt(at)] : -1;
    if (next === LOWER_S && !isWord(text, at + 1, start, end)) return at + 1;
    if (next === LOWER_E && at + 1 < end && FOLD[text.charCodeAt(at + 1)] === LOWER_S && !isWord(text, at + 2, start, end)) return at + 2;
  }
  return -1;
}
