/**
 * The command line's core (runCli) with a checker given by the test, so that the plumbing of
 * findings (positions, formats, reports, exit status) is tested apart from the checks themselves;
 * inputs, pairing, export and the messages on bad input, on small hand-written transcripts.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli, type Checker } from '../../../server/src/cli/run';
import type { Finding, QaSwitches } from '../../../server/src/qa';
import { msg } from '../../../server/src/l10n';
import { readTmx } from '../export/tmxStructure';
import { EN, folderWith, ZH } from './fixtures';

interface Run {
  status: number;
  stdout: string;
  stderr: string;
  /** What the checker was asked. */
  calls: { zh: string; en: string; links: number; switches: QaSwitches }[];
}

/**
 * Finds "3rd" in the English, against 第3次 in the Chinese, unless numbers are switched off; its
 * message reads "NUMBER is not in the Chinese.", with `number` standing for the NUMBER.
 */
const numbersChecker = (number = 'numbers: 3rd here'): Checker => (zh, en, _links, _terms, switches) => {
  if (switches.numbers === false) return [];
  const start = en.text.indexOf('3rd');
  const sourceStart = zh.text.indexOf('第3次');
  if (start < 0 || sourceStart < 0) return [];
  const finding: Finding = { check: 'numbers', message: msg('qa.numbers.extra', { number }), start, end: start + 3, sourceStart, sourceEnd: sourceStart + 3 };
  return [finding];
};

const noFindings: Checker = () => [];

function run(argv: string[], cwd: string, check: Checker = numbersChecker()): Run {
  const result: Run = { status: -1, stdout: '', stderr: '', calls: [] };
  const spy: Checker = (zh, en, links, terms, switches) => {
    result.calls.push({ zh: zh.text.slice(0, 8), en: en.text.slice(0, 8), links: links.length, switches });
    return check(zh, en, links, terms, switches);
  };
  result.status = runCli(argv, { stdout: (t) => (result.stdout += t), stderr: (t) => (result.stderr += t), cwd }, { check: spy, version: '1.2.3' });
  return result;
}

/** Bad input: exit status 2 and one clear line, never a stack trace. */
function assertUsageError(result: Run, message: RegExp): void {
  assert.equal(result.status, 2, result.stderr);
  assert.match(result.stderr, message);
  assert.doesNotMatch(result.stderr, /\n\s+at /);
  assert.equal(result.stdout, '');
}

