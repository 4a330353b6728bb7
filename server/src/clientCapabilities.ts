/**
 * What the server learns from `initialize` about the editor: what it can be asked and told (each
 * a request that an editor without it would answer with an error), the symbol kinds it knows, its
 * workspace folders, and what the VS Code client sends along (its settings and storage folder).
 */
import type { InitializeParams } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import { symbolKindsFor, type SymbolKinds } from './features/documentSymbols';
import { briefingSection } from './workspace/settings';

export interface ClientCapabilities {
  /** Whether settings can be asked for (workspace/configuration); else they come pushed, or not at all. */
  canPullConfiguration: boolean;
  /** Whether the server may register for configuration changes. */
  canRegisterConfiguration: boolean;
  /** Whether the outline can be registered dynamically, and so anew when its settings change. */
  canRegisterOutline: boolean;
  /** The symbol kinds the client knows, for the outline and for workspace symbols. */
  symbolKinds: { document: SymbolKinds; workspace: SymbolKinds };
  /** Which views the client lets the server ask to refresh. */
  canRefresh: { foldingRanges: boolean; semanticTokens: boolean; diagnostics: boolean };
  /** Whether the client shows progress that the server starts (the memory's build). */
  canShowProgress: boolean;
  /** The workspace folders on disk. */
  folders: string[];
  /** The `briefing` section of `initializationOptions`: the settings until the editor gives others. */
  initialSettings: unknown;
  /** The extension's storage folder (`initializationOptions.storagePath`), where the translation memory is kept. */
  storagePath: string | undefined;
}

export function clientCapabilities(params: InitializeParams): ClientCapabilities {
  const { workspace, textDocument, window } = params.capabilities;
  const options = params.initializationOptions as { storagePath?: unknown } | undefined;
  return {
    canPullConfiguration: workspace?.configuration === true,
    canRegisterConfiguration: workspace?.didChangeConfiguration?.dynamicRegistration === true,
    canRegisterOutline: textDocument?.documentSymbol?.dynamicRegistration === true,
    symbolKinds: {
      document: symbolKindsFor(textDocument?.documentSymbol?.symbolKind?.valueSet),
      workspace: symbolKindsFor(workspace?.symbol?.symbolKind?.valueSet),
    },
    canRefresh: {
      foldingRanges: workspace?.foldingRange?.refreshSupport === true,
      semanticTokens: workspace?.semanticTokens?.refreshSupport === true,
      diagnostics: workspace?.diagnostics?.refreshSupport === true,
    },
    canShowProgress: window?.workDoneProgress === true,
    folders: (params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : []))
      .map((folder) => URI.parse(folder.uri))
      .filter((uri) => uri.scheme === 'file')
      .map((uri) => uri.fsPath),
    initialSettings: briefingSection(params.initializationOptions),
    storagePath: typeof options?.storagePath === 'string' && options.storagePath ? options.storagePath : undefined,
  };
}

/** Before `initialize`: a client that can do nothing optional. */
export const NOTHING_YET: ClientCapabilities = clientCapabilities({ processId: null, rootUri: null, capabilities: {} } as InitializeParams);
