/**
 * briefing-qa: the command line (bundled to server/out/cli.js, the package's `briefing-qa` bin).
 * Checks pairs of transcript files for a team's CI and exports their aligned paragraphs; see
 * `briefing-qa --help` and cli/run.ts. No LSP here: model, align, qa and export on files.
 */
import { version } from '../../package.json';
import { checkTranslation } from './qa';
import { runCli } from './cli/run';

try {
  process.exitCode = runCli(
    process.argv.slice(2),
    { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text), cwd: process.cwd() },
    { check: checkTranslation, version },
  );
} catch (error) {
  // A fault of the tool, not of the input (runCli reports those itself). Node would exit with 1,
  // which means "findings" here: a CI job must not take a crash for a failed check.
  process.stderr.write(`briefing-qa: internal error, please report it: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 2;
}
