#!/usr/bin/env node
// Runs the editor test suites in a real VS Code extension host with no
// internet and no display: code-server (VS Code 1.100.3, installed by
// scripts/provision-editor.sh) serves the workbench, and headless Debian
// Chromium driven by playwright-core opens it with the extension under
// development and the compiled Mocha suite. Exits with the suite's code.
//
//   node test/editor/runOffline.mjs [--workspace DIR] [--extension DIR]
//        [--tests FILE] [--deadline SECONDS] [--locale zh-cn] [--grep PATTERN] [--verbose]
//
// --locale runs the workbench under that display language (see languagePack.mjs);
// --grep runs only the matching tests (BRIEFING_EDITOR_GREP).
//
// While the suite runs, a loopback HTTP control channel (port in
// BRIEFING_UI_PORT for the extension host) lets tests take screenshots and
// read or drive the UI; see suite/ui.ts.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { format, parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { freePort } from '../../scripts/freePort.mjs';
import { installEmptyLanguagePack } from './languagePack.mjs';
import { root, SUITE_OPTIONS } from './runnerOptions.mjs';

const { values: args } = parseArgs({
  options: {
    ...SUITE_OPTIONS,
    screenshots: { type: 'string', default: join(root, 'test/editor/screenshots') },
    deadline: { type: 'string', default: process.env.BRIEFING_EDITOR_DEADLINE ?? '600' },
    verbose: { type: 'boolean', default: false },
    locale: { type: 'string' },
    grep: { type: 'string' },
  },
});
const workspace = resolve(args.workspace);
const extension = resolve(args.extension);
const tests = resolve(args.tests);
const deadlineMs = Number(args.deadline) * 1000;
const codeServerBin = join(root, '.vscode-test/code-server/node_modules/.bin/code-server');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// suite/report.ts starts the test output lines with this, which tells them
// from the workbench's own log lines arriving on the same channel.
const CONSOLE_MARKER = '[ext-host] ';

const log = (message) => console.log(`[editor] ${message}`);

/** A failure of the harness itself, reported without a stack trace. */
class HarnessError extends Error {}

function checkInputs() {
  const missing = (what, hint) => {
    throw new HarnessError(`${what} is missing: ${hint}`);
  };
  if (!existsSync(codeServerBin)) missing(`code-server (${codeServerBin})`, 'run bash scripts/provision-editor.sh');
  if (!existsSync(chromiumPath)) missing(`Chromium (${chromiumPath})`, 'run bash scripts/provision-editor.sh');
  if (!existsSync(tests)) missing(`the compiled suite (${tests})`, 'run node test/editor/build.mjs');
  if (!existsSync(workspace)) missing(`the workspace folder (${workspace})`, 'pass --workspace DIR');
  const manifest = JSON.parse(readFileSync(join(extension, 'package.json'), 'utf8'));
  if (manifest.main && !existsSync(join(extension, manifest.main))) {
    missing(`the extension's main (${manifest.main})`, 'build it first (npm run build)');
  }
}


