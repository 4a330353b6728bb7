/** Document symbols, folding, selection ranges and workspace symbols on in-memory documents. */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { documentSymbols } from '../../../server/src/features/documentSymbols';
import { foldingRanges } from '../../../server/src/features/foldingRanges';
import { DEFAULT_OUTLINE_OPTIONS } from '../../../server/src/features/outline';
import { enclosingSpans } from '../../../server/src/features/selectionRanges';
import { fuzzyMatcher, workspaceSymbols } from '../../../server/src/features/workspaceSymbols';
import { parseBriefing } from '../../../server/src/model';

function open(text: string) {
  const document = TextDocument.create('untitled:test', 'briefing', 1, text);
  return { document, briefing: parseBriefing(text) };
}

function names(symbols: DocumentSymbol[], depth = 0): string[] {
  return symbols.flatMap((s) => [`${'  '.repeat(depth)}${s.name}`, ...names(s.children ?? [], depth + 1)]);
}

/** The outline of `text` as rows of names, each indented two spaces per level. */
const outlineRows = (text: string, options = DEFAULT_OUTLINE_OPTIONS) => names(documentSymbols(open(text).briefing, options));

const INLINE = [
  '2026年3月2日外交部发言人例行记者会',
  '',
  '问：请谈谈会议的成果？',
  '',
  '答：会议达成三点共识：一是加强对话；二是深化合作；三是管控分歧。这是重要进展。',
  '',
  '问：你对第一次会谈有何评论？',
  '',
  '答：首先，我们欢迎会谈。',
].join('\n');

describe('document symbols', () => {
  it('names exchanges by label and first clause; a single answer\'s inline points stand under its question', () => {
    assert.deepEqual(outlineRows(INLINE), [
      '2026年3月2日外交部发言人例行记者会',
      '问: 请谈谈会议的成果？',
      '  一是 加强对话',
      '  二是 深化合作',
      '  三是 管控分歧',
      '问: 你对第一次会谈有何评论？',
    ]);
  });

  it('keeps a row for each answer when a question has several', () => {
    const text = [
      '问：请谈谈会议的成果？',
      '',
      '答：会议达成两点共识：一是加强对话；二是深化合作。',
      '',
      '答：补充一点，首先，会谈是坦诚的；其次，会谈是务实的。',
      '',
      '问：你对第一次会谈有何评论？',
      '',
      '答：我们欢迎会谈：一是增进了解；二是扩大合作。',
    ].join('\n');
    assert.deepEqual(outlineRows(text), [
      '问: 请谈谈会议的成果？',
      '  答: 会议达成两点共识：一是加强对话',
      '    一是 加强对话',
      '    二是 深化合作',
      '  答: 补充一点，首先，会谈是坦诚的',
      '    首先，会谈是坦诚的',
      '    其次，会谈是务实的',
      '问: 你对第一次会谈有何评论？',
      '  一是 增进了解',
      '  二是 扩大合作',
    ]);
  });

  it('shows the points of a question and then those of its one answer, without a row for the answer', () => {
    const text = ['问：我有两个问题。第一，会谈何时举行？第二，谁将出席？', '', '答：关于第一个问题，会谈下周举行。关于第二个问题，双方外长出席。'].join('\n');
    assert.deepEqual(outlineRows(text), [
      '问: 我有两个问题',
      '  第一，会谈何时举行？',
      '  第二，谁将出席？',
      '  关于第一个问题，会谈下周举行',
      '  关于第二个问题，双方外长出席',
    ]);
  });

  it('gives a follow-up a row that spans the answer after it, whose points stand under it', () => {
    const text = [
      'Q: Will the talks go ahead?', '', 'A: Yes.', '',
      'Follow-up: What will they cover?', '', 'A: Two things. First, trade. Second, climate.', '',
      'Q: Any comment?', '', 'A: No comment.',
    ].join('\n');
    const { briefing } = open(text);
    const symbols = documentSymbols(briefing, DEFAULT_OUTLINE_OPTIONS);
    assert.deepEqual(names(symbols), ['Q: Will the talks go ahead?', '  Follow-up: What will they cover?', '    First, trade', '    Second, climate', 'Q: Any comment?']);
    const followUp = symbols[0]!.children![0]!;
    assert.equal(followUp.detail, 'follow-up');
    assert.deepEqual([followUp.range.start.line, followUp.range.end.line], [4, 6]);
  });

  it('gives each node a kind and a selection range inside its range', () => {
    const { document, briefing } = open(INLINE);
    const symbols = documentSymbols(briefing, DEFAULT_OUTLINE_OPTIONS);
    const all = (list: DocumentSymbol[]): DocumentSymbol[] => list.flatMap((s) => [s, ...all(s.children ?? [])]);
    for (const symbol of all(symbols)) {
      const { range, selectionRange } = symbol;
      const before = (a: { line: number; character: number }, b: { line: number; character: number }) =>
        a.line < b.line || (a.line === b.line && a.character <= b.character);
      assert.ok(before(range.start, selectionRange.start) && before(selectionRange.end, range.end), symbol.name);
    }
    assert.deepEqual(all(symbols).map((s) => s.kind), [
      SymbolKind.File,
      SymbolKind.String,
      SymbolKind.Number,
      SymbolKind.Number,
      SymbolKind.Number,
      SymbolKind.String,
    ]);
    const point = all(symbols).find((s) => s.name === '二是 深化合作')!;
    assert.equal(document.getText(point.selectionRange), '二是');
  });

  it('leaves inline points out when the setting says so, and cuts long names by columns', () => {
    const { briefing } = open(INLINE);
    const symbols = documentSymbols(briefing, { inlinePoints: false, nameLength: 24 });
    // 24 columns hold 12 Han characters; the speaker's name and colon count towards them.
    assert.deepEqual(names(symbols), [
      '2026年3月2日外交部发言人例行记者会',
      '问: 请谈谈会议的成果？',
      '问: 你对第一次会谈有何…',
    ]);
  });

  it('keeps ranges right after characters outside the BMP', () => {
    const text = '问：𠀀𠀀问题？\n\n答：😀回答：一是甲；二是乙。';
    const { document, briefing } = open(text);
    const all = (list: DocumentSymbol[]): DocumentSymbol[] => list.flatMap((s) => [s, ...all(s.children ?? [])]);
    const points = all(documentSymbols(briefing, DEFAULT_OUTLINE_OPTIONS)).filter((s) => s.kind === SymbolKind.Number);
    assert.deepEqual(points.map((p) => document.getText(p.selectionRange)), ['一是', '二是']);
  });
});

