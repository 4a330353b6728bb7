/**
 * Figures of the pure layers, measured in this process: the outline against the Markdown peer,
 * the alignment, the glossary, and the heap a large model holds.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Message } from 'vscode-jsonrpc';
import { alignSections } from '../server/src/align';
import { documentSymbols } from '../server/src/features/documentSymbols';
import { DEFAULT_OUTLINE_OPTIONS } from '../server/src/features/outline';
import { builtinEntries, parseGlossary, TermIndex } from '../server/src/glossary';
import { parseBriefing, type Briefing } from '../server/src/model';
import { ParallelVersions } from '../server/src/workspace/parallel';
import { DiskBriefings } from '../server/src/workspace/diskBriefings';
import { ModelCache } from '../server/src/workspace/modelCache';
import { encodeMessage } from '../server/src/transport/treeJson';
import { asMarkdown, generatePair, glossaryTsv } from './inputs';
import { collect, EDIT_WARMUP, forInformation, mb, median, sample, timed, type Figure } from './measure';
import { peerSymbols } from './peer';
import { Random } from './random';

/** Below the 8 MiB main-thread stack of Linux (ulimit -s), so V8 reports an overflow rather than crashing. */
const PEER_STACK_KB = 6000;

/** What the server does for a new version: parse, then convert the outline to LSP symbols. */
function ourOutline(text: string): number {
  return documentSymbols(parseBriefing(text), DEFAULT_OUTLINE_OPTIONS).length;
}

/** Cold outline, ours and the peer's, for each input; the ratio is judged against "2x faster". */
/** The figures, and the peer's median time per input label (the measure the budgets are ratios of). */
export async function outlineVersusPeer(inputs: { label: string; text: string; runs: number }[]): Promise<{ figures: Figure[]; peer: Map<string, number> }> {
  const figures: Figure[] = [];
  const peerMedians = new Map<string, number>();
  for (const { label, text, runs } of inputs) {
    const markdown = asMarkdown(text);
    const { ours, peer, note } = await timesOfBoth(text, markdown, runs);
    peerMedians.set(label, median(peer));
    const ratio = median(ours) / median(peer);
    figures.push(
      label === '10 MB' ? forInformation(`outline cold, in-process, ${label}`, ours, 1000) : timed(`outline cold, in-process, ${label}`, ours),
      timed(`peer: Markdown symbols, ${label}`, peer, undefined, `${mb(Buffer.byteLength(markdown))} of Markdown${note}`),
      {
        name: `ratio ours/peer, ${label}`,
        median: `${ratio.toFixed(2)}×`,
        p95: '',
        // The 100 KB ratio is reported; the goal is set for 1 MB and 10 MB.
        ...(label === '100 KB' ? {} : { budget: '≤ 0.50× (2x faster)', within: ratio <= 0.5 }),
        note: 'ratio of medians',
      },
    );
  }
  return { figures, peer: peerMedians };
}

/**
 * Our times and the peer's. In this process the two take turns, run by run, so that a change in
 * the machine's load weighs on both alike; when the peer's recursion overflows the default stack,
 * it runs in a child with a larger one, after ours.
 */
async function timesOfBoth(text: string, markdown: string, runs: number): Promise<{ ours: number[]; peer: number[]; note: string }> {
  try {
    await peerSymbols(markdown);
    const ours: number[] = [];
    const peer: number[] = [];
    await sample(runs, async (run) => {
      const start = performance.now();
      ourOutline(text);
      const middle = performance.now();
      await peerSymbols(markdown);
      if (run >= 0) {
        ours.push(middle - start);
        peer.push(performance.now() - middle);
      }
    });
    return { ours, peer, note: '' };
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
  }
  return { ours: await sample(runs, () => ourOutline(text)), ...(await peerInChild(markdown, runs)) };
}

