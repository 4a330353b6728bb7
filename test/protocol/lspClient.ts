/** A minimal LSP client that spawns the built server over stdio, as any editor would. */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { pathToFileURL } from 'node:url';

export const SERVER_PATH = join(__dirname, '..', '..', 'server', 'out', 'server.js');

export interface ServerSession {
  connection: ProtocolConnection;
  process: ChildProcessWithoutNullStreams;
  stderr: () => string;
  open(uri: string, text: string): void;
  close(): Promise<void>;
}

/** `settings` is the `briefing` section the server reads; a promise holds the answer back until it settles. */
export async function startServer(workspaceFolder?: string, settings: unknown = {}): Promise<ServerSession> {
  if (!existsSync(SERVER_PATH)) throw new Error(`${SERVER_PATH} is missing: run "npm run build" first.`);
  const child = spawn(process.execPath, [SERVER_PATH, '--stdio'], { stdio: 'pipe' });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.onRequest('workspace/configuration', async (params: { items: unknown[] }) => {
    const section = await settings;
    return params.items.map(() => section);
  });
  connection.onRequest('client/registerCapability', () => null);
  connection.onNotification('window/logMessage', () => undefined);
  connection.listen();
  const folderUri = workspaceFolder ? pathToFileURL(workspaceFolder).href : null;
  // A server that dies fails the test with what it printed, rather than leaving requests pending.
  const died = new Promise<never>((_, reject) =>
    child.once('exit', (code, signal) => reject(new Error(`The server exited (${signal ?? code}) during initialization:\n${stderr}`))),
  );
  const initialized = connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: folderUri,
    workspaceFolders: folderUri ? [{ uri: folderUri, name: 'workspace' }] : null,
    capabilities: { workspace: { configuration: true }, textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true } } },
  });
  await Promise.race([initialized, died]);
  died.catch(() => undefined);
  await connection.sendNotification('initialized', {});
  return {
    connection,
    process: child,
    stderr: () => stderr,
    open(uri, text) {
      void connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'briefing', version: 1, text } });
    },
    async close() {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      await new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));
      connection.dispose();
    },
  };
}
