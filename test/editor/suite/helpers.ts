// Shared by the editor suites: finding files, waiting with a deadline, asking providers.
import * as assert from 'assert';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'briefing-transcripts.briefing-transcripts';

/** Polls `probe` until it returns a value that `accept` takes, failing with `what` after `timeoutMs`. */
export async function until<T>(what: string, probe: () => T | Thenable<T>, accept: (value: T) => boolean = Boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    try {
      last = await probe();
      if (accept(last)) return last;
    } catch {
      // Not ready yet (the server may be starting or restarting): try again.
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last value: ${JSON.stringify(last)?.slice(0, 300)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

export function sampleFile(name: string): vscode.Uri {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed`);
  return vscode.Uri.joinPath(extension.extensionUri, 'samples', name);
}

export async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document);
}

/** The document's symbols, once the language server answers with some. */
export function symbolsOf(uri: vscode.Uri, accept: (symbols: vscode.DocumentSymbol[]) => boolean = (s) => s.length > 0) {
  return until(
    `document symbols of ${uri.path}`,
    () => vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', uri),
    (symbols) => Array.isArray(symbols) && accept(symbols),
  ) as Promise<vscode.DocumentSymbol[]>;
}

export function flatten(symbols: vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return symbols.flatMap((symbol) => [symbol, ...flatten(symbol.children)]);
}

/** Sets a setting for the workspace and returns a function that puts the old value back. */
export async function withSetting(section: string, value: unknown): Promise<() => Thenable<void>> {
  const [prefix, ...rest] = section.split('.');
  const configuration = vscode.workspace.getConfiguration(prefix);
  const key = rest.join('.');
  const previous = configuration.inspect(key)?.workspaceValue;
  await configuration.update(key, value, vscode.ConfigurationTarget.Workspace);
  return () => configuration.update(key, previous, vscode.ConfigurationTarget.Workspace);
}
