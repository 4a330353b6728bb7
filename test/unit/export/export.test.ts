/**
 * Export of aligned pairs: TMX 1.4 (structure, escaping, read back to the same pairs) and TSV, on
 * hand-written samples and on a real archive pair (../shared/archive; skipped, with a note, where
 * it is absent).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { alignBilingual, alignTexts, type AlignedTexts } from '../../../server/src/align';
import { exportedDocument, exportTexts, toTmx, toTsv, tsvField, xmlAttribute, xmlText, type ExportedDocument } from '../../../server/src/export';
import { builtinEntries, TermIndex } from '../../../server/src/glossary';
import { readTmx } from './tmxStructure';

const terms = new TermIndex(builtinEntries());
const OPTIONS = { toolVersion: '9.9.9' };

const ZH = ['国防部例行记者会', '记者：请介绍中美两军对话的情况。', '吴谦：中美两军举行了第3次对话，双方同意保持沟通。', '记者：据报道，演习将在12月举行。请证实。', '吴谦：我们会适时发布消息。'].join('\n\n');
const EN = ['Regular Press Conference of the Ministry of National Defense', 'Journalist: Could you brief us on the dialogue between the two militaries of China and the US?', 'Wu Qian: The Chinese and US militaries held their 3rd dialogue, and the two sides agreed to keep communicating.', 'Journalist: It is reported that the exercise will take place in December. Could you confirm it?', 'Wu Qian: We will release information in due course.'].join('\n\n');

function aligned(zh: string, en: string): AlignedTexts {
  const result = alignTexts(zh, en, terms);
  assert.equal(result.kind, 'aligned');
  return result as AlignedTexts;
}

/** A document written by hand: the export's text rules, apart from the alignment. */
function handMade(pairs: [string, string][]): ExportedDocument {
  return { zhName: 'a.zh.txt', enName: 'a.en.txt', pairs: pairs.map(([zh, en], i) => ({ zh: { text: zh, line: i + 1 }, en: { text: en, line: i + 1 } })) };
}

describe('aligning texts as the server does', () => {
  it('pairs the paragraphs of two texts, and of one bilingual text', () => {
    const two = aligned(ZH, EN);
    assert.equal(two.links.filter((l) => l.zh.length > 0 && l.en.length > 0).length, 5);
    const one = alignBilingual(`${ZH}\n\n${EN}\n`, terms);
    assert.equal(one.kind, 'aligned');
    assert.equal((one as AlignedTexts).zh.briefing, (one as AlignedTexts).en.briefing);
    assert.equal((one as AlignedTexts).links.length, 5);
  });

  it('says which language is missing rather than aligning nothing', () => {
    assert.deepEqual(alignTexts(ZH, ZH, terms), { kind: 'unaligned', reason: 'no English text found' });
    assert.deepEqual(alignBilingual(EN, terms), { kind: 'unaligned', reason: 'no Chinese text found' });
  });
});

