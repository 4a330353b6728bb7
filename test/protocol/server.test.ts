/** The built server over stdio, as an editor talks to it. Run `npm run build` first. */
import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { SymbolKind, type DocumentSymbol, type FoldingRange, type SelectionRange, type SymbolInformation } from 'vscode-languageserver-protocol';
import { startServer, type ServerSession } from './lspClient';

const corpusDir = join(__dirname, '..', '..', '..', 'shared', 'corpus');

const SEED_LIKE = [
  '国防部:例行记者会文字实录',
  '',
  '来源:国防部网 责任编辑:张三 2026-01-29 16:20:05',
  '',
  '记者:请介绍今年的合作情况。',
  '',
  '王五:今年合作取得进展。',
  '',
  '一是深化交流。双方举行会谈。',
  '',
  '二是拓展训练。',
  '',
  'Wang Wu: This year cooperation made progress.',
  '',
  'First, exchanges deepened. The two sides held talks.',
  '',
  'Second, training expanded.',
  '',
].join('\r\n');

function flatten(symbols: DocumentSymbol[]): DocumentSymbol[] {
  return symbols.flatMap((s) => [s, ...flatten(s.children ?? [])]);
}

describe('language server over stdio', () => {
  let session: ServerSession;
  let workspace: string;

  before(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'briefing-ws-'));
    writeFileSync(join(workspace, 'seed.briefing'), SEED_LIKE);
    writeFileSync(join(workspace, 'notes.md'), '# not a briefing\n问：这不应被扫描？\n');
    session = await startServer(workspace);
  });
  after(async () => {
    await session.close();
    rmSync(workspace, { recursive: true, force: true });
  });

  const uri = 'untitled:seed-like';
  const request = <T>(method: string, params: object) => session.connection.sendRequest<T>(method, params);

  it('returns the hierarchical outline: sections, header, exchange, points of its one answer', async () => {
    session.open(uri, SEED_LIKE);
    const symbols = await request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(
      symbols.map((s) => s.name),
      ['中文', 'English'],
    );
    const [zh, en] = symbols as [DocumentSymbol, DocumentSymbol];
    assert.deepEqual(zh.children!.map((c) => c.name), ['国防部:例行记者会文字实录', '记者: 请介绍今年的合作情况']);
    const exchange = zh.children![1]!;
    assert.equal(exchange.selectionRange.start.line, 4);
    assert.equal(exchange.selectionRange.start.character, 0);
    // One answer: its points stand under the question, without a row that repeats the speaker.
    assert.deepEqual(exchange.children!.map((p) => p.name), ['一是 深化交流', '二是 拓展训练']);
    assert.deepEqual(exchange.children![0]!.selectionRange, { start: { line: 8, character: 0 }, end: { line: 8, character: 2 } });
    const englishPoints = flatten(en.children!).filter((s) => s.kind === SymbolKind.Number);
    assert.deepEqual(englishPoints.map((p) => p.name), ['First, exchanges deepened', 'Second, training expanded']);
  });

  it('folds exchanges and turns', async () => {
    const ranges = await request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
    assert.ok(ranges.some((r) => r.startLine === 4 && r.endLine === 10), JSON.stringify(ranges));
    assert.ok(ranges.some((r) => r.startLine === 6 && r.endLine === 10), JSON.stringify(ranges));
  });

  it('expands the selection from a sentence to the point, turn, exchange and section', async () => {
    const [range] = await request<SelectionRange[]>('textDocument/selectionRange', {
      textDocument: { uri },
      positions: [{ line: 8, character: 4 }],
    });
    const chain: string[] = [];
    for (let r: SelectionRange | undefined = range; r; r = r.parent) chain.push(`${r.range.start.line}:${r.range.start.character}-${r.range.end.line}:${r.range.end.character}`);
    assert.deepEqual(chain, ['8:0-8:7', '8:0-8:14', '6:0-10:7', '4:0-10:7', '0:0-10:7', '0:0-17:0']);
  });

  it('finds symbols of files on disk that are not open', async () => {
    const symbols = await request<SymbolInformation[]>('workspace/symbol', { query: '拓展训练' });
    const onDisk = symbols.filter((s) => s.location.uri === pathToFileURL(join(workspace, 'seed.briefing')).href);
    assert.equal(onDisk.length, 1, JSON.stringify(symbols));
    assert.equal(onDisk[0]!.name, '二是 拓展训练');
    assert.equal(onDisk[0]!.location.range.start.line, 10);
  });

  it('keeps serving after a request for a document it does not know', async () => {
    const symbols = await request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: 'file:///nowhere.briefing' } });
    assert.deepEqual(symbols, []);
    const again = await request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.equal(again.length, 2);
  });

  describe('every corpus transcript', { skip: !existsSync(corpusDir) && 'no ../shared/corpus beside the repository' }, () => {
    const expectations: { file: string; sections: { exchanges: unknown[] }[] }[] = JSON.parse(
      readFileSync(join(__dirname, '..', 'corpus', 'expectations.json'), 'utf8'),
    );
    for (const file of existsSync(corpusDir) ? readdirSync(corpusDir).filter((f) => f.endsWith('.txt')) : []) {
      it(`outlines ${file} with the expected exchanges`, async () => {
        const fileUri = pathToFileURL(join(corpusDir, file)).href;
        session.open(fileUri, readFileSync(join(corpusDir, file), 'utf8'));
        const symbols = await request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: fileUri } });
        const expected = expectations.find((e) => e.file === file)!;
        const sections = expected.sections.length > 1 ? symbols.map((s) => s.children ?? []) : [symbols];
        assert.deepEqual(
          sections.map((children) => children.filter((s) => s.kind === SymbolKind.String).length),
          expected.sections.map((s) => s.exchanges.length),
        );
      });
    }
  });
});

describe('settings at start', () => {
  it('answers an outline asked for before the settings came with the settings, not the defaults', async () => {
    let give!: (section: unknown) => void;
    const session = await startServer(undefined, new Promise((resolve) => (give = resolve)));
    try {
      const uri = 'file:///settings-at-start.briefing';
      session.open(uri, ['问：峰会有哪些成果？', '', '答：峰会取得三项成果：一是加强对话；二是扩大贸易；三是深化交流。', ''].join('\n'));
      const asked = session.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
      // The answer to the server's question comes after the request, as a busy editor may send it.
      give({ outline: { inlinePoints: false } });
      const names = flatten(await asked).map((s) => s.name);
      assert.ok(names.some((name) => name.startsWith('问')), names.join(' | '));
      assert.deepEqual(names.filter((name) => /^[一二三]是/.test(name)), [], 'inline points are off in the settings');
    } finally {
      await session.close();
    }
  });
});
