/** User glossary files in every format, read through parseGlossary: entries, problems and their lines. */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { glossaryFormat, parseGlossary } from '../../../server/src/glossary';
import type { GlossaryEntry, LoadedGlossary } from '../../../server/src/glossary';
import { render } from '../../../server/src/l10n';

const URI = 'file:///work/terms/my%20terms.glossary';

function load(fileName: string, lines: string[] | string): LoadedGlossary {
  return parseGlossary(fileName, `${URI}.${fileName.split('.').pop()}`, Array.isArray(lines) ? lines.join('\n') : lines);
}

/** zh, en, note and line of each entry, for one deepEqual. */
function summary(entries: GlossaryEntry[]) {
  return entries.map((e) => ({ zh: e.zh, en: e.en, note: e.note, line: e.source.kind === 'user' ? e.source.line : -1 }));
}

describe('glossary formats', () => {
  it('knows its formats by extension, case-insensitively', () => {
    assert.equal(glossaryFormat('terms.glossary.tsv'), 'tsv');
    assert.equal(glossaryFormat('BASE.TBX'), 'tbx');
    assert.equal(glossaryFormat('x.csv'), 'csv');
    assert.equal(glossaryFormat('x.json'), 'json');
    assert.equal(glossaryFormat('x.txt'), undefined);
    assert.equal(glossaryFormat('tsv'), undefined);
  });

  it('rejects an unknown extension with one problem that names the file and the formats', () => {
    const loaded = load('notes.txt', '中国\tChina');
    assert.equal(loaded.entries.length, 0);
    assert.equal(loaded.problems.length, 1);
    assert.equal(loaded.problems[0]!.line, 0);
    assert.match(render(loaded.problems[0]!.message), /notes\.txt is not a glossary/);
    assert.match(render(loaded.problems[0]!.message), /\.tsv, \.csv, \.json or \.tbx/);
  });
});

