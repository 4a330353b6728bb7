/**
 * Figures of a translation in progress: jump accuracy per edit kind on the real pairs
 * (bench/inProgress.ts), and the first Go to Definition between sibling files of a long Chinese
 * version and its unfinished English (a third of it), over stdio as an editor sees it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { builtinEntries, TermIndex } from '../server/src/glossary';
import { parseBriefing } from '../server/src/model';
import { accuracyFloor, EDIT_KINDS, realPairs, scoreKind } from './inProgress';
import { generatePair } from './inputs';
import { sample, timed, type Figure } from './measure';
import { startSession } from './lspSession';

const SHARED = join(__dirname, '..', '..', 'shared');

/** Jump accuracy per edit kind over every pair of ../shared. */
export async function jumpAccuracy(): Promise<Figure[]> {
  const pairs = realPairs(join(SHARED, 'corpus'), join(SHARED, 'archive'), join(__dirname, '..', 'test', 'align', 'expected-alignments.json'));
  if (pairs.length === 0) return [{ name: 'jump accuracy in a translation in progress', median: 'no ../shared', p95: '', note: 'skipped: no corpus or archive' }];
  const terms = new TermIndex(builtinEntries());
  const figures: Figure[] = [];
  for (const kind of EDIT_KINDS) {
    const total = await scoreKind(pairs, kind, terms);
    const accuracy = total.correct / total.jumps;
    const floor = accuracyFloor(kind);
    figures.push({
      name: `jump accuracy, ${kind === 'none' ? 'finished pairs' : `edit: ${kind}`}`,
      median: accuracy.toFixed(3),
      p95: '',
      budget: `≥ ${floor}`,
      within: accuracy >= floor,
      note: `${total.jumps} jumps over ${pairs.length} pairs; ${total.stray} from an untranslated paragraph into text; ${total.missed} found nothing where a counterpart exists`,
    });
  }
  return figures;
}

/** A transcript of the same question and answer, `count` times. */
function repetitive(count: number): { zh: string; en: string } {
  const zh = ['2026年3月5日外交部发言人例行记者会'];
  const en = ["Foreign Ministry Spokesperson's Regular Press Conference on March 5, 2026"];
  for (let i = 0; i < count; i++) {
    zh.push('问：中方对此有何评论？', '答：中方的立场是一贯的、明确的。我们坚决反对任何形式的干涉。');
    en.push('Q: What is your comment?', "A: China's position is consistent and clear. We firmly oppose any form of interference.");
  }
  return { zh: `${zh.join('\n\n')}\n`, en: `${en.join('\n\n')}\n` };
}

/** The text up to the end of its `keep`-th paragraph that is not page furniture: a translation stopped there. */
function firstParagraphs(text: string, keep: number): string {
  const body = parseBriefing(text).paragraphs.filter((p) => p.role !== 'junk' && p.role !== 'meta');
  return `${text.slice(0, body[Math.min(keep, body.length) - 1]!.end)}\n`;
}

/**
 * The first Go to Definition from the Chinese file (open) into its English sibling (on disk, not
 * open), each run a new pair so nothing is cached: reading, parsing and aligning included.
 */
export async function firstJump(seed: number, nodeFlags: string[]): Promise<Figure[]> {
  const sizes = [
    { label: '1,000 → 300', zh: 1000, en: 300 },
    { label: '4,000 → 1,200', zh: 4000, en: 1200 },
    { label: '10,000 → 3,000', zh: 10000, en: 3000 },
  ];
  const folder = mkdtempSync(join(tmpdir(), 'briefing-bench-progress-'));
  const session = await startSession(folder, nodeFlags);
  const figures: Figure[] = [];
  const medians: Record<string, number[]> = { varied: [], repetitive: [] };
  try {
    for (const kind of ['varied', 'repetitive'] as const) {
      for (const size of sizes) {
        // Paragraphs, not exchanges: a repeated exchange is a question and an answer.
        const texts = kind === 'varied' ? generatePair(seed, (paragraphs) => paragraphs >= size.zh) : repetitive(size.zh / 2);
        const english = firstParagraphs(texts.en, size.en);
        const question = parseBriefing(texts.zh).paragraphs.find((p) => p.role === 'question')!;
        const times = await sample(3, async (run) => {
          const name = `${kind}-${size.zh}-${run + 10}`;
          writeFileSync(join(folder, `${name}.zh.briefing`), texts.zh);
          writeFileSync(join(folder, `${name}.en.briefing`), english);
          const uri = pathToFileURL(join(folder, `${name}.zh.briefing`)).href;
          await session.open(uri, texts.zh);
          const links = await session.request<unknown[]>('textDocument/definition', { textDocument: { uri }, position: { line: question.startLine, character: 2 } });
          if (!Array.isArray(links) || links.length === 0) throw new Error(`no definition in ${name}`);
          await session.notify('textDocument/didClose', { textDocument: { uri } });
        });
        medians[kind]!.push(times.sort((a, b) => a - b)[1]!);
        figures.push(timed(`first F12 into an unfinished sibling, ${size.label} paragraphs, ${kind} text`, times, size.zh === 10000 ? 1000 : undefined, 'over stdio; read, parse, align'));
      }
    }
  } finally {
    await session.close();
    rmSync(folder, { recursive: true, force: true });
  }
  for (const kind of ['varied', 'repetitive'] as const) {
    const [small, , large] = medians[kind]!;
    const growth = large! / small!;
    figures.push({ name: `… growth from 1,000 to 10,000 paragraphs, ${kind} text`, median: `${growth.toFixed(1)}×`, p95: '', budget: '≤ 15× (10× is linear)', within: growth <= 15 });
  }
  return figures;
}
