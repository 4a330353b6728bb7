// Entry point that VS Code's extension host calls for `extensionTestsPath`,
// in both runners (code-server + Chromium, or @vscode/test-electron). Runs
// every *.test.js compiled beside this file with Mocha's TDD interface.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import { report } from './report';

export async function run(): Promise<void> {
  // Mocha's reporters print through this hook; see report.ts.
  Mocha.reporters.Base.consoleLog = report;
  const mocha = new Mocha({
    ui: 'tdd',
    // The runners say whether their stdout is a terminal.
    color: process.env.BRIEFING_EDITOR_COLOR === '1',
    // Starting the language server on a cold extension host can take a while.
    timeout: 60_000,
    // BRIEFING_EDITOR_GREP narrows a run to matching tests while debugging.
    ...(process.env.BRIEFING_EDITOR_GREP ? { grep: process.env.BRIEFING_EDITOR_GREP } : {}),
  });
  const files = fs
    .readdirSync(__dirname)
    .filter((name) => name.endsWith('.test.js'))
    .sort();
  if (files.length === 0) throw new Error(`no *.test.js files in ${__dirname}`);
  for (const name of files) mocha.addFile(path.join(__dirname, name));

  const stats = await new Promise<Mocha.Stats>((resolve) => {
    const runner = mocha.run(() => resolve(runner.stats!));
  });
  // A plain closing line that CI tooling reads, whatever the reporter printed.
  report(`editor: ${stats.passes} passed, ${stats.failures} failed, ${stats.pending} skipped`);
  if (stats.failures > 0) throw new Error(`${stats.failures} editor test(s) failed`);
  if (stats.passes === 0) throw new Error('no editor test ran');
}