describe('TSV (OmegaT) glossaries', () => {
  it('reads term, rendering and optional comment, with Chinese in either column', () => {
    const loaded = load('g.tsv', [
      '东部战区\tEastern Theater Command\tone of five theater commands',
      'Southern Theater Command\t南部战区',
      '海警\tChina Coast Guard\t',
    ]);
    assert.deepEqual(loaded.problems, []);
    assert.deepEqual(summary(loaded.entries), [
      { zh: ['东部战区'], en: ['Eastern Theater Command'], note: 'one of five theater commands', line: 0 },
      { zh: ['南部战区'], en: ['Southern Theater Command'], note: undefined, line: 1 },
      { zh: ['海警'], en: ['China Coast Guard'], note: undefined, line: 2 },
    ]);
    assert.deepEqual(loaded.entries[0]!.source, { kind: 'user', uri: `${URI}.tsv`, line: 0 });
    assert.ok(!('note' in loaded.entries[1]!), 'an entry without a comment has no note property');
  });

  it('skips # comments, blank lines and a header row, and keeps line numbers of the file', () => {
    const loaded = load('g.tsv', [
      'term\ttranslation\tcomment',
      '# my terms for the spring briefings',
      '',
      '   ',
      '\t\t',
      '联演\tjoint exercise',
      '  # an indented comment',
      '演训\ttraining exercise\tsee # in notes is fine',
    ]);
    assert.deepEqual(loaded.problems, []);
    assert.deepEqual(summary(loaded.entries), [
      { zh: ['联演'], en: ['joint exercise'], note: undefined, line: 5 },
      { zh: ['演训'], en: ['training exercise'], note: 'see # in notes is fine', line: 7 },
    ]);
  });

  it('skips header rows in any of the usual spellings', () => {
    for (const header of ['zh\ten\tnote', 'Chinese\tEnglish', 'source\ttarget', 'Term\tTranslation\tComment', 'en\tzh']) {
      const loaded = load('g.tsv', [header, '台海\tTaiwan Strait']);
      assert.deepEqual(loaded.problems, [], header);
      assert.equal(loaded.entries.length, 1, header);
      assert.equal(loaded.entries[0]!.source.line, 1, header);
    }
  });

  it('splits " | " variants, preferred first, in both columns', () => {
    const loaded = load('g.tsv', ['上海合作组织 | 上合组织\tShanghai Cooperation Organization | SCO\tfounded 2001']);
    assert.deepEqual(loaded.entries[0]!.zh, ['上海合作组织', '上合组织']);
    assert.deepEqual(loaded.entries[0]!.en, ['Shanghai Cooperation Organization', 'SCO']);
    assert.equal(loaded.entries[0]!.note, 'founded 2001');
    const swapped = load('g.tsv', ['Global Development Initiative | GDI\t全球发展倡议']);
    assert.deepEqual(swapped.entries[0]!.zh, ['全球发展倡议']);
    assert.deepEqual(swapped.entries[0]!.en, ['Global Development Initiative', 'GDI']);
  });

  it('drops empty variants and trims cells', () => {
    const loaded = load('g.tsv', ['  北斗 |  | 北斗系统 \t BeiDou \t  satellite navigation  ']);
    assert.deepEqual(loaded.entries[0]!.zh, ['北斗', '北斗系统']);
    assert.deepEqual(loaded.entries[0]!.en, ['BeiDou']);
    assert.equal(loaded.entries[0]!.note, 'satellite navigation');
  });

  it('ignores a byte-order mark (so the header is still a header) and \\r\\n line ends', () => {
    const loaded = load('g.tsv', '\ufeffzh\ten\tnote\r\n军演\tmilitary exercise\r\n\r\n巡航\tpatrol\tby air\r\n');
    assert.deepEqual(loaded.problems, []);
    assert.deepEqual(summary(loaded.entries), [
      { zh: ['军演'], en: ['military exercise'], note: undefined, line: 1 },
      { zh: ['巡航'], en: ['patrol'], note: 'by air', line: 3 },
    ]);
  });

  it('counts a lone \\r as a line end too', () => {
    const loaded = load('g.tsv', '军演\tmilitary exercise\r巡航\r巡逻\tpatrol');
    assert.equal(loaded.entries.length, 2);
    assert.deepEqual(loaded.problems.map((p) => p.line), [1]);
    assert.equal(loaded.entries[1]!.source.line, 2);
  });

  it('turns each malformed line into a problem on its line, saying what is wrong, and loads the rest', () => {
    const loaded = load('g.tsv', [
      'zh\ten\tnote', // 0 header
      '国防部\tMinistry of National Defense', // 1
      '空军', // 2 no rendering
      '\tNavy', // 3 no term
      'Army\tGround Force', // 4 both English
      '陆军\t地面部队', // 5 both Chinese
      '火箭军\tRocket Force', // 6
      '海军\t\tnote without rendering', // 7
      '战略支援部队 | \t', // 8 no rendering after trimming
      '', // 9
      '武警\tPeople\'s Armed Police', // 10
    ]);
    assert.equal(loaded.entries.length, 3);
    assert.deepEqual(loaded.entries.map((e) => e.source.line), [1, 6, 10]);
    assert.deepEqual(loaded.problems.map((p) => p.line), [2, 3, 4, 5, 7, 8]);
    const [noRendering, noTerm, bothEnglish, bothChinese, emptyRendering, emptyAfterTrim] = loaded.problems.map((p) => render(p.message));
    assert.match(noRendering!, /"空军" has no rendering/);
    assert.match(noRendering!, /a tab/);
    assert.match(noTerm!, /term is empty/);
    assert.match(bothEnglish!, /Neither "Army" nor "Ground Force" is Chinese/);
    assert.match(bothChinese!, /Both "陆军" and "地面部队" are Chinese/);
    assert.match(emptyRendering!, /"海军" has no rendering/);
    assert.match(emptyAfterTrim!, /has no rendering/);
  });

  it('loads an empty file as nothing, without problems', () => {
    assert.deepEqual(load('g.tsv', ''), { entries: [], problems: [] });
    assert.deepEqual(load('g.tsv', '\ufeff\n\n# only a comment\n'), { entries: [], problems: [] });
  });
});

