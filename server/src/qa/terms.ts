/**
 * `terms`: a glossary term of the Chinese none of whose renderings (any variant) the English
 * paragraph uses. Where the English holds a near miss of a rendering (Defence for Defense, one
 * word changed), the fix writes the glossary's.
 */
import { findForm, type GlossaryEntry, type TermIndex, type TermMatch } from '../glossary';
import { msg, type Message } from '../l10n';
import type { Finding } from './types';
import { LinkFindings } from './linkCache';
import { askedInQuestion, firstLine, type LinkView, type Versions } from './view';

/**
 * Built-in entries checked: full names of bodies, companies, treaties and meetings
 * (four characters or more: 联合国人权理事会, 外商投资法), which a translation names as they are.
 * Short names (外交部, 北约) are often "the ministry" or left out, people and places a pronoun or
 * an adjective (he, we, Chinese), phrases and slogans (共建“一带一路”) are rendered freely: those are checked only when a
 * workspace glossary lists them, since a team's own list says what it wants kept.
 */
const CHECKED_BUILTIN_TYPES = new Set(['organization', 'institution', 'company', 'treaty', 'meeting']);
const SHORTEST_BUILTIN = 4;

/** Whether the term found at `match` in the Chinese `text` is checked. */
export const checkedTerm = (text: string, match: TermMatch) =>
  match.language === 'zh' &&
  (match.entry.source.kind !== 'builtin' || (CHECKED_BUILTIN_TYPES.has(match.entry.type ?? '') && [...match.term].length >= SHORTEST_BUILTIN)) &&
  !namesAPart(text, match.end);

const cachesByTerms = new WeakMap<TermIndex, LinkFindings>();

export function termFindings(versions: Versions, views: readonly LinkView[], terms: TermIndex): Finding[] {
  let cache = cachesByTerms.get(terms);
  if (!cache) cachesByTerms.set(terms, (cache = new LinkFindings()));
  // A term missed in several paragraphs is one finding, at the first: the translation's habit, not many errors.
  const byGroup = new Map<string, Finding[]>();
  for (const view of views) {
    const asked = askedInQuestion(versions, view);
    for (const finding of cache.of(versions, view, asked ? 'asked' : 'said', () => (asked ? [] : inPair(versions, view, terms)))) {
      const group = byGroup.get(finding.group!);
      if (group) group.push(finding);
      else byGroup.set(finding.group!, [finding]);
    }
  }
  return [...byGroup.values()].map(([first, ...more]) =>
    more.length === 0 ? first! : { ...first!, message: more.length > 1 ? msg('qa.terms.againMany', { finding: first!.message, count: more.length }) : msg('qa.terms.again1', { finding: first!.message }), alsoAt: more.map(({ start, end }) => ({ start, end })) },
  );
}

function inPair(versions: Versions, view: LinkView, terms: TermIndex): Finding[] {
  const { text } = versions.en;
  const found: Finding[] = [];
  const seen = new Set<GlossaryEntry>();
  for (const match of view.zh.flatMap((p) => terms.match(versions.zh.text, p.start, p.end))) {
    if (!checkedTerm(versions.zh.text, match) || seen.has(match.entry)) continue;
    seen.add(match.entry);
    if (view.en.some((p) => findForm(text, p.start, p.end, match.entry.en)) || renderedLoosely(text.slice(view.target.start, view.target.end), match.entry)) continue;
    const rendering = match.entry.en[0]!;
    const near = nearMiss(text, view.target, match.entry.en);
    const source = { sourceStart: match.start, sourceEnd: match.end, group: `${match.entry.zh[0]}\t${rendering}` };
    const message = notUsed(match.term, match.entry.en);
    found.push(
      near
        ? { check: 'terms', message, ...near, ...source, fix: { ...near, text: rendering, title: msg('qa.terms.fix', { rendering }) } }
        : { check: 'terms', message, ...firstLine(text, view.target), ...source, suggestion: rendering },
    );
  }
  return found;
}

/**
 * A rendering written with small changes that keep it: in other capitals, abbreviated (the US),
 * in the plural, with a word or two inserted (State Councilor and Foreign Minister Wang Yi), a
 * long name with one word left out, its head without the qualifiers before it (the Beijing
 * Summit), all its words in another order, or a country's adjective (Chinese, Canadian, French).
 * Its words stay together: not words of the name scattered over the paragraph.
 */
