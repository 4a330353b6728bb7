/** Paragraph alignment: structure, omissions, additions, merges, junk, on documents written for the tests. */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { alignSections, counterpartOf } from '../../../server/src/align';
import { alignTexts, EN_BRIEFING, linkTexts, paragraphWith, ZH_BRIEFING } from './documents';

const without = (paragraphs: string[], index: number) => paragraphs.filter((_, i) => i !== index);
const inserted = (paragraphs: string[], index: number, paragraph: string) => [...paragraphs.slice(0, index), paragraph, ...paragraphs.slice(index)];

describe('alignSections', () => {
  it('pairs a faithful translation one to one, titles with titles', () => {
    const aligned = alignTexts(ZH_BRIEFING, EN_BRIEFING);
    assert.deepEqual(linkTexts(aligned, 4), [
      '2024 ↔ Fore',
      '问：据报 ↔ Q: I',
      '答：我们 ↔ A: W',
      '中方愿同 ↔ Chin',
      '问：有消 ↔ Q: I',
      '答：第三 ↔ A: T',
      '欢迎各方 ↔ All ',
    ]);
    for (const link of aligned.alignment.links) assert.ok(link.confidence > 0.9 && link.confidence <= 1, `confident: ${link.confidence}`);
  });

  it('finds the counterpart of a paragraph from either side', () => {
    const aligned = alignTexts(ZH_BRIEFING, EN_BRIEFING);
    const zh = paragraphWith(aligned.zh, '欢迎各方');
    const en = paragraphWith(aligned.en, 'All parties');
    assert.deepEqual(counterpartOf(aligned.alignment, 'zh', zh)?.en, [en]);
    assert.deepEqual(counterpartOf(aligned.alignment, 'en', en)?.zh, [zh]);
    assert.equal(counterpartOf(aligned.alignment, 'zh', 999), undefined);
  });

  it('leaves an extra English paragraph without counterpart (0–1)', () => {
    const extra =
      'Let me add that the agreements will take effect at the end of this year, once both sides have completed their domestic procedures, and that further details will be released by the competent authorities in due course.';
    const aligned = alignTexts(ZH_BRIEFING, inserted(EN_BRIEFING, 4, extra));
    const link = counterpartOf(aligned.alignment, 'en', paragraphWith(aligned.en, 'Let me add'));
    assert.deepEqual(link?.zh, []);
    assert.equal(aligned.alignment.links.length, 8);
    assert.equal(linkTexts(aligned, 4)[5], '问：有消 ↔ Q: I');
  });

  it('leaves an untranslated Chinese paragraph without counterpart (1–0)', () => {
    const aligned = alignTexts(ZH_BRIEFING, without(EN_BRIEFING, 3));
    const link = counterpartOf(aligned.alignment, 'zh', paragraphWith(aligned.zh, '中方愿同各方'));
    assert.deepEqual(link?.en, []);
    assert.equal(linkTexts(aligned, 4)[2], '答：我们 ↔ A: W');
    assert.equal(linkTexts(aligned, 4)[4], '问：有消 ↔ Q: I');
  });

  it('links two Chinese paragraphs to the English paragraph that joins them (2–1)', () => {
    const joined = [...EN_BRIEFING.slice(0, 2), `${EN_BRIEFING[2]} ${EN_BRIEFING[3]}`, ...EN_BRIEFING.slice(4)];
    const aligned = alignTexts(ZH_BRIEFING, joined);
    const link = counterpartOf(aligned.alignment, 'en', paragraphWith(aligned.en, 'We noted relevant reports'));
    assert.deepEqual(link?.zh, [paragraphWith(aligned.zh, '我们注意到'), paragraphWith(aligned.zh, '中方愿同各方')]);
    assert.equal(aligned.alignment.links.length, 6);
  });

  it('keeps questions with questions when lengths say nothing', () => {
    // Every paragraph has the same length; only the turn structure tells where the gap is.
    const zh = ['问：一二三四五六七八九十。', '答：一二三四五六七八九十。', '一二三四五六七八九十一二。', '问：一二三四五六七八九十。', '答：一二三四五六七八九十。'];
    const en = ['Q: abcdefghij abcdefghij abcdefghij abcdef.', 'A: abcdefghij abcdefghij abcdefghij abcdef.', 'Q: abcdefghij abcdefghij abcdefghij abcdef.', 'A: abcdefghij abcdefghij abcdefghij abcdef.'];
    const aligned = alignTexts(zh, en);
    const links = aligned.alignment.links;
    const second = (side: 'zh' | 'en') => aligned[side].paragraphs.filter((p) => p.role === 'question')[1]!.index;
    assert.deepEqual(counterpartOf(aligned.alignment, 'zh', second('zh'))?.en, [second('en')]);
    assert.ok(links.every((l) => l.zh.length <= 2 && l.en.length <= 2));
  });

  it('lets shared numbers decide which paragraph was left out', () => {
    const zh = [
      '问：请介绍今年的合作情况。',
      '答：今年双方合作进展顺利，总体势头良好，前景广阔。',
      '双方共举办了35场交流活动，参与人数创下新高。',
      '双方还签署了48份合作文件，涉及多个重要领域。',
    ];
    const en = [
      'Q: Could you brief us on the cooperation this year?',
      'A: Cooperation between the two sides has progressed smoothly this year, with good momentum and broad prospects.',
      'The two sides also signed 48 cooperation documents covering many important areas.',
    ];
    const aligned = alignTexts(zh, en);
    assert.deepEqual(counterpartOf(aligned.alignment, 'zh', paragraphWith(aligned.zh, '35场'))?.en, []);
    assert.deepEqual(counterpartOf(aligned.alignment, 'zh', paragraphWith(aligned.zh, '48份'))?.en, [paragraphWith(aligned.en, 'signed 48')]);
  });

  it('lets Latin names in the Chinese decide which paragraph was left out', () => {
    const zh = [
      '问：请介绍今年的合作情况。',
      '答：今年双方合作进展顺利，总体势头良好，前景广阔。',
      '双方在Nairobi共同举办了交流活动，参与人数创下新高。',
      '双方还在Lusaka签署了合作文件，涉及多个重要领域。',
    ];
    const en = [
      'Q: Could you brief us on the cooperation this year?',
      'A: Cooperation between the two sides has progressed smoothly this year, with good momentum and broad prospects.',
      'The two sides also signed cooperation documents in Lusaka covering many important areas.',
    ];
    const aligned = alignTexts(zh, en);
    assert.deepEqual(counterpartOf(aligned.alignment, 'zh', paragraphWith(aligned.zh, 'Nairobi'))?.en, []);
    assert.deepEqual(counterpartOf(aligned.alignment, 'zh', paragraphWith(aligned.zh, 'Lusaka'))?.en, [paragraphWith(aligned.en, 'in Lusaka')]);
  });

  it('keeps numbered points with their numbers when a paragraph between them has no counterpart', () => {
    const zh = [
      '答：关于合作成果，我愿介绍以下几点。',
      '第一，双方同意加强政治互信，保持高层交往。',
      '第二，双方同意扩大贸易往来，优化贸易结构。',
      '此外，双方同意加强在国际事务中的沟通协调。',
      '第三，双方同意深化人文交流，增进相互了解。',
    ];
    const en = [
      'A: Regarding the outcomes of cooperation, I would like to share the following.',
      'First, the two sides agreed to enhance political mutual trust and maintain high-level exchanges.',
      'Second, the two sides agreed to expand trade and improve its structure.',
      'Third, the two sides agreed to deepen people-to-people exchanges and enhance mutual understanding.',
    ];
    const aligned = alignTexts(zh, en);
    assert.deepEqual(counterpartOf(aligned.alignment, 'zh', paragraphWith(aligned.zh, '此外'))?.en, []);
    assert.deepEqual(counterpartOf(aligned.alignment, 'zh', paragraphWith(aligned.zh, '第三'))?.en, [paragraphWith(aligned.en, 'Third')]);
  });

  it('leaves meta lines and page junk out of every link', () => {
    const zh = [ZH_BRIEFING[0]!, '来源：外交部网站 2024-03-05', ...ZH_BRIEFING.slice(1), '分享到', '打印本页'];
    const en = [...EN_BRIEFING, 'Suggest to a friend', 'Print'];
    const aligned = alignTexts(zh, en);
    const linked = new Set(aligned.alignment.links.flatMap((l) => l.zh));
    for (const p of aligned.zh.paragraphs) if (p.role === 'junk' || p.role === 'meta') assert.ok(!linked.has(p.index), `${p.role} ${p.index} not linked`);
    const linkedEn = new Set(aligned.alignment.links.flatMap((l) => l.en));
    for (const p of aligned.en.paragraphs) if (p.role === 'junk') assert.ok(!linkedEn.has(p.index), `junk ${p.index} not linked`);
    assert.equal(aligned.alignment.links.length, 7);
  });

  it('never pairs a title with a body paragraph', () => {
    const aligned = alignTexts(ZH_BRIEFING, EN_BRIEFING.slice(1));
    assert.deepEqual(aligned.alignment.links[0]!.en, []);
    assert.equal(aligned.zh.paragraphs[aligned.alignment.links[0]!.zh[0]!]!.role, 'title');
  });

  it('uses glossary affinity when given', () => {
    const zh = ['答：我们高度重视这次会议。', '双方讨论了粮食问题。', '双方还深入讨论了气候变化问题和能源转型。'];
    const en = ['A: We attach great importance to the meeting.', 'The two sides discussed food security and grain supplies in depth.'];
    const food = (aligned: ReturnType<typeof alignTexts>) => counterpartOf(aligned.alignment, 'en', paragraphWith(aligned.en, 'food'))?.zh;
    // By length alone the English paragraph is the longer Chinese one…
    const byLength = alignTexts(zh, en);
    assert.deepEqual(food(byLength), [paragraphWith(byLength.zh, '气候')]);
    // …but the glossary knows 粮食 is food (paragraphs are given by their index in the briefing).
    const grain = paragraphWith(byLength.zh, '粮食');
    const foodParagraph = paragraphWith(byLength.en, 'food');
    const affinity = { between: (zhParagraph: number, enParagraph: number) => (zhParagraph === grain && enParagraph === foodParagraph ? 1 : 0) };
    const byTerms = alignTexts(zh, en, { termAffinity: affinity });
    assert.deepEqual(food(byTerms), [paragraphWith(byTerms.zh, '粮食')]);
  });

  it('leaves every paragraph unpaired when the other side is empty', () => {
    const aligned = alignTexts(ZH_BRIEFING, EN_BRIEFING);
    const empty = { ...aligned.en.sections[0]!, paragraphs: [] };
    const alone = alignSections({ briefing: aligned.zh, sections: [aligned.zh.sections[0]!] }, { briefing: aligned.en, sections: [empty] });
    assert.equal(alone.links.length, ZH_BRIEFING.length);
    for (const link of alone.links) {
      assert.deepEqual(link.en, []);
      assert.ok(link.confidence >= 0 && link.confidence <= 1);
    }
  });
});