describe('CSV glossaries', () => {
  it('reads quoted fields holding commas and doubled quotes, with a header and comment lines', () => {
    const loaded = load('g.csv', [
      'term,translation,comment', // 0
      '# exported from OmegaT', // 1
      '"一带一路","Belt and Road Initiative, BRI","also ""One Belt, One Road"""', // 2
      '香山论坛,Xiangshan Forum', // 3
      '', // 4
      'Beijing Xiangshan Forum,北京香山论坛,"security forum, held in autumn"', // 5
    ]);
    assert.deepEqual(loaded.problems, []);
    assert.deepEqual(summary(loaded.entries), [
      { zh: ['一带一路'], en: ['Belt and Road Initiative, BRI'], note: 'also "One Belt, One Road"', line: 2 },
      { zh: ['香山论坛'], en: ['Xiangshan Forum'], note: undefined, line: 3 },
      { zh: ['北京香山论坛'], en: ['Beijing Xiangshan Forum'], note: 'security forum, held in autumn', line: 5 },
    ]);
  });

  it('splits " | " variants and ignores a byte-order mark and \\r\\n', () => {
    const loaded = load('g.csv', '\ufeffzh,en,note\r\n上海合作组织 | 上合组织,Shanghai Cooperation Organization | SCO\r\n');
    assert.deepEqual(loaded.problems, []);
    assert.deepEqual(summary(loaded.entries), [
      { zh: ['上海合作组织', '上合组织'], en: ['Shanghai Cooperation Organization', 'SCO'], note: undefined, line: 1 },
    ]);
  });

  it('reports problems on the right lines after a quoted field that spans lines, and loads the rest', () => {
    const loaded = load('g.csv', [
      'zh,en,note', // 0
      '南海,South China Sea,"a note', // 1
      'on two lines"', // 2
      '东海', // 3 no rendering
      '# skipped', // 4
      'Yellow Sea,Bohai', // 5 both English
      '黄海,Yellow Sea', // 6
      ',Bohai Sea', // 7 no term
    ]);
    assert.equal(loaded.entries.length, 2);
    assert.equal(loaded.entries[0]!.note, 'a note\non two lines');
    assert.equal(loaded.entries[1]!.source.line, 6);
    assert.deepEqual(loaded.problems.map((p) => p.line), [3, 5, 7]);
    assert.match(render(loaded.problems[0]!.message), /"东海" has no rendering/);
    assert.match(render(loaded.problems[1]!.message), /Neither "Yellow Sea" nor "Bohai" is Chinese/);
    assert.match(render(loaded.problems[2]!.message), /term is empty/);
  });

  it('tolerates a stray quote inside a field', () => {
    const loaded = load('g.csv', ['中国,China,"x"y"', '美国,USA']);
    assert.equal(loaded.entries.length, 2);
    assert.deepEqual(loaded.problems, []);
  });

  it('reports an unclosed quote as not valid CSV, on the line where it opens', () => {
    const loaded = load('g.csv', ['中国,China', '日本,Japan', '美国,"USA']);
    assert.equal(loaded.problems.length, 1);
    assert.equal(loaded.problems[0]!.line, 2);
    assert.match(render(loaded.problems[0]!.message), /Not valid CSV/);
    assert.match(render(loaded.problems[0]!.message), /Quote Not Closed/i);
  });
});

