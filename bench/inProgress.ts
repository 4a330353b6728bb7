/**
 * Translations in progress, generated from real pairs: a seeded generator of the edits a
 * translator's unfinished English shows (a paragraph dropped, two merged, one split, a note added,
 * the source pasted in untranslated, the text stopped at 25/50/75 %, only the page's menu), with
 * the counterparts each jump should find derived from the unedited pair's reference links. Used by
 * the alignment test (accuracy floors) and by `npm run bench` (the figures per edit kind).
 *
 * A reference link pairs body paragraphs of the unedited files: the hand-made expectations of
 * test/align/expected-alignments.json for the corpus; for the archive, paragraph for paragraph
 * (37 of its 40 pairs have as many body paragraphs on both sides) with the exceptions read by
 * hand and written in ARCHIVE_EXCEPTIONS.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import type { TermIndex } from '../server/src/glossary';
import { indexAt, parseBriefing, type Briefing, type Role } from '../server/src/model';
import { counterpartAt } from '../server/src/features/parallel';
import { DiskBriefings } from '../server/src/workspace/diskBriefings';
import { ParallelVersions } from '../server/src/workspace/parallel';
import { Random } from './random';

export const EDIT_KINDS = ['none', 'drop', 'merge', 'split', 'added', 'pasted', 'truncate25', 'truncate50', 'truncate75', 'menuOnly'] as const;
export type EditKind = (typeof EDIT_KINDS)[number];

const BODY: ReadonlySet<Role> = new Set(['title', 'lede', 'question', 'answer', 'continuation', 'announcement', 'separator']);

/** Body paragraphs linked in an unedited pair, by paragraph index. */
interface ReferenceLink {
  zh: number[];
  en: number[];
}

export interface RealPair {
  name: string;
  zhText: string;
  enText: string;
  zh: Briefing;
  en: Briefing;
  links: ReferenceLink[];
}

/**
 * Archive pairs whose body paragraphs do not pair one for one, as read by hand: Chinese lines
 * (1-based) that one English paragraph renders together, and English pages with no transcript.
 */
const ARCHIVE_EXCEPTIONS: Record<string, { joined?: number[][]; noTranscript?: true }> = {
  'mfa-2019-02-11': { joined: [[189, 191]] },
  'mfa-2020-06-02': { joined: [[129, 131]] },
  // The English page holds the site's menu and a list of other press conferences only.
  'mfa-2018-08-21': { noTranscript: true },
};

const bodyOf = (briefing: Briefing) => briefing.paragraphs.filter((p) => BODY.has(p.role)).map((p) => p.index);
const lineOf = (briefing: Briefing, index: number) => briefing.paragraphs[index]!.startLine + 1;

/** Every pair of the corpus (with hand-made expectations) and of the archive, as far as the folders exist. */
export function realPairs(corpusDir: string, archiveDir: string, expectationsFile: string): RealPair[] {
  const pairs: RealPair[] = [];
  if (existsSync(corpusDir) && existsSync(expectationsFile)) {
    const expected = JSON.parse(readFileSync(expectationsFile, 'utf8')) as { zh?: string; en?: string; links?: { zh: number[]; en: number[] }[] }[];
    for (const entry of expected) {
      // The bilingual file keeps both versions in one document; the edits here rewrite an English file.
      if (!entry.zh || !entry.en || !entry.links || entry.zh === entry.en) continue;
      const pair = loadPair(entry.zh.replace(/\.zh\.txt$/, ''), corpusDir);
      const byLine = (briefing: Briefing, line: number) => briefing.paragraphs.find((p) => p.startLine + 1 === line)!.index;
      pair.links = entry.links.map((l) => ({ zh: l.zh.map((n) => byLine(pair.zh, n)), en: l.en.map((n) => byLine(pair.en, n)) }));
      pairs.push(pair);
    }
  }
  if (existsSync(archiveDir)) {
    for (const file of readdirSync(archiveDir).filter((f) => f.endsWith('.zh.txt')).sort()) {
      const name = file.replace(/\.zh\.txt$/, '');
      if (!existsSync(join(archiveDir, `${name}.en.txt`))) continue;
      const pair = loadPair(name, archiveDir);
      pair.links = archiveReference(pair, ARCHIVE_EXCEPTIONS[name] ?? {});
      pairs.push(pair);
    }
  }
  return pairs;
}