/** Peer times in a child process with a larger stack. */
async function peerInChild(markdown: string, runs: number): Promise<{ peer: number[]; note: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-bench-peer-'));
  try {
    const file = join(dir, 'input.md');
    writeFileSync(file, markdown);
    const args = [`--stack-size=${PEER_STACK_KB}`, '--import', 'tsx', join(__dirname, 'peerChild.ts'), file, String(runs)];
    const peer = JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 20 })) as number[];
    return { peer, note: `; overflows node's default stack (RangeError; no outline in VS Code), timed with --stack-size=${PEER_STACK_KB}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Two 5,000-paragraph versions: the aligner alone, and as the server runs it (with glossary evidence). */
export async function alignment(seed: number): Promise<Figure[]> {
  const pair = generatePair(seed, (paragraphs) => paragraphs >= 5000);
  const briefing = parseBriefing(pair.bilingual);
  const [zh, en] = briefing.sections;
  if (!zh || !en || zh.language !== 'zh' || en.language !== 'en') throw new Error('the generated pair did not parse as zh + en sections');
  const pure = await sample(5, () => alignSections({ briefing, sections: [zh] }, { briefing, sections: [en] }));
  const terms = new TermIndex(builtinEntries());
  // A shallow copy is a new model to the per-model term cache, so every run matches terms afresh;
  // a new ParallelVersions has no alignment of the same texts yet.
  const asServer = await sample(5, async (run) => {
    const copy: Briefing = { ...briefing };
    const parallel = new ParallelVersions(() => undefined, () => terms, new DiskBriefings());
    const pairing = await parallel.pairingOf(TextDocument.create('file:///bench/pair.briefing', 'briefing', 10 + run, pair.bilingual), copy);
    if (pairing.kind !== 'paired') throw new Error('the generated pair was not paired');
  });
  const note = `${zh.paragraphs.length} + ${en.paragraphs.length} paragraphs`;
  return [
    forInformation('alignment, 5,000 + 5,000 paragraphs (alignSections)', pure, 200, note),
    forInformation('alignment as the server runs it (+ built-in glossary evidence)', asServer, 200, note),
  ];
}

/** A 100,000-entry user glossary: parse the TSV and build the matcher; its heap; matching 1 MB with it. */
export async function glossary(seed: number, oneMegabyte: string): Promise<Figure[]> {
  const tsv = glossaryTsv(100_000, seed);
  const load = () => {
    const { entries, problems } = parseGlossary('bench.glossary.tsv', 'file:///bench/bench.glossary.tsv', tsv);
    if (problems.length > 0) throw new Error(`glossary problems: ${problems[0]!.message}`);
    return new TermIndex([...builtinEntries(), ...entries]);
  };
  const times = await sample(5, load);
  collect();
  const before = process.memoryUsage().heapUsed;
  const index = load();
  collect();
  const heap = process.memoryUsage().heapUsed - before;
  const briefing = parseBriefing(oneMegabyte);
  const builtin = new TermIndex(builtinEntries());
  const matchAll = (terms: TermIndex) => briefing.paragraphs.reduce((n, p) => n + terms.match(briefing.text, p.start, p.end).length, 0);
  const withBuiltin = await sample(5, () => matchAll(builtin));
  const withLarge = await sample(5, () => matchAll(index));
  return [
    forInformation('glossary: load + build, 100,000-entry TSV', times, 1000, `${mb(Buffer.byteLength(tsv))} TSV, ${index.size} terms`),
    { name: 'glossary: heap held by the 100,000-entry matcher', median: mb(heap), p95: '', note: 'heapUsed after full GC' },
    timed('glossary: match every paragraph of 1 MB, built-in terms', withBuiltin, undefined, `${builtin.size} terms`),
    timed('glossary: match every paragraph of 1 MB, + 100,000 entries', withLarge),
  ];
}

/**
 * Where an outline of 1 MB goes, step by step, in this process: a whole parse (on opening), the
 * outline and its symbols for a new model, the parse of a one-line edit, what the outline and
 * symbols then cost, and the JSON of the answer (as JSON.stringify writes it, and as the server
 * writes it over stdio, from the pieces it kept).
 */
export async function outlineSteps(text: string, seed: number): Promise<Figure[]> {
  const runs = 10;
  const fresh = Array.from({ length: runs + 1 }, () => parseBriefing(text));
  const cache = new ModelCache();
  let document = cache.documents.create('file:///bench/steps.briefing', 'briefing', 1, text);
  const first = cache.get(document);
  let symbols = documentSymbols(first, DEFAULT_OUTLINE_OPTIONS);
  const random = new Random(seed);
  const json = Buffer.from(JSON.stringify(symbols));
  const reparse: number[] = [];
  const outline: number[] = [];
  const kept: number[] = [];
  for (let run = -EDIT_WARMUP; run < 30; run++) {
    const paragraph = random.pick(cache.get(document).paragraphs);
    const end = document.positionAt(paragraph.end);
    document = cache.documents.update(document, [{ range: { start: end, end }, text: paragraph.language === 'zh' ? '我们注意到' : ' We noted it.' }], document.version + 1);
    let start = performance.now();
    const briefing = cache.get(document);
    if (run >= 0) reparse.push(performance.now() - start);
    start = performance.now();
    symbols = documentSymbols(briefing, DEFAULT_OUTLINE_OPTIONS);
    if (run >= 0) outline.push(performance.now() - start);
    start = performance.now();
    encodeMessage({ jsonrpc: '2.0', id: run, result: symbols } as Message);
    if (run >= 0) kept.push(performance.now() - start);
  }
  // The editor's own part of every answer, as vscode-jsonrpc reads a message: decode, then parse.
  const answer = encodeMessage({ jsonrpc: '2.0', id: 0, result: symbols } as Message);
  const read = await sample(60, () => JSON.parse(answer.toString('utf8')));
  return [
    timed('1 MB step: parseBriefing (whole text, on opening)', await sample(runs, () => parseBriefing(text))),
    timed('1 MB step: outline + symbols of a new model', await sample(runs, (run) => documentSymbols(fresh[run + 1]!, DEFAULT_OUTLINE_OPTIONS))),
    timed('1 MB step: reparse after a one-line edit', reparse),
    timed('1 MB step: outline + symbols after the edit', outline, undefined, 'kept and moved nodes'),
    timed('1 MB step: JSON of the answer, JSON.stringify', await sample(runs, () => Buffer.from(JSON.stringify(symbols))), undefined, `${mb(json.length)} of JSON`),
    timed('1 MB step: JSON of the answer after the edit, as over stdio', kept, undefined, 'from kept pieces'),
    timed('1 MB step: the editor reads that answer (decode + JSON.parse)', read, undefined, `${mb(answer.length)}; the editor's own part of the edit figure`),
  ];
}

