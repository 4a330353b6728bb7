/** Point correspondences inside linked paragraphs: paragraph-level points and inline points by ordinal. */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { alignPoints, counterpartOf, type PointPair } from '../../../server/src/align';
import { alignTexts, EN_BRIEFING, paragraphWith, ZH_BRIEFING, type Aligned } from './documents';

function pointsOfLink(aligned: Aligned, zhSnippet: string): PointPair[] {
  const link = counterpartOf(aligned.alignment, 'zh', paragraphWith(aligned.zh, zhSnippet));
  assert.ok(link, `a link for ${zhSnippet}`);
  return alignPoints(link, aligned.zh, aligned.en);
}

const markers = (pairs: PointPair[]) => pairs.map((p) => `${p.zh.marker} ↔ ${p.en.marker}`);

describe('alignPoints', () => {
  it('pairs inline points by ordinal inside linked paragraphs', () => {
    const aligned = alignTexts(ZH_BRIEFING, EN_BRIEFING);
    assert.deepEqual(markers(pointsOfLink(aligned, '第三届论坛将于')), ['一是 ↔ first', '二是 ↔ second', '三是 ↔ third']);
  });

  it('pairs paragraph-level points through their paragraphs’ links', () => {
    const zh = ['答：今年的工作有以下特点。', '一是服务大局，成效明显。', '二是开拓创新，亮点纷呈。', '三是务实合作，成果丰硕。'];
    const en = [
      'A: This year’s work has the following features.',
      'First, it served the overall interests with notable results.',
      'Second, it broke new ground with many highlights.',
      'Thirdly, practical cooperation yielded fruitful outcomes.',
    ];
    const aligned = alignTexts(zh, en);
    assert.deepEqual(markers(pointsOfLink(aligned, '一是')), ['一是 ↔ First']);
    assert.deepEqual(markers(pointsOfLink(aligned, '三是')), ['三是 ↔ Thirdly']);
    assert.deepEqual(pointsOfLink(aligned, '今年的工作'), []);
  });

  it('pairs points written as paragraphs on one side with an inline list on the other', () => {
    const zh = ['答：我们有两点主张：', '一是坚持对话协商，妥善处理分歧。', '二是坚持合作共赢，实现共同发展。'];
    const en = ['A: We have two propositions: first, to uphold dialogue and consultation and properly handle differences; second, to pursue win-win cooperation for common development.'];
    const aligned = alignTexts(zh, en);
    const all = aligned.alignment.links.flatMap((link) => alignPoints(link, aligned.zh, aligned.en));
    assert.deepEqual(markers(all), ['一是 ↔ first', '二是 ↔ second']);
  });

  it('finds nothing for a link with an empty side', () => {
    const aligned = alignTexts(ZH_BRIEFING, EN_BRIEFING.slice(0, 5));
    const link = counterpartOf(aligned.alignment, 'zh', paragraphWith(aligned.zh, '第三届论坛将于'));
    assert.deepEqual(link?.en, []);
    assert.deepEqual(alignPoints(link!, aligned.zh, aligned.en), []);
  });
});