describe('segments', () => {
  it('are the paired paragraphs with their 1-based lines; a paragraph without counterpart is left out', () => {
    const zh = ZH.split('\n\n');
    const en = EN.split('\n\n');
    // The English leaves out the second exchange's answer.
    const document = exportedDocument('z', 'e', aligned(zh.join('\n\n'), en.slice(0, 4).join('\n\n')));
    assert.deepEqual(
      document.pairs.map((p) => [p.zh.line, p.en.line]),
      [
        [1, 1],
        [3, 3],
        [5, 5],
        [7, 7],
      ],
    );
    assert.equal(document.pairs[1]!.en.text, en[1]);
  });

  it('join the lines of a hard-wrapped paragraph: English with a space, Chinese with nothing', () => {
    // Wrapped where a line reaches some 40 characters: the model joins such lines into one paragraph.
    const wrappedZh = ['国防部例行记者会', '记者：请介绍中美两军对话的情况。', '吴谦：中美两军近日举行了第3次防务政策协调对话，双方就两军关系和共同关心的国际地区安全问题深入交换了意见，\n同意继续保持沟通。'].join('\n\n');
    const wrappedEn = ['Regular Press Conference of the Ministry of National Defense', 'Journalist: Could you brief us on the dialogue between the two militaries?', 'Wu Qian: The two militaries held their 3rd dialogue and agreed to keep\ncommunicating, which serves the common interests of both sides and their\nhealthy and stable development.'].join('\n\n');
    const [, , answer] = exportedDocument('z', 'e', aligned(wrappedZh, wrappedEn)).pairs;
    assert.equal(answer!.zh.text, '吴谦：中美两军近日举行了第3次防务政策协调对话，双方就两军关系和共同关心的国际地区安全问题深入交换了意见，同意继续保持沟通。');
    assert.equal(answer!.en.text, 'Wu Qian: The two militaries held their 3rd dialogue and agreed to keep communicating, which serves the common interests of both sides and their healthy and stable development.');
  });

  it('join the paragraphs of one link with a line break', () => {
    const joined: AlignedTexts = { ...aligned(ZH, EN) };
    joined.links = [{ zh: [1, 2], en: [1], confidence: 1 }];
    const [pair] = exportedDocument('z', 'e', joined).pairs;
    assert.equal(pair!.zh.text, '记者：请介绍中美两军对话的情况。\n吴谦：中美两军举行了第3次对话，双方同意保持沟通。');
    assert.equal(pair!.zh.line, 3);
  });
});

describe('TMX', () => {
  it('is TMX 1.4 with the header TMX requires, one unit per pair, zh-CN and en variants, and reads back to the same pairs', () => {
    const tmx = exportTexts([{ zhName: 'b.zh.txt', enName: 'b.en.txt', zhText: ZH, enText: EN }], terms, OPTIONS).tmx;
    const read = readTmx(tmx);
    assert.deepEqual(read.header, {
      creationtool: 'briefing-qa',
      creationtoolversion: '9.9.9',
      segtype: 'paragraph',
      'o-tmf': 'briefing-transcripts',
      adminlang: 'en',
      srclang: 'zh-CN',
      datatype: 'plaintext',
    });
    const zh = ZH.split('\n\n');
    const en = EN.split('\n\n');
    assert.deepEqual(
      read.units,
      zh.map((text, i) => ({ variants: { 'zh-CN': text, en: en[i] }, props: { 'x-zh-source': `b.zh.txt:${2 * i + 1}`, 'x-en-source': `b.en.txt:${2 * i + 1}` } })),
    );
  });

  it('escapes &, <, > and keeps quotes; a carriage return survives as a reference', () => {
    const text = `AT&T <b>bold</b> "quoted" 'single' ]]> R&D\r\nline`;
    const tmx = toTmx([handMade([[text, text]])], OPTIONS);
    assert.ok(!tmx.includes('<b>'));
    assert.ok(tmx.includes('AT&amp;T &lt;b&gt;bold&lt;/b&gt; "quoted" \'single\' ]]&gt; R&amp;D&#13;\nline'));
    assert.equal(readTmx(tmx).units[0]!.variants['en'], text);
  });

  it('removes the characters XML 1.0 forbids: C0 controls but tab and line breaks, lone surrogates, U+FFFE, U+FFFF', () => {
    const text = 'a\u0000b\u0001c\u0008d\u000be\u000cf\u001fg\uffffh\ufffei\ud800j\udc00k\tl𠀀m';
    assert.equal(xmlText(text), 'abcdefghijk\tl𠀀m');
    const tmx = toTmx([handMade([[text, '中文\u0007']])], OPTIONS);
    const unit = readTmx(tmx).units[0]!;
    assert.equal(unit.variants['zh-CN'], 'abcdefghijk\tl𠀀m');
    assert.equal(unit.variants['en'], '中文');
  });

  it('escapes quotes, tabs and line breaks in attribute values', () => {
    assert.equal(xmlAttribute(`a"b'c&d<e>f\tg\nh`), 'a&quot;b&apos;c&amp;d&lt;e&gt;f&#9;g&#10;h');
    const tmx = toTmx([], { toolVersion: '1.0 "beta" & <rc>' });
    assert.equal(readTmx(tmx).header['creationtoolversion'], '1.0 "beta" & <rc>');
  });

  it('writes a creation date only when asked, in TMX form', () => {
    assert.ok(!toTmx([], OPTIONS).includes('creationdate'));
    const tmx = toTmx([], { ...OPTIONS, creationDate: new Date(Date.UTC(2026, 11, 3, 14, 15, 0, 123)) });
    assert.equal(readTmx(tmx).header['creationdate'], '20261203T141500Z');
  });

  it('file names with XML characters stay readable in the properties', () => {
    const document = { ...handMade([['中', 'China']]), zhName: 'R&D <1>.zh.txt' };
    assert.equal(readTmx(toTmx([document], OPTIONS)).units[0]!.props['x-zh-source'], 'R&D <1>.zh.txt:1');
  });

  it('the checker of the tests rejects what is not TMX 1.4', () => {
    const good = toTmx([handMade([['中', 'China']])], OPTIONS);
    assert.throws(() => readTmx(good.replace('version="1.4"', 'version="1.3"')), /not 1\.4/);
    assert.throws(() => readTmx(good.replace(' srclang="zh-CN"', '')), /without srclang/);
    assert.throws(() => readTmx(good.replace('<seg>中</seg>', '')), /without <seg>/);
    assert.throws(() => readTmx(good.replace('      <prop type="x-zh-source">', '      <tuv xml:lang="de"><seg>x</seg></tuv><prop type="x-zh-source">')), /out of order/);
    assert.throws(() => readTmx(good.replace('China', 'Chi\u0001na')), /not well-formed/);
    assert.throws(() => readTmx(good.replace('China', 'AT&T')), /not well-formed/);
  });
});

