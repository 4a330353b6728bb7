/** Translation QA: what a check finds in one aligned pair of paragraphs. */
import type { Message } from '../l10n';

/** The checks, each a stable diagnostic code. */
export const QA_CHECKS = ['numbers', 'points', 'terms', 'untranslated', 'omission', 'speaker'] as const;
export type QaCheck = (typeof QA_CHECKS)[number];

export interface QaFix {
  /** Offsets in the target text to replace, and the text to put there. */
  start: number;
  end: number;
  text: string;
  /** Rendered in the user's language where it is shown (l10n/). */
  title: Message;
}

/** One difference between a source paragraph and its translation. */
export interface Finding {
  check: QaCheck;
  /** Rendered in the user's language where it is shown (l10n/). */
  message: Message;
  /** Offsets in the target (translation) text. */
  start: number;
  end: number;
  /** Offsets in the source text: the paragraph (or term) the finding is about. */
  sourceStart: number;
  sourceEnd: number;
  fix?: QaFix;
  /** Without a fix: what the target should hold, for the translator to insert where it belongs (a glossary rendering). */
  suggestion?: string;
  /** Findings with the same group are one difference repeated (a glossary term missed again). */
  group?: string;
  /** Other places in the target where the same is found, told in the message. */
  alsoAt?: { start: number; end: number }[];
}

/** Which checks run: all unless switched off. */
export type QaSwitches = Partial<Record<QaCheck, boolean>>;
