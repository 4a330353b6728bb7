/**
 * The aligned pairs of a document as segments to export: the text of each side of a link that
 * pairs Chinese with English paragraphs, and where it stands in its file.
 */
import type { AlignedTexts, SideInput } from '../align';

export interface Segment {
  text: string;
  /** 1-based line of the segment's first paragraph. */
  line: number;
}

export interface SegmentPair {
  zh: Segment;
  en: Segment;
}

/** One language pair's segments, and the names of the files (or the one bilingual file) they come from. */
export interface ExportedDocument {
  zhName: string;
  enName: string;
  pairs: SegmentPair[];
}

/**
 * Paragraphs of one link are joined by a line break, as linkedTexts (align/) joins them: it keeps
 * where one paragraph ended (a reviewer or a tool can split the segment again), and it needs no
 * rule per language, where a space would be wrong between two Chinese paragraphs.
 */
const PARAGRAPH_JOINER = '\n';

export interface SegmentOptions {
  /**
   * Leave out the speaker label that opens a paragraph (问：, A:, Wu Qian:): a translation memory
   * offers what was said, to be inserted after the label the translator already wrote.
   */
  withoutLabels?: boolean;
}

export function exportedDocument(zhName: string, enName: string, aligned: AlignedTexts, options: SegmentOptions = {}): ExportedDocument {
  const pairs: SegmentPair[] = [];
  for (const link of aligned.links) {
    // An omission or an addition has nothing to pair it with: no translation unit.
    if (link.zh.length === 0 || link.en.length === 0) continue;
    const zh = segmentOf(aligned.zh, link.zh, options);
    const en = segmentOf(aligned.en, link.en, options);
    if (zh.text && en.text) pairs.push({ zh, en });
  }
  return { zhName, enName, pairs };
}

function segmentOf(side: SideInput, paragraphs: number[], options: SegmentOptions): Segment {
  const { text, paragraphs: all } = side.briefing;
  const startOf = (index: number) => (options.withoutLabels ? all[index]!.label?.textStart : undefined) ?? all[index]!.start;
  const texts = paragraphs.map((index) => unwrapped(text.slice(startOf(index), all[index]!.end)));
  return { text: texts.filter((t) => t).join(PARAGRAPH_JOINER), line: all[paragraphs[0]!]!.startLine + 1 };
}

/** Line breaks and the spacing around them, inside a paragraph that an export hard-wrapped. */
const WRAP = /[^\S\r\n]*(?:\r\n|\r|\n)\s*/g;
/** Characters written without spaces between them: a wrap between two of them joins with nothing. */
const WIDE_END = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]$/u;
const WIDE_START = /^[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/**
 * A paragraph on one line: a hard-wrapped English paragraph's lines are joined by a space, a
 * Chinese one's by nothing (Chinese puts no space between words).
 */
function unwrapped(paragraph: string): string {
  return paragraph.trim().replace(WRAP, (match: string, offset: number, whole: string) => {
    const before = whole.slice(Math.max(0, offset - 2), offset);
    const after = whole.slice(offset + match.length, offset + match.length + 2);
    return WIDE_END.test(before) && WIDE_START.test(after) ? '' : ' ';
  });
}
