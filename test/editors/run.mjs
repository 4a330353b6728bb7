// What the headless editor tests share: a fresh folder of fixture transcripts, the built server,
// and running an editor with a deadline that kills it and says what it printed.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SERVER = join(ROOT, 'server', 'out', 'server.js');

/** A temporary folder holding the fixtures (no .git above it: it is its own workspace). */
export function fixtureFolder() {
  if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run "npm run build" first.`);
  const folder = mkdtempSync(join(tmpdir(), 'briefing-editor-'));
  cpSync(join(ROOT, 'test', 'editors', 'fixtures'), folder, { recursive: true });
  return { folder, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

/**
 * Runs `command` in `cwd` until it exits or `ms` pass (then it is killed and the run fails), and
 * returns the JSON it wrote to the file named by $BRIEFING_RESULT.
 */
export async function runEditor(command, args, cwd, ms) {
  const resultFile = join(cwd, 'result.json');
  const child = spawn(command, args, {
    cwd,
    // No display, no terminal: the editors run as they would in CI.
    env: { ...process.env, BRIEFING_RESULT: resultFile, DISPLAY: '', TERM: 'dumb' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exit = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve({ timedOut: true });
    }, ms);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`Could not run ${command} (run "bash scripts/provision-editors.sh"): ${error.message}`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code });
    });
  });
  if (exit.timedOut) throw new Error(`${command} did not finish within ${ms / 1000} s. It printed:\n${output}`);
  if (!existsSync(resultFile)) throw new Error(`${command} exited (${exit.code}) without writing its result. It printed:\n${output}`);
  return { result: JSON.parse(readFileSync(resultFile, 'utf8')), output };
}

/** The value of a step, or a failure that says what the editor reported. */
/** What every editor must get from the server on the fixtures, whichever way it shows it. */
export const ON_THE_FIXTURES = {
  /** The hover on 联合国安理会: its gloss, and how the English file renders it. */
  gloss: [/联合国安理会\*\* → \*\*UNSC\*\* · \*\*UN Security Council\*\*/, /renders it as “UN Security Council”/],
  /** Go to definition from the second question: the same question in the English file. */
  definition: { file: 'harbour.en.txt', line: 7, text: 'Q: What will the UN Security Council discuss next week?' },
  /** The outline of a text file that is no transcript. */
  notes: { count: 0 },
};

export function stepOf(result, name) {
  const value = result.steps?.[name];
  if (value === undefined) throw new Error(`The step "${name}" did not run: ${JSON.stringify(result)}`);
  if (value && typeof value === 'object' && 'error' in value && Object.keys(value).length === 1) throw new Error(`The step "${name}" failed in the editor: ${value.error}`);
  return value;
}
