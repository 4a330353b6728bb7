/** Parallel translation through the built server: two sibling files on disk, only one of them open. */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Hover, LocationLink, MarkupContent } from 'vscode-languageserver-protocol';
import type { ParallelResult } from '../../server/src/protocol';
import { startServer, type ServerSession } from './lspClient';
import { generatePair } from '../../bench/inputs';

const ZH = [
  '2026年6月1日外交部发言人主持例行记者会',
  '',
  '问：中方如何看待本次峰会？',
  '',
  '答：峰会取得三项成果：一是加强对话；二是扩大贸易；三是深化人文交流。',
  '',
  '这是一次成功的会议。',
  '',
  '问：有报道称会议推迟了，是否属实？',
  '',
  '答：我不掌握有关情况。',
].join('\n');

const EN = [
  "Foreign Ministry Spokesperson's Regular Press Conference on June 1, 2026",
  '',
  'Q: How does China view the summit?',
  '',
  'A: The summit produced three results: first, stronger dialogue; second, more trade; third, deeper people-to-people exchanges.',
  '',
  'It was a successful meeting.',
  '',
  'Q: Reports say the meeting was postponed. Is that true?',
  '',
  "A: I'm not aware of that.",
].join('\n');

describe('parallel translation over stdio', () => {
  let session: ServerSession;
  let folder: string;
  let zhUri: string;
  let enUri: string;
  const request = <T>(method: string, params: object) => session.connection.sendRequest<T>(method, params);

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'briefing-parallel-'));
    writeFileSync(join(folder, 'summit.zh.briefing'), ZH);
    writeFileSync(join(folder, 'summit.en.briefing'), EN);
    writeFileSync(join(folder, 'alone.zh.briefing'), ZH);
    zhUri = pathToFileURL(join(folder, 'summit.zh.briefing')).href;
    enUri = pathToFileURL(join(folder, 'summit.en.briefing')).href;
    session = await startServer(folder);
    session.open(zhUri, ZH);
  });
  after(async () => {
    await session.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('goes from a paragraph to its counterpart in the sibling file read from disk', async () => {
    const links = await request<LocationLink[]>('textDocument/definition', { textDocument: { uri: zhUri }, position: { line: 6, character: 3 } });
    assert.equal(links.length, 1);
    assert.equal(links[0]!.targetUri, enUri);
    assert.equal(links[0]!.targetRange.start.line, 6);
    assert.deepEqual(links[0]!.originSelectionRange, { start: { line: 6, character: 0 }, end: { line: 6, character: 10 } });
  });

  it('goes from an inline point marker to the matching point', async () => {
    const links = await request<LocationLink[]>('textDocument/definition', { textDocument: { uri: zhUri }, position: { line: 4, character: 18 } });
    const target = links[0]!;
    assert.equal(target.targetUri, enUri);
    assert.equal(target.targetRange.start.line, 4);
    assert.equal(EN.split('\n')[4]!.slice(target.targetRange.start.character, target.targetRange.start.character + 7), 'second,');
  });

  it('reports the pairing and its alignment for the status bar', async () => {
    const result = await request<ParallelResult>('briefing/parallel', { textDocument: { uri: zhUri } });
    assert.equal(result.status, 'paired');
    assert.deepEqual(result.pairing, { counterpartUri: enUri, languages: 'zh ↔ en', linked: 6, total: 6, translated: 6, toTranslate: 6 });
  });

  it('peeks at the counterpart when hovering a speaker label', async () => {
    const hover = await request<Hover | null>('textDocument/hover', { textDocument: { uri: zhUri }, position: { line: 8, character: 0 } });
    assert.match((hover?.contents as MarkupContent).value, /English version[\s\S]*Reports say the meeting was postponed/);
  });

  it('follows the sibling when it changes on disk', async () => {
    writeFileSync(join(folder, 'summit.en.briefing'), EN.replace('It was a successful meeting.', 'It was a fruitful meeting.'));
    await session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: enUri, type: 2 }] });
    const result = await request<ParallelResult>('briefing/parallel', { textDocument: { uri: zhUri }, position: { line: 6, character: 1 } });
    assert.equal(result.locations[0]!.uri, enUri);
    const hover = await request<Hover | null>('textDocument/hover', { textDocument: { uri: zhUri }, position: { line: 8, character: 0 } });
    assert.ok(hover);
    const peek = await request<LocationLink[]>('textDocument/definition', { textDocument: { uri: zhUri }, position: { line: 6, character: 1 } });
    assert.equal(peek[0]!.targetRange.end.character, 'It was a fruitful meeting.'.length);
  });

  it('in a file holding both versions, reports the pairing from the side the cursor is on', async () => {
    const both = pathToFileURL(join(folder, 'both.briefing')).href;
    session.open(both, `${ZH}\n\n${EN}`);
    const fromChinese = await request<ParallelResult>('briefing/parallel', { textDocument: { uri: both }, position: { line: 2, character: 1 } });
    const fromEnglish = await request<ParallelResult>('briefing/parallel', { textDocument: { uri: both }, position: { line: 14, character: 1 } });
    assert.equal(fromChinese.pairing?.languages, 'zh ↔ en');
    assert.equal(fromEnglish.pairing?.languages, 'en ↔ zh');
    assert.equal(fromEnglish.locations[0]!.range.start.line, 2, 'the English question leads to the Chinese one');
  });

  it('says plainly when there is no counterpart, and what it looked for', async () => {
    const alone = pathToFileURL(join(folder, 'alone.zh.briefing')).href;
    session.open(alone, ZH);
    const result = await request<ParallelResult>('briefing/parallel', { textDocument: { uri: alone }, position: { line: 2, character: 1 } });
    assert.equal(result.status, 'unpaired');
    assert.match(result.message, /No English version found; looked for alone\.en\.briefing/);
    assert.deepEqual(await request('textDocument/definition', { textDocument: { uri: alone }, position: { line: 2, character: 1 } }), []);
  });

  it('sends a paragraph not translated yet to where its translation belongs, and lists it', async () => {
    // The English stops after the first answer: 这是一次成功的会议。 and the last exchange have no English yet.
    const draft = EN.split('\n').slice(0, 5).join('\n');
    const draftZh = pathToFileURL(join(folder, 'draft.zh.briefing')).href;
    writeFileSync(join(folder, 'draft.en.briefing'), draft);
    session.open(draftZh, ZH);
    const links = await request<LocationLink[]>('textDocument/definition', { textDocument: { uri: draftZh }, position: { line: 6, character: 2 } });
    assert.equal(links.length, 1);
    const endOfAnswer = { line: 4, character: EN.split('\n')[4]!.length };
    assert.deepEqual(links[0]!.targetRange, { start: endOfAnswer, end: endOfAnswer }, 'an empty range after the last translated paragraph');
    const result = await request<ParallelResult>('briefing/parallel', { textDocument: { uri: draftZh }, position: { line: 6, character: 2 } });
    assert.equal(result.status, 'missing');
    assert.match(result.message, /^Not translated yet/);
    assert.deepEqual(result.pairing && [result.pairing.linked, result.pairing.total], [3, 6]);
    // From the English draft the progress is the same: what of the Chinese has English.
    session.open(pathToFileURL(join(folder, 'draft.en.briefing')).href, draft);
    const fromEnglish = await request<ParallelResult>('briefing/parallel', { textDocument: { uri: pathToFileURL(join(folder, 'draft.en.briefing')).href } });
    assert.deepEqual(fromEnglish.pairing && [fromEnglish.pairing.languages, fromEnglish.pairing.linked, fromEnglish.pairing.total, fromEnglish.pairing.translated, fromEnglish.pairing.toTranslate], ['en ↔ zh', 3, 3, 3, 6]);
    const list = await request<{ paragraphs: { location: { range: { start: { line: number } } }; preview: string }[] }>('briefing/untranslated', { textDocument: { uri: draftZh } });
    assert.deepEqual(list.paragraphs.map((p) => p.location.range.start.line), [6, 8, 10]);
    assert.equal(list.paragraphs[0]!.preview, '这是一次成功的会议。');
  });

  it('answers the outline of another document while a long alignment runs', async () => {
    // 8,000 Chinese paragraphs against their first 2,000 in English: the first F12 aligns them.
    const long = generatePair(11, (paragraphs) => paragraphs >= 8000);
    const cut = long.en.split('\n\n').slice(0, 2000).join('\n\n');
    // Both open, so that nothing is read from disk: the alignment starts as soon as F12 is handled.
    const longZh = pathToFileURL(join(folder, 'long.zh.briefing')).href;
    session.open(pathToFileURL(join(folder, 'long.en.briefing')).href, cut);
    session.open(longZh, long.zh);
    await request('textDocument/documentSymbol', { textDocument: { uri: longZh } });
    const answered: string[] = [];
    const definition = request<LocationLink[]>('textDocument/definition', { textDocument: { uri: longZh }, position: { line: 6, character: 1 } }).then((links) => {
      answered.push('definition');
      return links;
    });
    const outline = request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: zhUri } }).then((symbols) => {
      answered.push('outline');
      return symbols;
    });
    const [links, symbols] = await Promise.all([definition, outline]);
    assert.ok(symbols.length > 0 && links.length > 0, 'both answered');
    assert.deepEqual(answered, ['outline', 'definition'], 'the outline did not wait for the alignment');
  });
});