function renderedLoosely(target: string, entry: GlossaryEntry): boolean {
  const words = wordsOf(target);
  // Only a place has an adjective; "Senator" is no rendering of the Senate.
  const place = entry.type === 'place' || entry.type === undefined;
  return entry.en.some((rendering) => {
    const wanted = wordsOf(rendering).filter((w) => !SMALL_WORDS.has(w));
    if (wanted.length === 0) return false;
    if (wanted.length === 1) {
      const [word] = wanted as [string];
      if (!place) return words.includes(word) || words.includes(`${word}s`);
      return IRREGULAR_ADJECTIVES[word]?.some((a) => words.includes(a)) || (word.length > ADJECTIVE_STEM && words.some((w) => w.startsWith(word.slice(0, ADJECTIVE_STEM))));
    }
    const stems = words.map(stemOf);
    const wantedStems = wanted.map(stemOf);
    // Or its head named without the qualifiers before it: the Beijing Summit, the Department of Education.
    const heads = wantedStems.map((_, j) => wantedStems.slice(j)).filter((head) => head.length >= 2 && 2 * head.length >= wantedStems.length);
    if (heads.some((head, j) => stems.some((_, i) => inOrderFrom(stems, i, head, j === 0 && head.length >= 4 ? 1 : 0)))) return true;
    // Or all its words close together in another order: the China-Japan Treaty of Peace and Friendship.
    const all = new Set(wantedStems);
    return stems.some((stem, i) => all.has(stem) && new Set(stems.slice(i, i + wantedStems.length + INSERTED).filter((s) => all.has(s))).size === all.size);
  });
}

/** Whether `wanted` follows from `at` in order, with at most INSERTED words between and `skippable` left out. */
function inOrderFrom(stems: readonly string[], at: number, wanted: readonly string[], skippable: number): boolean {
  let inserted = 0;
  let skipped = 0;
  let i = at;
  for (let k = 0; k < wanted.length; k++) {
    if (stems[i] === wanted[k]) {
      i++;
      continue;
    }
    if (k > 0 && inserted < INSERTED && stems.slice(i, i + INSERTED - inserted + 1).includes(wanted[k]!)) {
      const j = stems.indexOf(wanted[k]!, i);
      inserted += j - i;
      i = j + 1;
      continue;
    }
    if (k === 0 || skipped >= skippable) return false;
    skipped++;
  }
  return true;
}

const INSERTED = 4;

function wordsOf(text: string): string[] {
  return (abbreviated(text).match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w.toLowerCase());
}

/** A word as names are compared: its first letters (consultation, consultations). */
const stemOf = (word: string) => word.slice(0, WORD_STEM);
const WORD_STEM = 5;
/** What a country's name and its adjective share: China/Chinese, Canada/Canadian, Germany/German. */
const ADJECTIVE_STEM = 4;
const SMALL_WORDS = new Set(['the', 'of', 'and', 'for', 'on', 'in', 'to', 'a', 'between', 'with']);
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

/** Names written out or abbreviated, the same either way: the Chinese Embassy in the US. */
const ABBREVIATIONS: [RegExp, string][] = [
  [/\bUnited States(?: of America)?\b/gi, 'US'],
  [/\bUnited Nations\b/gi, 'UN'],
  [/\bUnited Kingdom\b/gi, 'UK'],
  [/\bEuropean Union\b/gi, 'EU'],
  [/\b(?:Republic of Korea|South Korea)\b/gi, 'ROK'],
  [/\b(?:Democratic People's Republic of Korea|North Korea)\b/gi, 'DPRK'],
  [/\bPeople's Republic of China\b/gi, 'China'],
  [/\bMinistry of Foreign Affairs\b/gi, 'Foreign Ministry'],
];

function abbreviated(text: string): string {
  return ABBREVIATIONS.reduce((written, [long, short]) => written.replace(long, short), text);
}

/**
 * The term names the body that a longer name belongs to (美国国会 in 美国国会参议院, the US
 * Senate), whose head (印度内政部长) or document (七国集团峰会声明, the G7 statement) is meant:
 * the translation names the part, not the whole.
 */
function namesAPart(text: string, end: number): boolean {
  // 长 right after names the head of the body (印度内政部长, the Home Minister), not the body.
  return /^(?:长|\p{Script=Han}{0,3}?(?:院|委员会|局|部|署|厅|司|声明|公报|宣言|决议|报告))/u.test(text.slice(end, end + 6));
}



/** "X: the glossary's "a" or "b" is not used here", naming up to three renderings. */
function notUsed(term: string, renderings: readonly string[]): Message {
  const [a = '', b = '', c = ''] = renderings;
  return renderings.length >= 3 ? msg('qa.terms.missing3', { term, a, b, c }) : renderings.length === 2 ? msg('qa.terms.missing2', { term, a, b }) : msg('qa.terms.missing1', { term, a });
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
      const differing = window.filter((w, k) => w[0].toLowerCase() !== wanted[k]!.toLowerCase());
      // In a name of two words, one other word is another name (US Senate, not US Congress): only a spelling counts.
      if (differing.length === 1 && (wanted.length >= 3 || closeSpelling(differing[0]![0], wanted[window.indexOf(differing[0]!)]!))) {
        const last = window[window.length - 1]!;
        return { start: span.start + window[0]!.index!, end: span.start + last.index! + last[0].length };
      }
    }
  }
  return undefined;
}

/** Two spellings of one word: Defence and Defense, Organisation and Organization. */
function closeSpelling(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  if (Math.abs(x.length - y.length) > 2) return false;
  let differences = 0;
  for (let i = 0; i < Math.max(x.length, y.length); i++) if (x[i] !== y[i]) differences++;
  return differences <= 2;
}
