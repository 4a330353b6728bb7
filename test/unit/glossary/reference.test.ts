/**
 * TermIndex against a reference matcher: a plain, slow restatement of the matching rules (fold the
 * range, then at each position try every term that starts with that unit, longest first). The
 * reference keeps its own copy of the folding and word-character rules as the matcher had them
 * before it was made fast, so a faster matcher must find exactly the same matches: same offsets,
 * entry, language and form, on real transcripts and on generated text full of edge cases.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { builtinEntries, TermIndex, type GlossaryEntry, type TermLanguage, type TermMatch } from '../../../server/src/glossary';
import { nameCharacters } from '../../../server/src/glossary/foreignNames';

const corpusDir = join(__dirname, '..', '..', '..', '..', 'shared', 'corpus');
const samplesDir = join(__dirname, '..', '..', '..', 'samples');

// --- The reference rules -------------------------------------------------------------------

function refFoldUnit(code: number): number {
  if (code >= 0x41 && code <= 0x5a) return code + 0x20;
  if (code >= 0xff01 && code <= 0xff5e) return refFoldUnit(code - 0xfee0);
  if (code === 0x3000 || code === 0xa0) return 0x20;
  if (code === 0x2019) return 0x27;
  return code;
}

function refFold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(refFoldUnit(text.charCodeAt(i)));
  return out;
}

const REF_BINDING = ['部门', '有关', '相关', '海里', '访华', '隆重', '民主', '第三', '加强', '国务'];

function refIsHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xd840 && code <= 0xd87e);
}

/** Whether folded[offset] is part of a word: Latin-like letters and digits, not Han nor CJK or full-width forms. */
function refIsWord(folded: string, offset: number): boolean {
  if (offset < 0 || offset >= folded.length) return false;
  const code = folded.charCodeAt(offset);
  if (code < 0x80) return /[0-9a-zA-Z]/.test(folded[offset]!);
  if (refIsHan(code) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xffef)) return false;
  // A low surrogate is judged with the unit before it (within the range), as its code point.
  const start = code >= 0xdc00 && code <= 0xdfff && offset > 0 ? offset - 1 : offset;
  const char = String.fromCodePoint(folded.codePointAt(start)!);
  return /[\p{L}\p{N}]/u.test(char) && !/\p{Script=Han}/u.test(char);
}

interface RefTerm {
  entry: GlossaryEntry;
  form: string;
  language: TermLanguage;
  term: string;
  latin: boolean;
  plural: boolean;
  /** The term as written, trimmed: its capitals must be capitals in the text (refCapitalsFit). */
  cased: string;
}

const refIsCapital = (char: string) => char !== char.toLowerCase() && char === char.toUpperCase();

/** Acronyms (two capitals or more, no small letter) stay in capitals; a capital first letter stays one. */
function refCapitalsFit(cased: string, original: string): boolean {
  for (const { 0: word, index: at } of cased.matchAll(/\p{L}[\p{L}\p{N}]*/gu)) {
    const letters = [...word].filter((c) => /\p{L}/u.test(c));
    const acronym = letters.length >= 2 && letters.every(refIsCapital);
    if (acronym && ![...word].every((c, i) => !refIsCapital(c) || refIsCapital(original[at! + i]!))) return false;
    if (at === 0 && refIsCapital(word[0]!) && !refIsCapital(original[0]!)) return false;
  }
  return true;
}

class ReferenceMatcher {
  /** Terms by the first unit of their folded form, longest first. */
  private readonly byFirst = new Map<number, RefTerm[]>();