describe('folding ranges', () => {
  it('folds each exchange and multi-line turn once per start line', () => {
    const { briefing } = open(INLINE);
    assert.deepEqual(foldingRanges(briefing), [
      { startLine: 2, endLine: 4 },
      { startLine: 6, endLine: 8 },
    ]);
  });
});

describe('selection ranges', () => {
  it('goes from the sentence out to the whole document, each inside the next', () => {
    const { briefing } = open(INLINE);
    const offset = INLINE.indexOf('深化合作');
    const spans = enclosingSpans(briefing, offset).map((s) => INLINE.slice(s.start, s.end));
    assert.deepEqual(spans, [
      INLINE,
      '问：请谈谈会议的成果？\n\n答：会议达成三点共识：一是加强对话；二是深化合作；三是管控分歧。这是重要进展。',
      '答：会议达成三点共识：一是加强对话；二是深化合作；三是管控分歧。这是重要进展。',
      '答：会议达成三点共识：一是加强对话；二是深化合作；三是管控分歧。',
      '二是深化合作',
    ]);
  });
});

describe('workspace symbols', () => {
  it('matches Latin queries as subsequences and Chinese queries as substrings', () => {
    assert.equal(fuzzyMatcher('fsec')('First, security'), true);
    assert.equal(fuzzyMatcher('xyz')('First, security'), false);
    assert.equal(fuzzyMatcher('深化')('二是 深化合作'), true);
    assert.equal(fuzzyMatcher('二合')('二是 深化合作'), false);
  });

  it('lists exchanges and points with their container', () => {
    const { document, briefing } = open(INLINE);
    const symbols = workspaceSymbols([{ document, briefing }], '管控', DEFAULT_OUTLINE_OPTIONS);
    assert.deepEqual(
      symbols.map((s) => [s.name, s.containerName]),
      [['三是 管控分歧', '答: 会议达成三点共识：一是加强对话']],
    );
  });
});

describe('several briefings in one file', () => {
  it('gives each its own top-level entry, named by its title, with its own exchanges', () => {
    const day = (date: string, question: string) => [`${date}外交部发言人例行记者会`, '', `问：${question}`, '', '答：我们注意到有关报道。', ''];
    const text = [
      ...day('2026年3月2日', '请谈谈会议的成果？'),
      '相关新闻',
      '',
      '2026年3月1日外交部发言人例行记者会',
      '',
      ...day('2026年3月3日', '中方对此有何评论？'),
    ].join('\n');
    const { briefing } = open(text);
    const symbols = documentSymbols(briefing, DEFAULT_OUTLINE_OPTIONS);
    assert.deepEqual(
      symbols.map((s) => [s.name, s.detail]),
      [
        ['2026年3月2日外交部发言人例行记者会', '中文'],
        ['2026年3月3日外交部发言人例行记者会', '中文'],
      ],
    );
    assert.deepEqual(
      symbols.map((s) => (s.children ?? []).filter((c) => c.name.startsWith('问')).length),
      [1, 1],
    );
  });
});

describe('an exchange without a question', () => {
  it('is named after its first answer, which does not stand again under it', () => {
    const text = ['Wu Qian: The year marks a new start for cooperation.', '', 'First, exchanges deepened.', '', 'Second, training expanded.', '', 'Q: Any comment?', '', 'A: No comment.', '', 'A: Nothing to add.'].join('\n');
    assert.deepEqual(outlineRows(text, { ...DEFAULT_OUTLINE_OPTIONS, nameLength: 60 }), [
      'Wu Qian: The year marks a new start for cooperation',
      '  First, exchanges deepened',
      '  Second, training expanded',
      'Q: Any comment?',
      '  A: No comment',
      '  A: Nothing to add',
    ]);
  });
});

