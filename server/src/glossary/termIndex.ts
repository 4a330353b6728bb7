/** The terms of all glossaries, compiled once per glossary version, and the matching rules. */
import { TermTrie } from './termTrie';
import { NAME_DOTS, nameCharacters } from './foreignNames';
import { FOLDED, fold, hasHan, isWordUnit } from './normalize';
import type { GlossaryEntry, TermLanguage, TermMatch } from './types';

// Bound once here because the matcher reads them per unit: compiled to CommonJS (tsx in the tests
// and bench), an imported binding is read through two getter calls on every use.
const FOLD: Uint16Array = FOLDED;
const isWord = isWordUnit;

const LANGUAGES = ['zh', 'en'] as const;
/** No term (an id). */
const NONE = -1;

/** A form of a term as the matcher reads it. */
interface CompiledForm {
  /** Trimmed and folded: what is looked for in the folded text. */
  pattern: string;
  /** Latin terms must stand as whole words; Chinese needs no boundaries. */
  latin: boolean;
  /** Whether a plural "s"/"es" may follow: a term ending in a lower-case letter ("spokesperson" → "spokespersons"), not an acronym. */
  plural: boolean;
  /** Offsets into the term of the letters that the text must write as capitals (see capitalsOf). */
  capitals: number[];
}

function compileForm(term: string): CompiledForm {
  const trimmed = term.trim();
  const pattern = fold(trimmed);
  const latin = !hasHan(pattern);
  const last = term.charCodeAt(term.length - 1);
  return { pattern, latin, plural: latin && last >= 0x61 && last <= 0x7a, capitals: latin ? capitalsOf(trimmed) : [] };
}

interface Term extends CompiledForm {
  entry: GlossaryEntry;
  language: TermLanguage;
  term: string;
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
          const compiled: Term = { ...compileForm(term), entry, language, term };
          if (!compiled.pattern) continue;
          const id = this.trie.add(compiled.pattern, this.terms.length);
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
   * overlap. Latin terms match whole words, ignoring full-width forms and the case of what the
   * glossary writes in lower case (capitalsOf), also before 's and (for words that allow it) a
   * plural s. The range is read in place, folded unit by unit:
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
      const match: TermMatch = { start: at, end: this.matchEnd, entry: term.entry, language: term.language, term: term.term };
      if (term.language === 'zh' && NUMBERED_TYPES.has(term.entry.type ?? '')) withSessionNumber(match, text, matches[matches.length - 1]?.end ?? start, end);
      if (term.language === 'zh' && term.entry.type === 'person') withGivenNames(match, text, matches, start);
      matches.push(match);
      at = match.end;
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
      const wordEnd = term.latin ? latinWordEnd(text, this.ends[k]!, term.plural, start, end) : hanTermEnd(text, at, this.ends[k]!, start, end);
      if (wordEnd >= 0 && capitalsFit(text, at, term.capitals)) {
        this.matchEnd = wordEnd;
        return this.ids[k]!;
      }
    }
    return NONE;
  }
}

/** Entries whose Chinese name may carry a session number: meetings, and the bodies that number their sessions. */
const NUMBERED_TYPES = new Set(['meeting', 'organization', 'institution']);
const NUMERAL = '[〇零一二三四五六七八九十百千两0-9０-９]{1,7}';
/** 第二届, 首届, 第十九次 before a name; 第二次会议, 第七十四届会议, 第2231号决议 after one. */
const NUMBER_BEFORE = new RegExp(`(?:第${NUMERAL}[届次轮]|首届)$`);
const NUMBER_AFTER = new RegExp(`^第${NUMERAL}(?:[届次轮](?:全体)?(?:会议|峰会|会晤|首脑会议|部长级会议|外长会议|外长会)?|号(?:决议|公约))`);
/** As much text as a session number can take. */
const NUMBER_LENGTH = 16;

/**
 * Takes a session number written before or after the name into the match, not reaching back
 * before `from` (the previous match) nor past `end`: 第二届 and 中国国际进口博览会 are one thing.
 */
function withSessionNumber(match: TermMatch, text: string, from: number, end: number): void {
  // Most names have no number: one character on either side says so before any text is cut.
  const numberEnds = match.start > from && '届次轮'.includes(text[match.start - 1]!);
  const numberStarts = match.end < end && text[match.end] === '第';
  if (!numberEnds && !numberStarts) return;
  const before = numberEnds ? NUMBER_BEFORE.exec(text.slice(Math.max(from, match.start - NUMBER_LENGTH), match.start)) : null;
  const after = numberStarts ? NUMBER_AFTER.exec(text.slice(match.end, Math.min(end, match.end + NUMBER_LENGTH))) : null;
  if (!before && !after) return;
  if (before) match.start -= before[0].length;
  if (after) match.end += after[0].length;
  match.text = text.slice(match.start, match.end);
}

