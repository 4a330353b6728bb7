/**
 * npm run bench: speed and memory figures against the budgets of DESIGN.md §8, with VS Code's
 * Markdown language service as a peer. Not part of the tests.
 *
 *   npm run bench                 production build, all figures, a Markdown table on stdout
 *
 * The bench itself runs as an esbuild bundle (bench/run.bundle.js, beside this file so that paths
 * hold), as the server ships: under tsx every call into another module reads it through getters,
 * which slowed the in-process figures by about a tenth.
 *   npm run bench -- --profile    development build (readable names), and the server runs with
 *                                 --cpu-prof, one folder per scenario; summarise with
 *                                 bench/profileSummary.ts. Run node itself with --cpu-prof to
 *                                 profile the in-process figures too.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, isAbsolute, join } from 'node:path';
import { alignment, glossary, heapAfterPairedDocuments, heapOfLargeModel, outlineSteps, outlineVersusPeer } from './inProcess';
import { firstJump, jumpAccuracy } from './inProgressFigures';
import { translationMemoryFigures } from './memoryFigures';
import { transcriptOfSize, writeWorkspace } from './inputs';
import { busyShare, machine, mb, median, percentile, speedProbe, table, timed, type Figure } from './measure';
import { afterEdits, coldOutlines, hoverAndDefinition, memoryWithLargeFile, outlineAfterEdit, startToFirstOutline, transportAB, typing, workspaceSymbols } from './overStdio';

const SEED = 20260129;
const ROOT = join(__dirname, '..');
const KB = 1000;
const MB = 1000 * KB;

/** Our time as a share of the peer's (the Markdown service on the same content): the budget is 0.2×, the aim 0.1×. */
function peerRatio(name: string, ours: number, peer: number, which: string): Figure {
  const ratio = ours / peer;
  return { name, median: `${ratio.toFixed(3)}×`, p95: '', budget: '≤ 0.2× (aim 0.1×)', within: ratio <= 0.2, note: `${which} ${ours.toFixed(1)} ms, peer median ${peer.toFixed(0)} ms` };
}

function bundleFigure(name: string, path: string, budget?: number): Figure {
  const size = statSync(isAbsolute(path) ? path : join(ROOT, path)).size;
  const figure: Figure = { name: `bundle ${basename(path)}`, median: `${(size / KB).toFixed(0)} KB`, p95: '', note: name };
  if (budget !== undefined) Object.assign(figure, { budget: `< ${budget / KB} KB`, within: size < budget });
  return figure;
}

