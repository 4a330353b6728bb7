// editors/emacs/briefing-eglot.el in Debian's Emacs (28.2) with eglot 1.9 (elpa-eglot), in batch
// mode: imenu's outline, eldoc's hover on a term and M-. into the English file, on .txt
// transcripts in text-mode, and a .briefing file in briefing-mode.
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { join } from 'node:path';
import { fixtureFolder, ON_THE_FIXTURES, ROOT, runEditor, SERVER, stepOf } from './run.mjs';

describe('Emacs with editors/emacs/briefing-eglot.el', () => {
  let fixtures;
  let result;
  before(async () => {
    fixtures = fixtureFolder();
    const command = `(setq briefing-server-command '(${JSON.stringify(process.execPath)} ${JSON.stringify(SERVER)} "--stdio"))`;
    ({ result } = await runEditor(
      'emacs',
      ['--batch', '--eval', command, '-l', join(ROOT, 'editors', 'emacs', 'briefing-eglot.el'), '-l', join(ROOT, 'test', 'editors', 'emacs-check.el')],
      fixtures.folder,
      90_000,
    ));
    console.log(`Emacs ${result.version}, ${result.steps.attach?.eglot}`);
  });
  after(() => fixtures?.remove());

  it('starts eglot for a .txt transcript, which stays in text-mode', () => {
    const attach = stepOf(result, 'attach');
    assert.equal(attach.mode, 'text-mode');
    assert.equal(attach.languageId, 'plaintext');
  });

  it('groups the outline in imenu under kind names that read as words', () => {
    assert.deepEqual(stepOf(result, 'imenu'), [
      '*Rescan*',
      ['File', '2026年9月14日外交部发言人例行记者会'],
      // The points of the first question's one answer, under that question.
      ['Number', ['问: 中方对港口合作项目有何评论？', '一是 扩大航运', '二是 培训技术人员']],
      ['String', '问: 中方对港口合作项目有何评论？', '问: 联合国安理会下周将讨论什么问题？'],
      // The second question has a follow-up, which keeps its row under it; the answers have none.
      ['Key', ['问: 联合国安理会下周将讨论什么问题？', '追问: 中方会提出新的决议草案吗？']],
    ]);
  });

  it('shows the gloss of a term through eldoc', () => {
    const hover = stepOf(result, 'hover');
    for (const expected of ON_THE_FIXTURES.gloss) assert.match(hover, expected);
  });

  it('goes to the same question in the English file with M-.', () => {
    assert.deepEqual(stepOf(result, 'definition'), ON_THE_FIXTURES.definition);
  });

  it('answers no symbols, without error, for a text file that is no transcript', () => {
    assert.deepEqual(stepOf(result, 'notes'), ON_THE_FIXTURES.notes);
  });

  it('opens a .briefing file in briefing-mode, with its own server and language id', () => {
    assert.deepEqual(stepOf(result, 'briefingFile'), {
      mode: 'briefing-mode',
      languageId: 'briefing',
      names: ['2026年9月15日外交部发言人例行记者会', '问: 你能介绍一下访问的安排吗？'],
    });
  });
});