function loadPair(name: string, dir: string): RealPair {
  const zhText = readFileSync(join(dir, `${name}.zh.txt`), 'utf8');
  const enText = readFileSync(join(dir, `${name}.en.txt`), 'utf8');
  return { name, zhText, enText, zh: parseBriefing(zhText), en: parseBriefing(enText), links: [] };
}

function archiveReference(pair: RealPair, exceptions: { joined?: number[][]; noTranscript?: true }): ReferenceLink[] {
  if (exceptions.noTranscript) return [];
  const zh = bodyOf(pair.zh);
  const en = bodyOf(pair.en);
  const links: ReferenceLink[] = [];
  let e = 0;
  for (let z = 0; z < zh.length; z++) {
    const joined = exceptions.joined?.find((lines) => lines[0] === lineOf(pair.zh, zh[z]!));
    const group = joined ? zh.slice(z, z + joined.length) : [zh[z]!];
    links.push({ zh: group, en: [en[e++]!] });
    z += group.length - 1;
  }
  if (e !== en.length) throw new Error(`${pair.name}: the reference pairs ${e} of ${en.length} English body paragraphs`);
  return links;
}

/**
 * Several pairs pasted one after another into one Chinese and one English file (a week's briefings),
 * with their reference links carried over to the joined files' paragraphs.
 */
export function joinedPair(pairs: RealPair[]): RealPair {
  const join = (texts: string[]) => texts.map((t) => t.replace(/\s+$/, '')).join('\n\n') + '\n';
  const zhText = join(pairs.map((p) => p.zhText));
  const enText = join(pairs.map((p) => p.enText));
  const zh = parseBriefing(zhText);
  const en = parseBriefing(enText);
  const links: ReferenceLink[] = [];
  let zhOffset = 0;
  let enOffset = 0;
  for (const pair of pairs) {
    const moved = (joined: Briefing, own: Briefing, offset: number) => (i: number) => indexAt(joined.paragraphs, offset + own.paragraphs[i]!.start);
    for (const link of pair.links) links.push({ zh: link.zh.map(moved(zh, pair.zh, zhOffset)), en: link.en.map(moved(en, pair.en, enOffset)) });
    zhOffset += pair.zhText.replace(/\s+$/, '').length + 2;
    enOffset += pair.enText.replace(/\s+$/, '').length + 2;
  }
  return { name: pairs.map((p) => p.name).join('+'), zhText, enText, zh, en, links };
}

/** An English version after an edit, with what each jump should find. */
export interface EditedPair {
  pair: RealPair;
  kind: EditKind;
  enText: string;
  en: Briefing;
  /** For each Chinese body paragraph: the English paragraphs that render it (empty: not translated). */
  zhExpected: Map<number, Set<number>>;
  /** For each English body paragraph: the Chinese paragraphs it renders (empty: added, or page junk). */
  enExpected: Map<number, Set<number>>;
  /** Jumps that may also find nothing (from and to a pasted, untranslated source paragraph). */
  mayBeEmpty: Set<string>;
}

/** A paragraph of the edited English, and the unedited English paragraphs it holds. */
interface Piece {
  text: string;
  origins: number[];
  /** The Chinese paragraph pasted in untranslated. */
  pastedFrom?: number;
}

