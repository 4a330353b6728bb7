/** Pairing a document with its other language version read from disk, while the document is edited. */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { builtinEntries, TermIndex } from '../../../server/src/glossary';
import { parseBriefing } from '../../../server/src/model';
import { DiskBriefings, type DiskBriefing } from '../../../server/src/workspace/diskBriefings';
import { ParallelVersions } from '../../../server/src/workspace/parallel';

const SAMPLES = join(__dirname, '..', '..', '..', 'samples');

/** Reads files when the test lets it, so that an edit can come in between. */
class GatedDisk extends DiskBriefings {
  private opened!: () => void;
  private readonly gate = new Promise<void>((resolve) => (this.opened = resolve));

  open(): void {
    this.opened();
  }

  override async read(path: string, why?: (message: string) => void): Promise<DiskBriefing | undefined> {
    await this.gate;
    return super.read(path, why);
  }
}

describe('pairing with a version on disk', () => {
  it('does not align a model that an edit replaced while the other version was read', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'briefing-parallel-'));
    try {
      writeFileSync(join(folder, 'talk.en.briefing'), readFileSync(join(SAMPLES, 'mfa-2026-02-03.en.briefing')));
      const text = readFileSync(join(SAMPLES, 'mfa-2026-02-03.zh.briefing'), 'utf8');
      const document = TextDocument.create(pathToFileURL(join(folder, 'talk.zh.briefing')).href, 'briefing', 1, text);
      const disk = new GatedDisk();
      const terms = new TermIndex(builtinEntries());
      const parallel = new ParallelVersions(() => undefined, () => terms, disk);

      const pending = parallel.pairingOf(document, parseBriefing(text));
      // The editor's next change arrives before the English version has been read.
      const end = document.positionAt(text.length);
      TextDocument.update(document, [{ range: { start: end, end }, text: '\n\n我们注意到了。' }], 2);
      disk.open();
      const stale = await pending;
      assert.equal(stale.kind, 'unpaired');
      assert.match(stale.kind === 'unpaired' ? stale.reason : '', /changed while its other version was read/);

      // Asked again for the version now open, it pairs the two.
      const fresh = await parallel.pairingOf(document, parseBriefing(document.getText()));
      assert.equal(fresh.kind, 'paired');
      assert.equal(fresh.kind === 'paired' ? fresh.zh.stamp : '', 'v2');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