  constructor(entries: readonly GlossaryEntry[]) {
    const byForm = new Map<string, RefTerm>();
    for (const entry of entries) {
      for (const language of ['zh', 'en'] as const) {
        for (const term of entry[language]) {
          const form = refFold(term.trim());
          if (!form) continue;
          const latin = ![...form].some((c) => refIsHan(c.charCodeAt(0)));
          byForm.set(form, { entry, form, language, term, latin, plural: latin && /[a-z]$/.test(term), cased: term.trim() });
        }
      }
    }
    for (const term of byForm.values()) {
      const list = this.byFirst.get(term.form.charCodeAt(0)) ?? [];
      list.push(term);
      this.byFirst.set(term.form.charCodeAt(0), list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.form.length - a.form.length);
  }

  match(text: string, start = 0, end = text.length): TermMatch[] {
    const original = text.slice(start, end);
    const folded = refFold(original);
    const matches: TermMatch[] = [];
    for (let at = 0; at < folded.length; ) {
      const found = refIsWord(folded, at - 1) && refIsWord(folded, at) ? undefined : this.longestAt(folded, original, at);
      if (!found) {
        at++;
        continue;
      }
      const { term, end: termEnd } = found;
      const match: TermMatch = { start: start + at, end: start + termEnd, entry: term.entry, language: term.language, term: term.term };
      if (term.language === 'zh') refWholeName(match, text, matches, start, end);
      matches.push(match);
      at = match.end - start;
    }
    return matches;
  }

  private longestAt(folded: string, original: string, at: number): { term: RefTerm; end: number } | undefined {
    for (const term of this.byFirst.get(folded.charCodeAt(at)) ?? []) {
      if (!folded.startsWith(term.form, at)) continue;
      if (term.latin && !refCapitalsFit(term.cased, original.slice(at, at + term.form.length))) continue;
      let end = at + term.form.length;
      // A Chinese term never cuts one of a few common words in two (外交部 in 外交部门).
      if (!term.latin && [at, end].some((edge) => edge > 0 && edge < original.length && REF_BINDING.includes(original.slice(edge - 1, edge + 1)))) continue;
      if (term.latin && refIsWord(folded, end) && refIsWord(folded, end - 1)) {
        // Inside a word, unless a plural s / es ends the word there.
        const suffix = term.plural ? ['s', 'es'].find((s) => folded.startsWith(s, end) && !refIsWord(folded, end + s.length)) : undefined;
        if (suffix === undefined) continue;
        end += suffix.length;
      }
      return { term, end };
    }
    return undefined;
  }
}

const REF_NUMERAL = '[〇零一二三四五六七八九十百千两0-9０-９]{1,7}';

/** A session number before or after a meeting's or a body's name, a person's given names before the surname: taken in. */
function refWholeName(match: TermMatch, text: string, matches: TermMatch[], start: number, end: number): void {
  const previousEnd = () => matches[matches.length - 1]?.end ?? start;
  if (['meeting', 'organization', 'institution'].includes(match.entry.type ?? '')) {
    const before = text.slice(Math.max(previousEnd(), match.start - 16), match.start).match(new RegExp(`(?:第${REF_NUMERAL}[届次轮]|首届)$`));
    const after = text.slice(match.end, Math.min(end, match.end + 16)).match(new RegExp(`^第${REF_NUMERAL}(?:[届次轮](?:全体)?(?:会议|峰会|会晤|首脑会议|部长级会议|外长会议|外长会)?|号(?:决议|公约))`));
    if (before) match.start -= before[0].length;
    if (after) match.end += after[0].length;
    if (before || after) match.text = text.slice(match.start, match.end);
  }
  if (match.entry.type === 'person' && '·•・‧'.includes(text[match.start - 1] ?? '_')) {
    const previous = matches[matches.length - 1];
    const joined = previous && previous.end === match.start - 1 && previous.entry.type === 'person' ? matches.pop()! : undefined;
    let from = joined ? joined.start : match.start - 1;
    const limit = Math.max(previousEnd(), match.start - 11);
    while (from > limit && (nameCharacters().has(text[from - 1]!) || '·•・‧'.includes(text[from - 1]!))) from--;
    while (from < match.start && '·•・‧'.includes(text[from]!)) from++;
    if (from < match.start) {
      match.start = from;
      match.text = text.slice(from, match.end);
    }
  }
}

// --- Comparison ----------------------------------------------------------------------------

/** Matches as comparable rows; the entry by identity, through its index in `entries`. */
function rows(matches: TermMatch[], entries: readonly GlossaryEntry[]): string[] {
  let indexOf = entryIndexes.get(entries);
  if (!indexOf) entryIndexes.set(entries, (indexOf = new Map(entries.map((entry, i) => [entry, i]))));
  return matches.map((m) => `${m.start}-${m.end} ${m.language} #${indexOf.get(m.entry) ?? '?'} ${m.term}`);
}
const entryIndexes = new WeakMap<readonly GlossaryEntry[], Map<GlossaryEntry, number>>();

/** The whole text, then each paragraph (blank-line separated) and each line as a range. */
function ranges(text: string): [number, number][] {
  const found: [number, number][] = [[0, text.length]];
  for (const separator of [/\n\s*\n/g, /\n/g]) {
    let from = 0;
    for (const m of text.matchAll(separator)) {
      found.push([from, m.index]);
      from = m.index + m[0].length;
    }
    found.push([from, text.length]);
  }
  return found;
}

function assertSame(index: TermIndex, reference: ReferenceMatcher, entries: readonly GlossaryEntry[], text: string, label: string): number {
  let count = 0;
  for (const [start, end] of ranges(text)) {
    const expected = rows(reference.match(text, start, end), entries);
    assert.deepEqual(rows(index.match(text, start, end), entries), expected, `${label} [${start}, ${end})`);
    count += expected.length;
  }
  return count;
}

function realTexts(): { name: string; text: string }[] {
  const files = [
    ...readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).map((f) => join(corpusDir, f)),
    ...readdirSync(samplesDir).filter((f) => !f.endsWith('.md')).map((f) => join(samplesDir, f)),
  ];
  return files.map((file) => ({ name: file, text: readFileSync(file, 'utf8') }));
}

const entry = (zh: string[], en: string[], line: number): GlossaryEntry => ({ zh, en, source: { kind: 'user', uri: 'file:///generated.tsv', line } });

