/**
 * The protocol's rules as a strict client checks them: the lifecycle's errors, invalid params,
 * symbol kinds within what the client declared, no dynamic registration a client did not offer,
 * and transcripts opened as plain text still found by workspace symbols.
 */
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver-protocol/node';
import { eventually, SERVER_PATH, startServer } from './lspClient';

const TEXT = ['2026年7月6日外交部发言人例行记者会', '', '问：会议何时举行？', '', '答：会议取得三项成果：一是加强对话；二是扩大合作。'].join('\n');

/** The error code a request fails with, or undefined when it is answered. */
async function errorCode(request: Promise<unknown>): Promise<number | undefined> {
  try {
    await request;
    return undefined;
  } catch (error) {
    return (error as { code?: number }).code;
  }
}

describe('the lifecycle and the shape of requests', () => {
  it('fails a request before initialize, one with invalid params, and one after shutdown, as LSP says', { timeout: 20_000 }, async () => {
    const child = spawn(process.execPath, [SERVER_PATH, '--stdio'], { stdio: 'pipe' });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
    connection.listen();
    try {
      const uri = 'file:///lifecycle/a.briefing';
      assert.equal(await errorCode(connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })), -32002, 'before initialize');
      await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
      await connection.sendNotification('initialized', {});
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'briefing', version: 1, text: TEXT } });
      assert.ok(Array.isArray(await connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })), 'answered once initialized');
      assert.equal(await errorCode(connection.sendRequest('textDocument/documentSymbol', {})), -32602, 'no textDocument');
      assert.equal(await errorCode(connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: -1, character: 'x' } })), -32602, 'a bad position');
      assert.equal(await errorCode(connection.sendRequest('textDocument/definition', { textDocument: { uri } })), -32602, 'no position');
      await connection.sendRequest('shutdown');
      assert.equal(await errorCode(connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })), -32600, 'after shutdown');
      await connection.sendNotification('exit');
      await new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));
    } finally {
      connection.dispose();
      child.kill();
    }
  });
});

describe('a client that declares little', () => {
  it('gets only the symbol kinds of LSP 1 to 18, no dynamic registration, and plain-text transcripts in workspace symbols', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'briefing-lifecycle-'));
    const file = join(folder, 'talk.zh.txt');
    writeFileSync(file, TEXT);
    // Neovim 0.7-like: configuration can be pulled, nothing else is declared.
    const session = await startServer(folder, {}, { workspace: { configuration: true } });
    try {
      const uri = pathToFileURL(file).href;
      await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: TEXT } });
      const symbols = await session.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
      const kinds = (list: DocumentSymbol[]): number[] => list.flatMap((s) => [s.kind, ...kinds(s.children ?? [])]);
      assert.ok(kinds(symbols).length > 2 && kinds(symbols).every((k) => k >= 1 && k <= 18), `document symbol kinds ${kinds(symbols)}`);
      const found = await session.connection.sendRequest<SymbolInformation[]>('workspace/symbol', { query: '' });
      assert.ok(found.some((s) => s.location.uri === uri), 'the transcript opened as plain text is found');
      assert.ok(found.every((s) => s.kind >= 1 && s.kind <= 18), `workspace symbol kinds ${found.map((s) => s.kind)}`);
      assert.deepEqual(session.registrations, [], 'no registration asked of a client that offered none');
    } finally {
      await session.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('a client that lets the outline be registered dynamically', () => {
  it('gets the outline registered, and registered anew (the old one withdrawn) when the outline settings change', async () => {
    const settings: Record<string, unknown> = {};
    const capabilities = { workspace: { configuration: true }, textDocument: { documentSymbol: { dynamicRegistration: true, hierarchicalDocumentSymbolSupport: true } } };
    const session = await startServer(undefined, settings, capabilities);
    const withdrawn: string[] = [];
    session.connection.onRequest('client/unregisterCapability', (params: { unregisterations: { method: string }[] }) => {
      withdrawn.push(...params.unregisterations.map((u) => u.method));
      return null;
    });
    try {
      const outlines = () => session.registrations.filter((method) => method === 'textDocument/documentSymbol').length;
      assert.equal((await eventually(outlines, (n) => n === 1)), 1, 'registered once at start');
      settings['outline'] = { inlinePoints: false };
      await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      assert.equal(await eventually(outlines, (n) => n === 2), 2, 'registered anew');
      assert.deepEqual(await eventually(() => withdrawn, (w) => w.length === 1), ['textDocument/documentSymbol']);
    } finally {
      await session.close();
    }
  });
});
