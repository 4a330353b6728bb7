/**
 * The caches of the workspace answer for the text as it is now: a model per (version, text), a
 * file on disk per (modification time, status-change time, size).
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DiskBriefings } from '../../../server/src/workspace/diskBriefings';
import { ModelCache } from '../../../server/src/workspace/modelCache';

const BEFORE = '2026年7月8日外交部发言人例行记者会\n\n问：中方如何评价本次会议？\n\n答：会议取得积极成果。\n';
const AFTER = '2026年7月8日外交部发言人例行记者会\n\n问：中方如何评价本次会议？\n\n答：会议取得积极成果。\n\n问：会议何时结束？\n\n答：今天下午。\n';

describe('the model cache', () => {
  it('parses a text sent under a version number already used, instead of answering with the older text', () => {
    const cache = new ModelCache();
    let document = cache.documents.create('file:///c/a.briefing', 'briefing', 1, BEFORE);
    assert.equal(cache.get(document).sections[0]!.exchanges.length, 1);
    const end = document.positionAt(BEFORE.length);
    document = cache.documents.update(document, [{ range: { start: end, end }, text: '\n问：会议何时结束？\n\n答：今天下午。\n' }], 1);
    const briefing = cache.get(document);
    assert.equal(briefing.text, document.getText());
    assert.equal(briefing.sections[0]!.exchanges.length, 2);
  });

  it('keeps the model of an unchanged version', () => {
    const cache = new ModelCache();
    const document = cache.documents.create('file:///c/b.briefing', 'briefing', 3, BEFORE);
    assert.equal(cache.get(document), cache.get(document));
  });
});

describe('files read from disk', () => {
  it('reads a file again when it was rewritten with the same modification time', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'briefing-disk-'));
    try {
      const path = join(folder, 'talk.en.briefing');
      writeFileSync(path, BEFORE);
      const disk = new DiskBriefings();
      const first = await disk.read(path);
      assert.equal(first?.document.getText(), BEFORE);
      // Whole seconds, which utimes sets exactly.
      const second0 = Math.floor(statSync(path).mtimeMs / 1000);
      utimesSync(path, second0, second0);
      const before = statSync(path).mtimeMs;
      assert.ok(await disk.read(path));
      writeFileSync(path, AFTER);
      utimesSync(path, second0, second0);
      assert.equal(statSync(path).mtimeMs, before, 'the same modification time');
      const second = await disk.read(path);
      assert.equal(second?.document.getText(), AFTER);
      assert.equal(second?.briefing.sections[0]!.exchanges.length, 2);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
