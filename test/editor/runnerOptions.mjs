// What both editor runners (runOffline.mjs, runElectron.mjs) share: the project root and the
// command-line options that say what to test.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export const SUITE_OPTIONS = {
  workspace: { type: 'string', default: join(root, 'test/editor/fixtures/workspace') },
  extension: { type: 'string', default: root },
  tests: { type: 'string', default: join(root, 'test/out/editor/suite/index.js') },
};
