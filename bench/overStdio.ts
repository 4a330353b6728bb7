/**
 * Figures measured through the real server over stdio, as an editor sees them: each time runs
 * from sending the message(s) to receiving the response, JSON-RPC included.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { builtinEntries, TermIndex } from '../server/src/glossary';
import { parseBriefing } from '../server/src/model';
import { EDIT_WARMUP, forInformation, mb, median, sample, timed, type Figure } from './measure';
import { Random } from './random';
import { startSession } from './lspSession';

const SEED = join(__dirname, '..', 'samples', 'defense-2026-01-29.bilingual.briefing');
const symbolsOf = (uri: string) => ({ textDocument: { uri } });

/** spawn → initialize → initialized → didOpen of the seed → documentSymbol response. */
export async function startToFirstOutline(runs: number, nodeFlags: string[]): Promise<Figure> {
  const seed = readFileSync(SEED, 'utf8');
  const uri = pathToFileURL(SEED).href;
  const sessions: { close(): Promise<void> }[] = [];
  const times = await sample(runs, async () => {
    const session = await startSession(undefined, nodeFlags);
    await session.open(uri, seed);
    await session.request('textDocument/documentSymbol', symbolsOf(uri));
    sessions.push(session);
  });
  for (const session of sessions) await session.close();
  return forInformation('server start → first outline of the seed', times, 300, 'samples/defense-2026-01-29.bilingual.briefing');
}

/** didOpen + documentSymbol of a new document each run (a new URI, so nothing is cached). */
export async function coldOutlines(inputs: { label: string; text: string; runs: number }[], nodeFlags: string[]): Promise<Figure[]> {
  const session = await startSession(undefined, nodeFlags);
  const figures: Figure[] = [];
  for (const { label, text, runs } of inputs) {
    const times = await sample(runs, async (run) => {
      const uri = `file:///bench/cold-${label.replace(/\s/g, '')}-${run}.briefing`;
      await session.open(uri, text);
      await session.request('textDocument/documentSymbol', symbolsOf(uri));
      await session.notify('textDocument/didClose', symbolsOf(uri));
    });
    figures.push(label === '10 MB' ? forInformation(`outline cold over stdio (didOpen + documentSymbol), ${label}`, times, 1000) : timed(`outline cold over stdio (didOpen + documentSymbol), ${label}`, times));
  }
  await session.close();
  return figures;
}

/**
 * On a 1 MB transcript: a one-line edit (an incremental didChange appending words to a random
 * line of a paragraph) then documentSymbol; then foldingRange of the same version.
 */
export async function afterEdits(text: string, runs: number, seed: number, nodeFlags: string[]): Promise<Figure[]> {
  const { outline, serverShare, again, folding } = await editTimes(text, runs, seed, nodeFlags);
  return [
    forInformation('outline after a one-line edit, 1 MB', outline, 20, `didChange (range edit) + documentSymbol, after ${EDIT_WARMUP} unmeasured edits; this client has read the cold outlines before, as a running editor has read large answers (a fresh process reads a 0.7 MB answer into freshly mapped memory, ~7 ms slower here)`),
    timed('… of which until its first byte comes (the server\'s share)', serverShare, undefined, 'the rest is the transfer and the JSON.parse of the answer'),
    timed('… the same outline asked again, no edit (its transfer alone)', again, undefined, 'documentSymbol, answer kept'),
    timed('folding ranges, 1 MB (model already parsed)', folding),
  ];
}

async function editTimes(text: string, runs: number, seed: number, nodeFlags: string[]) {
  const session = await startSession(undefined, nodeFlags);
  const uri = 'file:///bench/edited.briefing';
  await session.open(uri, text);
  await session.request('textDocument/documentSymbol', symbolsOf(uri));
  const briefing = parseBriefing(text);
  const lines = text.split('\n');
  const random = new Random(seed);
  let version = 1;
  const outline: number[] = [];
  const serverShare: number[] = [];
  const folding: number[] = [];
  // Each run times its two requests apart: the editor asks for folding after the outline.
  await sample(runs, async (run) => {
    const paragraph = random.pick(briefing.paragraphs);
    const line = random.int(paragraph.startLine, paragraph.endLine);
    const words = paragraph.language === 'zh' ? '我们注意到' : ' We noted it.';
    const end = { line, character: lines[line]!.length };
    lines[line] += words;
    const edited = performance.now();
    const answerStarted = session.watchOutput();
    await session.notify('textDocument/didChange', {
      textDocument: { uri, version: ++version },
      contentChanges: [{ range: { start: end, end }, text: words }],
    });
    await session.request('textDocument/documentSymbol', symbolsOf(uri));
    const folded = performance.now();
    await session.request('textDocument/foldingRange', symbolsOf(uri));
    if (run < 0) return;
    outline.push(folded - edited);
    serverShare.push(answerStarted()! - edited);
    folding.push(performance.now() - folded);
  }, EDIT_WARMUP);
  // The same answer again, for the same version: what sending and reading it costs by itself.
  const again = await sample(runs, () => session.request('textDocument/documentSymbol', symbolsOf(uri)));
  await session.close();
  return { outline, serverShare, again, folding };
}

