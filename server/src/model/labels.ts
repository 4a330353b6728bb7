/** Speaker labels: the 问： / 耿爽： / Q: / CCTV: / MS. JEAN-PIERRE: that open a turn. */

import { isHan } from './language';
import { detached, skipSpaces } from './text';

/**
 * What a label says by itself. `reporter` (记者, Journalist) opens a question, or follows one up
 * where the section's questions are labelled 问/Q; `name` is a person (or body) whose role the
 * section decides.
 */
export type LabelClass = 'question' | 'answer' | 'reporter' | 'followUp' | 'outlet' | 'name';

export interface LabelCandidate {
  name: string;
  start: number;
  /** Offset just after the colon (or the spacing that stands for it after a bare Q). */
  end: number;
  textStart: number;
  cls: LabelClass;
}

/** Outlets may be named in title marks: 加拿大《环球邮报》记者： */
const ZH_LABEL = /[\p{Script=Han}A-Za-z0-9·《》]{1,30}[ \u00a0\u3000]*[：:]/uy;
/** Capitalised words, with the small words of outlet names between them (The Globe and Mail:). */
const EN_LABEL = /[A-Z][A-Za-z.'’-]*(?:[ \u00a0](?:[A-Z&][A-Za-z.'’-]*|and|of|the|for|de|du|la|el))*?[ \u00a0]*:/y;
const EN_LABEL_WORDS = 6;
/** A bare `Q` or `A` followed by spacing instead of a colon, as in some White House transcripts. */
const BARE_QA = /([QA])[ \u00a0]{2,}/y;

/** The verbs of a reporter's label: 总台央视记者提问：, 彭博社记者追问：, 会后有记者问及：, 记者解释： */
const REPORTER_VERB = /记者(提问|追问|问及|问|解释)$/;
/**
 * English labels written as a phrase: a question asked after the press conference, a reporter
 * who explains or adds (记者解释： ↔ Journalist explains:).
 */
const EN_FORMULAS: readonly (readonly [RegExp, LabelClass])[] = [
  [/(?:After the press conference, )?the following question was raised(?: after the press conference)?[ \u00a0]*:/iy, 'outlet'],
  [/(?:The )?(?:Journalist|Reporter|Correspondent) (?:explains|explained|adds|added|continues|continued|asks|asked)[ \u00a0]*:/iy, 'followUp'],
];

const ZH_CLASSES: Record<string, LabelClass> = {
  问: 'question',
  提问: 'question',
  答: 'answer',
  回答: 'answer',
  记者: 'reporter',
  追问: 'followUp',
};

const EN_CLASSES: Record<string, LabelClass> = {
  q: 'question',
  question: 'question',
  a: 'answer',
  answer: 'answer',
  journalist: 'reporter',
  reporter: 'reporter',
  questioner: 'reporter',
  'follow-up': 'followUp',
  'follow up': 'followUp',
  followup: 'followUp',
};

/** Words before a colon that start a header line or a note, never a turn. */
const NOT_SPEAKERS = new Set([
  'source', 'editor', 'date', 'time', 'note', 'notes', 'address', 'tel', 'contact', 'appendix',
  'related news', 'attachment', 'photo', 'video', 'update', 'email', 'location', 'title', 'tags',
  'print', 'home', 'url', 'author', 'published', 'modified', 'category', 'keywords', 'subject',
  '来源', '责任编辑', '编辑', '作者', '地址', '电话', '邮编', '时间', '日期', '附件', '链接', '备注', '注',
]);

const OUTLET_WORD =
  /\b(?:News|TV|Times|Post|Daily|Agency|Press|Radio|Broadcast\w*|Journal|Network|Media|Television|Correspondent|Herald|Tribune|Telegraph|Guardian|Bloomberg|Reuters|AFP|AP|CCTV|CGTN|CRI|CNS|NHK|SCMP|BBC|CNN|ABC|CBS|NBC|Kyodo|Yonhap|TASS|Sputnik|RIA|EFE|DPA|ANSA|Xinhua|Phoenix|KBS|MBC|SBS|Asahi|Yomiuri|Nikkei|Jazeera|Globe|Economist|Politico|Axios)\b/;

