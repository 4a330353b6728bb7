/**
 * Bench inputs, generated from the project's own samples with a fixed seed: transcripts of a
 * given size, a bilingual pair with a given number of paragraphs, a workspace of many files, a
 * large user glossary, and the Markdown rendering of a transcript for the peer.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBriefing, type Briefing, type Exchange, type Section, type Turn } from '../server/src/model';
import { Random } from './random';

const SAMPLES = join(__dirname, '..', 'samples');

interface ParagraphPair {
  zh: string;
  en: string;
}
/** An exchange (or announcement) of the samples, paragraph by paragraph in both languages. */
type Block = ParagraphPair[];

interface Pool {
  headers: { zh: string; en: string }[];
  blocks: Block[];
}

const read = (name: string) => parseBriefing(readFileSync(join(SAMPLES, name), 'utf8'));
const textOf = (briefing: Briefing, index: number) => {
  const paragraph = briefing.paragraphs[index]!;
  return briefing.text.slice(paragraph.start, paragraph.end);
};
const turnParagraphs = (turn: Turn) => turn.paragraphs;
const exchangeParagraphs = (exchange: Exchange) =>
  [...(exchange.question ? turnParagraphs(exchange.question) : []), ...exchange.turns.flatMap(turnParagraphs)].sort((a, b) => a - b);

/** Pairs the units of two sections that translate each other one for one (as the samples do). */
function pairUnits(zh: { briefing: Briefing; section: Section }, en: { briefing: Briefing; section: Section }): Block[] {
  const units = (side: { briefing: Briefing; section: Section }) => [
    ...side.section.announcements.map((turn) => turn.paragraphs),
    ...side.section.exchanges.map(exchangeParagraphs),
  ];
  const zhUnits = units(zh);
  const enUnits = units(en);
  return zhUnits
    .map((zhUnit, k) => ({ zhUnit, enUnit: enUnits[k] ?? [] }))
    .filter(({ zhUnit, enUnit }) => zhUnit.length === enUnit.length)
    .map(({ zhUnit, enUnit }) => zhUnit.map((i, n) => ({ zh: textOf(zh.briefing, i), en: textOf(en.briefing, enUnit[n]!) })));
}

let pool: Pool | undefined;

function samplePool(): Pool {
  if (pool) return pool;
  const defense = read('defense-2026-01-29.bilingual.briefing');
  const mfaZh = read('mfa-2026-02-03.zh.briefing');
  const mfaEn = read('mfa-2026-02-03.en.briefing');
  const headerText = (b: Briefing, s: Section) => b.text.slice(s.header!.start, s.header!.end);
  const [dZh, dEn] = defense.sections as [Section, Section];
  pool = {
    headers: [
      { zh: headerText(defense, dZh), en: headerText(defense, dEn) },
      { zh: headerText(mfaZh, mfaZh.sections[0]!), en: headerText(mfaEn, mfaEn.sections[0]!) },
    ],
    blocks: [
      ...pairUnits({ briefing: defense, section: dZh }, { briefing: defense, section: dEn }),
      ...pairUnits({ briefing: mfaZh, section: mfaZh.sections[0]! }, { briefing: mfaEn, section: mfaEn.sections[0]! }),
    ],
  };
  return pool;
}

