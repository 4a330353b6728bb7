#!/usr/bin/env node
// npm start: builds the extension and opens VS Code on samples/ with it loaded.
//   1. `code` on the PATH (VS Code desktop) when there is one;
//   2. otherwise VS Code downloaded by @vscode/test-electron, where there is a display;
//   3. otherwise (no internet or no display) the VS Code that code-server ships, served on
//      127.0.0.1 for a browser: it prints the address and runs until Ctrl+C.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './freePort.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const samples = join(root, 'samples');
const log = (message) => console.log(`[start] ${message}`);

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const onPath = (command) => (process.env.PATH ?? '').split(delimiter).find((dir) => existsSync(join(dir, command)));
const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

run(process.execPath, [join(root, 'esbuild.mjs')]);

if (onPath(process.platform === 'win32' ? 'code.cmd' : 'code') && hasDisplay) {
  log('opening samples/ in VS Code (code from PATH)');
  run(process.platform === 'win32' ? 'code.cmd' : 'code', ['--extensionDevelopmentPath', root, '--new-window', samples]);
  process.exit(0);
}

if (hasDisplay && (await openWithDownloadedVSCode())) process.exit(0);

await serveInCodeServer();

/** VS Code desktop through @vscode/test-electron (downloads it once into .vscode-test/). */
async function openWithDownloadedVSCode() {
  try {
    const { downloadAndUnzipVSCode } = await import('@vscode/test-electron');
    log('downloading VS Code 1.100.3 into .vscode-test/ with @vscode/test-electron (first run only; about 150 MB)…');
    const started = Date.now();
    const executable = await downloadAndUnzipVSCode('1.100.3');
    log(`VS Code ready after ${Math.round((Date.now() - started) / 1000)} s`);
    log('opening samples/ in the downloaded VS Code');
    spawn(executable, ['--extensionDevelopmentPath', root, '--new-window', '--skip-welcome', samples], { stdio: 'inherit', detached: true }).unref();
    return true;
  } catch (error) {
    log(`could not download VS Code (${error.message}); falling back to code-server in the browser`);
    return false;
  }
}

/**
 * Runs a long step, saying every 15 s that it still runs (npm and apt are quiet for a minute at a
 * time) and how long it took; resolves to its exit status.
 */
function withProgress(what, start) {
  const started = Date.now();
  const seconds = () => Math.round((Date.now() - started) / 1000);
  const ticker = setInterval(() => log(`… still ${what} (${seconds()} s)`), 15_000);
  return new Promise((resolveStatus) => {
    const child = start();
    child.on('error', () => resolveStatus(1));
    child.on('exit', (code) => {
      clearInterval(ticker);
      log(`${what} ${code === 0 ? 'done' : 'failed'} after ${seconds()} s`);
      resolveStatus(code ?? 1);
    });
  });
}

/** The offline path: code-server with the extension under development, opened from a browser. */
async function serveInCodeServer() {
  const codeServer = join(root, '.vscode-test/code-server/node_modules/.bin/code-server');
  if (!existsSync(codeServer)) {
    log('first run: installing code-server (VS Code for the browser) and Debian\'s Chromium into .vscode-test/ with');
    log('scripts/provision-editor.sh. It needs the npm registry and apt, takes about a minute (two on a slow line),');
    log('and later runs skip it.');
    const status = await withProgress('installing', () => spawn('bash', [join(root, 'scripts/provision-editor.sh')], { stdio: 'inherit' }));
    if (status !== 0 || !existsSync(codeServer)) {
      console.error(
        '[start] Neither VS Code desktop (`code` on PATH, or a download with a display) nor code-server could be used.\n' +
          '        Install VS Code and put `code` on your PATH, or run `bash scripts/provision-editor.sh` where apt and the npm registry are reachable.',
      );
      process.exit(1);
    }
  }
  const port = Number(process.env.PORT) || (await freePort());
  const data = join(root, '.vscode-test/start');
  mkdirSync(data, { recursive: true });
  const child = spawn(
    codeServer,
    ['--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
      '--user-data-dir', join(data, 'user-data'), '--extensions-dir', join(data, 'extensions'), samples],
    { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, EXTENSIONS_GALLERY: '{}' } },
  );
  // code-server cannot take --extensionDevelopmentPath on its command line; the workbench URL can.
  const payload = JSON.stringify([['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${port}${root}`]]);
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(samples)}&payload=${encodeURIComponent(payload)}`;
  log(`VS Code (code-server 4.100.3) is serving samples/ with the extension loaded. Open in a browser:\n\n  ${url}\n`);
  log('Press Ctrl+C to stop.');
  const stop = () => child.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  child.on('exit', (code) => process.exit(code ?? 0));
}
