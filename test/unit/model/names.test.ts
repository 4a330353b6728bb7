/** Names cut to a width in columns: a Han character takes two, as on screen. */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { detached, displayWidth, truncate } from '../../../server/src/model';

describe('names by columns', () => {
  it('counts wide characters twice and a surrogate pair once', () => {
    assert.equal(displayWidth('abc'), 3);
    assert.equal(displayWidth('中方'), 4);
    assert.equal(displayWidth('第一，'), 6);
    assert.equal(displayWidth('（一）'), 6);
    assert.equal(displayWidth('𠀀'), 2);
    assert.equal(displayWidth('😀'), 1);
    assert.equal(displayWidth('한국'), 4);
  });

  it('keeps what fits and cuts what does not, leaving a column for the ellipsis', () => {
    assert.equal(truncate('中方欢迎', 8), '中方欢迎');
    assert.equal(truncate('中方欢迎会谈', 8), '中方欢…');
    assert.equal(truncate('China welcomes the talks', 24), 'China welcomes the talks');
    assert.equal(truncate('China welcomes the talks warmly', 24), 'China welcomes the…');
    // Mixed text: 4 Latin columns and 2 Han characters fill 8.
    assert.equal(truncate('G20 峰会成果', 8), 'G20 峰…');
  });

  it('never splits a surrogate pair', () => {
    const cut = truncate('𠀀𠀀𠀀𠀀𠀀𠀀', 6);
    assert.equal(cut, '𠀀𠀀…');
    assert.ok(!/[\ud800-\udbff]…$/.test(truncate('a𠀀𠀀𠀀𠀀', 5)));
  });

  it('copies a name without changing it', () => {
    const text = `${'x'.repeat(100)}中方欢迎会谈取得积极成果${'y'.repeat(100)}`;
    const name = text.slice(100, 112);
    assert.equal(detached(name), name);
  });
});