/**
 * Typing in a large bilingual file: keystrokes in a row, each followed by what VS Code asks for
 * after a change, all at once as it sends them (the outline, the semantic tokens since the last
 * answer, folding ranges, the pairing shown in the status bar); the time from the keystroke until
 * the last answer has come.
 */
export async function typing(text: string, keystrokes: number, seed: number, nodeFlags: string[]): Promise<number[]> {
  const session = await startSession(undefined, nodeFlags);
  const uri = 'file:///bench/typed.briefing';
  const textDocument = { uri };
  await session.open(uri, text);
  await session.request('textDocument/documentSymbol', { textDocument });
  await session.request('briefing/parallel', { textDocument });
  let tokens = await session.request<{ resultId?: string }>('textDocument/semanticTokens/full', { textDocument });
  const briefing = parseBriefing(text);
  const random = new Random(seed);
  const paragraph = random.pick(briefing.paragraphs.filter((p) => p.language === 'zh' && p.role !== 'junk'));
  // Typed at the end of one paragraph, a character at a time, as a translator does.
  const line = paragraph.endLine;
  let character = text.split('\n', line + 1)[line]!.length;
  let version = 1;
  const times: number[] = [];
  for (let n = 0; n < keystrokes; n++) {
    const at = { line, character: character++ };
    const start = performance.now();
    await session.notify('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ range: { start: at, end: at }, text: '们' }] });
    const [, delta] = await Promise.all([
      session.request('textDocument/documentSymbol', { textDocument }),
      session.request<{ resultId?: string }>('textDocument/semanticTokens/full/delta', { textDocument, previousResultId: tokens.resultId }),
      session.request('textDocument/foldingRange', { textDocument }),
      session.request('briefing/parallel', { textDocument }),
    ]);
    tokens = delta;
    times.push(performance.now() - start);
  }
  await session.close();
  return times;
}

/** The outline after a one-line edit over stdio, as editTimes measures it, for a large text. */
export async function outlineAfterEdit(text: string, runs: number, seed: number, nodeFlags: string[]): Promise<number[]> {
  return (await editTimes(text, runs, seed, nodeFlags)).outline;
}

/**
 * The A/B of the transport: the outline after an edit at 1 MB as the editor receives it, with the
 * server's own JSON encoder and writer (server/src/transport) and with vscode-languageserver's,
 * in turns so that a drift of the machine touches both alike. The hand-written one stays only
 * for a gain of 20% or more.
 */
export async function transportAB(text: string, runs: number, seed: number, nodeFlags: string[]): Promise<Figure[]> {
  const ours: number[] = [];
  const library: number[] = [];
  for (let round = 0; round < 2; round++) {
    for (const writer of ['ours', 'library'] as const) {
      process.env['BRIEFING_WRITER'] = writer;
      const { outline } = await editTimes(text, runs, seed + round, nodeFlags);
      (writer === 'ours' ? ours : library).push(...outline);
    }
  }
  delete process.env['BRIEFING_WRITER'];
  const gain = 1 - median(ours) / median(library);
  return [
    timed('A/B: outline after a one-line edit, 1 MB, server/src/transport writer', ours, undefined, `${ours.length} runs in two rounds`),
    timed('A/B: the same, vscode-languageserver\'s own writer', library, undefined, `${library.length} runs in two rounds`),
    { name: 'A/B: gain of the hand-written writer', median: `${(100 * gain).toFixed(0)}%`, p95: '', budget: '≥ 20% to keep it', within: gain >= 0.2, note: 'of the median' },
  ];
}

/**
 * Hover and definition on a 1 MB bilingual transcript, at glossary terms, speaker labels and
 * random places of the Chinese and English sections. The first request aligns the two sections.
 */
export async function hoverAndDefinition(text: string, runs: number, seed: number, nodeFlags: string[]): Promise<Figure[]> {
  const briefing = parseBriefing(text);
  const document = TextDocument.create('file:///bench/x', 'briefing', 1, text);
  const terms = new TermIndex(builtinEntries());
  const random = new Random(seed);
  const offsets: number[] = [];
  while (offsets.length < runs) {
    const paragraph = random.pick(briefing.paragraphs);
    const kind = random.int(1, 10);
    const matches = kind <= 6 ? terms.match(text, paragraph.start, paragraph.end) : [];
    if (matches.length > 0) offsets.push(random.pick(matches).start + 1);
    else if (kind <= 8 && paragraph.label) offsets.push(paragraph.label.start + 1);
    else offsets.push(random.int(paragraph.start, paragraph.end - 1));
  }
  const positions = offsets.map((offset) => document.positionAt(offset));
  const session = await startSession(undefined, nodeFlags);
  const uri = 'file:///bench/bilingual-1mb.briefing';
  await session.open(uri, text);
  await session.request('textDocument/documentSymbol', symbolsOf(uri));
  const at = (n: number) => ({ textDocument: { uri }, position: positions[Math.max(0, n) % positions.length]! });
  const first = await sample(1, () => session.request('textDocument/hover', at(0)), 0);
  // The floor under every figure over stdio: a request the server answers without any work.
  const roundTrip = await sample(runs, () => session.connection.sendRequest('briefing/status'));
  let answered = 0;
  const hovers = await sample(runs, async (n) => {
    if ((await session.request('textDocument/hover', at(n))) && n >= 0) answered++;
  });
  let linked = 0;
  const definitions = await sample(runs, async (n) => {
    if (((await session.request<unknown[]>('textDocument/definition', at(n))) ?? []).length > 0 && n >= 0) linked++;
  });
  await session.close();
  return [
    timed('first hover, 1 MB bilingual (aligns the two sections)', first, undefined, 'once per version'),
    timed('JSON-RPC round trip of a no-op request (floor)', roundTrip, undefined, 'briefing/status'),
    forInformation('hover, 1 MB bilingual', hovers, 2, `${answered} of ${runs} answered`),
    forInformation('definition, 1 MB bilingual', definitions, 5, `${linked} of ${runs} found a counterpart`),
  ];
}

/** The server's peak and current RSS with a 10 MB file open, outlined and folded. */
export async function memoryWithLargeFile(text: string, nodeFlags: string[]): Promise<Figure[]> {
  const session = await startSession(undefined, nodeFlags);
  const idle = session.memory();
  const uri = 'file:///bench/large.briefing';
  await session.open(uri, text);
  await session.request('textDocument/documentSymbol', symbolsOf(uri));
  await session.request('textDocument/foldingRange', symbolsOf(uri));
  const { peak, now } = session.memory();
  // Typing: 500 one-line edits, each followed by the outline the editor asks for.
  const random = new Random(20261203);
  let document = TextDocument.create(uri, 'briefing', 1, text);
  for (let n = 0; n < 500; n++) {
    const line = random.int(0, document.lineCount - 1);
    const at = { line, character: 0 };
    const change = { range: { start: at, end: at }, text: random.chance(0.5) ? '我们' : 'we ' };
    document = TextDocument.update(document, [change], document.version + 1);
    await session.notify('textDocument/didChange', { textDocument: { uri, version: document.version }, contentChanges: [change] });
    await session.request('textDocument/documentSymbol', symbolsOf(uri));
  }
  const afterEdits = session.memory();
  await session.close();
  const budget = 300 * 1024 * 1024;
  return [
    { name: 'server RSS idle (before opening)', median: mb(idle.now), p95: '', note: 'VmRSS' },
    { name: 'server peak RSS, 10 MB file open + outline + folding', median: mb(peak), p95: '', note: 'VmHWM of the server process' },
    { name: 'server RSS after, 10 MB file open', median: mb(now), p95: '', note: 'VmRSS' },
    { name: 'server peak RSS, 10 MB file under 500 edits (each + outline)', median: mb(afterEdits.peak), p95: '', budget: '< 300 MiB', within: afterEdits.peak < budget, note: 'VmHWM' },
  ];
}

/** workspace/symbol over a folder of generated files: the first query reads and parses them all. */
export async function workspaceSymbols(folder: string, files: number, runs: number, nodeFlags: string[]): Promise<Figure[]> {
  const session = await startSession(folder, nodeFlags);
  const queries = ['合作', 'china', 'q', '记者', 'first', 'lin', '一是', 'press'];
  const cold = await sample(1, () => session.request('workspace/symbol', { query: queries[0] }), 0);
  const warm = await sample(runs, (n) => session.request('workspace/symbol', { query: queries[Math.max(0, n) % queries.length] }));
  await session.close();
  return [
    timed(`workspace symbol, ${files} files, first query`, cold, undefined, 'lists, reads and parses every file'),
    timed(`workspace symbol, ${files} files, later queries`, warm, undefined, 'stat + outline of every file'),
  ];
}
