/**
 * The translation memory through the built server: completion of earlier renderings in the
 * English version, the hover's memory section, the store that a restart reads, a corrupt store,
 * a folder named in the settings, and files that are no briefings.
 */
import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { CompletionList, Hover, MarkupContent, TextEdit } from 'vscode-languageserver-protocol';
import { startServer, type ServerSession } from './lspClient';

const EARLIER_ZH = [
  '2026年3月2日外交部发言人例行记者会',
  '',
  '问：你对绿源港口项目有何评论？',
  '',
  '答：绿源港口项目是双方互利合作的成果。我们欢迎更多国家参与这一项目。',
].join('\n');
const EARLIER_EN = [
  "Foreign Ministry Spokesperson's Regular Press Conference on March 2, 2026",
  '',
  'Q: What is your comment on the Green Spring Port project?',
  '',
  'A: The Green Spring Port project is a fruit of mutually beneficial cooperation between the two sides. We welcome more countries to take part in it.',
].join('\n');
const TODAY_ZH = [
  '2026年9月15日外交部发言人例行记者会',
  '',
  '问：柯文清大使昨天会见了哪些官员？',
  '',
  '答：柯文清大使会见了当地官员。',
  '',
  '问：你对绿源港口项目有何评论？',
  '',
  '答：绿源港口项目是双方互利合作的重要成果。',
].join('\n');
/** Translated up to the second question, which has only its label so far. */
const TODAY_EN = [
  "Foreign Ministry Spokesperson's Regular Press Conference on September 15, 2026",
  '',
  'Q: Which officials did Ambassador Ke Wenqing meet yesterday?',
  '',
  'A: Ambassador Ke Wenqing met local officials.',
  '',
  'Q:',
].join('\n');

