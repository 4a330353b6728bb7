/**
 * Stands in, in the client bundle only (see esbuild.mjs), for three modules of
 * vscode-languageclient that serve LSP features the briefing server does not offer: notebook
 * document sync (lib/common/notebook.js), pull diagnostics (diagnostic.js; the server pushes its
 * diagnostics, which the client core handles) and file operation events (fileOperations.js). With
 * them go minimatch and brace-expansion, which only those modules use: about 50 KB of the 300 KB
 * budget.
 *
 * Each stand-in claims no client capability, so a server that checks capabilities will not use
 * the feature; one that declares it anyway gets an error in the output channel rather than
 * silence, and a dynamic registration of it fails in the client ("No feature implementation").
 * The day the server offers one of them, take its module out of the list in esbuild.mjs.
 */
import type { BaseLanguageClient, FeatureState, ServerCapabilities, StaticFeature } from 'vscode-languageclient';

class OmittedFeature implements StaticFeature {
  constructor(
    private readonly client: BaseLanguageClient,
    private readonly feature: string,
    private readonly declared: (capabilities: ServerCapabilities) => unknown,
  ) {}

  getState(): FeatureState {
    return { kind: 'static' };
  }

  fillClientCapabilities(): void {}

  initialize(capabilities: ServerCapabilities): void {
    if (!this.declared(capabilities)) return;
    this.client.error(`The server offers ${this.feature}, which this build of the client leaves out (see esbuild.mjs).`, undefined, 'force');
  }

  clear(): void {}
}

// lib/common/notebook.js
export class NotebookDocumentSyncFeature extends OmittedFeature {
  constructor(client: BaseLanguageClient) {
    super(client, 'notebook document sync', (capabilities) => capabilities.notebookDocumentSync);
  }
}

// lib/common/diagnostic.js; the two enums are part of the client's public API.
export class DiagnosticFeature extends OmittedFeature {
  constructor(client: BaseLanguageClient) {
    super(client, 'pull diagnostics', (capabilities) => capabilities.diagnosticProvider);
  }
}
export const vsdiag = { DocumentDiagnosticReportKind: { full: 'full', unChanged: 'unChanged' } };
export const DiagnosticPullMode = { onType: 'onType', onSave: 'onSave' };

// lib/common/fileOperations.js
class FileOperationFeature extends OmittedFeature {
  constructor(client: BaseLanguageClient, event: 'didCreate' | 'didRename' | 'didDelete' | 'willCreate' | 'willRename' | 'willDelete') {
    super(client, `workspace/${event}Files`, (capabilities) => capabilities.workspace?.fileOperations?.[event]);
  }
}
export class DidCreateFilesFeature extends FileOperationFeature {
  constructor(client: BaseLanguageClient) {
    super(client, 'didCreate');
  }
}
export class DidRenameFilesFeature extends FileOperationFeature {
  constructor(client: BaseLanguageClient) {
    super(client, 'didRename');
  }
}
export class DidDeleteFilesFeature extends FileOperationFeature {
  constructor(client: BaseLanguageClient) {
    super(client, 'didDelete');
  }
}
export class WillCreateFilesFeature extends FileOperationFeature {
  constructor(client: BaseLanguageClient) {
    super(client, 'willCreate');
  }
}
export class WillRenameFilesFeature extends FileOperationFeature {
  constructor(client: BaseLanguageClient) {
    super(client, 'willRename');
  }
}
export class WillDeleteFilesFeature extends FileOperationFeature {
  constructor(client: BaseLanguageClient) {
    super(client, 'willDelete');
  }
}
