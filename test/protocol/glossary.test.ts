/** Hovers and glossary files through the built server, as an editor sees them. */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Hover, MarkupContent, PublishDiagnosticsParams, SemanticTokens, SemanticTokensDelta } from 'vscode-languageserver-protocol';
import { eventually, startServer, type ServerSession } from './lspClient';

const SEED_LIKE = ['国防部:例行记者会', '', '记者:请介绍中央军委与上合组织的交流。', '', '吴谦:今年交流取得进展。', '', 'Wu Qian: The Central Military Commission (CMC) worked with the SCO.', ''].join('\n');

describe('glossary over stdio', () => {
  let session: ServerSession;
  let workspace: string;
  const diagnostics = new Map<string, PublishDiagnosticsParams>();
  const uri = 'untitled:glossary-seed';

  before(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'briefing-glossary-'));
    writeFileSync(join(workspace, 'team.glossary.tsv'), '# our terms\n交流\texchanges\tteam preference\n只有一列\n');
    session = await startServer(workspace);
    session.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => diagnostics.set(params.uri, params));
    session.open(uri, SEED_LIKE);
  });
  after(async () => {
    await session.close();
    rmSync(workspace, { recursive: true, force: true });
  });

  const hoverAt = (line: number, character: number) =>
    session.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line, character } });
  const markdown = (h: Hover | null) => (h?.contents as MarkupContent | undefined)?.value ?? '';

  it('glosses a Chinese term from the built-in glossary, with its range', async () => {
    const h = await hoverAt(2, 7);
    assert.match(markdown(h), /\*\*中央军委\*\* → \*\*Central Military Commission\*\*/);
    assert.match(markdown(h), /Built-in glossary/);
    assert.deepEqual(h!.range, { start: { line: 2, character: 6 }, end: { line: 2, character: 10 } });
  });

  it('glosses an English acronym and a speaker label', async () => {
    assert.match(markdown(await hoverAt(6, 65)), /SCO.*→.*上海合作组织/);
    assert.match(markdown(await hoverAt(4, 1)), /\*\*吴谦\*\* → \*\*Wu Qian\*\*/);
  });

  it('uses the workspace glossary, linking to its line', async () => {
    const h = await eventually(() => hoverAt(4, 6), (value) => markdown(value).includes('team.glossary.tsv'));
    assert.match(markdown(h), /\*\*交流\*\* → \*\*exchanges\*\*/);
    assert.match(markdown(h), /\[team\.glossary\.tsv:2\]\(file:.*team\.glossary\.tsv#L2\)/);
  });

  it('reports a malformed glossary line as a diagnostic on that line', async () => {
    const fileUri = pathToFileURL(join(workspace, 'team.glossary.tsv')).href;
    const published = await eventually(async () => diagnostics.get(fileUri), (d) => d !== undefined);
    assert.equal(published?.diagnostics.length, 1);
    // The whole line 只有一列 and no further: a range within LSP's bounds and the line.
    assert.deepEqual(published!.diagnostics[0]!.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 4 } });
    assert.match(published!.diagnostics[0]!.message, /no rendering/);
  });

  it('reloads a glossary file when the editor says it changed', async () => {
    const file = join(workspace, 'team.glossary.tsv');
    writeFileSync(file, '交流\tcontacts\tchanged\n');
    await session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(file).href, type: 2 }] });
    const h = await eventually(() => hoverAt(4, 6), (value) => markdown(value).includes('contacts'));
    assert.match(markdown(h), /\*\*contacts\*\*/);
  });

  it('marks glossary terms with semantic tokens', async () => {
    const tokens = await session.connection.sendRequest<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    assert.ok(tokens.data.length >= 5 * 4, `${tokens.data.length / 5} tokens`);
    assert.equal(tokens.data.length % 5, 0);
  });

  it('answers a delta request after an edit with edits that turn the old tokens into the new', async () => {
    const deltaUri = 'untitled:glossary-delta';
    const lines = ['问：国防部有何评论？', '', '答：我们注意到有关报道。'];
    session.open(deltaUri, lines.join('\n'));
    const before = await session.connection.sendRequest<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: deltaUri } });
    assert.ok(before.resultId, 'a result id to ask for changes against');
    // A sentence with a term typed at the end: one token more.
    const at = { line: 2, character: lines[2]!.length };
    await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri: deltaUri, version: 2 }, contentChanges: [{ range: { start: at, end: at }, text: '上海合作组织也表示欢迎。' }] });
    const delta = await session.connection.sendRequest<SemanticTokensDelta>('textDocument/semanticTokens/full/delta', { textDocument: { uri: deltaUri }, previousResultId: before.resultId });
    assert.ok(Array.isArray(delta.edits) && delta.edits.length > 0, 'edits, not a full answer');
    const patched = [...before.data];
    for (const edit of [...delta.edits].sort((a, b) => b.start - a.start)) patched.splice(edit.start, edit.deleteCount, ...(edit.data ?? []));
    const after = await session.connection.sendRequest<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: deltaUri } });
    assert.deepEqual(patched, after.data);
    assert.equal(after.data.length, before.data.length + 5);
  });
});