async function main(): Promise<void> {
  const started = Date.now();
  const busyAtStart = await busyShare();
  const speedAtStart = speedProbe();
  const profile = process.argv.includes('--profile');
  const profileDir = join(tmpdir(), `briefing-bench-profiles-${process.pid}`);
  // One folder of server profiles per scenario, so that each can be summarised on its own.
  const nodeFlags = (scenario: string) => (profile ? ['--cpu-prof', `--cpu-prof-dir=${join(profileDir, scenario)}`] : []);
  const log = (message: string) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0)}s] ${message}\n`);

  // The bundles as packaged; a profile needs the unminified development build instead.
  log(profile ? 'development build' : 'production build');
  execFileSync(process.execPath, ['esbuild.mjs', ...(profile ? [] : ['--production'])], { cwd: ROOT, stdio: 'inherit' });
  const figures: Figure[] = [
    bundleFigure('VS Code client, what activation loads on any plain-text file', 'client/out/extension.js'),
    bundleFigure('VS Code client, loaded with the first briefing: vscode-languageclient as published', 'client/out/main.js'),
    bundleFigure('language server, with the built-in glossary as text', 'server/out/server.js'),
  ];
  // The budget is the package's (DESIGN.md §8): what users download.
  if (!profile) {
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'package.mjs'), join(tmpdir(), 'briefing-bench.vsix')], { cwd: ROOT, stdio: 'ignore' });
    figures.push(bundleFigure('the whole extension, as packaged', join(tmpdir(), 'briefing-bench.vsix'), 1 * MB));
  }

  log('generating inputs');
  const sizes = [
    { label: '100 KB', text: transcriptOfSize(100 * KB, SEED), runs: 20 },
    { label: '1 MB', text: transcriptOfSize(1 * MB, SEED + 1), runs: 20 },
    { label: '10 MB', text: transcriptOfSize(10 * MB, SEED + 2), runs: 4 },
  ];
  const oneMegabyte = sizes[1]!.text;
  const tenMegabytes = sizes[2]!.text;
  const workspace = mkdtempSync(join(tmpdir(), 'briefing-bench-ws-'));
  const workspaceBytes = writeWorkspace(workspace, 2000, SEED + 3);
  log(`workspace: 2000 files, ${mb(workspaceBytes)} in ${workspace}`);

  try {
    log('over stdio: start to first outline');
    figures.push(await startToFirstOutline(10, nodeFlags('start')));
    log('over stdio: cold outlines');
    figures.push(...(await coldOutlines(sizes, nodeFlags('cold'))));
    // After the cold outlines, on purpose: this process has read large answers, as a running editor
    // has, and glibc then serves the next large reads from its heap instead of fresh pages.
    log('over stdio: edits');
    figures.push(...(await afterEdits(oneMegabyte, 60, SEED + 4, nodeFlags('edit'))));
    log('over stdio: A/B of the transport');
    figures.push(...(await transportAB(oneMegabyte, 80, SEED + 4, nodeFlags('edit'))));
    log('over stdio: hover and definition');
    figures.push(...(await hoverAndDefinition(oneMegabyte, 200, SEED + 5, nodeFlags('hover'))));
    log('over stdio: workspace symbols');
    figures.push(...(await workspaceSymbols(workspace, 2000, 10, nodeFlags('workspace'))));
    log('over stdio: memory');
    figures.push(...(await memoryWithLargeFile(tenMegabytes, nodeFlags('memory'))));
    log('in-process: outline against the Markdown peer');
    const versusPeer = await outlineVersusPeer(sizes);
    figures.push(...versusPeer.figures);
    log('over stdio: the outline after an edit and typing at 10 MB, against the peer');
    const afterEdit1 = figures.find((f) => f.name === 'outline after a one-line edit, 1 MB')!.median as number;
    const afterEdit10 = await outlineAfterEdit(tenMegabytes, 10, SEED + 11, nodeFlags('edit10'));
    const keystrokes = await typing(tenMegabytes, 100, SEED + 12, nodeFlags('typing'));
    figures.push(
      timed('outline after a one-line edit, 10 MB', afterEdit10, undefined, 'over stdio, as the editor receives it (JSON parsed)'),
      timed('typing in a 10 MB bilingual file: a keystroke and what the editor then asks', keystrokes, undefined, 'outline + semantic-token delta + folding + pairing status, sent together'),
      peerRatio('outline after a one-line edit over stdio, against the peer, 1 MB', afterEdit1, versusPeer.peer.get('1 MB')!, 'median'),
      peerRatio('outline after a one-line edit over stdio, against the peer, 10 MB', median(afterEdit10), versusPeer.peer.get('10 MB')!, 'median'),
      peerRatio('typing, p95 per keystroke against the peer\'s outline, 10 MB', percentile(keystrokes, 95), versusPeer.peer.get('10 MB')!, 'p95'),
    );
    figures.push(...(await outlineSteps(oneMegabyte, SEED + 8)));
    log('over stdio: first jump into an unfinished translation');
    figures.push(...(await firstJump(SEED + 9, nodeFlags('progress'))));
    log('in-process: alignment');
    figures.push(...(await alignment(SEED + 6)));
    log('in-process: jump accuracy in translations in progress');
    figures.push(...(await jumpAccuracy()));
    log('translation memory: 1,000 briefings from the archive');
    figures.push(...(await translationMemoryFigures(nodeFlags('memory-tm'), versusPeer.peer.get('1 MB'))));
    log('in-process: glossary');
    figures.push(...(await glossary(SEED + 7, oneMegabyte)));
    figures.push(heapOfLargeModel(tenMegabytes));
    figures.push(await heapAfterPairedDocuments(SEED + 10));
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }

  const over = figures.filter((f) => f.within === false);
  console.log(`## Benchmark (${new Date().toISOString().slice(0, 10)})\n`);
  console.log(`Machine: ${machine()}. Before the bench: ${busyAtStart}; after: ${await busyShare()}.`);
  console.log(`Machine speed (the same work before and after the bench): ${speedAtStart}; ${speedProbe()}.`);
  console.log(`Seed ${SEED}. Inputs: ${sizes.map((s) => `${s.label} = ${mb(Buffer.byteLength(s.text))}`).join(', ')}.`);
  console.log(profile ? 'PROFILE RUN: development build under --cpu-prof; these times are not the figures.\n' : 'Bundles and the server are the production build (node esbuild.mjs --production); the in-process figures run from an esbuild bundle of the bench.');
  console.log('Times are wall-clock; "over stdio" runs from the first message sent to the response received. Verdicts judge the p95 (ratios: the medians). KB = 1000 bytes.\n');
  console.log(table(figures));
  console.log(`\n${over.length === 0 ? 'Every budget is within.' : `OVER: ${over.map((f) => f.name).join('; ')}.`} Bench took ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  // A missed budget fails the run, so that a script or CI can tell.
  if (over.length > 0) process.exitCode = 1;
  if (profile) console.log(`\nServer CPU profiles: ${profileDir} , one folder per scenario (summarise: node --import tsx bench/profileSummary.ts ${profileDir}/edit)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
