/**
 * What editors other than VS Code need of the server: transcripts kept in .txt files, sent as
 * plain text (`text` from Neovim and eglot, `plaintext` from others), told apart from other text
 * files by content; and settings given without `workspace/configuration` (Neovim 0.7 cannot be
 * asked): in `initializationOptions` and pushed with `workspace/didChangeConfiguration`.
 */
import { strict as assert } from 'node:assert';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { DocumentSymbol, Hover, LocationLink, MarkupContent } from 'vscode-languageserver-protocol';
import { startServer, type ServerSession } from './lspClient';

const FIXTURES = join(__dirname, '..', 'editors', 'fixtures');
const FILES = ['harbour.zh.txt', 'harbour.en.txt', 'notes.txt'];

/** What Neovim 0.7 declares of what the server looks at: no `workspace.configuration`. */
const NEOVIM_07 = {
  workspace: { workspaceFolders: true },
  textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true, symbolKind: { valueSet: Array.from({ length: 26 }, (_, i) => i + 1) } } },
};

function workspace(): { folder: string; uri: (file: string) => string; text: (file: string) => string } {
  const folder = mkdtempSync(join(tmpdir(), 'briefing-editors-'));
  for (const file of FILES) copyFileSync(join(FIXTURES, file), join(folder, file));
  return { folder, uri: (file) => pathToFileURL(join(folder, file)).href, text: (file) => readFileSync(join(folder, file), 'utf8') };
}

function openAs(session: ServerSession, uri: string, languageId: string, text: string): Promise<void> {
  return session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
}

const symbolsOf = (session: ServerSession, uri: string) => session.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
const names = (symbols: DocumentSymbol[]): string[] => symbols.flatMap((s) => [s.name, ...names(s.children ?? [])]);

describe('transcripts in .txt files, sent as plain text', () => {
  const files = workspace();
  let session: ServerSession;
  before(async () => {
    session = await startServer(files.folder, {}, NEOVIM_07);
    await openAs(session, files.uri('harbour.zh.txt'), 'text', files.text('harbour.zh.txt'));
    await openAs(session, files.uri('notes.txt'), 'plaintext', files.text('notes.txt'));
  });
  after(async () => {
    await session.close();
    rmSync(files.folder, { recursive: true, force: true });
  });

  it('outlines a transcript sent as text', async () => {
    const symbols = await symbolsOf(session, files.uri('harbour.zh.txt'));
    assert.ok(names(symbols).some((name) => name.startsWith('问: 中方对港口合作项目')), names(symbols).join(' / '));
  });

  it('glosses a term and goes to the sibling file from a transcript sent as text', async () => {
    const uri = files.uri('harbour.zh.txt');
    // Line 6: 问：联合国安理会下周将讨论什么问题？ — the term starts at column 2.
    const hover = await session.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 6, character: 4 } });
    assert.match((hover?.contents as MarkupContent | undefined)?.value ?? '', /Security Council/, JSON.stringify(hover));
    const links = await session.connection.sendRequest<LocationLink[]>('textDocument/definition', { textDocument: { uri }, position: { line: 6, character: 9 } });
    assert.equal(links[0]?.targetUri, files.uri('harbour.en.txt'), JSON.stringify(links));
    assert.equal(links[0]?.targetRange.start.line, 6, JSON.stringify(links));
  });

  it('answers every request on a text file that is no transcript with nothing, and no error', async () => {
    const textDocument = { uri: files.uri('notes.txt') };
    // Line 3 names a country the glossary knows; line 5 opens like a question.
    const position = { line: 3, character: 36 };
    assert.deepEqual(await symbolsOf(session, textDocument.uri), []);
    assert.equal(await session.connection.sendRequest('textDocument/hover', { textDocument, position }), null);
    assert.deepEqual(await session.connection.sendRequest('textDocument/definition', { textDocument, position }), []);
    assert.deepEqual(await session.connection.sendRequest('textDocument/foldingRange', { textDocument }), []);
    assert.deepEqual(await session.connection.sendRequest('textDocument/semanticTokens/full', { textDocument }), { data: [] });
    const report = await session.connection.sendRequest<{ items: unknown[] }>('textDocument/diagnostic', { textDocument });
    assert.deepEqual(report.items, []);
    assert.equal(session.stderr(), '', 'nothing printed on stderr');
  });

  it('outlines a text file once it has been typed into a transcript', async () => {
    const uri = files.uri('notes.txt');
    const text = '问：会议什么时候举行？\n\n答：下周举行。\n';
    await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text }] });
    assert.deepEqual(names(await symbolsOf(session, uri)), ['问: 会议什么时候举行？']);
  });
});

