/**
 * The server's connection. Over stdio, answers are written by TreeJsonMessageWriter;
 * everything else (reading, exiting when stdin closes or the client process dies, the other
 * transports) is vscode-languageserver's own.
 */
import { format } from 'node:util';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { TreeJsonMessageWriter } from './messageWriter';

export function createServerConnection() {
  // BRIEFING_WRITER=library: the library's own writer, for the bench's A/B of the two.
  if (!process.argv.includes('--stdio') || process.env['BRIEFING_WRITER'] === 'library') return createConnection(ProposedFeatures.all);
  const writer = new TreeJsonMessageWriter(process.stdout);
  // Given stdin as a stream, the library exits when it closes, as it does for --stdio; it takes a
  // message writer in place of the output stream, which its typings do not spell out.
  const connection = createConnection(ProposedFeatures.all, process.stdin, writer as unknown as NodeJS.WritableStream);
  // stdout carries the protocol: what a library prints there must go to the log instead.
  const toLog = (...args: unknown[]) => connection.console.log(format(...args));
  Object.assign(console, { log: toLog, info: toLog, debug: toLog, dir: toLog, table: toLog });
  return connection;
}