/** Polls `probe` until it returns true; fails after `timeoutMs` or as soon as `failed()` says why. */
async function poll(what, probe, timeoutMs, failed = () => undefined) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const reason = failed();
    if (reason) throw new HarnessError(`${what}: ${reason}`);
    if (await probe().catch(() => false)) return;
    if (Date.now() > deadline) throw new HarnessError(`${what}: timed out after ${(timeoutMs / 1000).toFixed(1)}s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

// Everything started is recorded here so that every exit path can stop it.
const state = { codeServer: undefined, browser: undefined, control: undefined, tempDir: undefined, workspaceCopy: undefined, page: undefined };
const codeServerOutput = [];

// Shared by the normal, failing and interrupted paths, which may overlap.
let cleaning;
const cleanup = () => (cleaning ??= stopEverything());

async function stopEverything() {
  const { codeServer, browser, control, tempDir } = state;
  await browser?.close().catch(() => {});
  control?.close();
  if (codeServer && codeServer.exitCode === null && codeServer.signalCode === null) {
    // code-server forks a server and extension hosts: stop its whole process group.
    const exited = new Promise((r) => codeServer.once('exit', r));
    const kill = (signal) => {
      try {
        process.kill(-codeServer.pid, signal);
      } catch {
        /* already gone */
      }
    };
    kill('SIGTERM');
    const timer = setTimeout(() => kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
    kill('SIGKILL'); // children that outlived their parent
  }
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
}

/** Serves the UI requests of suite/ui.ts against the workbench page. */
function startControlChannel() {
  mkdirSync(args.screenshots, { recursive: true });
  const visible = (selector) => state.page.locator(selector).locator('visible=true').first();
  const actions = {
    async screenshot({ name, selector }) {
      if (!/^[\w.-]+$/.test(name ?? '')) throw new Error(`bad screenshot name ${JSON.stringify(name)}`);
      const path = join(args.screenshots, `${name}.png`);
      if (selector) await visible(selector).screenshot({ path, animations: 'disabled' });
      else await state.page.screenshot({ path, animations: 'disabled' }); // fade-ins (hovers) finished, not caught halfway
      log(`screenshot ${path.slice(root.length + 1)}`);
      return path;
    },
    async text({ selector, timeout = 10_000 }) {
      return visible(selector).innerText({ timeout });
    },
    async texts({ selector }) {
      return state.page.locator(selector).locator('visible=true').allInnerTexts();
    },
    async waitFor({ selector, state: wanted = 'visible', timeout = 10_000 }) {
      await state.page.locator(selector).first().waitFor({ state: wanted, timeout });
    },
    async press({ key }) {
      await state.page.keyboard.press(key);
    },
    async type({ text }) {
      await state.page.keyboard.type(text);
    },
    async click({ selector, timeout = 10_000 }) {
      await visible(selector).click({ timeout });
    },
  };
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (body += chunk));
    req.on('end', async () => {
      let status = 200;
      let reply;
      let request = {};
      try {
        request = JSON.parse(body);
        const action = req.method === 'POST' && req.url === '/ui' && actions[request.action];
        if (!action) throw new Error(`unknown request ${req.method} ${req.url} ${request.action}`);
        if (!state.page) throw new Error('the workbench page is not open');
        reply = { result: (await action(request)) ?? null };
      } catch (error) {
        status = 500;
        const { selector, state: wanted = 'visible', timeout = 10_000 } = request;
        reply = {
          error:
            error?.name === 'TimeoutError'
              ? `timed out after ${timeout} ms waiting for ${selector} to be ${wanted}`
              : String(error?.message ?? error).split('\n')[0],
        };
      }
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(reply));
    });
  });
  return new Promise((resolveServer, reject) => {
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => resolveServer(server));
  });
}

async function startCodeServer(port, uiPort) {
  const tempDir = (state.tempDir = mkdtempSync(join(tmpdir(), 'briefing-editor-')));
  const userData = join(tempDir, 'user-data');
  const extensions = join(tempDir, 'extensions');
  // Tests change settings and files: they get a copy of the workspace, never the fixtures themselves.
  state.workspaceCopy = join(tempDir, 'workspace');
  cpSync(workspace, state.workspaceCopy, { recursive: true });
  mkdirSync(join(userData, 'User'), { recursive: true });
  mkdirSync(extensions);
  if (args.locale) installEmptyLanguagePack(userData, args.locale);
  // Quiet, offline-friendly settings: nothing to fetch, no welcome page in the way.
  writeFileSync(
    join(userData, 'User/settings.json'),
    JSON.stringify({
      'workbench.startupEditor': 'none',
      'workbench.tips.enabled': false,
      'workbench.enableExperiments': false,
      'telemetry.telemetryLevel': 'off',
      'update.mode': 'none',
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false,
      'extensions.ignoreRecommendations': true,
      'chat.commandCenter.enabled': false,
      'window.commandCenter': false,
      'git.openRepositoryInParentFolders': 'never',
    }),
  );
  const child = spawn(
    codeServerBin,
    [
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--user-data-dir', userData,
      '--extensions-dir', extensions,
      ...(args.locale ? ['--locale', args.locale] : []),
      state.workspaceCopy,
    ],
    {
      // Its own process group, so that cleanup() can stop all its children.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      // The extension host inherits this environment: it is how tests find the control channel.
      env: {
        ...process.env,
        BRIEFING_UI_PORT: String(uiPort),
        BRIEFING_EDITOR_COLOR: process.stdout.isTTY ? '1' : '0',
        BRIEFING_EDITOR_CONSOLE_MARKER: CONSOLE_MARKER,
        // What the suite expects: the display language asked for, and which tests to run.
        ...(args.locale ? { BRIEFING_EDITOR_LOCALE: args.locale } : {}),
        ...(args.grep ? { BRIEFING_EDITOR_GREP: args.grep } : {}),
        // An empty gallery turns the marketplace off instead of failing to reach it.
        EXTENSIONS_GALLERY: '{}',
        // code-server keeps a config file and logs under these; keep them out of $HOME.
        XDG_CONFIG_HOME: join(tempDir, 'config'),
        XDG_DATA_HOME: join(tempDir, 'data'),
      },
    },
  );
  state.codeServer = child;
  for (const stream of [child.stdout, child.stderr]) {
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => {
      for (const line of chunk.split('\n').filter(Boolean)) {
        codeServerOutput.push(line);
        if (codeServerOutput.length > 200) codeServerOutput.shift();
        if (args.verbose) console.log(`[code-server] ${line}`);
      }
    });
  }
  let exitReason;
  const gone = new Promise((resolveGone) => {
    child.on('error', (error) => resolveGone((exitReason ??= error.message)));
    child.on('exit', (code, signal) => resolveGone((exitReason ??= `code-server exited (${signal ?? code})`)));
  });
  await poll(
    `code-server on port ${port}`,
    async () => (await fetch(`http://127.0.0.1:${port}/healthz`)).ok,
    60_000,
    () => exitReason,
  );
  // Wrapped: an async function would wait for a promise it returns bare.
  return { gone };
}