/** Common Chinese family names; a short label is a person's name only if it starts with one. */
const SURNAMES = new Set(
  Array.from(
    '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝',
  ),
);

const COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '司徒', '夏侯', '端木'];

/** Reads a speaker label at `start`, if the paragraph opens with something shaped like one. */
export function readLabel(text: string, start: number, end: number): LabelCandidate | undefined {
  return readChineseLabel(text, start, end) ?? readFormula(text, start, end) ?? readEnglishLabel(text, start, end) ?? readBareQA(text, start, end);
}

function readFormula(text: string, start: number, end: number): LabelCandidate | undefined {
  for (const [formula, cls] of EN_FORMULAS) {
    formula.lastIndex = start;
    const match = formula.exec(text);
    if (!match || start + match[0].length >= end) continue;
    const labelEnd = start + match[0].length;
    return { name: detached(match[0].replace(/[ \u00a0]*:$/, '')), start, end: labelEnd, textStart: skipSpaces(text, labelEnd, end), cls };
  }
  return undefined;
}

function readChineseLabel(text: string, start: number, end: number): LabelCandidate | undefined {
  if (!isHan(text.charCodeAt(start)) && !/[A-Za-z0-9《]/.test(text[start] ?? '')) return undefined;
  ZH_LABEL.lastIndex = start;
  const match = ZH_LABEL.exec(text);
  if (!match || start + match[0].length > end) return undefined;
  const name = match[0].replace(/[ \u00a0\u3000]*[：:]$/, '');
  if (!/\p{Script=Han}/u.test(name)) return undefined;
  const cls = chineseLabelClass(name);
  if (!cls) return undefined;
  const labelEnd = start + match[0].length;
  return { name: detached(name), start, end: labelEnd, textStart: skipSpaces(text, labelEnd, end), cls };
}

function chineseLabelClass(name: string): LabelClass | undefined {
  if (NOT_SPEAKERS.has(name)) return undefined;
  const known = ZH_CLASSES[name];
  if (known) return known;
  const verb = REPORTER_VERB.exec(name);
  if (verb) return verb[1] === '追问' || verb[1] === '解释' ? 'followUp' : name.length > verb[0].length ? 'outlet' : 'reporter';
  if (name.length > 2 && name.endsWith('记者')) return 'outlet';
  if (name.endsWith('发言人') || name.endsWith('主持人')) return 'name';
  const isName =
    /^\p{Script=Han}{2,4}$/u.test(name) &&
    (SURNAMES.has(name[0]!) || COMPOUND_SURNAMES.some((surname) => name.startsWith(surname) && name.length > 2));
  return isName ? 'name' : undefined;
}

function readEnglishLabel(text: string, start: number, end: number): LabelCandidate | undefined {
  const first = text.charCodeAt(start);
  if (first < 0x41 || first > 0x5a) return undefined;
  EN_LABEL.lastIndex = start;
  const match = EN_LABEL.exec(text);
  if (!match || start + match[0].length > end) return undefined;
  const name = match[0].replace(/[ \u00a0]*:$/, '');
  const key = name.toLowerCase().replace(/\u00a0/g, ' ');
  if (NOT_SPEAKERS.has(key) || key.split(' ').length > EN_LABEL_WORDS || /[ \u00a0](?:and|of|the|for|de|du|la|el)$/.test(name)) return undefined;
  const labelEnd = start + match[0].length;
  const textStart = skipSpaces(text, labelEnd, end);
  if (textStart >= end) return undefined;
  const cls = EN_CLASSES[key] ?? (OUTLET_WORD.test(name) ? 'outlet' : 'name');
  // "Note: 2:30" or a clock time is not a turn; after Q: or A: a number may well start the question.
  if (/\d/.test(text[textStart] ?? '') && cls !== 'question' && cls !== 'answer') return undefined;
  return { name: detached(name), start, end: labelEnd, textStart, cls };
}

function readBareQA(text: string, start: number, end: number): LabelCandidate | undefined {
  BARE_QA.lastIndex = start;
  const match = BARE_QA.exec(text);
  if (!match || start + match[0].length >= end) return undefined;
  const name = match[1]!;
  return { name, start, end: start + 1, textStart: start + match[0].length, cls: name === 'Q' ? 'question' : 'answer' };
}