describe('translation memory over LSP', () => {
  let root: string;
  let workspace: string;
  let storage: string;
  let session: ServerSession;
  const enUri = () => pathToFileURL(join(workspace, 'today.en.briefing')).href;
  const zhUri = () => pathToFileURL(join(workspace, 'today.zh.briefing')).href;
  const start = async (settings: unknown = {}) => {
    session = await startServer(workspace, settings, undefined, { initializationOptions: { storagePath: storage } });
    session.open(zhUri(), TODAY_ZH);
    session.open(enUri(), TODAY_EN);
    return session.connection.sendRequest<{ enabled: boolean; sources: number; units: number }>('briefing/memoryStatus');
  };
  const complete = async (line: number, character: number) => {
    const list = await session.connection.sendRequest<CompletionList>('textDocument/completion', { textDocument: { uri: enUri() }, position: { line, character }, context: { triggerKind: 1 } });
    // Asked after briefing/memoryStatus: the memory is built, nothing more will come.
    assert.equal(list.isIncomplete, false);
    return list.items;
  };

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'briefing-memory-'));
    workspace = join(root, 'workspace');
    storage = join(root, 'storage');
    mkdirSync(workspace);
    for (const [name, text] of [['earlier.zh.briefing', EARLIER_ZH], ['earlier.en.briefing', EARLIER_EN], ['today.zh.briefing', TODAY_ZH], ['today.en.briefing', TODAY_EN]] as const) {
      writeFileSync(join(workspace, name), text);
    }
    // Files that are no briefings, under names that say they are: read, found wanting, left out.
    writeFileSync(join(workspace, 'noise.zh.txt'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    writeFileSync(join(workspace, 'noise.en.txt'), '\u0000\uFFFF'.repeat(1000));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('builds from the workspace pairs and keeps them in the storage folder', async () => {
    const status = await start();
    try {
      assert.equal(status.enabled, true);
      assert.ok(status.units >= 4, JSON.stringify(status));
      assert.ok(existsSync(join(storage, 'translation-memory.json')));
    } finally {
      await session.close();
    }
  });

  it('offers the earlier rendering after the label of an untranslated question, with score and date', async () => {
    await start();
    try {
      const items = await complete(6, 2);
      const item = items.find((i) => i.label === 'What is your comment on the Green Spring Port project?');
      assert.ok(item, JSON.stringify(items.map((i) => i.label)));
      assert.deepEqual(item.labelDetails, { detail: ' 100%', description: '2026-03-02' });
      assert.equal((item.textEdit as TextEdit).newText, ' What is your comment on the Green Spring Port project?');
      assert.deepEqual((item.textEdit as TextEdit).range, { start: { line: 6, character: 2 }, end: { line: 6, character: 2 } });
      assert.match((item.documentation as MarkupContent).value, /你对绿源港口项目有何评论？/);
      // The pair being translated is no earlier rendering of itself.
      assert.ok(!items.some((i) => /Ke Wenqing/.test(String(i.label))));
    } finally {
      await session.close();
    }
  });

  it('shows the closest earlier renderings in the hover on a Chinese sentence, only from 75%', async () => {
    await start();
    try {
      const lines = TODAY_ZH.split('\n');
      const hoverAt = async (line: number) => {
        const hover = await session.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: zhUri() }, position: { line, character: 4 } });
        return (hover?.contents as MarkupContent | undefined)?.value ?? '';
      };
      const fuzzy = await hoverAt(lines.indexOf('答：绿源港口项目是双方互利合作的重要成果。'));
      assert.match(fuzzy, /\*\*Translation memory\*\*\n- \*\*\d\d%\*\* · 2026-03-02: The Green Spring Port project is a fruit/);
      assert.doesNotMatch(await hoverAt(lines.indexOf('答：柯文清大使会见了当地官员。')), /Translation memory/);
    } finally {
      await session.close();
    }
  });

  it('reads the store after a restart instead of aligning the pairs again', async () => {
    await start();
    try {
      const builds = session.logs.filter((line) => /aligned now/.test(line));
      assert.equal(builds.length, 1, session.logs.join('\n'));
      assert.match(builds[0]!, /: [1-9]\d* units from \d+ files, 0 aligned now\./);
      assert.ok((await complete(6, 2)).some((i) => i.label === 'What is your comment on the Green Spring Port project?'));
    } finally {
      await session.close();
    }
  });

  it('discards a corrupt store with a log line and builds anew', async () => {
    writeFileSync(join(storage, 'translation-memory.json'), '{"version": 1, "sources": [{"source": ');
    const status = await start();
    try {
      assert.ok(status.units >= 4);
      assert.ok(session.logs.some((line) => /store discarded \(not JSON/.test(line)), session.logs.join('\n'));
    } finally {
      await session.close();
    }
  });

  it('reads the folders named in briefing.memory.folders: their renderings, and their terms for the glossary; nothing when disabled', async () => {
    const archive = join(root, 'archive');
    mkdirSync(archive);
    const zh = ['2025年1月6日外交部发言人例行记者会', '答：蓝湾协定今年生效。', '答：各方都支持蓝湾协定。', '答：蓝湾协定保护了渔民的利益。'];
    const en = ["Foreign Ministry Spokesperson's Regular Press Conference on January 6, 2025", 'A: The Blue Bay Accord takes effect this year.', 'A: All parties support the Blue Bay Accord.', "A: The Blue Bay Accord protects fishermen's interests."];
    writeFileSync(join(archive, 'older.zh.txt'), `${zh.join('\n\n')}\n`);
    writeFileSync(join(archive, 'older.en.txt'), `${en.join('\n\n')}\n`);
    const withFolder = await start({ memory: { folders: [archive] } });
    try {
      const probe = pathToFileURL(join(workspace, 'probe.zh.briefing')).href;
      session.open(probe, '2026年10月1日外交部发言人例行记者会\n\n答：各方都支持蓝湾协定。\n');
      const hover = await session.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: probe }, position: { line: 2, character: 9 } });
      const markdown = (hover?.contents as MarkupContent | undefined)?.value ?? '';
      assert.match(markdown, /\*\*蓝湾协定\*\*: not in the glossary/);
      assert.match(markdown, /as \*\*Blue Bay Accord\*\* \(3 of 3\)/);
      assert.match(markdown, /command:briefing\.addToGlossary\?/);
      assert.match(markdown, /\*\*100%\*\* · 2025-01-06: All parties support the Blue Bay Accord\./);
    } finally {
      await session.close();
    }
    const disabled = await start({ memory: { enabled: false, folders: [archive] } });
    try {
      assert.equal(withFolder.sources, (await statusWithout()).sources + 1);
      assert.deepEqual(disabled, { enabled: false, sources: 0, units: 0 });
      assert.deepEqual(await complete(6, 2), []);
      // Off, no other briefing is read: the term's renderings in the archive are not offered.
      const probe = pathToFileURL(join(workspace, 'probe.zh.briefing')).href;
      session.open(probe, '2026年10月1日外交部发言人例行记者会\n\n答：各方都支持蓝湾协定。\n');
      const hover = await session.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: probe }, position: { line: 2, character: 9 } });
      const markdown = (hover?.contents as MarkupContent | undefined)?.value ?? '';
      assert.doesNotMatch(markdown, /Blue Bay Accord/);
    } finally {
      await session.close();
    }
  });
  /** The workspace's own sources, as the first test's build found them (read back from the store). */
  async function statusWithout() {
    const other = await startServer(workspace, {}, undefined, { initializationOptions: { storagePath: storage } });
    try {
      return await other.connection.sendRequest<{ sources: number }>('briefing/memoryStatus');
    } finally {
      await other.close();
    }
  }
});

