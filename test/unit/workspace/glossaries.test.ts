/** The glossaries in force: one term index, built when first asked for and again after a change. */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { Glossaries } from '../../../server/src/workspace/glossaries';

/** A term of this project's own making, in no built-in glossary. */
const TERM = '青岚演练场';

describe('the glossaries in force', () => {
  it('serves one term index until a glossary file changes, then one with its terms', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'briefing-glossaries-'));
    try {
      const glossaries = new Glossaries(() => undefined, () => undefined);
      await glossaries.configure([folder], []);
      const first = glossaries.terms;
      // The same object each time: caches of matches are kept per index.
      assert.equal(glossaries.terms, first);
      assert.deepEqual(first.match(TERM), []);

      const file = join(folder, 'drills.glossary.tsv');
      writeFileSync(file, `${TERM}\tQinglan Training Ground\n`);
      assert.equal(await glossaries.fileChanged(pathToFileURL(file).href, false), true);
      const second = glossaries.terms;
      assert.notEqual(second, first);
      assert.equal(glossaries.terms, second);
      assert.deepEqual(
        second.match(TERM).map((match) => [match.start, match.end]),
        [[0, TERM.length]],
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
