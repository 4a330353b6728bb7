// Bundles the VS Code client, the standalone language server and the command line (briefing-qa).
//   node esbuild.mjs               development build (sourcemaps)
//   node esbuild.mjs --production  minified build, as packaged in the .vsix (the client also through terser)
//   node esbuild.mjs --watch       rebuild on change
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as esbuild from 'esbuild';
import { minify } from 'terser';

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

/** terser after esbuild's minifier: about 3% smaller, as its compressor inlines and folds more. */
async function minifyFurther(file) {
  const { code } = await minify(readFileSync(file, 'utf8'), { compress: { passes: 2 }, mangle: true, toplevel: true });
  writeFileSync(file, code);
}

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

const client = {
  ...shared,
  entryPoints: ['client/src/extension.ts'],
  outfile: 'client/out/extension.js',
  // main.js, the language client, is a bundle of its own that extension.js loads when a briefing opens.
  external: ['vscode', './main.js'],
  // vscode-languageserver-types has an ES module build beside its UMD one, chosen by the `import`
  // condition: there the minifier renames what the UMD build keeps as exports.X (3 KB). No other
  // package in the client bundle has conditional exports.
  conditions: ['import'],
};

const clientMain = { ...client, entryPoints: ['client/src/main.ts'], outfile: 'client/out/main.js', external: ['vscode'] };

const targets = [
  client,
  clientMain,
  { ...shared, entryPoints: ['server/src/server.ts'], outfile: 'server/out/server.js', banner: { js: `#!/usr/bin/env node\n${shared.banner.js}` } },
  // The command line (briefing-qa): not in the .vsix, only in the npm package (see .npmignore).
  { ...shared, entryPoints: ['server/src/cli.ts'], outfile: 'server/out/cli.js', banner: { js: `#!/usr/bin/env node\n${shared.banner.js}` } },
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
    const results = await Promise.all(contexts.map((context) => context.rebuild()));
    await Promise.all(contexts.map((context) => context.dispose()));
    // Errors that a plugin reports when the build ends do not reject rebuild().
    if (results.some((result) => result.errors.length > 0)) process.exit(1);
    if (production) await Promise.all([client, clientMain].map(({ outfile }) => minifyFurther(outfile)));
  }
} catch (error) {
  // The plugin has printed esbuild's errors already; anything else (terser) has not.
  if (!Array.isArray(error?.errors)) console.error(error);
  process.exit(1);
}
