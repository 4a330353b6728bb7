#!/usr/bin/env node
// Runs the editor test suites in desktop VS Code through @vscode/test-electron:
// the usual way on a developer's machine. It downloads VS Code into
// .vscode-test/ on first use, so it needs internet once; with no internet use
// runOffline.mjs (code-server + Chromium) instead. UI checks (suite/ui.ts)
// are skipped here: they need the offline runner's browser.
//
//   node test/editor/runElectron.mjs [--workspace DIR] [--extension DIR] [--tests FILE]
//   VSCODE_TEST_VERSION=stable node test/editor/runElectron.mjs
//   VSCODE_TEST_EXECUTABLE=/path/to/code node test/editor/runElectron.mjs
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { downloadAndUnzipVSCode, runTests, TestRunFailedError } from '@vscode/test-electron';
import { root, SUITE_OPTIONS } from './runnerOptions.mjs';

const { values: args } = parseArgs({
  options: {
    ...SUITE_OPTIONS,
  },
});
// The version the offline runner's code-server ships, so both see the same VS Code.
const version = process.env.VSCODE_TEST_VERSION ?? '1.100.3';
const log = (message) => console.log(`[editor] ${message}`);

function fail(message) {
  console.error(`[editor] ${message}`);
  process.exit(1);
}

const onPath = (command) =>
  (process.env.PATH ?? '').split(delimiter).some((dir) => existsSync(join(dir, command)));

const tests = resolve(args.tests);
if (!existsSync(tests)) fail(`the compiled suite (${tests}) is missing: run node test/editor/build.mjs`);

// VSCODE_TEST_EXECUTABLE runs an installed VS Code instead of a downloaded one.
let executable = process.env.VSCODE_TEST_EXECUTABLE;
if (!executable) {
  try {
    executable = await downloadAndUnzipVSCode({ version, cachePath: join(root, '.vscode-test') });
  } catch (error) {
    fail(
      `could not download VS Code ${version} (${error?.message ?? error}).\n` +
        '  This runner needs internet the first time, to fetch VS Code into .vscode-test/.\n' +
        '  Without internet run the same suites with: npm run test:editor (code-server + headless Chromium).',
    );
  }
}

// Electron needs an X server. On a Linux machine without one, run this script
// again under xvfb-run (Debian package xvfb) when it is there.
const needsDisplay = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && !process.env.BRIEFING_EDITOR_XVFB;
if (process.platform === 'linux' && needsDisplay) {
  if (!onPath('xvfb-run')) fail('no display for Electron: set DISPLAY, or install xvfb so that xvfb-run is used');
  log('no display: running under xvfb-run');
  const result = spawnSync('xvfb-run', ['-a', process.execPath, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, BRIEFING_EDITOR_XVFB: '1' },
  });
  process.exit(result.status ?? 1);
}

// A fresh profile for every run, removed however the run ends.
const profile = mkdtempSync(join(tmpdir(), 'briefing-electron-'));
process.on('exit', () => rmSync(profile, { recursive: true, force: true }));
// Tests change settings and files: they get a copy of the workspace, never the fixtures themselves.
const workspaceCopy = join(profile, 'workspace');
cpSync(resolve(args.workspace), workspaceCopy, { recursive: true });

let code = 0;
try {
  await runTests({
    vscodeExecutablePath: executable,
    extensionDevelopmentPath: resolve(args.extension),
    extensionTestsPath: tests,
    extensionTestsEnv: {
      // No control channel here: ui.ts reports that UI checks need the offline runner.
      BRIEFING_UI_PORT: '',
      BRIEFING_EDITOR_COLOR: process.stdout.isTTY ? '1' : '0',
    },
    launchArgs: [
      workspaceCopy,
      // Only the extension under test; runTests adds --no-sandbox, --disable-updates,
      // --skip-welcome and --disable-workspace-trust itself.
      '--disable-extensions',
      '--user-data-dir', join(profile, 'user-data'),
      '--extensions-dir', join(profile, 'extensions'),
    ],
  });
} catch (error) {
  if (error instanceof TestRunFailedError) code = typeof error.code === 'number' && error.code !== 0 ? error.code : 1;
  else {
    console.error(`[editor] ${error?.stack ?? error}`);
    code = 1;
  }
}
process.exit(code);
