/** Parsed models of open documents, one per (uri, version): parse once, serve every request. */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parseBriefing, type Briefing } from '../model';

export class ModelCache {
  private readonly models = new Map<string, { version: number; briefing: Briefing }>();

  get(document: TextDocument): Briefing {
    const cached = this.models.get(document.uri);
    if (cached && cached.version === document.version) return cached.briefing;
    const briefing = parseBriefing(document.getText());
    this.models.set(document.uri, { version: document.version, briefing });
    return briefing;
  }

  forget(uri: string): void {
    this.models.delete(uri);
  }
}
