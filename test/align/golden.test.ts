/**
 * The aligner's exact output, pinned: every link and its confidence, on the samples, the corpus
 * pairs, the bench's generated 5,000-paragraph pair and a few made-up cases, each aligned as the
 * server does (ParallelVersions, built-in glossary evidence) and by length and structure alone.
 * A change that is meant to leave results alone (a faster aligner) must keep these fingerprints;
 * one that means to change them regenerates golden-alignments.json with
 *   BRIEFING_UPDATE_GOLDEN=1 npm run test:unit
 * and says why in its commit. Confidences are compared to the last bit (V8's Math.exp and
 * Math.log are the same everywhere), so a reordered sum shows up too.
 */
import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { alignSections, type Alignment } from '../../server/src/align';
import { builtinEntries, TermIndex } from '../../server/src/glossary';
import { parseBriefing, type Briefing, type Language, type Section } from '../../server/src/model';
import { DiskBriefings } from '../../server/src/workspace/diskBriefings';
import { ParallelVersions } from '../../server/src/workspace/parallel';
import { generatePair } from '../../bench/inputs';
import { generate } from '../unit/align/generated';

const GOLDEN = join(__dirname, 'golden-alignments.json');
const CORPUS = join(__dirname, '..', '..', '..', 'shared', 'corpus');
const SAMPLES = join(__dirname, '..', '..', 'samples');
/** The seed bench/run.ts gives the alignment figure (SEED + 6). */
const BENCH_SEED = 20260129 + 6;
const update = process.env.BRIEFING_UPDATE_GOLDEN === '1';

interface Fingerprint {
  links: number;
  /** Links with an empty side, and links of two paragraphs on one side. */
  omissions: number;
  merges: number;
  sha256: string;
}

const golden: Record<string, Fingerprint> = existsSync(GOLDEN) ? (JSON.parse(readFileSync(GOLDEN, 'utf8')) as Record<string, Fingerprint>) : {};
const produced: Record<string, Fingerprint> = {};

function fingerprint(alignment: Alignment): Fingerprint {
  const links = alignment.links;
  return {
    links: links.length,
    omissions: links.filter((l) => l.zh.length === 0 || l.en.length === 0).length,
    merges: links.filter((l) => l.zh.length > 1 || l.en.length > 1).length,
    // JSON writes each confidence in its shortest exact form.
    sha256: createHash('sha256').update(JSON.stringify(links.map((l) => [l.zh, l.en, l.confidence]))).digest('hex'),
  };
}

function check(name: string, alignment: Alignment): void {
  const found = fingerprint(alignment);
  produced[name] = found;
  if (update) return;
  assert.ok(golden[name], `no golden fingerprint for ${name} (regenerate with BRIEFING_UPDATE_GOLDEN=1)`);
  assert.deepEqual(found, golden[name], `alignment of ${name} changed`);
}

const terms = new TermIndex(builtinEntries());

function sectionIn(briefing: Briefing, language: Language): Section {
  const section = briefing.sections.find((s) => s.language === language);
  assert.ok(section, `a ${language} section`);
  return section;
}

/** As the server aligns an open file: its own two sections, or its sibling file read from disk. */
async function asServer(path: string, text: string): Promise<Alignment> {
  const parallel = new ParallelVersions(() => undefined, () => terms, new DiskBriefings());
  const pairing = await parallel.pairingOf(TextDocument.create(URI.file(path).toString(), 'briefing', 1, text), parseBriefing(text));
  assert.equal(pairing.kind, 'paired', `${path} is paired`);
  return pairing.kind === 'paired' ? pairing.alignment : { links: [] };
}

/** Length and structure only: no glossary. */
function plain(zh: Briefing, en: Briefing): Alignment {
  return alignSections({ briefing: zh, sections: [sectionIn(zh, 'zh')] }, { briefing: en, sections: [sectionIn(en, 'en')] });
}

/** zh file (or bilingual file) and, for a pair of files, the en file. */
async function checkFiles(folder: string, zhName: string, enName = zhName): Promise<void> {
  const zhText = readFileSync(join(folder, zhName), 'utf8');
  check(`${zhName} (server)`, await asServer(join(folder, zhName), zhText));
  const zh = parseBriefing(zhText);
  check(`${zhName} (plain)`, plain(zh, enName === zhName ? zh : parseBriefing(readFileSync(join(folder, enName), 'utf8'))));
}

