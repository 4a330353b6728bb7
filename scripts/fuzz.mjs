#!/usr/bin/env node
// npm run fuzz: the stdio fuzzer of test/protocol/fuzz.test.ts, long, with a random seed it prints
// (BRIEFING_FUZZ_SEED replays one, BRIEFING_FUZZ_RUNS sets how many documents).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const env = { ...process.env, BRIEFING_FUZZ: 'long' };
const args = ['--require', join(root, 'test', 'registerTsv.cjs'), '--import', 'tsx', '--test', '--test-reporter=spec', join(root, 'test', 'protocol', 'fuzz.test.ts')];
const result = spawnSync(process.execPath, args, { stdio: 'inherit', env, cwd: root });
process.exit(result.status ?? 1);