describe('glossary files that cannot be read', () => {
  it('reports a binary, a non-UTF-8 and a malformed file on the file, and keeps serving', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'briefing-bad-glossaries-'));
    writeFileSync(join(workspace, 'image.tbx'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    writeFileSync(join(workspace, 'legacy.glossary.tsv'), Buffer.from([0xd6, 0xd0, 0xb9, 0xfa, 0x09, 0x43, 0x68, 0x69, 0x6e, 0x61, 0x0a]));
    writeFileSync(join(workspace, 'broken.glossary.json'), '[{"zh": "中国", "en": "China"},');
    const session = await startServer(workspace);
    const seen = new Map<string, string>();
    session.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) =>
      seen.set(params.uri.slice(params.uri.lastIndexOf('/') + 1), params.diagnostics.map((d) => d.message).join(' | ')),
    );
    try {
      await eventually(() => seen.size, (size) => size >= 3);
      assert.match(seen.get('image.tbx') ?? '', /binary/);
      assert.match(seen.get('legacy.glossary.tsv') ?? '', /not valid UTF-8/);
      assert.match(seen.get('broken.glossary.json') ?? '', /Not valid JSON/);
      const uri = 'untitled:still-serving';
      session.open(uri, '问：中国的立场是什么？');
      const hover = await session.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } });
      assert.match((hover?.contents as MarkupContent).value, /China/);
    } finally {
      await session.close();
      rmSync(workspace, { recursive: true, force: true });
    }
  });

  it('lists the first 100 problems of a file of 200,000 bad lines and one summary, and loads its good lines', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'briefing-many-problems-'));
    const bad = Array.from({ length: 200_000 }, (_, n) => `bad line ${n}`);
    writeFileSync(join(workspace, 'huge.glossary.tsv'), ['甲乙丙丁\tAlpha Beta', ...bad, '戊己庚\tGamma Delta'].join('\n'));
    const session = await startServer(workspace);
    let published: PublishDiagnosticsParams | undefined;
    session.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => (published = params));
    try {
      await eventually(() => published, (value) => value !== undefined, 20_000);
      assert.equal(published?.diagnostics.length, 101);
      assert.match(published!.diagnostics[100]!.message, /^199900 more lines could not be read \(lines 102–200001\)/);
      assert.ok(JSON.stringify(published).length < 30_000, 'a message of a few kilobytes');
      const uri = 'untitled:many-problems';
      session.open(uri, '问：戊己庚和甲乙丙丁？');
      const hover = await session.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 3 } });
      assert.match((hover?.contents as MarkupContent).value, /Gamma Delta/, 'the last good line is in use');
    } finally {
      await session.close();
      rmSync(workspace, { recursive: true, force: true });
    }
  });
});
