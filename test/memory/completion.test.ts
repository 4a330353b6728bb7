/** The memory's completion and hover section on in-memory documents: which Chinese is looked up, in which order, and cancellation. */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { memoryCompletion } from '../../server/src/features/memoryCompletion';
import { memorySection } from '../../server/src/features/memoryHover';
import { TranslationMemory, type MemoryMatch } from '../../server/src/memory';
import { indexAt, parseBriefing } from '../../server/src/model';
import { DiskBriefings } from '../../server/src/workspace/diskBriefings';
import { ParallelVersions, type Paired } from '../../server/src/workspace/parallel';
import { builtinTerms } from './archive';

const ZH = '问：你对此有何评论？\n\n答：我们注意到有关报道。中方的立场是明确的。\n\n问：会谈取得了哪些成果？\n\n答：双方签署了三份合作文件。\n';
const EN_HEAD = "Q: What's your comment?\n\nA: ";

const memory = new TranslationMemory();
memory.set({ path: '/old/a.zh.txt', enPath: '/old/a.en.txt', date: '2025-05-05' }, [
  { zh: '我们注意到有关报道。', en: 'We have noted the reports.', kind: 'sentence', line: 3 },
  { zh: '中方的立场是明确的。', en: "China's position is clear.", kind: 'sentence', line: 3 },
  { zh: '双方签署了三份合作文件。', en: 'The two sides signed three cooperation documents.', kind: 'sentence', line: 7 },
]);
const lookups: string[] = [];
const lookup = (zh: string): MemoryMatch[] => {
  lookups.push(zh);
  return memory.search(zh);
};

async function pairingOf(en: string): Promise<{ document: TextDocument; pairing: Paired }> {
  const document = TextDocument.create('file:///w/today.en.briefing', 'briefing', 1, en);
  const zh = TextDocument.create('file:///w/today.zh.briefing', 'briefing', 1, ZH);
  const open = (uri: string) => [document, zh].map((d) => ({ document: d, briefing: parseBriefing(d.getText()) })).find((v) => v.document.uri === uri);
  const pairing = await new ParallelVersions(open, builtinTerms, new DiskBriefings()).pairingOf(document, parseBriefing(en));
  assert.equal(pairing.kind, 'paired');
  return { document, pairing: pairing as Paired };
}

describe('memory completion', () => {
  it('offers the next sentence to render first, after those written already', async () => {
    const en = `${EN_HEAD}We have noted the reports. `;
    const { document, pairing } = await pairingOf(en);
    const items = memoryCompletion(document, pairing, en.length, lookup, () => false);
    const sorted = [...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!));
    assert.equal(sorted[0]!.label, "China's position is clear.");
    assert.ok(items.some((i) => i.label === 'We have noted the reports.'));
    // The cursor follows a space: no space is added.
    assert.equal((sorted[0]!.textEdit as { newText: string }).newText, "China's position is clear.");
  });

  it('at the end of the translation, looks up the untranslated Chinese that belongs there', async () => {
    const en = `${EN_HEAD}We have noted the reports. China's position is clear.\n\nQ: What did the talks achieve?\n\n`;
    const { document, pairing } = await pairingOf(en);
    lookups.length = 0;
    const items = memoryCompletion(document, pairing, en.length, lookup, () => false);
    assert.deepEqual(lookups, ['双方签署了三份合作文件。']);
    assert.deepEqual(items.map((i) => [i.label, i.labelDetails]), [['The two sides signed three cooperation documents.', { detail: ' 100%', description: '2025-05-05' }]]);
  });

  it('stops when the request is cancelled, and offers nothing in the Chinese version', async () => {
    const en = `${EN_HEAD}We have noted the reports. `;
    const { document, pairing } = await pairingOf(en);
    assert.deepEqual(memoryCompletion(document, pairing, en.length, lookup, () => true), []);
    const zhDocument = pairing.zh.document;
    assert.deepEqual(memoryCompletion(zhDocument, pairing, ZH.indexOf('我们'), lookup, () => false), []);
  });
});

describe('memory section of the hover', () => {
  it('covers the sentence under the cursor and shows its rendering', () => {
    const briefing = parseBriefing(ZH);
    const offset = ZH.indexOf('立场');
    const section = memorySection(briefing, briefing.paragraphs[indexAt(briefing.paragraphs, offset)]!, offset, (zh) => memory.search(zh));
    assert.equal(ZH.slice(section!.span.start, section!.span.end), '中方的立场是明确的。');
    assert.equal(section!.markdown, "**Translation memory**\n- **100%** · 2025-05-05: China's position is clear.");
  });
  it('says nothing below 75%', () => {
    const text = '答：中方对有关情况高度关注。\n';
    const briefing = parseBriefing(text);
    assert.equal(memorySection(briefing, briefing.paragraphs[0]!, 4, (zh) => memory.search(zh)), undefined);
  });
});
