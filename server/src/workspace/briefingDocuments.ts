/**
 * Which open documents are briefings. Editors other than VS Code send a transcript kept in a .txt
 * file as plain text (languageId `plaintext`, `text`, …), and with it every other text file of the
 * workspace: the server tells them apart by content, as the VS Code client does before it switches
 * a document's language. A document that is no briefing gets empty answers, and costs a look at
 * its first few kilobytes per version.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { looksLikeBriefing } from '../model';

export type DetectPlainText = 'auto' | 'off';

/** The language VS Code gives briefings, and that the configurations in editors/ give them. */
export const BRIEFING_LANGUAGE = 'briefing';

interface Verdict {
  version: number;
  briefing: boolean;
}

export class BriefingDocuments {
  private readonly verdicts = new Map<string, Verdict>();

  constructor(private readonly detect: () => DetectPlainText) {}

  /**
   * A document the editor calls a briefing, or a `.briefing` file, is one. Any other is one when
   * its content looks like a transcript (unless detection is off); once it did, it stays one while
   * open, so that an edit that leaves its opening lines half typed does not empty the outline.
   */
  isBriefing(document: TextDocument): boolean {
    if (document.languageId === BRIEFING_LANGUAGE || hasBriefingExtension(document.uri)) return true;
    if (this.detect() === 'off') return false;
    const known = this.verdicts.get(document.uri);
    if (known && (known.briefing || known.version === document.version)) return known.briefing;
    const briefing = looksLikeBriefing(document.getText());
    this.verdicts.set(document.uri, { version: document.version, briefing });
    return briefing;
  }

  forget(uri: string): void {
    this.verdicts.delete(uri);
  }

  /** After the detection setting changed: every document is looked at again. */
  reset(): void {
    this.verdicts.clear();
  }
}

function hasBriefingExtension(uri: string): boolean {
  // The path of a URI ends before its query or fragment.
  const path = uri.replace(/[?#].*$/s, '');
  return /\.briefing$/i.test(path);
}