/** Applies one edit of `kind` to the pair's English, at places the seed chooses. */
export function editPair(pair: RealPair, kind: EditKind, seed: number): EditedPair {
  const random = new Random(seed);
  const slice = (i: number) => pair.en.text.slice(pair.en.paragraphs[i]!.start, pair.en.paragraphs[i]!.end);
  let pieces: Piece[] = pair.en.paragraphs.map((p) => ({ text: slice(p.index), origins: [p.index] }));
  const linkedEn = new Set(pair.links.flatMap((l) => l.en));
  const isBody = (piece: Piece) => piece.origins.length > 0 && linkedEn.has(piece.origins[0]!) && pair.en.paragraphs[piece.origins[0]!]!.role !== 'title';
  const bodyAt = () => pieces.flatMap((piece, k) => (isBody(piece) ? [k] : []));
  const role = (piece: Piece) => pair.en.paragraphs[piece.origins[0]!]!.role;
  switch (kind) {
    case 'none':
      break;
    case 'drop': {
      const at = random.pick(bodyAt());
      pieces.splice(at, 1);
      break;
    }
    case 'merge': {
      // Two paragraphs of one turn written as one: the second continues the first.
      const candidates = bodyAt().filter((k) => pieces[k + 1] && isBody(pieces[k + 1]!) && role(pieces[k + 1]!) === 'continuation');
      if (candidates.length === 0) return editPair(pair, 'drop', seed);
      const at = random.pick(candidates);
      pieces.splice(at, 2, { text: `${pieces[at]!.text} ${pieces[at + 1]!.text}`, origins: [...pieces[at]!.origins, ...pieces[at + 1]!.origins] });
      break;
    }
    case 'split': {
      const candidates = bodyAt().filter((k) => sentenceBreaks(pieces[k]!.text).length > 0);
      if (candidates.length === 0) return editPair(pair, 'drop', seed);
      const at = random.pick(candidates);
      const breaks = sentenceBreaks(pieces[at]!.text);
      const cut = breaks[Math.floor(breaks.length / 2)]!;
      const text = pieces[at]!.text;
      pieces.splice(at, 1, { text: text.slice(0, cut).trimEnd(), origins: pieces[at]!.origins }, { text: text.slice(cut).trimStart(), origins: pieces[at]!.origins });
      break;
    }
    case 'added': {
      const at = random.pick(bodyAt());
      pieces.splice(at + 1, 0, { text: random.pick(TRANSLATOR_NOTES), origins: [] });
      break;
    }
    case 'pasted': {
      // A paragraph not translated yet: its Chinese is pasted where its English will be written.
      const link = random.pick(pair.links.filter((l) => l.zh.length === 1 && l.en.length === 1 && pair.en.paragraphs[l.en[0]!]!.role === 'continuation'));
      if (!link) return editPair(pair, 'drop', seed);
      const at = pieces.findIndex((piece) => piece.origins[0] === link.en[0]);
      const source = pair.zh.paragraphs[link.zh[0]!]!;
      pieces.splice(at, 1, { text: pair.zh.text.slice(source.start, source.end), origins: [], pastedFrom: source.index });
      break;
    }
    case 'truncate25':
    case 'truncate50':
    case 'truncate75': {
      const body = bodyAt();
      const keep = Math.max(1, Math.round((body.length * Number(kind.slice(8))) / 100));
      pieces = pieces.slice(0, body[keep - 1]! + 1);
      break;
    }
    case 'menuOnly': {
      const firstBody = pieces.findIndex((piece) => linkedEn.has(piece.origins[0]!));
      pieces = pieces.slice(0, Math.max(0, firstBody)).filter((piece) => role(piece) === 'junk');
      if (pieces.length === 0) pieces = [{ text: 'Home > Press and Media Service > Spokesperson\'s Remarks', origins: [] }];
      break;
    }
  }
  return expectations(pair, kind, pieces);
}

/** Notes a translator adds that have no Chinese counterpart. */
const TRANSLATOR_NOTES = [
  "(Translator's note: the spokesperson's remarks on this item were given in English.)",
  '[Note: the audio of this part of the briefing was not clear; to be checked against the video.]',
  '(The following exchange was added to the transcript after the press conference.)',
  'Editor: the English of the remarks that follow is a draft and will be checked against the recording.',
];

/** Offsets after a sentence's end inside a paragraph, where it can be split in two. */
function sentenceBreaks(text: string): number[] {
  const found: number[] = [];
  for (const match of text.matchAll(/[.?!]["”’)]?\s+(?=[A-Z“"])/g)) {
    const end = match.index! + match[0].length;
    if (end > 40 && text.length - end > 40) found.push(end);
  }
  return found;
}

function expectations(pair: RealPair, kind: EditKind, pieces: Piece[]): EditedPair {
  const enText = pieces.map((p) => p.text).join('\n\n') + '\n';
  const en = parseBriefing(enText);
  // Where each piece landed in the edited English.
  const landed: number[] = [];
  let offset = 0;
  for (const piece of pieces) {
    landed.push(indexAt(en.paragraphs, offset));
    offset += piece.text.length + 2;
  }
  const zhOfEn = new Map<number, number[]>();
  for (const link of pair.links) for (const e of link.en) zhOfEn.set(e, link.zh);
  const zhExpected = new Map<number, Set<number>>(pair.links.flatMap((l) => l.zh).map((z) => [z, new Set<number>()]));
  for (const p of bodyOf(pair.zh)) if (!zhExpected.has(p)) zhExpected.set(p, new Set());
  const enExpected = new Map<number, Set<number>>();
  const mayBeEmpty = new Set<string>();
  pieces.forEach((piece, k) => {
    const index = landed[k]!;
    if (index < 0) return;
    const expected = enExpected.get(index) ?? new Set<number>();
    enExpected.set(index, expected);
    for (const origin of piece.origins) {
      for (const z of zhOfEn.get(origin) ?? []) {
        expected.add(z);
        zhExpected.get(z)!.add(index);
      }
    }
    if (piece.pastedFrom !== undefined) {
      expected.add(piece.pastedFrom);
      zhExpected.get(piece.pastedFrom)!.add(index);
      mayBeEmpty.add(`zh${piece.pastedFrom}`).add(`en${index}`);
    }
  });
  // Only the body of the edited English is jumped from; junk may be anything the model says.
  for (const index of enExpected.keys()) if (!BODY.has(en.paragraphs[index]!.role) && enExpected.get(index)!.size === 0) enExpected.delete(index);
  return { pair, kind, enText, en, zhExpected, enExpected, mayBeEmpty };
}

