/**
 * The translation memory's figures (issue 18): a memory of 1,000 briefings made by replicating the
 * archive of real briefings (../shared/archive, 40 pairs, 25 copies each as separate files), its
 * build time and size, and completion latency over stdio against the 50 ms p95 the issue names.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serializeStore, type TranslationMemory } from '../server/src/memory';
import { parseBriefing } from '../server/src/model';
import { archivePairs, memoryOf, unitsOfArchive, type ArchivePair } from '../test/memory/archive';
import { collect, mb, percentile, timed, type Figure } from './measure';
import { startSession } from './lspSession';

const COPIES = 25;
const HELD_OUT = 8;
const COMPLETION_BUDGET_MS = 50;

export async function translationMemoryFigures(nodeFlags: string[], peerOutlineMs: number | undefined): Promise<Figure[]> {
  const pairs = archivePairs();
  if (pairs.length === 0) return [{ name: 'translation memory', median: 'skipped', p95: '', note: '../shared/archive is not there' }];
  const briefings = pairs.length * COPIES;
  return [...inProcess(pairs, briefings), ...(await overStdio(pairs, briefings, nodeFlags, peerOutlineMs))];
}

/** The index alone: units from aligned pairs, built into the bigram index, its heap and its store. */
function inProcess(pairs: ArchivePair[], briefings: number): Figure[] {
  const started = performance.now();
  const sets = unitsOfArchive(pairs);
  const alignMs = (performance.now() - started) / pairs.length;
  collect();
  const heapBefore = process.memoryUsage().heapUsed;
  const buildStarted = performance.now();
  const memory: TranslationMemory = memoryOf(sets, COPIES);
  const buildMs = performance.now() - buildStarted;
  collect();
  const heap = process.memoryUsage().heapUsed - heapBefore;
  const stored = Buffer.byteLength(serializeStore([...memory.sources()].map(({ source, units }) => ({ source, stamp: '0:0', units }))));
  const queries = sets.slice(-HELD_OUT).flatMap((s) => s.units.filter((u) => u.kind === 'sentence').map((u) => u.zh));
  const times: number[] = [];
  for (const query of queries) {
    const start = performance.now();
    memory.search(query);
    times.push(performance.now() - start);
  }
  return [
    { name: `translation memory of ${briefings} briefings: units`, median: String(memory.size), p95: '', note: `${pairs.length} archive pairs × ${COPIES}, sentences and multi-sentence paragraphs` },
    { name: '… aligning one pair into units (in-process)', median: alignMs, p95: '', note: `mean over the ${pairs.length} archive pairs` },
    { name: '… building the bigram index from the units', median: buildMs, p95: '', note: 'in-process, once' },
    { name: '… index heap', median: mb(heap), p95: '', note: 'heapUsed after a full GC, less before' },
    { name: '… store on disk', median: mb(stored), p95: '', note: 'JSON of the units and file stamps' },
    timed('… fuzzy lookup of one sentence (in-process)', times, undefined, `the ${queries.length} sentences of the newest 8 briefings`),
  ];
}

