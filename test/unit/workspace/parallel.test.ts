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
import { generatePair } from '../../../bench/inputs';
import { render } from '../../../server/src/l10n';

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
      assert.match(stale.kind === 'unpaired' ? render(stale.reason) : '', /changed while its other version was read/);

      // Asked again for the version now open, it pairs the two.
      const fresh = await parallel.pairingOf(document, parseBriefing(document.getText()));
      assert.equal(fresh.kind, 'paired');
      assert.equal(fresh.kind === 'paired' ? fresh.zh.document.version : 0, 2);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('the alignment of a pair', () => {
  const terms = new TermIndex(builtinEntries());
  const zhText = readFileSync(join(SAMPLES, 'mfa-2026-02-03.zh.briefing'), 'utf8');
  const enText = readFileSync(join(SAMPLES, 'mfa-2026-02-03.en.briefing'), 'utf8');
  const zhUri = 'file:///pair/talk.zh.briefing';
  const enUri = 'file:///pair/talk.en.briefing';

  /** Both versions open, as the editor has them; `texts` may be changed between requests. */
  function openPair(texts: { zh: string; en: string }, versions = { zh: 1, en: 1 }) {
    const open = new Set([zhUri, enUri]);
    const documentOf = (uri: string) => {
      if (!open.has(uri)) return undefined;
      const text = uri === zhUri ? texts.zh : texts.en;
      return { document: TextDocument.create(uri, 'briefing', uri === zhUri ? versions.zh : versions.en, text), briefing: parseBriefing(text) };
    };
    const parallel = new ParallelVersions(documentOf, () => terms, new DiskBriefings());
    const pairing = async () => {
      const zh = documentOf(zhUri)!;
      const found = await parallel.pairingOf(zh.document, zh.briefing);
      assert.equal(found.kind, 'paired');
      return found.kind === 'paired' ? found.alignment : undefined;
    };
    return { parallel, open, pairing };
  }

  it('belongs to the content of both versions, not to version numbers', async () => {
    const texts = { zh: zhText, en: enText };
    const versions = { zh: 1, en: 1 };
    const { pairing } = openPair(texts, versions);
    const first = await pairing();
    versions.zh = 7;
    assert.equal(await pairing(), first, 'a new version number with the same text keeps the alignment');
    // Closed and opened again at version 1 with other text: a new alignment.
    versions.zh = 1;
    // The English as if its last answer were not written yet (and the page footer with it).
    texts.en = enText.slice(0, enText.indexOf('\n\nA: The forum will be held'));
    const second = await pairing();
    assert.notEqual(second, first);
    assert.ok(second!.links.some((link) => link.zh.length > 0 && link.en.length === 0), 'the paragraph whose English went is unpaired');
  });

  it('is freed when neither version is open', async () => {
    const { parallel, open, pairing } = openPair({ zh: zhText, en: enText });
    const first = await pairing();
    open.delete(enUri);
    parallel.forget(enUri);
    open.add(enUri);
    assert.equal(await pairing(), first, 'the Chinese version was still open');
    open.delete(zhUri);
    open.delete(enUri);
    parallel.forget(zhUri);
    open.add(zhUri);
    open.add(enUri);
    assert.notEqual(await pairing(), first, 'computed again once both had been closed');
  });

  it('is computed a slice at a time, and given up when a newer text comes', async () => {
    const big = generatePair(5, (paragraphs) => paragraphs >= 4000);
    const texts = { zh: big.zh, en: big.en };
    const { parallel, pairing } = openPair(texts);
    // Other work queued behind the request: it must run before the alignment is done (an alignment
    // in one piece would settle first, in the microtasks before any immediate).
    let settled = false;
    let pendingWhenOtherWorkRan = false;
    setImmediate(() => (pendingWhenOtherWorkRan = !settled));
    const zh = TextDocument.create(zhUri, 'briefing', 1, big.zh);
    const stale = parallel.pairingOf(zh, parseBriefing(big.zh)).finally(() => (settled = true));
    await new Promise((resolve) => setImmediate(resolve));
    assert.ok(pendingWhenOtherWorkRan, 'the event loop served other work while the alignment ran');
    texts.en = big.en.replace(/\n\n[^\n]+\s*$/, '\n');
    const fresh = await pairing();
    const given = await stale;
    assert.equal(given.kind, 'unpaired', 'the alignment of the old text was given up');
    assert.match(given.kind === 'unpaired' ? render(given.reason) : '', /changed while its other version was read or aligned/);
    assert.ok(fresh!.links.length > 4000);
  });
});