export interface JumpScore {
  jumps: number;
  correct: number;
  /** Jumps from a paragraph with no counterpart that landed in text anyway. */
  stray: number;
  /** Jumps that found nothing where a counterpart exists. */
  missed: number;
}

export const noScore = (): JumpScore => ({ jumps: 0, correct: 0, stray: 0, missed: 0 });

/** Edits at places the seed chooses are drawn twice; truncation and the menu have one place only. */
const DRAWS: Record<EditKind, number> = { none: 1, drop: 2, merge: 2, split: 2, added: 2, pasted: 2, truncate25: 1, truncate50: 1, truncate75: 1, menuOnly: 1 };

/** The share of jumps that must land right: finished pairs, and pairs edited as a draft. */
export const accuracyFloor = (kind: EditKind) => (kind === 'none' ? 0.99 : 0.97);

/** Every jump of every pair under one kind of edit, its draws seeded by the pair's place. */
export async function scoreKind(pairs: RealPair[], kind: EditKind, terms: TermIndex): Promise<JumpScore> {
  const total = noScore();
  for (const [k, pair] of pairs.entries()) {
    for (let draw = 0; draw < DRAWS[kind]; draw++) addScore(total, await scoreJumps(editPair(pair, kind, 1000 + k * 10 + draw), terms));
  }
  return total;
}

export function addScore(total: JumpScore, score: JumpScore): void {
  total.jumps += score.jumps;
  total.correct += score.correct;
  total.stray += score.stray;
  total.missed += score.missed;
}

/**
 * Every jump from a body paragraph of either version, as the server makes it: the two files open
 * side by side (NAME.zh.txt, NAME.en.txt), paired and aligned by ParallelVersions, and the jump
 * found by counterpartAt at the paragraph's first character.
 */
export async function scoreJumps(edited: EditedPair, terms: TermIndex): Promise<JumpScore> {
  const zhUri = URI.file(`/in-progress/${edited.pair.name}.zh.txt`).toString();
  const enUri = URI.file(`/in-progress/${edited.pair.name}.en.txt`).toString();
  const open = new Map([
    [zhUri, { document: TextDocument.create(zhUri, 'briefing', 1, edited.pair.zhText), briefing: edited.pair.zh }],
    [enUri, { document: TextDocument.create(enUri, 'briefing', 1, edited.enText), briefing: edited.en }],
  ]);
  const parallel = new ParallelVersions((uri) => open.get(uri), () => terms, new DiskBriefings());
  const score = noScore();
  for (const [uri, side, briefing, expectedOf] of [
    [zhUri, 'zh', edited.pair.zh, edited.zhExpected],
    [enUri, 'en', edited.en, edited.enExpected],
  ] as const) {
    const { document } = open.get(uri)!;
    const pairing = await parallel.pairingOf(document, briefing);
    const other = side === 'zh' ? edited.en : edited.pair.zh;
    for (const [index, expected] of expectedOf) {
      const paragraph = briefing.paragraphs[index]!;
      const counterpart = pairing.kind === 'paired' ? counterpartAt(pairing, uri, paragraph.start, terms) : undefined;
      const found = new Set((counterpart?.targets ?? []).filter((t) => t.end > t.start).map((t) => indexAt(other.paragraphs, t.start)));
      const mayBeEmpty = edited.mayBeEmpty.has(`${side}${index}`);
      score.jumps++;
      if (found.size === 0) {
        if (expected.size === 0 || mayBeEmpty) score.correct++;
        else score.missed++;
      } else if (expected.size === 0) score.stray++;
      else if ([...found].every((f) => expected.has(f))) score.correct++;
    }
  }
  return score;
}
