/**
 * Where the time of a V8 CPU profile goes: self time per function, summed over every
 * .cpuprofile in a folder (or one file), heaviest first.
 *
 *   node --import tsx bench/profileSummary.ts DIR_OR_FILE [TOP]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

function summarise(files: string[], top: number): string {
  const selfMs = new Map<string, number>();
  let totalMs = 0;
  for (const file of files) {
    const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    // Each sample's time is the delta to the next one.
    profile.samples.forEach((id, k) => {
      const ms = (profile.timeDeltas[k + 1] ?? 0) / 1000;
      const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
      const where = url ? `${relative(process.cwd(), url.replace(/^file:\/\//, ''))}:${lineNumber + 1}` : '';
      const key = `${functionName || '(anonymous)'} ${where}`.trim();
      selfMs.set(key, (selfMs.get(key) ?? 0) + ms);
      totalMs += ms;
    });
  }
  const busy = [...selfMs].filter(([key]) => key !== '(idle)' && key !== '(program)');
  const busyMs = busy.reduce((sum, [, ms]) => sum + ms, 0);
  const rows = busy
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([key, ms]) => `${ms.toFixed(0).padStart(7)} ms ${((ms / busyMs) * 100).toFixed(1).padStart(5)}%  ${key}`);
  return [`${files.length} profile(s), ${totalMs.toFixed(0)} ms sampled, ${busyMs.toFixed(0)} ms busy (not idle/program)`, ...rows].join('\n');
}

const [target, top = '25'] = process.argv.slice(2);
if (!target) {
  console.error('usage: node --import tsx bench/profileSummary.ts DIR_OR_FILE [TOP]');
  process.exit(2);
}
const files = statSync(target).isDirectory()
  ? readdirSync(target).filter((name) => name.endsWith('.cpuprofile')).map((name) => join(target, name))
  : [target];
console.log(summarise(files, Number(top)));