describe('settings without workspace/configuration', () => {
  const files = workspace();
  after(() => rmSync(files.folder, { recursive: true, force: true }));

  it('reads them from initializationOptions', async () => {
    const session = await startServer(files.folder, {}, NEOVIM_07, { initializationOptions: { briefing: { detectPlainText: 'off', outline: { inlinePoints: false } } } });
    try {
      await openAs(session, files.uri('harbour.zh.txt'), 'text', files.text('harbour.zh.txt'));
      assert.deepEqual(await symbolsOf(session, files.uri('harbour.zh.txt')), [], 'detection switched off: plain text is no briefing');
      await openAs(session, files.uri('harbour.en.txt'), 'briefing', files.text('harbour.en.txt'));
      const outline = names(await symbolsOf(session, files.uri('harbour.en.txt')));
      assert.ok(outline.length > 0 && !outline.some((name) => name.startsWith('first')), `no inline points: ${outline.join(' / ')}`);
    } finally {
      await session.close();
    }
  });

  it('takes them when they are pushed, and keeps them when a push holds no briefing section', async () => {
    const session = await startServer(files.folder, {}, NEOVIM_07);
    try {
      const uri = files.uri('harbour.zh.txt');
      await openAs(session, uri, 'text', files.text('harbour.zh.txt'));
      assert.ok((await symbolsOf(session, uri)).length > 0, 'detected with the default settings');
      await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: { briefing: { detectPlainText: 'off' } } });
      assert.deepEqual(await symbolsOf(session, uri), [], 'after the push that switched detection off');
      await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: { otherServer: { x: 1 } } });
      await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      assert.deepEqual(await symbolsOf(session, uri), [], 'pushes without a briefing section change nothing');
      await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: { briefing: {} } });
      assert.ok((await symbolsOf(session, uri)).length > 0, 'an empty briefing section restores the defaults');
    } finally {
      await session.close();
    }
  });

  it('starts with the defaults when initializationOptions or a push are malformed', async () => {
    for (const options of ['briefing', { briefing: [null] }, { briefing: { detectPlainText: 7, outline: 'x', qa: [] } }]) {
      const session = await startServer(files.folder, {}, NEOVIM_07, { initializationOptions: options });
      try {
        const uri = files.uri('harbour.zh.txt');
        await openAs(session, uri, 'text', files.text('harbour.zh.txt'));
        await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: { briefing: { outline: [], glossary: 3 } } });
        assert.ok((await symbolsOf(session, uri)).length > 0, `outlined after ${JSON.stringify(options)}`);
      } finally {
        await session.close();
      }
    }
  });

  it('keeps initializationOptions when a client that is asked has nothing configured', async () => {
    // Neovim 0.8+ and Helix answer null for a section the user did not configure.
    const session = await startServer(files.folder, null, { workspace: { configuration: true } }, { initializationOptions: { briefing: { detectPlainText: 'off' } } });
    try {
      const uri = files.uri('harbour.zh.txt');
      await openAs(session, uri, 'text', files.text('harbour.zh.txt'));
      assert.deepEqual(await symbolsOf(session, uri), []);
    } finally {
      await session.close();
    }
  });
});
