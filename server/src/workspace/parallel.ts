/**
 * Finds the other language version of a document (its own second section, or a sibling file
 * read from disk when it is not open) and keeps the alignment of the two: computed when first
 * asked for, a slice at a time so that other requests (the outline) are served in between, and
 * kept for as long as both texts stay the same and one of the two documents is open.
 */
import { basename, dirname, join } from 'node:path';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import {
  alignSectionsSteps,
  sectionsByLanguage,
  glossaryAffinity,
  counterpartFileNames,
  customPatternCounterparts,
  languageByCustomPatterns,
  languageOfFileName,
  type Alignment,
  type CustomPattern,
  type Side,
  type SideInput,
} from '../align';
import type { TermIndex } from '../glossary';
import type { Briefing } from '../model';
import { msg, type Message } from '../l10n';
import { inSlices, SUPERSEDED } from './slices';
import type { DiskBriefings } from './diskBriefings';

/** One language version as the features see it: its document, and its briefing(s) there. */
export interface Version extends SideInput {
  uri: string;
  document: TextDocument;
}

export type Pairing =
  | { kind: 'paired'; zh: Version; en: Version; alignment: Alignment }
  | { kind: 'unpaired'; language: Side | undefined; lookedFor: string[]; reason: Message };

export type Paired = Extract<Pairing, { kind: 'paired' }>;

/** One pair's alignment, for the texts it was computed from: done, or on its way. */
interface AlignmentEntry {
  zhUri: string;
  enUri: string;
  zhText: string;
  enText: string;
  alignment: Promise<Alignment | undefined>;
  /** Set when newer texts of the pair came: the computation stops at its next slice. */
  superseded: boolean;
}

export class ParallelVersions {
  /** By pair (the two URIs and where their sections start): the latest alignment of each pair. */
  private readonly alignments = new Map<string, AlignmentEntry>();
  patterns: CustomPattern[] = [];

  constructor(
    private readonly openDocument: (uri: string) => { document: TextDocument; briefing: Briefing } | undefined,
    private readonly terms: () => TermIndex,
    private readonly disk: DiskBriefings,
  ) {}

  /** `briefing` is the model of `document` as it is now; the other version may have to be read first. */
  async pairingOf(document: TextDocument, briefing: Briefing): Promise<Pairing> {
    const version = document.version;
    const own = sectionsByLanguage(briefing);
    if (own.zh && own.en) {
      const pairing = await this.paired({ uri: document.uri, document, briefing, sections: own.zh }, { uri: document.uri, document, briefing, sections: own.en });
      return pairing ?? changedMeanwhile(undefined, []);
    }
    const path = URI.parse(document.uri).scheme === 'file' ? URI.parse(document.uri).fsPath : undefined;
    const name = path ? basename(path) : document.uri;
    const fromName = path ? (languageOfFileName(name) ?? languageByCustomPatterns(name, this.patterns)) : undefined;
    const language: Side | undefined = fromName ?? (own.zh ? 'zh' : own.en ? 'en' : undefined);
    const candidates = path ? [...customPatternCounterparts(name, this.patterns), ...counterpartFileNames(name)] : [];
    const mine = (language && own[language]) ?? own.zh ?? own.en;
    if (!path || candidates.length === 0 || !mine) {
      return { kind: 'unpaired', language, lookedFor: [], reason: msg('pairing.nameSaysNoLanguage') };
    }
    for (const candidate of candidates) {
      const other = await this.load(join(dirname(path), candidate));
      // An edit came while the other version was read: the model in hand is of a text that is gone
      // (and partly moved into the new one, see model/sameShape.ts), not to be aligned.
      if (document.version !== version) return changedMeanwhile(language, candidates);
      const sections = other && sectionsByLanguage(other.briefing)[language === 'zh' ? 'en' : 'zh'];
      if (!other || !sections) continue;
      const self: Version = { uri: document.uri, document, briefing, sections: mine };
      const counterpart: Version = { uri: other.document.uri, document: other.document, briefing: other.briefing, sections };
      const pairing = await (language === 'zh' ? this.paired(self, counterpart) : this.paired(counterpart, self));
      return pairing ?? changedMeanwhile(language, candidates);
    }
    return { kind: 'unpaired', language, lookedFor: candidates, reason: msg('pairing.notFound', { version: msg(language === 'zh' ? 'version.en' : 'version.zh') }) };
  }

  /**
   * The two versions and their alignment; undefined when either text changed while it was being
   * computed (the answer would be for texts that are gone).
   */
  private async paired(zh: Version, en: Version): Promise<Pairing | undefined> {
    const key = [zh.uri, en.uri, zh.sections[0]!.start, en.sections[0]!.start].join('\u0000');
    const zhText = zh.document.getText();
    const enText = en.document.getText();
    let entry = this.alignments.get(key);
    if (!entry || entry.zhText !== zhText || entry.enText !== enText) {
      if (entry) entry.superseded = true;
      const steps = alignSectionsSteps(zh, en, { termAffinity: glossaryAffinity(zh, en, this.terms()) });
      const started: AlignmentEntry = { zhUri: zh.uri, enUri: en.uri, zhText, enText, superseded: false, alignment: Promise.resolve(undefined) };
      started.alignment = inSlices(steps, () => !started.superseded).then((done) => (done === SUPERSEDED ? undefined : done));
      this.alignments.set(key, (entry = started));
    }
    const alignment = await entry.alignment;
    return alignment && { kind: 'paired', zh, en, alignment };
  }

  /** A document was closed: alignments whose versions are both closed now go. */
  forget(closedUri: string): void {
    for (const [key, entry] of this.alignments) {
      const { zhUri, enUri } = entry;
      if ((zhUri === closedUri || enUri === closedUri) && !this.openDocument(zhUri) && !this.openDocument(enUri)) {
        entry.superseded = true;
        this.alignments.delete(key);
      }
    }
  }

  /** The version in `path`: the open document if there is one, else the file on disk. */
  private async load(path: string): Promise<{ document: TextDocument; briefing: Briefing } | undefined> {
    const open = this.openDocument(URI.file(path).toString());
    if (open) return open;
    return this.disk.read(path);
  }
}

function changedMeanwhile(language: Side | undefined, lookedFor: string[]): Pairing {
  return { kind: 'unpaired', language, lookedFor, reason: msg('pairing.changed') };
}
