/**
 * A seeded fuzzer over stdio: generated and hostile transcripts, opened as the Chinese version of
 * a pair whose English sibling is on disk, edited at random, the sibling then replaced, truncated,
 * turned into binary junk, deleted, made a directory, a symlink loop, unreadable or a named pipe
 * (told to the server or not, with its modification time kept or not), and a few extreme documents
 * (a 1 MB line, 100,000 empty lines, right-to-left text, deeply nested brackets); after each step
 * every request an editor sends is answered, and each answer is checked against the rules of LSP
 * (lspRules.ts) and against the files as they are.
 *
 *   npm test                 a fixed seed and BRIEFING_FUZZ_RUNS (default 16) documents
 *   npm run fuzz             a random seed and 300 documents (BRIEFING_FUZZ_RUNS for more); the
 *                            seed is printed, and BRIEFING_FUZZ_SEED=… npm run fuzz replays it
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import type { CompletionItem, CompletionList, DocumentDiagnosticReport, DocumentSymbol, FoldingRange, Hover, LocationLink, Position, SelectionRange, WorkspaceDiagnosticReport } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { briefingLike, codeUnits } from '../unit/helpers/documents';
import { startServer, type ServerSession } from './lspClient';
import { assertCompletion, assertDefinitions, assertDiagnostics, assertFolding, assertHover, assertSelectionRanges, assertSemanticTokens, assertSymbols } from './lspRules';

const long = process.env.BRIEFING_FUZZ === 'long';
const SEED = Number(process.env.BRIEFING_FUZZ_SEED ?? (long ? Date.now() % 2147483647 : 20261203));
const RUNS = Number(process.env.BRIEFING_FUZZ_RUNS ?? (long ? 300 : 16));
const SAMPLES = join(__dirname, '..', '..', 'samples');
const ALL_KINDS = Array.from({ length: 26 }, (_, i) => i + 1);

const sample = (name: string) => readFileSync(join(SAMPLES, name), 'utf8');
const document = fc.oneof(
  { weight: 3, arbitrary: briefingLike },
  { weight: 1, arbitrary: codeUnits },
  { weight: 2, arbitrary: fc.constantFrom(sample('mfa-2026-02-03.zh.briefing'), sample('mfa-2026-02-03.en.briefing')) },
);
const insertion = fc.oneof(
  fc.constantFrom('问：', '答：', 'Q: ', '一是', '；二是', 'First, ', '\n\n', '\r\n', '。', '𠀀', '\ud800', '', 'Q: One.  Two.', '答：好。  是的。'),
  fc.string({ unit: 'binary', maxLength: 6 }),
);
const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat(8), insert: insertion });
const siblingChange = fc.constantFrom('none', 'replace', 'truncate', 'binary', 'delete', 'replace-same-mtime', 'replace-untold', 'directory', 'symlink-loop', 'unreadable', 'fifo');
const scenario = fc.record({
  zh: document,
  en: document,
  edits: fc.array(edit, { maxLength: 4 }),
  change: siblingChange,
  places: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 3 }),
});

/** Documents no generator is likely to make: each is opened, edited once and asked everything. */
const EXTREMES: [string, () => string][] = [
  ['a line of 1 MB', () => `问：${'很长的问题'.repeat(200_000)}？\n答：好。`],
  ['100,000 empty lines', () => `问：开始？\n${'\n'.repeat(100_000)}答：结束。`],
  ['right-to-left text', () => 'Q: ما رأيكم في المحادثات؟\n\nA: \u202eنرحب بها\u202c. שלום.\n\n问：以及？\n\n答：\u200f好。'],
  ['deeply nested brackets', () => `答：${'（'.repeat(5000)}一是${'）'.repeat(5000)}；二是${'(['.repeat(3000)}`],
  ['a BOM and every line end', () => '\ufeff问：一？\r答：二。\r\n\r\n问：三？\n\r答：四。\u2028\u2029'],
];

