/**
 * Random edits through textDocument/didChange (incremental sync) leave the server with the same
 * outline as opening the final text afresh, and it never stops answering.
 */
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import type { DocumentSymbol } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { startServer, type ServerSession } from './lspClient';

const FRAGMENTS = ['问：', '答：', '记者：', 'Q: ', 'A: ', '一是', '二是', '第一，', 'First, ', 'second, ', '\n', '\r\n', '\n\n', '。', '；', '分享到', '中央军委', '𠀀', '😀', '\u3000', '\u00a0', 'text ', '外交部'];

describe('incremental edits over stdio', () => {
  let session: ServerSession;
  before(async () => {
    session = await startServer();
  });
  after(async () => {
    await session.close();
  });

  it('gives the outline of the final text after any sequence of edits', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }).map((parts) => parts.join('')),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 4 }).map((p) => p.join(''))), { minLength: 1, maxLength: 8 }),
        async (initial, edits) => {
          const uri = `untitled:edits-${run++}`;
          let document = TextDocument.create(uri, 'briefing', 1, initial);
          session.open(uri, initial);
          for (const [a, b, insert] of edits) {
            const length = document.getText().length;
            const start = document.positionAt(Math.min(a, b) % (length + 1));
            const end = document.positionAt(Math.max(a, b) % (length + 1));
            const change = { range: { start, end }, text: insert };
            document = TextDocument.update(document, [change], document.version + 1);
            await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: document.version }, contentChanges: [change] });
            // Asking after each edit makes the server build (and cache) a model of every version.
            await session.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
          }
          const edited = await session.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
          const freshUri = `${uri}-fresh`;
          session.open(freshUri, document.getText());
          const fresh = await session.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: freshUri } });
          assert.deepEqual(edited, fresh);
        },
      ),
      { seed: 42, numRuns: 60 },
    );
    assert.equal(session.process.exitCode, null, 'the server is still running');
  });
});
