// editors/neovim/briefing.lua in Debian's Neovim (0.7.2), headless: the outline, a term's hover
// and going to the English version, on .txt transcripts sent as plain text, and a .briefing file.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { join } from 'node:path';
import { fixtureFolder, ON_THE_FIXTURES, ROOT, runEditor, SERVER, stepOf } from './run.mjs';

describe('Neovim with editors/neovim/briefing.lua', () => {
  let fixtures;
  let result;
  before(async () => {
    fixtures = fixtureFolder();
    const cmd = `let g:briefing_cmd = ['${process.execPath}', '${SERVER}', '--stdio']`;
    ({ result } = await runEditor(
      'nvim',
      ['--headless', '--cmd', cmd, '-u', join(ROOT, 'editors', 'neovim', 'briefing.lua'), '-c', `luafile ${join(ROOT, 'test', 'editors', 'neovim-check.lua')}`, 'harbour.zh.txt'],
      fixtures.folder,
      90_000,
    ));
    console.log(`Neovim ${result.version}`);
  });
  after(() => fixtures?.remove());

  it('starts the server for a .txt transcript, which keeps the text filetype', () => {
    assert.deepEqual(stepOf(result, 'attach'), { name: 'briefing', filetype: 'text', pushesSettings: true });
  });

  it('lists the outline with kinds that read as words', () => {
    assert.deepEqual(stepOf(result, 'outline'), [
      '[File] 2026年9月14日外交部发言人例行记者会',
      '[String] 问: 中方对港口合作项目有何评论？',
      // One answer: its points stand under the question itself.
      '[Number] 一是 扩大航运',
      '[Number] 二是 培训技术人员',
      '[String] 问: 联合国安理会下周将讨论什么问题？',
      // A follow-up keeps its row; the answers have none.
      '[Key] 追问: 中方会提出新的决议草案吗？',
    ]);
  });

  it('shows the gloss of a term in the hover window', () => {
    const hover = stepOf(result, 'hover');
    for (const expected of ON_THE_FIXTURES.gloss) assert.match(hover, expected);
  });

  it('goes to the same question in the English file', () => {
    assert.deepEqual(stepOf(result, 'definition'), ON_THE_FIXTURES.definition);
  });

  it('answers an empty outline, without error, for a text file that is no transcript', () => {
    assert.deepEqual(stepOf(result, 'notes'), ON_THE_FIXTURES.notes);
  });

  // No Neovim 0.11 is installable in CI: what can be checked here is that the 0.11 file parses
  // and sends a user of an older Neovim to briefing.lua rather than failing on vim.lsp.config.
  it('has a 0.11 configuration that parses and names the file to use on this version', () => {
    const run = spawnSync('nvim', ['--headless', '-u', join(ROOT, 'editors', 'neovim', 'briefing-0.11.lua'), '-c', 'qa!'], { encoding: 'utf8', timeout: 30_000 });
    assert.match(run.stdout + run.stderr, /needs Neovim 0\.11 or later: use briefing\.lua/);
    assert.doesNotMatch(run.stdout + run.stderr, /E5113|attempt to call/);
  });

  it('gives a .briefing file its filetype and the same server', () => {
    assert.deepEqual(stepOf(result, 'briefingFile'), {
      filetype: 'briefing',
      clients: 1,
      client: 'briefing',
      names: ['2026年9月15日外交部发言人例行记者会', '问: 你能介绍一下访问的安排吗？'],
    });
  });
});

// Neovim 0.7 cannot be asked for settings: what vim.g.briefing_settings holds must still reach
// the server (pushed after initialize, and in initializationOptions).
describe('Neovim with settings in vim.g.briefing_settings', () => {
  let fixtures;
  let result;
  before(async () => {
    fixtures = fixtureFolder();
    ({ result } = await runEditor(
      'nvim',
      [
        '--headless',
        '--cmd', `let g:briefing_cmd = ['${process.execPath}', '${SERVER}', '--stdio']`,
        '--cmd', "let g:briefing_settings = {'outline': {'nameLength': 10, 'inlinePoints': v:false}}",
        '-u', join(ROOT, 'editors', 'neovim', 'briefing.lua'),
        '-c', `luafile ${join(ROOT, 'test', 'editors', 'neovim-check.lua')}`,
        'harbour.zh.txt',
      ],
      fixtures.folder,
      90_000,
    ));
  });
  after(() => fixtures?.remove());

  it('cuts the outline names short and leaves the inline points out', () => {
    const outline = stepOf(result, 'outline');
    assert.deepEqual(outline.slice(1), ['[String] 问: 中方对港…', '[String] 问: 联合国安…', '[Key] 追问: 中方会提…']);
  });
});
