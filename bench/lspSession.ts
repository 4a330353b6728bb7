/**
 * The built server over stdio, as an editor talks to it (the approach of
 * test/protocol/lspClient.ts), with extra node flags for profiling and the server's memory read
 * from /proc.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection } from 'vscode-languageserver-protocol/node';

export const SERVER_PATH = join(__dirname, '..', 'server', 'out', 'server.js');

export interface Session {
  connection: ProtocolConnection;
  child: ChildProcessWithoutNullStreams;
  request<T>(method: string, params: object): Promise<T>;
  notify(method: string, params: object): Promise<void>;
  open(uri: string, text: string, version?: number): Promise<void>;
  /** When the server's output next started after `watchOutput()` (performance.now()), if it has. */
  watchOutput(): () => number | undefined;
  /** VmHWM (peak) and VmRSS (now) of the server process, in bytes. */
  memory(): { peak: number; now: number };
  close(): Promise<void>;
}

/**
 * Spawns the server and completes initialize/initialized. `nodeFlags` go before the script (e.g.
 * --cpu-prof); `initializationOptions` are what the VS Code client sends (its storage folder).
 */
export async function startSession(workspaceFolder?: string, nodeFlags: string[] = [], initializationOptions?: object): Promise<Session> {
  const child = spawn(process.execPath, [...nodeFlags, SERVER_PATH, '--stdio'], { stdio: 'pipe' });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  child.once('exit', (code) => {
    if (code) process.stderr.write(`server exited with ${code}: ${stderr}\n`);
  });
  let outputStarted: number | undefined;
  child.stdout.prependListener('data', () => (outputStarted ??= performance.now()));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
  connection.onRequest('client/registerCapability', () => null);
  connection.onNotification('window/logMessage', () => undefined);
  connection.onNotification('textDocument/publishDiagnostics', () => undefined);
  connection.listen();
  const folderUri = workspaceFolder ? pathToFileURL(workspaceFolder).href : null;
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: folderUri,
    workspaceFolders: folderUri ? [{ uri: folderUri, name: 'workspace' }] : null,
    capabilities: {
      workspace: { configuration: true },
      textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true }, synchronization: { dynamicRegistration: false } },
    },
    ...(initializationOptions ? { initializationOptions } : {}),
  });
  await connection.sendNotification('initialized', {});
  const field = (status: string, name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
  return {
    connection,
    child,
    request: (method, params) => connection.sendRequest(method, params),
    notify: (method, params) => connection.sendNotification(method, params),
    open: (uri, text, version = 1) => connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'briefing', version, text } }),
    watchOutput() {
      outputStarted = undefined;
      return () => outputStarted;
    },
    memory() {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      return { peak: field(status, 'VmHWM'), now: field(status, 'VmRSS') };
    },
    async close() {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      await new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));
      connection.dispose();
    },
  };
}
