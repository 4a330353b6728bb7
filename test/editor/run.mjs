#!/usr/bin/env node
// Runs the editor suites with the runner that can work on this machine:
// @vscode/test-electron where there is a display (it downloads VS Code), or the offline runner
// (code-server + headless Chromium) on machines with no display, such as CI.
// BRIEFING_EDITOR_RUNNER=electron|offline overrides the choice.
import { spawnSync } from 'node:child_process';

const chosen =
  process.env.BRIEFING_EDITOR_RUNNER ??
  (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY ? 'offline' : 'electron');
if (!['electron', 'offline'].includes(chosen)) {
  console.error(`BRIEFING_EDITOR_RUNNER must be "electron" or "offline", not "${chosen}".`);
  process.exit(2);
}
console.log(`[editor] running the editor suites with the ${chosen} runner (set BRIEFING_EDITOR_RUNNER to choose)`);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const result = spawnSync(npm, ['run', `test:editor:${chosen}`], { stdio: 'inherit' });
process.exit(result.status ?? 1);