describe('briefing-qa check', () => {
  let folder: ReturnType<typeof folderWith>;
  before(() => {
    folder = folderWith({
      'a.zh.txt': ZH,
      'a.en.txt': EN,
      'both.txt': `${ZH}\n${EN}`,
      'lone.zh.txt': ZH,
      'notes.txt': 'Notes for the team.\n',
      'sub/b_zh.briefing': ZH,
      'sub/b_en.briefing': EN,
      'node_modules/x.zh.txt': ZH,
      'node_modules/x.en.txt': EN,
    });
  });
  after(() => folder.remove());

  it('prints each finding as file:line:column: check: message on the English file, a summary, and exits 1', () => {
    const result = run(['check', 'a.zh.txt', 'a.en.txt'], folder.dir);
    assert.equal(result.status, 1);
    // Line 5 of the English, "3rd" after "Wu Qian: The Chinese and US militaries held their ".
    assert.equal(result.stdout, 'a.en.txt:5:51: numbers: numbers: 3rd here is not in the Chinese.\n1 finding (numbers 1) in 1 of 1 pair of language versions.\n');
    assert.equal(result.calls.length, 1);
    assert.ok(result.calls[0]!.links >= 5);
  });

  it('exits 0 with the summary alone when nothing is found', () => {
    const result = run(['check', 'a.zh.txt', 'a.en.txt'], folder.dir, noFindings);
    assert.equal(result.status, 0);
    assert.equal(result.stdout, 'No findings in 1 pair of language versions.\n');
  });

  it('takes the two files in either order, and a file holding both languages alone', () => {
    const result = run(['check', 'a.en.txt', 'a.zh.txt', 'both.txt'], folder.dir);
    assert.deepEqual(
      result.calls.map((c) => [c.zh, c.en]),
      [
        [ZH.slice(0, 8), EN.slice(0, 8)],
        [ZH.slice(0, 8), ZH.slice(0, 8)],
      ],
    );
    assert.match(result.stdout, /^a\.en\.txt:5:51: numbers/m);
    // In the bilingual file the English starts after the five Chinese paragraphs (and a blank line).
    assert.match(result.stdout, /^both\.txt:15:51: numbers/m);
    assert.equal(result.status, 1);
  });

  it('pairs the files of a folder by name, subfolders too, and notes the files without counterpart', () => {
    const result = run(['check', '.'], folder.dir);
    assert.deepEqual(result.stdout.split('\n').filter((l) => l.includes(': numbers:')).map((l) => l.split(':')[0]), ['a.en.txt', 'both.txt', join('sub', 'b_en.briefing')]);
    assert.match(result.stdout, /3 findings \(numbers 3\) in 3 of 3 pairs of language versions\.\n$/);
    assert.match(result.stderr, /note: lone\.zh\.txt: no English version beside it \(lone\.en\.txt\)/);
    // Neither an untagged one-language file nor what node_modules holds is a pair.
    assert.doesNotMatch(result.stderr + result.stdout, /notes\.txt|node_modules/);
  });

  it('switches checks off with --skip', () => {
    const result = run(['check', '--skip', 'numbers,terms', 'a.zh.txt', 'a.en.txt'], folder.dir);
    assert.deepEqual(result.calls[0]!.switches, { numbers: false, terms: false });
    assert.equal(result.status, 0);
  });

  it('prints JSON on standard output and the summary beside it', () => {
    const result = run(['check', '--format', 'json', 'a.zh.txt', 'a.en.txt'], folder.dir);
    assert.equal(result.status, 1);
    assert.deepEqual(JSON.parse(result.stdout), [
      { file: 'a.en.txt', line: 5, column: 51, endLine: 5, endColumn: 54, code: 'numbers', message: 'numbers: 3rd here is not in the Chinese.', sourceFile: 'a.zh.txt', sourceLine: 5, sourceColumn: 11 },
    ]);
    assert.match(result.stderr, /1 finding/);
  });

  it('prints CSV with a header, quoting fields that hold commas, quotes or line breaks', () => {
    const result = run(['check', '--format', 'csv', 'a.zh.txt', 'a.en.txt'], folder.dir, numbersChecker('3rd, "third"\nhere'));
    assert.equal(result.stdout, 'file,line,column,code,message,source_file,source_line\r\na.en.txt,5,51,numbers,"3rd, ""third""\nhere is not in the Chinese.",a.zh.txt,5\r\n');
  });

  it('keeps a finding to one line in text', () => {
    const result = run(['check', 'a.zh.txt', 'a.en.txt'], folder.dir, numbersChecker('two\nlines'));
    assert.match(result.stdout, /^a\.en\.txt:5:51: numbers: two lines is not in the Chinese\.$/m);
  });

  it('writes a Markdown and a CSV report', () => {
    const result = run(['check', 'a.zh.txt', 'a.en.txt', '--report', 'out/../report.md', '--report', 'report.csv'], folder.dir, numbersChecker('a | b <i>x</i> & c'));
    assert.equal(result.status, 1);
    const markdown = readFileSync(join(folder.dir, 'report.md'), 'utf8');
    assert.match(markdown, /^# Translation QA report\n\n1 finding \(numbers 1\) in 1 of 1 pair of language versions\.\n/);
    assert.match(markdown, /\| File \| Line \| Check \| Finding \| Source \|\n\| --- \| ---: \| --- \| --- \| --- \|\n/);
    assert.match(markdown, /\| a\.en\.txt \| 5:51 \| numbers \| a \\\| b &lt;i>x&lt;\/i> &amp; c is not in the Chinese\. \| a\.zh\.txt:5 \|\n/);
    assert.equal(readFileSync(join(folder.dir, 'report.csv'), 'utf8').split('\r\n')[1], 'a.en.txt,5,51,numbers,a | b <i>x</i> & c is not in the Chinese.,a.zh.txt,5');
  });

  it('adds the glossaries given with --glossary to the built-in one, and notes their unreadable lines', () => {
    const glossary = folderWith({ 'team.glossary.tsv': '两军沟通\tkeep communicating\n坏行\n' });
    try {
      const seen: string[] = [];
      const check: Checker = (_zh, en, _links, terms) => {
        seen.push(...terms.match(en.text).map((m) => m.entry.zh[0]!));
        return [];
      };
      const result = run(['check', '--glossary', join(glossary.dir, 'team.glossary.tsv'), 'a.zh.txt', 'a.en.txt'], folder.dir, check);
      assert.equal(result.status, 0);
      assert.ok(seen.includes('两军沟通'), seen.join(', '));
      assert.match(result.stderr, /team\.glossary\.tsv:2: note: /);
    } finally {
      glossary.remove();
    }
  });

  it('a report without findings says so, without a table', () => {
    run(['check', 'a.zh.txt', 'a.en.txt', '--report', 'clean.md'], folder.dir, noFindings);
    assert.equal(readFileSync(join(folder.dir, 'clean.md'), 'utf8'), '# Translation QA report\n\nNo findings in 1 pair of language versions.\n');
  });
});

describe('briefing-qa export', () => {
  let folder: ReturnType<typeof folderWith>;
  before(() => {
    folder = folderWith({ 'a.zh.txt': ZH, 'a.en.txt': EN, 'both.txt': `${ZH}\n${EN}`, 'zh-only.zh.txt': ZH, 'zh-only.en.txt': '国防部例行记者会\n' });
  });
  after(() => folder.remove());

  it('writes TMX and TSV of every pair, and leaves out (with a note) a pair that has one language only', () => {
    const result = run(['export', '.', '--tmx', 'out.tmx', '--tsv', 'out.tsv'], folder.dir);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout, 'Exported 10 aligned paragraph pairs from 2 pairs of language versions to out.tmx and out.tsv.\n');
    assert.match(result.stderr, /note: zh-only\.zh\.txt and zh-only\.en\.txt: left out, no English text found/);
    const tmx = readTmx(readFileSync(join(folder.dir, 'out.tmx'), 'utf8'));
    assert.equal(tmx.header['creationtoolversion'], '1.2.3');
    assert.deepEqual(
      tmx.units.map((u) => [u.props['x-zh-source'], u.props['x-en-source']]),
      [1, 3, 5, 7, 9].map((line) => [`a.zh.txt:${line}`, `a.en.txt:${line}`]).concat([1, 3, 5, 7, 9].map((line) => [`both.txt:${line}`, `both.txt:${line + 10}`])),
    );
    const tsv = readFileSync(join(folder.dir, 'out.tsv'), 'utf8').trimEnd().split('\n');
    assert.equal(tsv.length, 11);
    assert.equal(tsv[0], 'zh-CN\ten');
    assert.equal(tsv[3], `${ZH.split('\n\n')[2]}\t${EN.split('\n\n')[2]}`);
    assert.equal(result.calls.length, 0);
  });

  it('writes only what it is asked for', () => {
    const result = run(['export', 'a.zh.txt', 'a.en.txt', '--tsv', 'only.tsv'], folder.dir);
    assert.equal(result.status, 0);
    assert.ok(existsSync(join(folder.dir, 'only.tsv')));
    assert.ok(!existsSync(join(folder.dir, 'only.tmx')));
  });
});

