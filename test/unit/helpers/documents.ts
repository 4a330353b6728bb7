/** Generated documents for property tests: briefing-like line soups and raw UTF-16, hostile characters included. */
import fc from 'fast-check';

/** Pieces of briefings: labels, markers, junk, header lines, spacing and characters outside the BMP. */
const FRAGMENTS = [
  // labels
  '问：', '问:', '答：', '答:', '记者：', '追问：', '提问：', '中央广播电视总台央视记者：', '环球时报记者：', '耿爽：', '吴谦:',
  '外交部发言人：', 'Q:', 'A:', 'Q\u00a0\u00a0', 'A  ', 'CCTV:', 'Reuters:', 'Geng Shuang:', 'MS. JEAN-PIERRE:', 'Journalist:',
  'Follow-up:', 'Note: 2:30', '\u3000\u3000问：',
  // markers and false friends
  '一是', '二是', '三是', '第四是', '第一，', '第二，', '第三,', '一、', '二、', '十二、', '（一）', '（二）', '(3)', '首先，', '其次，', '再次，',
  '1.', '2、', 'First,', 'Second,', 'Thirdly,', 'First of all,', 'Secondly,', 'first, ', '; second, ', '; and third, ', '第一次',
  '第一个问题', 'the first time', 'First Lady', 'your first question',
  // junk
  '分享到', '打印本页', '轻触这里,加载下一页', '[字体：大 中 小]', 'Suggest to a friend', 'Related News:', 'Print', 'Copyright©',
  '首页 > 新闻 > 记者会',
  // header
  '2018年12月17日外交部发言人华春莹主持例行记者会', '来源:国防部网 责任编辑:王粲 2023-12-28 16:16:45', '来源：（供稿）2018-12-17',
  '12月28日下午,国防部举行例行记者会,吴谦大校答记者问。', "Regular Press Conference on March 1, 2019", 'Source: Ministry',
  '1:15 P.M. EST', '---', '***', 'title: "某标题"',
  // text
  '中方欢迎峰会取得积极成果。', '我们的立场是一贯的：', '；', '。', '，', '：', ':', ',', '.', '?', '？',
  'We welcome the positive outcome.', 'and ', 'the talks went well',
  // spacing and odd characters
  ' ', '  ', '\t', '\u00a0', '\u3000', '\ufeff', '\u200b', '𠀀', '😀', '\ud800', '\udc00', '\u0000', '\r', '\n', '\r\n',
];

const fragment = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
);
/** Marker lists as they are written, for lines that open with or hold a numbered list. */
const LISTS = [
  ['一是', '；二是', '；三是'],
  ['第一，', '；第二，', '；第三，'],
  ['（一）', '；（二）', '；（三）'],
  ['首先，', '。其次，', '。再次，'],
  ['first, ', '; second, ', '; and third, '],
  ['First, ', '. Second, ', '. Thirdly, '],
];
const OPENERS = ['', '一是', '二是', '三是', '第一，', '第二，', '一、', '二、', '（一）', '（二）', 'First, ', 'Second, ', 'Thirdly, ', '首先，', '其次，'];
const LABELS = ['', '', '问：', '答：', '记者：', '追问：', 'Q: ', 'A: ', 'Follow-up: ', '耿爽：', 'Geng Shuang: ', 'CCTV: ', '中央广播电视总台央视记者：'];
const WORDS = ['坚持开放', '加强合作', 'we support talks', '中方欢迎峰会取得积极成果', '𠀀😀', 'the first time', '第一次'];

/** A line shaped like a turn: indent, label, opening marker, text, maybe an inline list. */
const structuredLine = fc
  .record({
    indent: fc.constantFrom('', '\u3000\u3000', '\u00a0', ' '),
    label: fc.constantFrom(...LABELS),
    opener: fc.constantFrom(...OPENERS),
    text: fc.constantFrom(...WORDS),
    list: fc.option(fc.tuple(fc.constantFrom(...LISTS), fc.integer({ min: 1, max: 3 }), fc.constantFrom(...WORDS)), { nil: undefined }),
    end: fc.constantFrom('。', '.', '？', '', '：'),
  })
  .map(({ indent, label, opener, text, list, end }) => {
    const inline = list ? `：${list[0].slice(0, list[1]).map((marker) => marker + list[2]).join('')}` : '';
    return `${indent}${label}${opener}${text}${inline}${end}`;
  });

const line = fc.oneof(
  fc.array(fragment, { maxLength: 8 }).map((parts) => parts.join('')),
  structuredLine,
);
const lineEnd = fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\r\n\r\n');

/** A briefing-like document: lines of fragments with mixed line ends, maybe a BOM and front matter. */
export const briefingLike = fc
  .record({
    bom: fc.boolean(),
    frontMatter: fc.constantFrom('', '---\ntitle: "标题"\n---\n', '---\r\ntitle: Press Briefing\r\n---\r\n', '---\ntitle:\n---\n', '---\n'),
    lines: fc.array(fc.tuple(line, lineEnd), { maxLength: 40 }),
  })
  .map(({ bom, frontMatter, lines }) => (bom ? '\ufeff' : '') + frontMatter + lines.map(([l, e]) => l + e).join(''));

/** Any sequence of UTF-16 code units, lone surrogates included. */
export const codeUnits = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 200 }).map((units) => String.fromCharCode(...units));
