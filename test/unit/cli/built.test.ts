/**
 * The built command line (server/out/cli.js, as npx runs it) as a process: exit status, standard
 * output and error, files written; on hand-written transcripts and on a real archive pair
 * (../shared/archive; skipped, with a note, where it is absent). Needs `npm run build` first.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { QA_CHECKS } from '../../../server/src/qa';
import { readTmx } from '../export/tmxStructure';
import { EN, folderWith, ZH } from './fixtures';

const ROOT = join(__dirname, '..', '..', '..');
const CLI = join(ROOT, 'server', 'out', 'cli.js');
const ARCHIVE = join(ROOT, '..', 'shared', 'archive');
const PAIR = 'mfa-2019-02-11';

function cli(args: string[], cwd: string) {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" first.`);
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the built briefing-qa', () => {
  let folder: ReturnType<typeof folderWith>;
  before(() => {
    folder = folderWith({ 'a.zh.txt': ZH, 'a.en.txt': EN });
  });
  after(() => folder.remove());

  it('is a Node script that tells its version, the package version', () => {
    assert.ok(readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node\n'));
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    assert.deepEqual(cli(['--version'], folder.dir), { status: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('exits 0 when nothing is found (every check switched off)', () => {
    const result = cli(['check', 'a.zh.txt', 'a.en.txt', '--skip', QA_CHECKS.join(',')], folder.dir);
    assert.deepEqual(result, { status: 0, stdout: 'No findings in 1 pair of language versions.\n', stderr: '' });
  });

  it('exits 2 on a missing file with one line of message, no stack trace', () => {
    assert.deepEqual(cli(['check', 'a.zh.txt', 'gone.en.txt'], folder.dir), { status: 2, stdout: '', stderr: 'briefing-qa: gone.en.txt: no such file or folder\n' });
  });

  it('exits 2 on bad usage', () => {
    const result = cli(['check', '--format', 'yaml', 'a.zh.txt', 'a.en.txt'], folder.dir);
    assert.equal(result.status, 2);
    assert.equal(result.stderr, 'briefing-qa: --format yaml: text, json or csv\n');
  });
});

const skip = existsSync(join(ARCHIVE, `${PAIR}.zh.txt`)) ? undefined : `no ${PAIR} in ${ARCHIVE}`;
if (skip) console.log(`the built briefing-qa on an archive pair skipped: ${skip}`);

describe('the built briefing-qa on an archive pair', { skip }, () => {
  let out: ReturnType<typeof folderWith>;
  before(() => {
    out = folderWith({});
  });
  after(() => out.remove());

  it('checks it: exit status 1 exactly when it prints findings, each as file:line:column: check: message', () => {
    const result = cli(['check', `${PAIR}.zh.txt`, `${PAIR}.en.txt`], ARCHIVE);
    const lines = result.stdout.trimEnd().split('\n');
    const summary = lines.pop()!;
    const finding = new RegExp(`^${PAIR}\\.en\\.txt:\\d+:\\d+: (${QA_CHECKS.join('|')}): \\S`);
    for (const line of lines) assert.match(line, finding);
    assert.equal(result.status, lines.length > 0 ? 1 : 0, result.stderr);
    assert.match(summary, lines.length > 0 ? new RegExp(`^${lines.length} findings? \\(.*\\) in 1 of 1 pair`) : /^No findings in 1 pair/);
  });

  it('exports it as TMX 1.4 that reads back, and as TSV with a line per unit', () => {
    const result = cli(['export', `${PAIR}.zh.txt`, `${PAIR}.en.txt`, '--tmx', join(out.dir, 'p.tmx'), '--tsv', join(out.dir, 'p.tsv')], ARCHIVE);
    assert.equal(result.status, 0, result.stderr);
    const tmx = readTmx(readFileSync(join(out.dir, 'p.tmx'), 'utf8'));
    assert.ok(tmx.units.length > 50, `${tmx.units.length} units`);
    assert.match(result.stdout, new RegExp(`^Exported ${tmx.units.length} aligned paragraph pairs from 1 pair of language versions to `));
    for (const unit of tmx.units) {
      assert.ok(unit.variants['zh-CN'] && unit.variants['en']);
      assert.match(unit.props['x-zh-source']!, new RegExp(`^${PAIR}\\.zh\\.txt:\\d+$`));
    }
    const tsv = readFileSync(join(out.dir, 'p.tsv'), 'utf8').trimEnd().split('\n');
    assert.equal(tsv.length, tmx.units.length + 1);
  });
});
