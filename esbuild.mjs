// Bundles the VS Code client and the standalone language server.
//   node esbuild.mjs               development build (sourcemaps)
//   node esbuild.mjs --production  minified build, as packaged in the .vsix
//   node esbuild.mjs --watch       rebuild on change
import { rmSync } from 'node:fs';
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Prints build problems the way VS Code's esbuild problem matcher expects. */
const reportProblems = {
  name: 'report-problems',
  setup(build) {
    build.onStart(() => {
      if (watch) console.log('[watch] build started');
    });
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      if (watch) console.log('[watch] build finished');
    });
  },
};

const shared = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'silent',
  plugins: [reportProblems],
  loader: { '.tsv': 'text' },
  // Prefer ES module builds: jsonc-parser's UMD build hides its requires from the bundler.
  mainFields: ['module', 'main'],
  // Some dependencies are ES modules that read import.meta.url, which a CommonJS bundle lacks.
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

const targets = [
  { ...shared, entryPoints: ['client/src/extension.ts'], outfile: 'client/out/extension.js', external: ['vscode'] },
  { ...shared, entryPoints: ['server/src/server.ts'], outfile: 'server/out/server.js', banner: { js: `#!/usr/bin/env node\n${shared.banner.js}` } },
];

if (production) {
  // A production build ships no source maps: drop those of an earlier development build.
  for (const { outfile } of targets) rmSync(`${outfile}.map`, { force: true });
}

try {
  const contexts = await Promise.all(targets.map((options) => esbuild.context(options)));
  if (watch) {
    await Promise.all(contexts.map((context) => context.watch()));
  } else {
    await Promise.all(contexts.map((context) => context.rebuild()));
    await Promise.all(contexts.map((context) => context.dispose()));
  }
} catch {
  // The plugin has printed the errors already.
  process.exit(1);
}