/** At most this many characters of given names and dots before a surname (玛丽亚·费尔南达·埃斯皮诺萨). */
const GIVEN_NAMES = 10;

/**
 * A foreign person's full name joins given names and surname with dots (迈克·蓬佩奥): a surname the
 * glossary knows glosses the whole name. The given names are the characters that spell names
 * before the dot, back to the previous term; a person matched right before the dot (a given name
 * the glossary holds on its own) is part of this name and leaves `matches`.
 */
function withGivenNames(match: TermMatch, text: string, matches: TermMatch[], start: number): void {
  if (!NAME_DOTS.includes(text[match.start - 1] ?? '_')) return;
  const previous = matches[matches.length - 1];
  const absorbed = previous && previous.end === match.start - 1 && previous.entry.type === 'person' ? matches.pop() : undefined;
  const sounds = nameCharacters();
  const limit = Math.max(start, matches[matches.length - 1]?.end ?? start, match.start - 1 - GIVEN_NAMES);
  let from = absorbed ? absorbed.start : match.start - 1;
  while (from > limit && (sounds.has(text[from - 1]!) || NAME_DOTS.includes(text[from - 1]!))) from--;
  // No given name after all (a dot after a title or a comma): the surname stands alone.
  while (from < match.start && NAME_DOTS.includes(text[from]!)) from++;
  if (from === match.start) return;
  match.start = from;
  match.text = text.slice(match.start, match.end);
}

/**
 * Common words that a Chinese term cannot cut in two: 外交部 is not in 外交部门 (departments),
 * 关岛 not in 有关岛礁, 里海 not in 12海里海域, 重庆 not in 隆重庆祝, 中加 not in 中加强, 美国 not
 * in 美国务卿. Only words that read the same way wherever they stand are listed.
 */
const BINDING_WORDS = new Set(['部门', '有关', '相关', '海里', '访华', '隆重', '民主', '第三', '加强', '国务']);

/** Where a Chinese term from `at` to `termEnd` ends, or -1 when a binding word straddles either end. */
function hanTermEnd(text: string, at: number, termEnd: number, start: number, end: number): number {
  const straddled = (i: number) => i > start && i < end && BINDING_WORDS.has(text.slice(i - 1, i + 1));
  return straddled(at) || straddled(termEnd) ? -1 : termEnd;
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

/**
 * The first place in `text[start, end)` where one of `forms` (of one entry) is written, by the
 * same rules as TermIndex.match, even inside a longer term: "Defense Ministry" is a rendering of
 * 国防部 also in "Defense Ministry spokesperson".
 */
export function findForm(text: string, start: number, end: number, forms: readonly string[]): { start: number; end: number } | undefined {
  const folded = fold(text.slice(start, end));
  let best: { start: number; end: number } | undefined;
  for (const form of forms) {
    const { pattern, latin, plural, capitals } = compileForm(form);
    if (!pattern) continue;
    for (let i = folded.indexOf(pattern); i >= 0 && (!best || start + i < best.start); i = folded.indexOf(pattern, i + 1)) {
      const at = start + i;
      const boundedBefore = !latin || !isWord(text, at - 1, start, end) || !isWord(text, at, start, end);
      const wordEnd = latin ? latinWordEnd(text, at + pattern.length, plural, start, end) : hanTermEnd(text, at, at + pattern.length, start, end);
      if (boundedBefore && wordEnd >= 0 && capitalsFit(text, at, capitals)) {
        best = { start: at, end: wordEnd };
        break;
      }
    }
  }
  return best;
}

/**
 * The letters of a Latin term that must be capitals in the text, so that "who", "us" and "it" are
 * not WHO, US and IT, nor "turkey" Turkey: every letter of a word the glossary writes in capitals
 * (two letters or more: WHO, NATO, COVID), and the first letter of the term when it is a capital.
 * Capitals later in a name are not required ("Belt and Road initiative" is still the initiative);
 * lower-case terms match in any case ("Denuclearization" at a sentence start).
 */
export function capitalsOf(term: string): number[] {
  const capitals: number[] = [];
  for (const word of term.matchAll(/\p{L}[\p{L}\p{N}]*/gu)) {
    const letters = [...word[0]].filter((char) => /\p{L}/u.test(char));
    const acronym = letters.length >= 2 && letters.every(isCapital);
    for (let i = 0; i < word[0].length; i++) {
      const char = word[0][i]!;
      if (acronym ? isCapital(char) : word.index === 0 && i === 0 && isCapital(char)) capitals.push(word.index! + i);
    }
  }
  return capitals;
}

function isCapital(char: string): boolean {
  return char !== char.toLowerCase() && char === char.toUpperCase();
}

function capitalsFit(text: string, at: number, capitals: number[]): boolean {
  for (const offset of capitals) if (!isCapital(text.charAt(at + offset))) return false;
  return true;
}