const ZH_SENTENCE = /(?<=[。！？])/;
const EN_SENTENCE = /(?<=[.!?])\s+(?=["“A-Z])/;

/**
 * A variant of a paragraph pair, so that no paragraph simply repeats: its numbers are replaced
 * (the same way on both sides, as a translation keeps them), and the sentences after the first
 * (which holds the speaker label or point marker) are reordered and sometimes one is dropped.
 */
function vary(pair: ParagraphPair, random: Random): ParagraphPair {
  const numbers = new Map<string, string>();
  const renumber = (text: string) =>
    text.replace(/\d+/g, (digits) => {
      if (!numbers.has(digits)) numbers.set(digits, String(random.int(1, digits.length > 2 ? 2999 : 99)));
      return numbers.get(digits)!;
    });
  const zh = renumber(pair.zh).split(ZH_SENTENCE);
  const en = renumber(pair.en).split(EN_SENTENCE);
  if (zh.length < 3 || zh.length !== en.length) return { zh: zh.join(''), en: en.join(' ') };
  const order = [0, ...random.permutation(zh.length - 1).map((i) => i + 1)];
  const kept = random.chance(0.3) ? order.slice(0, -1) : order;
  return { zh: kept.map((i) => zh[i]!.trim()).join(''), en: kept.map((i) => en[i]!.trim()).join(' ') };
}

export interface GeneratedPair {
  zh: string;
  en: string;
  /** Chinese section, then English section, in one file. */
  bilingual: string;
  /** Body paragraphs per language. */
  paragraphs: number;
}

/** Adds varied exchanges until `enough(paragraphs, bytes)` holds. */
export function generatePair(seed: number, enough: (paragraphs: number, bytes: number) => boolean): GeneratedPair {
  const random = new Random(seed);
  const { headers, blocks } = samplePool();
  const header = random.pick(headers);
  const zh: string[] = [header.zh];
  const en: string[] = [header.en];
  let bytes = Buffer.byteLength(header.zh) + Buffer.byteLength(header.en);
  let paragraphs = 0;
  while (!enough(paragraphs, bytes)) {
    for (const pair of random.pick(blocks)) {
      const varied = vary(pair, random);
      zh.push(varied.zh);
      en.push(varied.en);
      bytes += Buffer.byteLength(varied.zh) + Buffer.byteLength(varied.en) + 4;
      paragraphs++;
    }
  }
  const zhText = zh.join('\n\n') + '\n';
  const enText = en.join('\n\n') + '\n';
  return { zh: zhText, en: enText, bilingual: `${zhText}\n${enText}`, paragraphs };
}

/** A bilingual transcript of about `bytes` bytes of UTF-8. */
export function transcriptOfSize(bytes: number, seed: number): string {
  return generatePair(seed, (_, size) => size >= bytes).bilingual;
}

/**
 * The same content as Markdown, as the peer reads it: each language section a `#` heading, each
 * exchange and announcement a `##` heading (its first words), each paragraph-level point a `###`.
 */
export function asMarkdown(text: string): string {
  const briefing = parseBriefing(text);
  const headings = new Map<number, string>();
  const firstWords = (index: number) => textOf(briefing, index).slice(0, 40).replace(/\s+/g, ' ').replace(/^#+/, '');
  for (const section of briefing.sections) {
    headings.set(section.paragraphs[0]!, `# ${section.language === 'zh' ? '中文' : 'English'}`);
    for (const turn of section.announcements) headings.set(turn.paragraphs[0]!, `## ${firstWords(turn.paragraphs[0]!)}`);
    for (const exchange of section.exchanges) {
      const first = exchangeParagraphs(exchange)[0]!;
      headings.set(first, `## ${firstWords(first)}`);
      for (const turn of [...(exchange.question ? [exchange.question] : []), ...exchange.turns]) {
        for (const point of turn.points) if (!point.inline && !headings.has(point.paragraph)) headings.set(point.paragraph, `### ${point.marker}`);
      }
    }
  }
  return briefing.paragraphs.map((p) => (headings.has(p.index) ? `${headings.get(p.index)}\n\n` : '') + textOf(briefing, p.index)).join('\n\n') + '\n';
}

/** Writes `count` briefing files (zh, en or bilingual, 1–6 exchanges each) in folders of 100. */
export function writeWorkspace(dir: string, count: number, seed: number): number {
  const random = new Random(seed);
  let bytes = 0;
  for (let n = 0; n < count; n++) {
    const exchanges = random.int(1, 6);
    let seen = 0;
    const pair = generatePair(random.int(1, 2 ** 31), (paragraphs) => paragraphs >= exchanges * 3 || seen++ > exchanges);
    const text = random.pick([pair.zh, pair.en, pair.bilingual]);
    const folder = join(dir, `batch-${String(Math.floor(n / 100)).padStart(2, '0')}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `briefing-${String(n).padStart(4, '0')}.briefing`), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}

/** A user glossary (term, rendering, sometimes a note) of `entries` rows, from the samples' words. */
export function glossaryTsv(entries: number, seed: number): string {
  const random = new Random(seed);
  const { blocks } = samplePool();
  const all = blocks.flat();
  const han = [...new Set(all.flatMap((p) => p.zh.match(/\p{Script=Han}/gu) ?? []))];
  const words = [...new Set(all.flatMap((p) => p.en.match(/[A-Za-z]{3,}/g) ?? []))];
  const rows = ['zh\ten\tnote'];
  for (let n = 0; n < entries; n++) {
    const term = Array.from({ length: random.int(2, 6) }, () => random.pick(han)).join('');
    const rendering = Array.from({ length: random.int(1, 3) }, () => random.pick(words)).join(' ');
    rows.push(random.chance(0.2) ? `${term}\t${rendering}\tentry ${n}` : `${term}\t${rendering}`);
  }
  return rows.join('\n') + '\n';
}
