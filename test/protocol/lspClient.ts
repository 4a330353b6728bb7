/** A minimal LSP client that spawns the built server over stdio, as any editor would. */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { pathToFileURL } from 'node:url';

/** A temporary workspace folder holding `files` (name → text). */
export interface TempWorkspace {
  folder: string;
  /** The file URI of one of its files. */
  uri(name: string): string;
  remove(): void;
}

export function tempWorkspace(prefix: string, files: Record<string, string>): TempWorkspace {
  const folder = mkdtempSync(join(tmpdir(), `briefing-${prefix}-`));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  return {
    folder,
    uri: (name) => pathToFileURL(join(folder, name)).href,
    remove: () => rmSync(folder, { recursive: true, force: true }),
  };
}

export const SERVER_PATH = join(__dirname, '..', '..', 'server', 'out', 'server.js');

export interface ServerSession {
  connection: ProtocolConnection;
  process: ChildProcessWithoutNullStreams;
  stderr: () => string;
  /** The methods the server asked to register for dynamically, in order. */
  registrations: string[];
  /** What the server logged through the connection (window/logMessage), in order. */
  logs: string[];
  open(uri: string, text: string): void;
  close(): Promise<void>;
}

/** Every symbol kind of LSP 3.17, as VS Code declares it knows them. */
const ALL_SYMBOL_KINDS = { valueSet: Array.from({ length: 26 }, (_, i) => i + 1) };

/** What VS Code declares of the client capabilities the server looks at. */
export const VSCODE_LIKE_CAPABILITIES = {
  workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, symbol: { symbolKind: ALL_SYMBOL_KINDS } },
  textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true, symbolKind: ALL_SYMBOL_KINDS } },
};

/**
 * `settings` is the `briefing` section the server reads; a promise holds the answer back until it
 * settles. `capabilities` are the client's, VS Code's by default; `initialize` adds to the
 * initialize request's parameters (a `locale`, `initializationOptions`).
 */
export async function startServer(
  workspaceFolder?: string,
  settings: unknown = {},
  capabilities: object = VSCODE_LIKE_CAPABILITIES,
  initialize: object = {},
): Promise<ServerSession> {
  if (!existsSync(SERVER_PATH)) throw new Error(`${SERVER_PATH} is missing: run "npm run build" first.`);
  const child = spawn(process.execPath, [SERVER_PATH, '--stdio'], { stdio: 'pipe' });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.onRequest('workspace/configuration', async (params: { items: unknown[] }) => {
    const section = await settings;
    return params.items.map(() => section);
  });
  const registrations: string[] = [];
  connection.onRequest('client/registerCapability', (params: { registrations: { method: string }[] }) => {
    registrations.push(...params.registrations.map((r) => r.method));
    return null;
  });
  const logs: string[] = [];
  connection.onNotification('window/logMessage', (params: { message: string }) => logs.push(params.message));
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
    capabilities,
    ...initialize,
  });
  await Promise.race([initialized, died]);
  died.catch(() => undefined);
  await connection.sendNotification('initialized', {});
  return {
    connection,
    process: child,
    stderr: () => stderr,
    registrations,
    logs,
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

/**
 * Asks `probe` again until its answer satisfies `accept` or `ms` pass, and returns the last answer
 * (the caller asserts on it): for what the server does in the background, such as loading
 * glossaries or reading the workspace. Each round lets pending messages in first.
 */
export async function eventually<T>(probe: () => T | Promise<T>, accept: (value: T) => boolean, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (accept(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setImmediate(resolve));
  }
}