describe('TSV', () => {
  it('has a header, then zh<TAB>en per pair; tabs and line breaks inside a segment become one space', () => {
    const tsv = toTsv([handMade([
      ['第一段\n第二段', 'First\tparagraph\r\nSecond paragraph'],
      ['"引号" & <标签>', "it's \u2028 here"],
    ])]);
    assert.equal(tsv, 'zh-CN\ten\n第一段 第二段\tFirst paragraph Second paragraph\n"引号" & <标签>\tit\'s here\n');
    for (const line of tsv.trimEnd().split('\n')) assert.equal(line.split('\t').length, 2);
  });

  it('a field is trimmed of the breaks around it', () => {
    assert.equal(tsvField('\n\ttext\t\n'), 'text');
  });
});

const ARCHIVE = join(__dirname, '..', '..', '..', '..', 'shared', 'archive');
const PAIR = 'mfa-2019-02-11';
const skip = existsSync(join(ARCHIVE, `${PAIR}.zh.txt`)) ? undefined : `no ${PAIR} in ${ARCHIVE}`;
if (skip) console.log(`TMX export of an archive pair skipped: ${skip}`);

describe('TMX of an archive pair', { skip }, () => {
  it('validates against the TMX 1.4 structure and reads back to the aligned pairs', () => {
    const zhText = readFileSync(join(ARCHIVE, `${PAIR}.zh.txt`), 'utf8');
    const enText = readFileSync(join(ARCHIVE, `${PAIR}.en.txt`), 'utf8');
    const document = exportedDocument(`${PAIR}.zh.txt`, `${PAIR}.en.txt`, aligned(zhText, enText));
    const read = readTmx(toTmx([document], OPTIONS));
    // The pair is a whole briefing: some 30 exchanges of question and answer.
    assert.ok(document.pairs.length > 50, `${document.pairs.length} pairs`);
    assert.deepEqual(
      read.units.map((u) => [u.variants['zh-CN'], u.variants['en'], u.props['x-zh-source'], u.props['x-en-source']]),
      document.pairs.map((p) => [p.zh.text, p.en.text, `${PAIR}.zh.txt:${p.zh.line}`, `${PAIR}.en.txt:${p.en.line}`]),
    );
    // The title pairs with the title: the units are in text order from the start.
    assert.match(read.units[0]!.variants['zh-CN']!, /外交部发言人华春莹主持例行记者会/);
    assert.match(read.units[0]!.variants['en']!, /Regular Press Conference/);
    const tsvLines = toTsv([document]).trimEnd().split('\n');
    assert.equal(tsvLines.length, document.pairs.length + 1);
  });
});
