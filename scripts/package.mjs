#!/usr/bin/env node
// npm run package: the production build, then the .vsix. The packaged README carries its pictures
// as data: URIs: VS Code's extension page renders a README in a webview that cannot reach the
// installed extension's files, and its sanitizer keeps only http(s) and data: images, so relative
// links (or a repository URL, which this project does not have) would show broken pictures.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const output = process.argv[2] ?? join(root, 'briefing-transcripts.vsix');
const MEDIA_TYPES = { '.webp': 'image/webp', '.png': 'image/png', '.jpg': 'image/jpeg', '.svg': 'image/svg+xml' };

execFileSync(process.execPath, [join(root, 'esbuild.mjs'), '--production'], { cwd: root, stdio: 'inherit' });

const readme = readFileSync(join(root, 'README.md'), 'utf8').replace(/(!\[[^\]]*\]\()([^)\s]+)\)/g, (whole, start, path) => {
  if (/^[a-z]+:/i.test(path)) return whole;
  const type = MEDIA_TYPES[extname(path).toLowerCase()];
  if (!type) throw new Error(`README.md: no media type known for the picture ${path}`);
  return `${start}data:${type};base64,${readFileSync(join(root, path)).toString('base64')})`;
});
const packaged = join(root, 'out/package');
mkdirSync(packaged, { recursive: true });
writeFileSync(join(packaged, 'README.md'), readme);

const vsce = join(root, 'node_modules/@vscode/vsce/vsce');
execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--no-rewrite-relative-links', '--allow-missing-repository', '--readme-path', 'out/package/README.md', '-o', output], { cwd: root, stdio: 'inherit' });
