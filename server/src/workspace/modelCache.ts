/**
 * Parsed models of open documents, one per (uri, version): parse once, serve every request.
 * The cache also applies the editor's changes to documents (it is the TextDocuments
 * configuration), so it knows where each edit fell and parses a new version from the previous
 * model, reading again only the paragraphs around the edits.
 */
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { LARGE_TEXT } from './heap';
import { composeRegions, parseWithState, reparseBriefing, type Briefing, type ChangedRegion, type ParsedBriefing } from '../model';

interface Entry {
  version: number;
  /** The text parsed: a client may send two versions under one number, and each needs its own model. */
  text: string;
  parsed: ParsedBriefing;
}

/** What changed since the version of the cached model: a region, or everything. */
interface PendingChange {
  fromVersion: number;
  toVersion: number;
  region: ChangedRegion | 'all';
}

export class ModelCache {
  private readonly models = new Map<string, Entry>();
  private readonly pending = new Map<string, PendingChange>();

  /** `afterLargeParse` is told when a large text was parsed and its previous model let go. */
  constructor(private readonly afterLargeParse: () => void = () => {}) {}

  /** For `new TextDocuments(cache.documents)`. */
  readonly documents = {
    create: (uri: string, languageId: string, version: number, content: string) => {
      this.forget(uri);
      return TextDocument.create(uri, languageId, version, content);
    },
    update: (document: TextDocument, changes: TextDocumentContentChangeEvent[], version: number) => this.update(document, changes, version),
  };

  get(document: TextDocument): Briefing {
    const cached = this.models.get(document.uri);
    const text = document.getText();
    // The same string object when nothing changed: the comparison costs nothing then.
    if (cached && cached.version === document.version && cached.text === text) return cached.parsed.briefing;
    const pending = this.pending.get(document.uri);
    this.pending.delete(document.uri);
    const incremental = cached && pending && pending.region !== 'all' && pending.fromVersion === cached.version && pending.toVersion === document.version;
    const parsed = incremental ? reparseBriefing(cached.parsed, text, pending.region as ChangedRegion) : parseWithState(text);
    this.models.set(document.uri, { version: document.version, text, parsed });
    if (text.length >= LARGE_TEXT) this.afterLargeParse();
    return parsed.briefing;
  }

  forget(uri: string): void {
    this.models.delete(uri);
    this.pending.delete(uri);
  }

  /** Applies changes one by one (as TextDocument.update does), noting the offsets each one touched. */
  private update(document: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument {
    const before = this.pending.get(document.uri);
    let region: ChangedRegion | 'all' | undefined = before?.toVersion === document.version ? before.region : undefined;
    const fromVersion = region !== undefined ? before!.fromVersion : document.version;
    for (const change of changes) {
      if ('range' in change && region !== 'all') {
        const a = document.offsetAt(change.range.start);
        const b = document.offsetAt(change.range.end);
        const start = Math.min(a, b);
        region = composeRegions(region, { start, oldEnd: Math.max(a, b), newEnd: start + change.text.length });
      } else {
        region = 'all';
      }
      document = TextDocument.update(document, [change], version);
    }
    if (region !== undefined) this.pending.set(document.uri, { fromVersion, toVersion: version, region });
    return document;
  }
}