async function main() {
  checkInputs();
  const started = Date.now();
  const control = (state.control = await startControlChannel());
  const port = await freePort();
  log(`starting code-server on 127.0.0.1:${port}`);
  const { gone: codeServerGone } = await startCodeServer(port, control.address().port);

  const browser = (state.browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    // We stop the browser ourselves, after code-server's results are in.
    handleSIGINT: false,
    handleSIGTERM: false,
    // Chromium files crash reports under $XDG_CONFIG_HOME even with a temporary profile.
    env: { ...process.env, XDG_CONFIG_HOME: join(state.tempDir, 'browser-config') },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  }));
  const page = (state.page = await browser.newPage({ viewport: { width: 1400, height: 900 } }));

  // The workbench reports the suite's end through codeAutomationExit and,
  // in test mode, forwards the extension host's console (Mocha's output)
  // through codeAutomationLog. Whatever comes first settles the run.
  const remainingMs = Math.max(0, deadlineMs - (Date.now() - started));
  let reportExit;
  const finished = Promise.race([
    new Promise((resolveExit) => (reportExit = resolveExit)),
    codeServerGone.then((reason) => Promise.reject(new HarnessError(`${reason} before the suite finished`))),
    new Promise((_, reject) => {
      const fail = (why) => () => reject(new HarnessError(`${why} before the suite finished`));
      browser.on('disconnected', fail('the browser closed'));
      page.on('crash', fail('the workbench page crashed'));
      setTimeout(
        () => reject(new HarnessError(`the suite did not finish within the ${args.deadline}s deadline (--deadline, BRIEFING_EDITOR_DEADLINE)`)),
        remainingMs,
      ).unref();
    }),
  ]);
  finished.catch(() => {}); // it may fail while the page is still loading; awaited below
  await page.exposeFunction('codeAutomationLog', (type, message) => {
    // Console calls arrive as their argument lists, format string first.
    const text = Array.isArray(message) ? format(...message) : String(message);
    if (text.startsWith(CONSOLE_MARKER)) {
      // Mocha's report from the extension host: the output that matters.
      (type === 'error' ? process.stderr : process.stdout).write(`${text.slice(CONSOLE_MARKER.length)}\n`);
    } else if (args.verbose || type === 'error') {
      console.error(`[vscode] ${type}: ${text}`);
    }
  });
  await page.exposeFunction('codeAutomationExit', (code) => reportExit(code));
  if (args.verbose) page.on('console', (message) => console.log(`[browser] ${message.text()}`));
  page.on('pageerror', (error) => console.error(`[browser] page error: ${error.message}`));

  const authority = `127.0.0.1:${port}`;
  const payload = [
    ['extensionDevelopmentPath', `vscode-remote://${authority}${extension}`],
    ['extensionTestsPath', `vscode-remote://${authority}${tests}`],
  ];
  const url = `http://${authority}/?folder=${encodeURIComponent(state.workspaceCopy)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  log(`opening ${workspace.slice(root.length + 1) || workspace} in the workbench`);
  await page.goto(url);

  const exitCode = await finished;
  log(`suite finished with exit code ${exitCode} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  return exitCode;
}

let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    interrupted = true;
    log(`${signal}: stopping code-server and the browser`);
    await cleanup();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

let code;
try {
  code = await main();
} catch (error) {
  // An interrupted run fails in whatever step it was in: that is no news.
  if (interrupted) await new Promise(() => {});
  console.error(`[editor] ${error instanceof HarnessError ? error.message : error?.stack ?? error}`);
  if (!args.verbose && codeServerOutput.length) {
    console.error('[editor] last lines from code-server:');
    for (const line of codeServerOutput.slice(-30)) console.error(`  ${line}`);
  }
  code = 1;
}
await cleanup();
process.exit(code);