describe('TermIndex agrees with the reference matcher', () => {
  it('the reference itself follows the documented rules', () => {
    const entries = [entry(['发言人'], ['spokesperson'], 0), entry(['中国'], ['China', 'CMC'], 1)];
    const reference = new ReferenceMatcher(entries);
    const text = 'ＣＨＩＮＡ’s spokespersons, the CMCs, Chinese 发言人';
    assert.deepEqual(
      reference.match(text).map((m) => text.slice(m.start, m.end)),
      ['ＣＨＩＮＡ', 'spokespersons', '发言人'],
    );
  });

  const noCorpus = !existsSync(corpusDir) && 'no ../shared/corpus beside the repository';

  it('on the real transcripts and samples, built-in glossary: every file, paragraph and line', { skip: noCorpus }, () => {
    const entries = builtinEntries();
    const index = new TermIndex(entries);
    const reference = new ReferenceMatcher(entries);
    let total = 0;
    for (const { name, text } of realTexts()) total += assertSame(index, reference, entries, text, name);
    assert.ok(total > 5000, `only ${total} matches: the comparison would prove little`);
  });

  it('on the real transcripts and samples, with a large generated glossary overriding built-in forms', { skip: noCorpus }, () => {
    const texts = realTexts();
    const all = texts.map((t) => t.text).join('\n');
    const han = [...new Set(all.match(/\p{Script=Han}/gu) ?? [])];
    const words = [...new Set(all.match(/[A-Za-z]{2,}/g) ?? [])];
    let seed = 7;
    const pick = <T>(list: T[]): T => list[(seed = (seed * 1103515245 + 12345) % 2147483648) % list.length]!;
    const generated: GlossaryEntry[] = [];
    const builtin = builtinEntries();
    for (let n = 0; n < 10_000; n++) {
      const zh = Array.from({ length: 1 + (n % 5) }, () => pick(han)).join('');
      const en = Array.from({ length: 1 + (n % 3) }, () => pick(words)).join(' ');
      generated.push(entry([zh], [n % 7 === 0 ? en.toUpperCase() : en], n));
      // Every 20th entry takes over a built-in form, written in another case.
      if (n % 20 === 0) generated.push(entry(pick(builtin).zh, pick(builtin).en.map((f) => f.toLowerCase()), n));
    }
    const entries = [...builtin, ...generated];
    const index = new TermIndex(entries);
    const reference = new ReferenceMatcher(entries);
    let total = 0;
    for (const { name, text } of texts) total += assertSame(index, reference, entries, text, name);
    assert.ok(total > 50_000, `only ${total} matches`);
  });

  it('on generated text and glossaries full of case, width, plurals, possessives, surrogates and ranges', () => {
    // Units chosen for the rules: ASCII letters of both cases and their full-width forms, s/e for
    // plurals, apostrophes, spaces folded or not, Han, CJK punctuation, letters outside the BMP
    // (𝐀), Han outside the BMP (𠀀), emoji, lone surrogates, accented and Cyrillic letters.
    const units = ['a', 'b', 'A', 'B', 's', 'e', 'S', 'ａ', 'Ｂ', 'ｓ', '１', '1', ' ', '\u3000', '\u00a0', "'", '’', '-', '中', '国', '军', '，', '。', '𠀀', '𝐀', '😀', '\ud835', '\udc00', 'é', 'ж', '\u2014'];
    const unit = fc.constantFrom(...units);
    const word = fc.array(unit, { minLength: 1, maxLength: 5 }).map((parts) => parts.join(''));
    const glossary = fc.array(fc.tuple(fc.array(word, { maxLength: 2 }), fc.array(word, { maxLength: 2 })), { maxLength: 12 });
    // A text is made of units, words, and forms of the glossary itself (upper-cased or not), so that terms do occur.
    const part = fc.oneof(unit, word, fc.tuple(fc.nat(), fc.boolean()));
    let matched = 0;
    fc.assert(
      fc.property(glossary, fc.array(part, { maxLength: 30 }), fc.nat(), fc.nat(), (rowsOf, parts, a, b) => {
        const entries = rowsOf.map(([zh, en], i) => entry(zh, en, i));
        const forms = entries.flatMap((e) => [...e.zh, ...e.en]);
        const sample = parts.map((p) => (typeof p === 'string' ? p : forms.length === 0 ? '' : p[1] ? forms[p[0] % forms.length]!.toUpperCase() : forms[p[0] % forms.length]!)).join('');
        const index = new TermIndex(entries);
        const reference = new ReferenceMatcher(entries);
        const start = a % (sample.length + 1);
        const end = start + (b % (sample.length - start + 1));
        const expected = rows(reference.match(sample), entries);
        assert.deepEqual(rows(index.match(sample), entries), expected);
        assert.deepEqual(rows(index.match(sample, start, end), entries), rows(reference.match(sample, start, end), entries));
        matched += expected.length;
      }),
      { seed: 20260129, numRuns: 3000 },
    );
    assert.ok(matched > 2000, `only ${matched} matches in generated texts`);
  });
});