describe('JSON glossaries', () => {
  it('reads an array of {zh, en, note} with each entry on its line', () => {
    const loaded = load('g.json', [
      '[', // 0
      '  {"zh": "台湾海峡", "en": "Taiwan Strait", "note": "not \\"Formosa Strait\\""},', // 1
      '  {', // 2
      '    "en": "Joint Sword",', // 3
      '    "zh": "联合利剑"', // 4
      '  }', // 5
      ']', // 6
    ]);
    assert.deepEqual(loaded.problems, []);
    assert.deepEqual(summary(loaded.entries), [
      { zh: ['台湾海峡'], en: ['Taiwan Strait'], note: 'not "Formosa Strait"', line: 1 },
      { zh: ['联合利剑'], en: ['Joint Sword'], note: undefined, line: 4 },
    ]);
  });

  it('reads {source, target, comment}, with English as the source', () => {
    const loaded = load('g.json', [
      '[',
      '  {"source": "white paper", "target": "白皮书", "comment": "policy document"},',
      '  {"source": "国防白皮书", "target": "defense white paper"}',
      ']',
    ]);
    assert.deepEqual(loaded.problems, []);
    assert.deepEqual(summary(loaded.entries), [
      { zh: ['白皮书'], en: ['white paper'], note: 'policy document', line: 1 },
      { zh: ['国防白皮书'], en: ['defense white paper'], note: undefined, line: 2 },
    ]);
  });

  it('reads arrays of forms, preferred first', () => {
    const loaded = load('g.json', '[{"zh": ["上海合作组织", "上合组织"], "en": ["Shanghai Cooperation Organization", "SCO"]}]');
    assert.deepEqual(loaded.problems, []);
    assert.deepEqual(loaded.entries[0]!.zh, ['上海合作组织', '上合组织']);
    assert.deepEqual(loaded.entries[0]!.en, ['Shanghai Cooperation Organization', 'SCO']);
  });

  it('reads an object mapping terms to renderings (a string or an array), with a byte-order mark', () => {
    const loaded = load('g.json', ['\ufeff{', '  "歼-20": "J-20",', '  "Type 055 destroyer": "055型驱逐舰",', '  "辽宁舰": ["Liaoning", "CNS Liaoning"]', '}']);
    assert.deepEqual(loaded.problems, []);
    assert.deepEqual(summary(loaded.entries), [
      { zh: ['歼-20'], en: ['J-20'], note: undefined, line: 1 },
      { zh: ['055型驱逐舰'], en: ['Type 055 destroyer'], note: undefined, line: 2 },
      { zh: ['辽宁舰'], en: ['Liaoning', 'CNS Liaoning'], note: undefined, line: 3 },
    ]);
  });

  it('gives invalid JSON one problem on the line of the error', () => {
    const loaded = load('g.json', ['[', '  {"zh": "航母", "en": "aircraft carrier"},', '  {"zh": "舰载机" "en": "carrier-based aircraft"}', ']']);
    assert.equal(loaded.entries.length, 0);
    assert.equal(loaded.problems.length, 1);
    assert.equal(loaded.problems[0]!.line, 2);
    assert.match(render(loaded.problems[0]!.message), /^Not valid JSON: /);
  });

  it('rejects JSON that is neither an array nor an object', () => {
    for (const text of ['"航母"', '42', 'null']) {
      const loaded = load('g.json', text);
      assert.equal(loaded.entries.length, 0, text);
      assert.equal(loaded.problems.length, 1, text);
      assert.equal(loaded.problems[0]!.line, 0, text);
      assert.match(render(loaded.problems[0]!.message), /Expected an array of entries or an object/, text);
    }
  });

  it('reports bad entries on their lines and loads the rest', () => {
    const loaded = load('g.json', [
      '[', // 0
      '  {"zh": "预警机", "en": "early warning aircraft"},', // 1
      '  {"zh": "无人机"},', // 2 no rendering
      '  {"zh": "Drone", "en": "UAV"},', // 3 both English
      '  {"zh": "运-20", "en": "Y-20"},', // 4
      '  {"en": "tanker"},', // 5 no term
      '  "轰-6",', // 6 a bare string
      '  {"zh": "直-20", "en": "Z-20", "note": "helicopter"}', // 7
      ']',
    ]);
    assert.deepEqual(summary(loaded.entries).map((e) => [e.zh[0], e.line]), [['预警机', 1], ['运-20', 4], ['直-20', 7]]);
    assert.equal(loaded.entries[2]!.note, 'helicopter');
    assert.deepEqual(loaded.problems.map((p) => p.line), [2, 3, 5, 6]);
    assert.match(render(loaded.problems[0]!.message), /"无人机" has no rendering/);
    assert.match(render(loaded.problems[1]!.message), /Neither "Drone" nor "UAV" is Chinese/);
    assert.match(render(loaded.problems[2]!.message), /"tanker" has no rendering|term is empty/);
    assert.match(render(loaded.problems[3]!.message), /"轰-6" has no rendering/);
  });
});

const TBX_2 = [
  '<?xml version="1.0" encoding="UTF-8"?>', // 0
  '<martif type="TBX" xml:lang="en">', // 1
  '<text><body>', // 2
  '<termEntry id="e1">', // 3
  '  <descrip type="definition">the defense ministry of the PRC</descrip>', // 4
  '  <langSet xml:lang="zh-CN"><tig><term>国防部</term></tig><tig><term>中国国防部</term></tig></langSet>', // 5
  '  <langSet xml:lang="en-US"><tig><term>Ministry of National Defense</term></tig><tig><term>MND</term></tig></langSet>', // 6
  '</termEntry>', // 7
  '<termEntry id="e2">', // 8
  '  <langSet xml:lang="zh"><tig><term>外交部</term></tig></langSet>', // 9
  '  <langSet xml:lang="fr"><tig><term>ministère des Affaires étrangères</term></tig></langSet>', // 10
  '</termEntry>', // 11
  '<termEntry id="e3">', // 12
  '  <langSet xml:lang="EN"><tig><term>R&amp;D</term><note>research &amp; development</note></tig></langSet>', // 13
  '  <langSet xml:lang="ZH"><tig><term>研发</term></tig></langSet>', // 14
  '</termEntry>', // 15
  '</body></text>', // 16
  '</martif>', // 17
];

