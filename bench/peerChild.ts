/**
 * Runs the peer in a child process with a larger stack: vscode-markdown-languageservice builds
 * its symbol tree with one recursive call per heading, which overflows node's default stack on
 * the 10 MB input. Prints the run times (ms) as JSON.
 *
 *   node --stack-size=N --import tsx bench/peerChild.ts FILE.md RUNS
 */
import { readFileSync } from 'node:fs';
import { sample } from './measure';
import { peerSymbols } from './peer';

async function main(): Promise<void> {
  const [file, runs] = process.argv.slice(2);
  const markdown = readFileSync(file!, 'utf8');
  const times = await sample(Number(runs), () => peerSymbols(markdown));
  process.stdout.write(JSON.stringify(times));
}

void main();
