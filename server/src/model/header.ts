/** Recognizers for the parts of a transcript that are not turns: title, meta lines, junk. */

/** Site furniture that ends a transcript: everything after it is page junk until a new turn. */
const END_OF_TRANSCRIPT =
  /^(?:附件[:：]?$|相关新闻|相关链接|推荐给朋友|轻触这里|分享到|打印本页|关闭窗口|Appendix:?$|Related News|Related Links|Suggest to a friend|Print$|Share(?: this)?:?$)/i;

/** Lines of site furniture that can stand anywhere. */
const JUNK_STARTS = [
  '轻触这里', '分享到', '打印本页', '关闭窗口', '返回顶部', '推荐给朋友', '\\[\\s*字体', '【\\s*字体', '扫一扫', '打开微信', '使用“扫一扫”',
  '版权所有', '联系我们', 'Suggest to a friend', 'Print$', 'Back to top', 'Close window', 'Copyright', 'Contact us', 'All rights reserved',
];
const JUNK = new RegExp(`^(?:${JUNK_STARTS.join('|')})`, 'i');
/** The characters a JUNK line can start with, in either case: one look rules most lines out. */
const JUNK_FIRST_CHARACTERS = new Set(JUNK_STARTS.map((start) => start.replace(/^\\/, '')[0]!).flatMap((c) => [c.toLowerCase(), c.toUpperCase()]));
/** Footers that name themselves anywhere in the line. */
const JUNK_ANYWHERE = /版权所有|Copyright\s*©|ICP备/i;
/** What every JUNK_ANYWHERE footer holds: one quick search before the full pattern. */
const JUNK_ANYWHERE_HINT = /版权|ICP|opyright/;

const BREADCRUMB = /\S[\u00a0 ]*>[\u00a0 ]*\S.*[\u00a0 ]>[\u00a0 ]*\S/;

const META =
  /^(?:(?:来源|责任编辑|编辑|作者|发布时间|时间|日期|地点)\s*[:：]|(?:Source|Editor|Author|Date|Published|Updated|Location)\s*:)/i;
const CLOCK_LINE = /^(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]\.?\s?M\.?)?(?:\s+[A-Z]{2,4})?|\d{4}-\d{2}-\d{2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)$/i;
const PLACE_LINE = /^[\p{L}.\s'’-]{0,60}(?:Briefing Room|Press Room|Press Center|Press Centre|新闻发布厅|蓝厅)$/u;

const TITLE =
  /记者会|发布会|吹风会|新闻发布|答记者问|Press Conference|Press Briefing|Briefing by|News Conference|Media Briefing|Remarks by|Press Gaggle|Background Briefing/i;

/** A lede reports the event: who held the press conference, or who answered questions. */
const LEDE_EVENT = /记者会|发布会|吹风会|答记者问|press conference|briefing|news conference/i;
const LEDE_ACTION = /举行|主持|答记者问|held|hosted|took questions|answered questions/i;

const SEPARATOR = /^(?:-{3,}|\*{3,}|_{3,}|={3,}|—{2,}|(?:\*\s*){3,}|(?:[※＊★☆]\s*){3,})$/

/** After the full stop, a closing quote, and a stage direction in brackets: …。（记者笑） */
const SENTENCE_END = /[。！？.!?]["”’」）)]?(?:\s*[（(][^（()）]{1,20}[)）])?$/;

export function isEndOfTranscript(paragraph: string): boolean {
  return END_OF_TRANSCRIPT.test(paragraph);
}

export function isJunk(paragraph: string): boolean {
  return (
    (JUNK_FIRST_CHARACTERS.has(paragraph[0] ?? '') && JUNK.test(paragraph)) ||
    (JUNK_ANYWHERE_HINT.test(paragraph) && JUNK_ANYWHERE.test(paragraph)) ||
    (paragraph.length < 160 && paragraph.includes('>') && BREADCRUMB.test(paragraph))
  );
}

export function isMeta(paragraph: string): boolean {
  return (
    META.test(paragraph) ||
    (paragraph.length <= 40 && CLOCK_LINE.test(paragraph)) ||
    (paragraph.length <= 80 && /(?:Room|Center|Centre|厅)$/.test(paragraph) && PLACE_LINE.test(paragraph))
  );
}

/** A title names the event; a paragraph that reports it in a sentence is a lede instead. */
export function isTitle(paragraph: string): boolean {
  return paragraph.length <= 160 && TITLE.test(paragraph) && !SENTENCE_END.test(paragraph);
}

/** A short heading-like first line (国防部:全面推进…) stands as the title when nothing else does. */
export function couldBeTitle(paragraph: string): boolean {
  return paragraph.length <= 80 && !SENTENCE_END.test(paragraph);
}

export function isLede(paragraph: string): boolean {
  return LEDE_EVENT.test(paragraph) && LEDE_ACTION.test(paragraph);
}

export function isSeparator(paragraph: string): boolean {
  return SEPARATOR.test(paragraph);
}