const TBX_3 = [
  '<?xml version="1.0"?>', // 0
  '<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">', // 1
  '<text><body>', // 2
  '<conceptEntry id="c1">', // 3
  '  <langSec xml:lang="zh"><termSec><term>联合参谋部</term></termSec></langSec>', // 4
  '  <langSec xml:lang="en">', // 5
  '    <termSec><term>Joint Staff Department</term><termNote type="partOfSpeech">noun</termNote></termSec>', // 6
  '    <termSec><term>JSD</term><note>abbreviation</note></termSec>', // 7
  '  </langSec>', // 8
  '</conceptEntry>', // 9
  '</body></text>', // 10
  '</tbx>', // 11
];

describe('TBX glossaries', () => {
  it('reads TBX 2 termEntry/langSet/tig/term with definitions and notes, on the line of the termEntry', () => {
    const loaded = load('g.tbx', TBX_2);
    assert.deepEqual(summary(loaded.entries), [
      { zh: ['国防部', '中国国防部'], en: ['Ministry of National Defense', 'MND'], note: 'the defense ministry of the PRC', line: 3 },
      { zh: ['研发'], en: ['R&D'], note: 'research & development', line: 12 },
    ]);
    assert.equal(loaded.problems.length, 1);
  });

  it('turns an entry missing a language into a problem on its line', () => {
    const loaded = load('g.tbx', TBX_2);
    assert.equal(loaded.problems[0]!.line, 8);
    assert.match(render(loaded.problems[0]!.message), /needs a Chinese .* and an English/);
    assert.match(render(loaded.problems[0]!.message), /it has 1 and 0/);
  });

  it('reads TBX 3 conceptEntry/langSec/termSec, skipping termNote', () => {
    const loaded = load('g.tbx', TBX_3);
    assert.deepEqual(loaded.problems, []);
    assert.deepEqual(summary(loaded.entries), [
      { zh: ['联合参谋部'], en: ['Joint Staff Department', 'JSD'], note: 'abbreviation', line: 3 },
    ]);
  });

  it('ignores a byte-order mark', () => {
    const loaded = load('g.tbx', `\ufeff${TBX_3.join('\n')}`);
    assert.deepEqual(loaded.problems, []);
    assert.equal(loaded.entries.length, 1);
  });

  it('reports malformed XML with its line and keeps the entries before it', () => {
    const loaded = load('g.tbx', [
      '<martif><text><body>', // 0
      '<termEntry>', // 1
      '  <langSet xml:lang="zh"><tig><term>战区</term></tig></langSet>', // 2
      '  <langSet xml:lang="en"><tig><term>theater command</term></tig></langSet>', // 3
      '</termEntry>', // 4
      '<termEntry>', // 5
      '  <langSet xml:lang="zh"><tig><term>军种</term></tig>', // 6
      '</termEntry>', // 7 closes termEntry while langSet is open
      '<termEntry>', // 8
      '  <langSet xml:lang="zh"><tig><term>兵种</term></tig></langSet>', // 9
      '  <langSet xml:lang="en"><tig><term>arm</term></tig></langSet>', // 10
      '</termEntry>', // 11
      '</body></text></martif>', // 12
    ]);
    assert.deepEqual(summary(loaded.entries), [{ zh: ['战区'], en: ['theater command'], note: undefined, line: 1 }]);
    assert.equal(loaded.problems.length, 1);
    assert.equal(loaded.problems[0]!.line, 7);
    assert.match(render(loaded.problems[0]!.message), /^Not valid TBX\/XML: /);
    assert.match(render(loaded.problems[0]!.message), /close tag/);
  });

  it('reports a file that is not XML at all', () => {
    const loaded = load('g.tbx', '国防部\tMinistry of National Defense');
    assert.equal(loaded.entries.length, 0);
    assert.equal(loaded.problems.length, 1);
    assert.match(render(loaded.problems[0]!.message), /Not valid TBX\/XML/);
  });
});
