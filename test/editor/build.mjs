// Compiles the editor test suites (test/editor/suite/*.ts) to CommonJS that the
// VS Code extension host can load: one bundle per entry point in
// test/out/editor/suite/. `vscode` is provided by the host and `mocha` is
// resolved from node_modules at run time, so both stay external.
//   node test/editor/build.mjs
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const suiteDir = join(root, 'test/editor/suite');
const outdir = join(root, 'test/out/editor/suite');

// index.ts loads every *.test.js beside it; helpers such as ui.ts are bundled
// into the tests that import them.
const entryPoints = readdirSync(suiteDir)
  .filter((name) => name === 'index.ts' || name.endsWith('.test.ts'))
  .map((name) => join(suiteDir, name));

// A test deleted from the sources must not linger as a stale bundle.
rmSync(outdir, { recursive: true, force: true });

try {
  await esbuild.build({
    entryPoints,
    outdir,
    bundle: true,
    platform: 'node',
  // ES module builds first: jsonc-parser's UMD build hides its requires from the bundler.
  mainFields: ['module', 'main'],
    target: 'node20',
    format: 'cjs',
    sourcemap: true,
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
} catch {
  // esbuild has printed the errors.
  process.exit(1);
}
console.log(`[editor-build] ${entryPoints.length} suite file(s) -> ${outdir.slice(root.length + 1)}`);
