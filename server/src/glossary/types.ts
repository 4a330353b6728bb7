/** Glossary entries and where they come from; plain data, no LSP types. */
import type { Message } from '../l10n';

export type GlossarySource =
  | { kind: 'builtin'; file: string; line: number }
  | { kind: 'user'; uri: string; line: number };

export interface GlossaryEntry {
  /** Chinese forms, the preferred one first (上海合作组织, 上合组织). */
  zh: string[];
  /** English forms, the preferred one first (Shanghai Cooperation Organization, SCO). */
  en: string[];
  note?: string;
  /** What the term names (person, place, organization…), where the glossary says. */
  type?: string;
  /** Where the rendering was checked against real usage (a transcript, an official name list). */
  citation?: string;
  source: GlossarySource;
}

/** A line of a glossary file that could not be read; `line` is 0-based. */
export interface GlossaryProblem {
  line: number;
  /** The line's length in UTF-16 units, where the file's text is known: the problem covers the line. */
  length?: number;
  /** Rendered in the user's language where it is shown (l10n/). */
  message: Message;
}

export interface LoadedGlossary {
  entries: GlossaryEntry[];
  problems: GlossaryProblem[];
}

export type TermLanguage = 'zh' | 'en';

export interface TermMatch {
  start: number;
  end: number;
  entry: GlossaryEntry;
  /** Which side of the entry the text matched. */
  language: TermLanguage;
  /** The form of the entry that matched, as the glossary writes it. */
  term: string;
  /**
   * The text matched, when it holds more than the form: a session number before or after a name
   * (第二届进博会, 安理会第2231号决议), or given names before a surname (迈克·蓬佩奥).
   */
  text?: string;
}
