/**
 * Finds the other language version of a document (its own second section, or a sibling file
 * read from disk when it is not open) and keeps the alignment of the two, computed lazily once
 * per pair of versions.
 */
import { basename, dirname, join } from 'node:path';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import {
  alignSections,
  glossaryAffinity,
  counterpartFileNames,
  customPatternCounterparts,
  languageByCustomPatterns,
  languageOfFileName,
  type Alignment,
  type CustomPattern,
  type Side,
} from '../align';
import type { TermIndex } from '../glossary';
import type { Briefing, Section } from '../model';
import type { DiskBriefings } from './diskBriefings';

export interface Version {
  uri: string;
  /** Changes with every edit (open documents) or write (files read from disk). */
  stamp: string;
  document: TextDocument;
  briefing: Briefing;
  section: Section;
}

export type Pairing =
  | { kind: 'paired'; zh: Version; en: Version; alignment: Alignment }
  | { kind: 'unpaired'; language: Side | undefined; lookedFor: string[]; reason: string };

export class ParallelVersions {
  private readonly alignments = new Map<string, Alignment>();
  patterns: CustomPattern[] = [];

  constructor(
    private readonly openDocument: (uri: string) => { document: TextDocument; briefing: Briefing } | undefined,
    private readonly terms: () => TermIndex,
    private readonly disk: DiskBriefings,
  ) {}

  /** `briefing` is the model of `document` as it is now; the other version may have to be read first. */
  async pairingOf(document: TextDocument, briefing: Briefing): Promise<Pairing> {
    const stamp = `v${document.version}`;
    const own = this.sectionsByLanguage(briefing);
    if (own.zh && own.en) {
      return this.paired({ uri: document.uri, stamp, document, briefing, section: own.zh }, { uri: document.uri, stamp, document, briefing, section: own.en });
    }
    const path = URI.parse(document.uri).scheme === 'file' ? URI.parse(document.uri).fsPath : undefined;
    const name = path ? basename(path) : document.uri;
    const fromName = path ? (languageOfFileName(name) ?? languageByCustomPatterns(name, this.patterns)) : undefined;
    const language: Side | undefined = fromName ?? (own.zh ? 'zh' : own.en ? 'en' : undefined);
    const candidates = path ? [...customPatternCounterparts(name, this.patterns), ...counterpartFileNames(name)] : [];
    const mine = (language && own[language]) ?? own.zh ?? own.en;
    if (!path || candidates.length === 0 || !mine) {
      return { kind: 'unpaired', language, lookedFor: [], reason: 'this file has one language and its name does not say which version it is (NAME.zh.EXT / NAME.en.EXT)' };
    }
    for (const candidate of candidates) {
      const other = await this.load(join(dirname(path), candidate));
      // An edit came while the other version was read: the model in hand is of a text that is gone
      // (and partly moved into the new one, see model/sameShape.ts), not to be aligned.
      if (`v${document.version}` !== stamp) return { kind: 'unpaired', language, lookedFor: candidates, reason: 'the document changed while its other version was read' };
      const section = other && this.sectionsByLanguage(other.briefing)[language === 'zh' ? 'en' : 'zh'];
      if (!other || !section) continue;
      const self: Version = { uri: document.uri, stamp, document, briefing, section: mine };
      const counterpart: Version = { uri: other.document.uri, stamp: other.stamp, document: other.document, briefing: other.briefing, section };
      return language === 'zh' ? this.paired(self, counterpart) : this.paired(counterpart, self);
    }
    const otherName = language === 'zh' ? 'English' : 'Chinese';
    return { kind: 'unpaired', language, lookedFor: candidates, reason: `no ${otherName} version found` };
  }

  private sectionsByLanguage(briefing: Briefing): Partial<Record<Side, Section>> {
    const found: Partial<Record<Side, Section>> = {};
    for (const section of briefing.sections) {
      if ((section.language === 'zh' || section.language === 'en') && !found[section.language]) found[section.language] = section;
    }
    return found;
  }

  private paired(zh: Version, en: Version): Pairing {
    const key = [zh.uri, zh.stamp, en.uri, en.stamp, zh.section.start, en.section.start].join('\u0000');
    let alignment = this.alignments.get(key);
    if (!alignment) {
      alignment = alignSections(zh, en, { termAffinity: glossaryAffinity(zh, en, this.terms()) });
      // One alignment per pair is enough: drop those of older versions.
      for (const old of this.alignments.keys()) if (old.startsWith(`${zh.uri}\u0000`) || old.includes(`\u0000${en.uri}\u0000`)) this.alignments.delete(old);
      this.alignments.set(key, alignment);
    }
    return { kind: 'paired', zh, en, alignment };
  }

  /** The version in `path`: the open document if there is one, else the file on disk. */
  private async load(path: string): Promise<{ document: TextDocument; briefing: Briefing; stamp: string } | undefined> {
    const open = this.openDocument(URI.file(path).toString());
    if (open) return { ...open, stamp: `v${open.document.version}` };
    return this.disk.read(path);
  }
}
