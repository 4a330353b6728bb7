#!/usr/bin/env node
// Renders the package's pictures with the headless Chromium the editor tests use
// (scripts/provision-editor.sh installs it): images/icon.svg → images/icon.png (128 × 128, as the
// extension page wants a PNG), and the editor tests' screenshots → docs/images/*.webp for the
// README (lossy WebP: a fifth of the PNGs' size, text still sharp; the .vsix carries them and must
// stay under 1 MB).
//   node scripts/images.mjs            after `npm run test:editor` and `npm run test:package` have taken the screenshots
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// Each picture cut to what it shows (x, y, width, height in the 1400 × 900 window).
const SCREENSHOTS = {
  outline: [0, 0, 1000, 640],
  hover: [340, 60, 760, 170],
  'side-by-side': [0, 0, 1400, 600],
  // From npm run test:package: the installed .vsix's page in the Extensions view (not in the README).
  'extension-page': [0, 0, 1400, 900],
};
const QUALITY = 0.6;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: 128, height: 128 }, deviceScaleFactor: 1 });
  await page.setContent(`<body style="margin:0;background:transparent">${readFileSync(join(root, 'images/icon.svg'), 'utf8')}</body>`);
  await page.screenshot({ path: join(root, 'images/icon.png'), omitBackground: true, clip: { x: 0, y: 0, width: 128, height: 128 } });
  report('images/icon.png');
  for (const [name, crop] of Object.entries(SCREENSHOTS)) {
    const source = join(root, 'test/editor/screenshots', `${name}.png`);
    if (!existsSync(source)) throw new Error(`${source} is missing: run npm run test:editor and npm run test:package first`);
    const png = readFileSync(source);
    // Chromium's canvas encodes WebP, which keeps text sharp at a fraction of a JPEG's size.
    const webp = await page.evaluate(async ([dataUrl, [x, y, width, height], quality]) => {
      const image = new Image();
      image.src = dataUrl;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      canvas.getContext('2d').drawImage(image, x, y, width, height, 0, 0, width, height);
      return canvas.toDataURL('image/webp', quality);
    }, [`data:image/png;base64,${png.toString('base64')}`, crop, QUALITY]);
    writeFileSync(join(root, 'docs/images', `${name}.webp`), Buffer.from(webp.slice(webp.indexOf(',') + 1), 'base64'));
    report(`docs/images/${name}.webp`);
  }
} finally {
  await browser.close();
}

function report(path) {
  console.log(`[images] ${path} ${(statSync(join(root, path)).size / 1000).toFixed(0)} KB`);
}
