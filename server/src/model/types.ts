/**
 * The briefing model: plain data, no LSP or editor types. All offsets are UTF-16 code-unit
 * offsets into the document text, `end` exclusive.
 */

export type Language = 'zh' | 'en' | 'other';

export type Role =
  | 'title'
  | 'meta'
  | 'lede'
  | 'question'
  | 'answer'
  | 'continuation'
  | 'announcement'
  | 'separator'
  | 'junk';

export interface Span {
  start: number;
  end: number;
}

export interface SpeakerLabel extends Span {
  /** The label as written, without the colon (问, Q, 中央广播电视总台央视记者, Geng Shuang, MS. JEAN-PIERRE). */
  name: string;
  /** Offset where the paragraph's own text starts, after the colon and spacing. */
  textStart: number;
}

export interface Paragraph extends Span {
  index: number;
  /** 0-based line of `start` and of the last character. */
  startLine: number;
  endLine: number;
  language: Language;
  role: Role;
  /** Set when the paragraph opens with a speaker label that the section accepts as a turn. */
  label?: SpeakerLabel;
}

/** `question`: an answer organised by the journalist's questions (关于第一个问题, On your first question), or the questions themselves. */
export type MarkerFamily = 'shi' | 'di' | 'dun' | 'paren' | 'shouxian' | 'arabic' | 'ordinalWord' | 'question';

export interface Point extends Span {
  /** 1 for 一是 / First, 2 for 二是 / Second … */
  ordinal: number;
  /** The marker as written, without its trailing punctuation: 一是, 第一, （一）, First, Thirdly, first. */
  marker: string;
  markerStart: number;
  markerEnd: number;
  /** Offset of the point's own text, after the marker and its punctuation. */
  textStart: number;
  family: MarkerFamily;
  inline: boolean;
  /** Index of the paragraph holding the marker. */
  paragraph: number;
  /** Points nested inside this one: inline points in its paragraph, or a list inside the answer to one question. */
  children: Point[];
}

export type TurnKind = 'question' | 'answer' | 'announcement';

export interface Turn extends Span {
  kind: TurnKind;
  /** Absent for an unlabelled turn (an announcement, or an answer after a follow-up question). */
  speaker?: SpeakerLabel;
  /** A question asked inside an exchange that is already under way. */
  followUp: boolean;
  /** Indices of the paragraphs of this turn, in order. */
  paragraphs: number[];
  /** Top-level points of this turn: paragraph-level lists and inline lists outside them. */
  points: Point[];
}

export interface Exchange extends Span {
  /** The question that opens the exchange; absent when a section starts with an answer. */
  question?: Turn;
  /** Every turn after the question: answers and follow-up questions. */
  turns: Turn[];
}

export interface Header extends Span {
  title?: number;
  meta: number[];
  lede: number[];
}

export interface Section extends Span {
  language: Language;
  /** Indices of all paragraphs of the section (junk included). */
  paragraphs: number[];
  header?: Header;
  /** Unlabelled remarks outside any exchange (opening announcements, text after a separator). */
  announcements: Turn[];
  exchanges: Exchange[];
}

export interface Briefing {
  text: string;
  /** Offset of the start of each line. */
  lineStarts: number[];
  paragraphs: Paragraph[];
  sections: Section[];
  /** The YAML front matter's title, when the file has one. */
  frontMatterTitle?: string;
}