describe('briefing-qa on bad input', () => {
  let folder: ReturnType<typeof folderWith>;
  before(() => {
    folder = folderWith({
      'a.zh.txt': ZH,
      'a.en.txt': EN,
      'b.zh.txt': ZH,
      'image.en.txt': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      'latin1.en.txt': Uint8Array.from([0x51, 0x3a, 0x20, 0x43, 0x61, 0x66, 0xe9, 0x3f, 0x0a]),
      'empty/readme.md': '# nothing to pair\n',
      'mixed/x.zh.txt': ZH,
      'mixed/x.en.txt': Uint8Array.from([0, 1, 2, 3]),
      'glossary.txt': 'a\tb\n',
    });
  });
  after(() => folder.remove());

  const cases: [string, string[], RegExp][] = [
    ['a missing file', ['check', 'a.zh.txt', 'missing.en.txt'], /^briefing-qa: missing\.en\.txt: no such file or folder\n$/],
    ['a folder without pairs', ['check', 'empty'], /^briefing-qa: empty: no pairs of language versions found \(NAME\.zh\.txt with NAME\.en\.txt/],
    ['a binary file', ['check', 'a.zh.txt', 'image.en.txt'], /^briefing-qa: image\.en\.txt: a binary file, not a text transcript\n$/],
    ['a binary file in a folder', ['check', 'mixed'], /^briefing-qa: mixed\/x\.en\.txt: a binary file, not a text transcript\n$/],
    ['a file that is not UTF-8', ['export', 'a.zh.txt', 'latin1.en.txt', '--tsv', 'x.tsv'], /latin1\.en\.txt: not UTF-8 text \(save it as UTF-8\)/],
    ['a file without its counterpart', ['check', 'a.zh.txt'], /a\.zh\.txt: no English file given with it \(give files two by two: ZH_FILE EN_FILE\)/],
    ['two files of one language', ['check', 'a.zh.txt', 'b.zh.txt'], /a\.zh\.txt and b\.zh\.txt are both Chinese/],
    ['no subcommand', [], /no subcommand given: check or export/],
    ['an unknown subcommand', ['verify', 'a.zh.txt'], /unknown subcommand "verify"/],
    ['no input', ['check'], /check: no input given/],
    ['an unknown option', ['check', '--strict', 'a.zh.txt', 'a.en.txt'], /Unknown option '--strict'/],
    ['an option without its value', ['check', 'a.zh.txt', 'a.en.txt', '--format'], /--format/],
    ['an unknown check', ['check', '--skip', 'numbers,grammar', 'a.zh.txt', 'a.en.txt'], /--skip grammar: not a check; the checks are numbers, points, terms, untranslated, omission, speaker/],
    ['an unknown format', ['check', '--format', 'xml', 'a.zh.txt', 'a.en.txt'], /--format xml: text, json or csv/],
    ['a report of an unknown kind', ['check', '--report', 'r.txt', 'a.zh.txt', 'a.en.txt'], /--report r\.txt: the file name must end in \.md/],
    ['an option of the other subcommand', ['check', '--tmx', 'x.tmx', 'a.zh.txt', 'a.en.txt'], /--tmx is not an option of check/],
    ['an export without output', ['export', 'a.zh.txt', 'a.en.txt'], /export: say where to write: --tmx OUT\.tmx, --tsv OUT\.tsv or both/],
    ['a glossary of an unknown kind', ['check', '--glossary', 'glossary.txt', 'a.zh.txt', 'a.en.txt'], /glossary\.txt: not a glossary file/],
  ];
  for (const [what, argv, message] of cases) {
    it(`exits 2 on ${what}, with a message`, () => {
      assertUsageError(run(argv, folder.dir, noFindings), message);
    });
  }

  it('exits 2 on a report that cannot be written, after printing the findings', () => {
    const result = run(['check', 'a.zh.txt', 'a.en.txt', '--report', 'no/such/folder/r.md'], folder.dir);
    assert.equal(result.status, 2);
    assert.match(result.stdout, /^a\.en\.txt:5:51: numbers/);
    assert.match(result.stderr, /^briefing-qa: .*r\.md: cannot write \(ENOENT\)\n$/);
  });

  it('reads a file saved as UTF-16 with its BOM', () => {
    const utf16 = folderWith({ 'u.zh.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ZH, 'utf16le')]), 'u.en.txt': EN });
    try {
      const result = run(['check', 'u.zh.txt', 'u.en.txt'], utf16.dir);
      assert.equal(result.status, 1, result.stderr);
      assert.equal(result.calls[0]!.zh, ZH.slice(0, 8));
    } finally {
      utf16.remove();
    }
  });
});

describe('briefing-qa --help and --version', () => {
  it('prints the usage on standard output and exits 0', () => {
    const result = run(['--help'], '.');
    assert.equal(result.status, 0);
    assert.match(result.stdout, /^briefing-qa: translation QA/);
    assert.match(result.stdout, /briefing-qa check INPUT…/);
    assert.match(result.stdout, /briefing-qa export INPUT…/);
    assert.equal(run(['check', '-h'], '.').status, 0);
  });

  it('prints the version', () => {
    assert.deepEqual([run(['--version'], '.').stdout, run(['-v'], '.').status], ['1.2.3\n', 0]);
  });
});