/** Heap the server holds for an open 10 MB document: its text, line table, model and outline. */
export function heapOfLargeModel(text: string): Figure {
  collect();
  const before = process.memoryUsage().heapUsed;
  const document = TextDocument.create('file:///bench/large.briefing', 'briefing', 1, text);
  const briefing = parseBriefing(text);
  const symbols = documentSymbols(briefing, DEFAULT_OUTLINE_OPTIONS);
  collect();
  const heap = process.memoryUsage().heapUsed - before;
  // Keep them alive until measured.
  if (symbols.length < 0 || !briefing || !document) throw new Error('unreachable');
  return { name: 'heap held by a 10 MB model (in-process)', median: mb(heap), p95: '', note: 'document + model + outline, after full GC; text shared' };
}

/**
 * Opening and closing 100 paired documents, as the server does (models, pairing, alignment, then
 * forgetting each on close): the heap after, against the heap before.
 */
export async function heapAfterPairedDocuments(seed: number): Promise<Figure> {
  const terms = new TermIndex(builtinEntries());
  const models = new ModelCache();
  const open = new Map<string, TextDocument>();
  const parallel = new ParallelVersions(
    (uri) => {
      const document = open.get(uri);
      return document ? { document, briefing: models.get(document) } : undefined;
    },
    () => terms,
    new DiskBriefings(),
  );
  const round = async (run: number) => {
    const pair = generatePair(seed + run, (paragraphs) => paragraphs >= 200);
    const zh = models.documents.create(`file:///bench/paired/p${run}.zh.briefing`, 'briefing', 1, pair.zh);
    const en = models.documents.create(`file:///bench/paired/p${run}.en.briefing`, 'briefing', 1, pair.en);
    open.set(zh.uri, zh).set(en.uri, en);
    const pairing = await parallel.pairingOf(zh, models.get(zh));
    if (pairing.kind !== 'paired') throw new Error('the generated pair was not paired');
    for (const document of [zh, en]) {
      open.delete(document.uri);
      models.forget(document.uri);
      parallel.forget(document.uri);
    }
  };
  // Rounds first unmeasured: V8 compiles and caches as code runs the first times, which is growth too.
  for (let run = -20; run < 0; run++) await round(run);
  collect();
  const before = process.memoryUsage().heapUsed;
  for (let run = 0; run < 100; run++) await round(run);
  collect();
  const grown = process.memoryUsage().heapUsed - before;
  const limit = 1024 * 1024;
  return { name: 'heap after opening and closing 100 paired documents', median: `${grown >= 0 ? '+' : ''}${(grown / 1024).toFixed(0)} KiB`, p95: '', budget: '< 1 MiB growth', within: grown < limit, note: '200-paragraph pairs, aligned, then closed, after 20 such rounds; after full GC' };
}
