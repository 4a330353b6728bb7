#!/usr/bin/env node
// The package as a user installs it: the .vsix (built by `npm run package`) is installed into a
// fresh VS Code (code-server, offline), and its page in the Extensions view must show the icon and
// every picture of the README, read from the installed extension (no repository to fetch them
// from). Saves test/editor/screenshots/extension-page.png.
//   node test/editor/extensionPage.mjs [--vsix FILE] [--verbose]
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { freePort } from '../../scripts/freePort.mjs';
import { root } from './runnerOptions.mjs';

const { values: args } = parseArgs({
  options: {
    vsix: { type: 'string', default: join(root, 'briefing-transcripts.vsix') },
    verbose: { type: 'boolean', default: false },
  },
});
const codeServerBin = join(root, '.vscode-test/code-server/node_modules/.bin/code-server');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** A failure seen on the page, reported without a stack trace. */
class PageError extends Error {}
const log = (message) => console.log(`[extension page] ${message}`);
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const pictures = [...readFileSync(join(root, 'README.md'), 'utf8').matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]);

for (const [what, path, hint] of [
  ['the package', args.vsix, 'npm run package'],
  ['code-server', codeServerBin, 'bash scripts/provision-editor.sh'],
  ['Chromium', chromiumPath, 'bash scripts/provision-editor.sh'],
]) {
  if (!existsSync(path)) {
    console.error(`[extension page] ${what} (${path}) is missing: run ${hint}`);
    process.exit(1);
  }
}

const temp = mkdtempSync(join(tmpdir(), 'briefing-extension-page-'));
let codeServer;
let browser;
let page;
try {
  const environment = { ...process.env, EXTENSIONS_GALLERY: '{}', XDG_CONFIG_HOME: join(temp, 'config'), XDG_DATA_HOME: join(temp, 'data') };
  const extensions = join(temp, 'extensions');
  const userData = join(temp, 'user-data');
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(join(userData, 'User/settings.json'), JSON.stringify({ 'workbench.startupEditor': 'none', 'git.openRepositoryInParentFolders': 'never', 'telemetry.telemetryLevel': 'off', 'extensions.autoCheckUpdates': false, 'update.mode': 'none' }));
  const installed = spawnSync(codeServerBin, ['--extensions-dir', extensions, '--user-data-dir', userData, '--install-extension', resolve(args.vsix)], { env: environment, encoding: 'utf8' });
  if (installed.status !== 0) fail(`installing the .vsix failed: ${installed.stderr || installed.stdout}`);
  log(`installed ${args.vsix.slice(root.length + 1)}`);

  const port = await freePort();
  codeServer = spawn(codeServerBin, ['--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--user-data-dir', userData, '--extensions-dir', extensions, join(root, 'samples')], { env: environment, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  if (args.verbose) codeServer.stdout.on('data', (chunk) => process.stdout.write(`[code-server] ${chunk}`));
  await until('code-server to answer', async () => (await fetch(`http://127.0.0.1:${port}/healthz`)).ok, 60_000);

  browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(join(root, 'samples'))}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });

  // As a user would: the Extensions view, its installed list, then the extension's entry.
  await page.keyboard.press('Control+Shift+X');
  await page.locator('.extensions-viewlet .suggest-input-container').click({ timeout: 30_000 });
  await page.keyboard.type('@installed');
  await page.locator(`.extensions-viewlet .monaco-list-row:has-text("${manifest.displayName}")`).first().click({ timeout: 30_000 });
  const editor = page.locator('.extension-editor');
  await editor.waitFor({ timeout: 30_000 });
  await until('the extension page to show the icon', () => editor.locator('.icon-container img').first().evaluate((img) => img.complete && img.naturalWidth > 0), 30_000);

  // The README is in a webview: an iframe whose active frame holds the rendered Markdown.
  const readme = await until('the README in the extension page', async () => {
    for (const frame of page.frames()) {
      if ((await frame.locator('h1:has-text("Briefing Transcripts")').count().catch(() => 0)) > 0) return frame;
    }
    return undefined;
  }, 30_000);
  const images = await until(`the README's ${pictures.length} pictures to load`, async () => {
    const found = await readme.locator('img').evaluateAll((imgs) => imgs.map((img) => ({ src: img.getAttribute('src'), width: img.naturalWidth, done: img.complete })));
    if (args.verbose) console.log(found);
    return found.length === pictures.length && found.every((img) => img.done) ? found : undefined;
  }, 30_000);
  const broken = images.filter((img) => img.width === 0);
  if (broken.length > 0) fail(`pictures that do not show in the extension page: ${broken.map((img) => img.src).join(', ')}`);
  log(`icon and ${images.length} README pictures shown (${images.map((img) => `${img.src.slice(0, 24)}… ${img.width}px`).join('; ')})`);
  await readme.locator('img').first().scrollIntoViewIfNeeded();
  const shot = join(root, 'test/editor/screenshots/extension-page.png');
  mkdirSync(join(root, 'test/editor/screenshots'), { recursive: true });
  await page.screenshot({ path: shot });
  log(`screenshot ${shot.slice(root.length + 1)}`);
} catch (error) {
  console.error(`[extension page] FAILED: ${error instanceof PageError ? error.message : error.stack}`);
  process.exitCode = 1;
  // What the window showed, to see why.
  await page?.screenshot({ path: join(root, 'test/editor/screenshots/extension-page-failed.tmp.png') }).catch(() => undefined);
} finally {
  await browser?.close();
  if (codeServer?.pid) {
    try {
      process.kill(-codeServer.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  rmSync(temp, { recursive: true, force: true });
}

/** Polls `probe` until it returns something truthy; fails with `what` after `timeoutMs`. */
async function until(what, probe, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await Promise.resolve().then(probe).catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) fail(`timed out waiting for ${what}`);
    await new Promise((resolveTick) => setTimeout(resolveTick, 200));
  }
}

function fail(message) {
  throw new PageError(message);
}
