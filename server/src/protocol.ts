/** Custom requests between the VS Code client and the server, typed once for both sides. */
import { RequestType0 } from 'vscode-languageserver-protocol';

export interface ServerStatus {
  /** The server's process id, so the client (and its tests) can tell a restarted server apart. */
  pid: number;
  version: string;
  openDocuments: number;
}

export const ServerStatusRequest = new RequestType0<ServerStatus, void>('briefing/status');