describe('fuzzing the server over stdio', () => {
  let session: ServerSession;
  let folder: string;
  let requests = 0;
  let editsMade = 0;
  let fileChanges = 0;
  let completionItems = 0;
  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'briefing-fuzz-'));
    session = await startServer(folder);
  });
  after(async () => {
    console.log(`fuzz: seed ${SEED}, ${RUNS} documents, ${editsMade} edits, ${fileChanges} changes of a sibling on disk, ${requests} requests answered and checked (${completionItems} completion items among them)`);
    await session.close();
    rmSync(folder, { recursive: true, force: true });
  });

  const ask = <T>(method: string, params: object) => {
    requests++;
    return session.connection.sendRequest<T>(method, params);
  };

  /** Every request an editor sends for the document, each answer checked. */
  async function checkAll(zh: TextDocument, places: number[], textOf: (uri: string) => string | undefined): Promise<void> {
    const text = zh.getText();
    const textDocument = { uri: zh.uri };
    // Random places, and the places where ranges go wrong most easily: inside a run of spaces
    // between sentences, and between the halves of a surrogate pair.
    const tricky = [text.indexOf('  ') + 1, text.search(/[\ud800-\udbff][\udc00-\udfff]/) + 1].filter((offset) => offset > 0);
    const positions: Position[] = [...places.map((p) => Math.floor(p * text.length)), ...tricky].map((offset) => zh.positionAt(offset));
    assertSymbols(text, await ask<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument }), ALL_KINDS);
    assertFolding(text, await ask<FoldingRange[]>('textDocument/foldingRange', { textDocument }));
    assertSelectionRanges(text, positions, await ask<SelectionRange[]>('textDocument/selectionRange', { textDocument, positions }));
    assertSemanticTokens((await ask<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument })).data);
    const pulled = await ask<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument });
    assertDiagnostics(text, pulled.kind === 'full' ? pulled.items : [], textOf);
    // The English sibling is on disk, not open: its QA findings come with the workspace's.
    for (const item of (await ask<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [] })).items) {
      const onDisk = textOf(item.uri);
      if (onDisk !== undefined && item.kind === 'full') assertDiagnostics(onDisk, item.items, textOf);
    }
    for (const position of positions) {
      assertHover(text, await ask<Hover | null>('textDocument/hover', { textDocument, position }));
      assertDefinitions(text, await ask<LocationLink[]>('textDocument/definition', { textDocument, position }), textOf);
      const completion = await ask<CompletionList | CompletionItem[] | null>('textDocument/completion', { textDocument, position });
      assertCompletion(text, position, completion);
      completionItems += completion === null ? 0 : Array.isArray(completion) ? completion.length : completion.items.length;
    }
  }

  /** Completion at `places` of an English version opened with `text` (nothing when it is no longer readable). */
  async function completeIn(uri: string, text: string | undefined, places: number[]): Promise<void> {
    if (text === undefined) return;
    const en = TextDocument.create(uri, 'briefing', 1, text);
    session.open(uri, text);
    for (const position of places.map((place) => en.positionAt(Math.floor(place * text.length)))) {
      const completion = await ask<CompletionList | CompletionItem[] | null>('textDocument/completion', { textDocument: { uri }, position });
      assertCompletion(text, position, completion);
      completionItems += completion === null ? 0 : Array.isArray(completion) ? completion.length : completion.items.length;
    }
    await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  it('answers every request validly, whatever the document, its edits and its sibling on disk', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(scenario, async ({ zh: zhText, en: enText, edits, change, places }) => {
        const name = `doc${run++}`;
        const zhUri = pathToFileURL(join(folder, `${name}.zh.briefing`)).href;
        const enPath = join(folder, `${name}.en.briefing`);
        const enUri = pathToFileURL(enPath).href;
        writeFileSync(enPath, enText);
        // The sibling as the server can read it now: its file, decoded as the server decodes it.
        const textOf = (uri: string) => (uri === zhUri ? zh.getText() : uri === enUri ? fileText(enPath) : undefined);
        let zh = TextDocument.create(zhUri, 'briefing', 1, zhText);
        session.open(zhUri, zhText);
        await checkAll(zh, places, textOf);
        for (const { at, remove, insert } of edits) {
          const start = Math.floor(at * zh.getText().length);
          const range = { start: zh.positionAt(start), end: zh.positionAt(Math.min(zh.getText().length, start + remove)) };
          zh = TextDocument.update(zh, [{ range, text: insert }], zh.version + 1);
          editsMade++;
          await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri: zhUri, version: zh.version }, contentChanges: [{ range, text: insert }] });
          await checkAll(zh, places, textOf);
        }
        if (change !== 'none') {
          changeOnDisk(enPath, change, enText);
          fileChanges++;
          if (change !== 'replace-untold' && change !== 'replace-same-mtime') {
            await session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: enUri, type: change === 'delete' ? 3 : 2 }] });
          }
          await checkAll(zh, places, textOf);
        }
        await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri: zhUri } });
        // The pair on disk joins the translation memory; its English, opened, asks the memory for completions.
        writeFileSync(join(folder, `${name}.zh.briefing`), zhText);
        await completeIn(enUri, fileText(enPath), places);
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    assert.ok(requests > RUNS * 6, `${requests} requests made`);
  });

  for (const [name, make] of EXTREMES) {
    it(`answers validly on ${name}`, async () => {
      const text = make();
      const uri = pathToFileURL(join(folder, `extreme-${name.replace(/\W+/g, '-')}.zh.briefing`)).href;
      let zh = TextDocument.create(uri, 'briefing', 1, text);
      session.open(uri, text);
      const textOf = (target: string) => (target === uri ? zh.getText() : undefined);
      await checkAll(zh, [0, 0.5, 0.999], textOf);
      const range = { start: zh.positionAt(text.length >> 1), end: zh.positionAt(text.length >> 1) };
      zh = TextDocument.update(zh, [{ range, text: '。二是' }], 2);
      await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range, text: '。二是' }] });
      await checkAll(zh, [0, 0.5, 0.999], textOf);
      await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    });
  }
});

