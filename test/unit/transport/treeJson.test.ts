/**
 * The tree-remembering JSON writes exactly JSON.stringify's text with characters beyond ASCII
 * escaped, which parses back to the same value: for outlines (first and again, the second time
 * from remembered pieces, and after edits), for other answers, and for arbitrary values.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Message } from 'vscode-jsonrpc';
import { documentSymbols } from '../../../server/src/features/documentSymbols';
import { DEFAULT_OUTLINE_OPTIONS } from '../../../server/src/features/outline';
import { encodeMessage } from '../../../server/src/transport/treeJson';
import { editEachText } from '../helpers/edits';

/** Symbol-like trees, `children` last, `detail` sometimes undefined (which JSON leaves out). */
const treeOf = (depth: number): fc.Arbitrary<object> =>
  fc.record({
    name: fc.string(),
    detail: fc.option(fc.string(), { nil: undefined }),
    children: depth === 0 ? fc.constant([]) : fc.array(treeOf(depth - 1), { maxLength: 3 }),
  });

const response = (id: number, result: unknown): Message => ({ jsonrpc: '2.0', id, result }) as Message;
/** JSON.stringify's text, escaped beyond ASCII by a rule of its own. */
function expected(message: Message): string {
  return [...JSON.stringify(message)]
    .map((c) => (c.length === 2 ? [c.charCodeAt(0), c.charCodeAt(1)] : [c.charCodeAt(0)]).map((code) => (code < 0x80 ? String.fromCharCode(code) : `\\u${code.toString(16).padStart(4, '0')}`)).join(''))
    .join('');
}

function same(message: Message): void {
  const bytes = encodeMessage(message);
  assert.ok(bytes.every((byte) => byte < 0x80), 'ASCII only');
  assert.equal(bytes.toString('latin1'), expected(message));
  assert.deepEqual(JSON.parse(bytes.toString('utf8')), JSON.parse(JSON.stringify(message)));
}

describe('tree JSON', () => {
  it('writes outlines as JSON.stringify does, from remembered pieces too, across edits', () => {
    editEachText(
      5,
      8,
      (briefing, step) => {
        const symbols = documentSymbols(briefing, DEFAULT_OUTLINE_OPTIONS);
        same(response(step, symbols));
        same(response(step + 100, symbols));
      },
      () => undefined,
    );
  });

  it('writes any other message as JSON.stringify does', () => {
    same({ jsonrpc: '2.0', id: 1, result: null } as Message);
    same({ jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: 'x' } } as Message);
    same(response(2, [{ children: [] }, { name: 'a', children: [{ name: 'b', children: [] }] }, 3, 'x', null]));
    same(response(3, [{ children: [{ children: [undefined, () => 1] }], name: 'children not last' }]));
    fc.assert(
      fc.property(fc.jsonValue(), fc.array(treeOf(3), { maxLength: 4 }), (value, trees) => {
        same(response(4, value));
        same(response(5, [...trees, value]));
      }),
      { seed: 9, numRuns: 300 },
    );
  });
});