describe('translation memory build over LSP: progress, changes, large files', () => {
  let root: string;
  let session: ServerSession;
  const progress: { kind: string; message?: string }[] = [];

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'briefing-memory-build-'));
    const workspace = join(root, 'workspace');
    mkdirSync(workspace);
    writeFileSync(join(workspace, 'earlier.zh.briefing'), EARLIER_ZH);
    writeFileSync(join(workspace, 'earlier.en.briefing'), EARLIER_EN);
    // Over the memory's 5 MB: left out with a log line, not read.
    writeFileSync(join(workspace, 'huge.zh.txt'), `${'答：中方坚决反对。'.repeat(300_000)}\n`);
    writeFileSync(join(workspace, 'huge.en.txt'), 'A: China firmly opposes it.\n');
    const capabilities = { window: { workDoneProgress: true } };
    session = await startServer(workspace, {}, capabilities, { initializationOptions: { storagePath: join(root, "storage") } });
    session.connection.onRequest('window/workDoneProgress/create', () => null);
    session.connection.onNotification('$/progress', (params: { value: { kind: string; message?: string } }) => progress.push(params.value));
  });
  after(async () => {
    await session.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('reports its build as work-done progress, and leaves out a file over 5 MB', async () => {
    const status = await session.connection.sendRequest<{ sources: number; units: number }>('briefing/memoryStatus');
    assert.ok(status.units > 0);
    const kinds = progress.map((p) => p.kind);
    assert.equal(kinds[0], 'begin');
    assert.equal(kinds.at(-1), 'end');
    assert.ok(progress.some((p) => p.kind === 'report' && p.message === 'earlier.zh.briefing'), JSON.stringify(progress));
    assert.ok(session.logs.some((line) => /huge\.zh\.txt left out \(larger than 5 MB\)/.test(line)), session.logs.join('\n'));
  });

  it('aligns again only the pair whose file changed', async () => {
    await session.connection.sendRequest('briefing/memoryStatus');
    const changed = EARLIER_EN.replace('We welcome more countries to take part in it.', 'We welcome more countries to join it.');
    const file = join(root, 'workspace', 'earlier.en.briefing');
    writeFileSync(file, changed);
    const logged = session.logs.length;
    await session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(file).href, type: 2 }] });
    await session.connection.sendRequest('briefing/memoryStatus');
    const builds = session.logs.slice(logged).filter((line) => /aligned now/.test(line));
    assert.deepEqual(builds.map((line) => /(\d+) aligned now/.exec(line)![1]), ['1']);
    const zhUri = pathToFileURL(join(root, 'workspace', 'probe.zh.briefing')).href;
    session.open(zhUri, '2026年10月1日外交部发言人例行记者会\n\n答：我们欢迎更多国家参与这一项目。\n');
    const hover = await session.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: zhUri }, position: { line: 2, character: 4 } });
    assert.match((hover?.contents as MarkupContent | undefined)?.value ?? '', /100%\*\* · 2026-03-02: We welcome more countries to join it\./);
  });
});