/** A file's text as the server would read it, or undefined when it is not a readable file. */
function fileText(path: string): string | undefined {
  try {
    return statSync(path).isFile() ? readFileSync(path, 'utf8') : undefined;
  } catch {
    return undefined;
  }
}

/** Changes the sibling on disk as a user, a tool or a sync might. */
function changeOnDisk(path: string, change: string, original: string): void {
  const { atime, mtime } = statSync(path);
  switch (change) {
    case 'replace':
    case 'replace-untold':
      writeFileSync(path, `${original.slice(0, original.length >> 1)}\n\nQ: A question added later?\n\nA: An answer.\n`);
      break;
    case 'replace-same-mtime':
      writeFileSync(path, 'Q: Short now?\n\nA: Yes.\n');
      utimesSync(path, atime, mtime);
      break;
    case 'truncate':
      writeFileSync(path, original.slice(0, 20));
      break;
    case 'binary':
      writeFileSync(path, Buffer.from([0xff, 0xfe, 0x00, 0x51, 0x3a, 0x0a, 0xc3, 0x28, 0x00, 0x41]));
      break;
    case 'delete':
      unlinkSync(path);
      break;
    case 'directory':
      unlinkSync(path);
      mkdirSync(path);
      break;
    case 'symlink-loop':
      unlinkSync(path);
      symlinkSync(path, path);
      break;
    case 'unreadable':
      // Root reads it all the same: then its new text is what the server must answer from.
      writeFileSync(path, 'Q: Can you read this?\n\nA: Not unless you are root.\n');
      chmodSync(path, 0);
      break;
    case 'fifo':
      // Reading a named pipe blocks until someone writes to it: the server must not wait for it.
      unlinkSync(path);
      execFileSync('mkfifo', [path]);
      break;
  }
}