/** The server's build over a workspace of the replicated archive, completion in a translation in progress, and the restart. */
async function overStdio(pairs: ArchivePair[], briefings: number, nodeFlags: string[], peerOutlineMs: number | undefined): Promise<Figure[]> {
  const root = mkdtempSync(join(tmpdir(), 'briefing-bench-memory-'));
  const workspace = join(root, 'workspace');
  const storage = join(root, 'storage');
  try {
    for (let copy = 0; copy < COPIES; copy++) {
      const folder = join(workspace, `copy${String(copy).padStart(2, '0')}`);
      mkdirSync(folder, { recursive: true });
      for (const pair of pairs) {
        writeFileSync(join(folder, basename(pair.zhPath)), pair.zh.text);
        writeFileSync(join(folder, basename(pair.enPath)), pair.en.text);
      }
    }
    const options = { storagePath: storage };

    const session = await startSession(workspace, nodeFlags, options);
    const buildStarted = performance.now();
    const status = await session.request<{ sources: number; units: number }>('briefing/memoryStatus', {});
    const buildMs = performance.now() - buildStarted;
    const rss = session.memory().now;
    // Each place asked once (a lookup already made is no figure), in the newest 8 briefings made
    // translations in progress; the first request of each pair, which aligns it, is not counted.
    const times: number[] = [];
    let offered = 0;
    let places = 0;
    for (const [n, today] of pairs.slice(-HELD_OUT).entries()) {
      const { zhUri, enUri, enText, positions } = translationInProgress(workspace, today, n);
      await session.open(zhUri, today.zh.text);
      await session.open(enUri, enText);
      const completion = (position: { line: number; character: number }) =>
        session.request<{ items: unknown[] }>('textDocument/completion', { textDocument: { uri: enUri }, position, context: { triggerKind: 1 } });
      await completion({ line: 0, character: 0 });
      for (const position of positions) {
        const start = performance.now();
        offered += (await completion(position)).items.length;
        times.push(performance.now() - start);
        places++;
      }
    }
    await session.close();

    const again = await startSession(workspace, nodeFlags, options);
    const loadStarted = performance.now();
    await again.request('briefing/memoryStatus', {});
    const loadMs = performance.now() - loadStarted;
    await again.close();

    const p95 = percentile(times, 95);
    const figures: Figure[] = [
      { name: `translation memory build in the server, ${briefings} briefings`, median: buildMs, p95: '', note: `${status.sources} pairs, ${status.units} units: list, read, parse, align, index, store` },
      { name: '… restart: the store read instead', median: loadMs, p95: '', note: 'read the store, stat every file, align none' },
      { name: '… server RSS with the memory built', median: mb(rss), p95: '', note: 'VmRSS' },
      { name: '… store on disk (server)', median: mb(statSync(join(storage, 'translation-memory.json')).size), p95: '', note: 'translation-memory.json' },
      {
        ...timed(`completion from the memory over stdio, ${briefings} briefings`, times, undefined, `${places} places (each English paragraph's end and the text's) in the newest ${HELD_OUT} briefings, half translated; ${(offered / Math.max(1, places)).toFixed(1)} items on average`),
        budget: `< ${COMPLETION_BUDGET_MS} ms (issue 18)`,
        within: p95 < COMPLETION_BUDGET_MS,
      },
    ];
    if (peerOutlineMs !== undefined) {
      figures.push({ name: 'completion from the memory, p95 against the peer\'s outline, 1 MB', median: `${(p95 / peerOutlineMs).toFixed(3)}×`, p95: '', note: `p95 ${p95.toFixed(1)} ms, peer median ${peerOutlineMs.toFixed(0)} ms (for scale; the budget is the 50 ms above)` });
    }
    return figures;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/**
 * An archive briefing as a translation in progress: its Chinese whole, its English cut
 * after half its paragraphs; completion is asked at the end of each English paragraph and at the
 * end of the text, where the untranslated Chinese belongs.
 */
function translationInProgress(workspace: string, today: ArchivePair, n: number) {
  const zhPath = join(workspace, `today${n}.zh.txt`);
  const enPath = join(workspace, `today${n}.en.txt`);
  const paragraphs = today.en.paragraphs;
  const cut = paragraphs[Math.floor(paragraphs.length / 2)]!.end;
  const enText = `${today.en.text.slice(0, cut)}\n\n`;
  const briefing = parseBriefing(enText);
  const lineOf = (offset: number) => enText.slice(0, offset).split('\n').length - 1;
  const positions = briefing.paragraphs.filter((p) => p.role !== 'junk').map((p) => ({ line: lineOf(p.end), character: p.end - enText.lastIndexOf('\n', p.end - 1) - 1 }));
  positions.push({ line: lineOf(enText.length), character: 0 });
  return { zhUri: pathToFileURL(zhPath).href, enUri: pathToFileURL(enPath).href, enText, positions };
}
