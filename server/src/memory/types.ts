/** The translation memory's data: plain values, no LSP or editor types. */

/** One translation unit: a Chinese sentence (or paragraph) and how it was rendered. */
export interface MemoryUnit {
  zh: string;
  en: string;
  /** A paragraph unit is kept besides its sentences when it has several. */
  kind: 'sentence' | 'paragraph';
  /** 1-based line of the unit's paragraph in the Chinese file. */
  line: number;
}

/** Where units came from: one pair of language versions (or one bilingual file). */
export interface MemorySource {
  /** The Chinese file's path (or the bilingual file's): the key of its units. */
  path: string;
  /** The English file's path (the same for a bilingual file). */
  enPath: string;
  /** The briefing's date, YYYY-MM-DD, from its file name or title; undefined when neither says. */
  date?: string;
}

/** A unit found for a query, with its fuzzy-match score. */
export interface MemoryMatch {
  unit: MemoryUnit;
  source: MemorySource;
  /** 0–100, as CAT tools show it: 100 is the same text. */
  score: number;
}
