#!/usr/bin/env node
// Runs the *.test.ts files under the folders given, with Node's test runner and tsx.
// (Node 20's --test does not expand globs itself, and npm's shell has no `**`.)
//   node test/runNodeTests.mjs test/unit test/protocol test/corpus
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const folders = process.argv.slice(2);
const files = folders
  .flatMap((folder) => readdirSync(folder, { recursive: true }).map((name) => join(folder, String(name))))
  .filter((file) => file.endsWith('.test.ts'))
  .sort();
if (files.length === 0) {
  console.error(`No *.test.ts files under ${folders.join(', ')}`);
  process.exit(1);
}
const registerTsv = join(import.meta.dirname, 'registerTsv.cjs');
const result = spawnSync(process.execPath, ['--require', registerTsv, '--import', 'tsx', '--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