describe('alignment fingerprints', () => {
  after(() => {
    if (update) writeFileSync(GOLDEN, JSON.stringify(produced, null, 2) + '\n');
  });

  it('samples', async () => {
    await checkFiles(SAMPLES, 'defense-2026-01-29.bilingual.briefing');
    await checkFiles(SAMPLES, 'mfa-2026-02-03.zh.briefing', 'mfa-2026-02-03.en.briefing');
  });

  const corpusPairs: [string, string][] = [
    ['mfa-2018-12-17.zh.txt', 'mfa-2018-12-17.en.txt'],
    ['mfa-2019-07-22.zh.txt', 'mfa-2019-07-22.en.txt'],
    ['mfa-2019-12-24.zh.txt', 'mfa-2019-12-24.en.txt'],
    ['mfa-2020-03-27.zh.txt', 'mfa-2020-03-27.en.txt'],
    ['mfa-2020-04-07.zh.txt', 'mfa-2020-04-07.en.txt'],
    ['mnd-2023-12-28.bilingual.txt', 'mnd-2023-12-28.bilingual.txt'],
  ];
  it('corpus pairs', { skip: existsSync(CORPUS) ? undefined : `no corpus at ${CORPUS}` }, async () => {
    for (const [zh, en] of corpusPairs) await checkFiles(CORPUS, zh, en);
  });

  it("the bench's 5,000-paragraph pair", async () => {
    const pair = generatePair(BENCH_SEED, (paragraphs) => paragraphs >= 5000);
    check('bench pair (server)', await asServer('/bench/pair.briefing', pair.bilingual));
    const briefing = parseBriefing(pair.bilingual);
    check('bench pair (plain)', plain(briefing, briefing));
  });

  it('the generated 5,000-paragraph versions of the unit tests', async () => {
    const { zh, en } = generate(5000);
    const zhText = zh.join('\n\n') + '\n';
    const bilingual = `${zhText}\n${en.join('\n\n')}\n`;
    check('generated 5000 (server)', await asServer('/generated/pair.briefing', bilingual));
    check('generated 5000 (plain)', plain(parseBriefing(zh.join('\n\n')), parseBriefing(en.join('\n\n'))));
  });

  it('repeated words under speakers the glossary names', async () => {
    // Paragraphs whose words repeat under another speaker, or with no label: the glossary also
    // matches the speaker's name, so the evidence of a repeated text is that of its first paragraph.
    const zh = [
      '2024年3月5日外交部发言人华春莹主持例行记者会',
      '问：上海合作组织峰会有何成果？',
      '华春莹：谢谢。上海合作组织峰会取得积极成果。',
      '谢谢。上海合作组织峰会取得积极成果。',
      '问：世界卫生组织有何评论？',
      '耿爽：谢谢。上海合作组织峰会取得积极成果。',
      '我们支持世界卫生组织的工作。',
    ];
    const en = [
      "Foreign Ministry Spokesperson Hua Chunying's Regular Press Conference on March 5, 2024",
      'Q: What came out of the Shanghai Cooperation Organization summit?',
      'Hua Chunying: Thank you. The SCO summit achieved positive results.',
      'Thank you. The SCO summit achieved positive results, as the World Health Organization noted.',
      'Q: Any comment on the World Health Organization?',
      'Geng Shuang: Thank you. The SCO summit achieved positive results.',
      'We support the work of the WHO.',
      'Thank you. The SCO summit achieved positive results.',
    ];
    check('speakers (server)', await asServer('/made-up/speakers.briefing', `${zh.join('\n\n')}\n\n${en.join('\n\n')}\n`));
  });

  it('a paragraph rendered as two', async () => {
    const zh = [
      '2024年3月5日外交部发言人例行记者会',
      '问：上海合作组织峰会有何成果？',
      '答：2024年上海合作组织峰会签署了12项文件，涵盖安全、经贸和人文领域。同日，世界卫生组织代表出席了关于公共卫生合作的边会，各方同意在2025年前建立联络机制。',
      '问：世界卫生组织有何评论？',
      '答：我们支持世界卫生组织的工作。',
    ];
    const en = [
      "Foreign Ministry Spokesperson's Regular Press Conference on March 5, 2024",
      'Q: What came out of the Shanghai Cooperation Organization summit?',
      'A: The 2024 SCO summit signed 12 documents covering security, trade and people-to-people exchanges.',
      'On the same day, a representative of the World Health Organization attended a side event on public health cooperation, and all parties agreed to set up a liaison mechanism before 2025.',
      'Q: Any comment on the World Health Organization?',
      'A: We support the work of the WHO.',
    ];
    const alignment = await asServer('/made-up/merge.briefing', `${zh.join('\n\n')}\n\n${en.join('\n\n')}\n`);
    assert.equal(fingerprint(alignment).merges, 1);
    check('a paragraph rendered as two (server)', alignment);
  });
});
