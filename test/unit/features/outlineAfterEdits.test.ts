/**
 * After edits, the outline, its symbols and the folding ranges, which move what they built for the
 * previous version where the edit left a turn alone, equal those built afresh from the text.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { DocumentSymbol } from 'vscode-languageserver';
import { documentSymbols } from '../../../server/src/features/documentSymbols';
import { foldingRanges } from '../../../server/src/features/foldingRanges';
import { buildOutline, type OutlineNode, type OutlineOptions } from '../../../server/src/features/outline';
import { lineageOf, parseBriefing } from '../../../server/src/model';
import { ModelCache } from '../../../server/src/workspace/modelCache';
import { mulberry32 } from '../../../bench/random';
import { editableTexts, randomEdit } from '../helpers/edits';

const OPTION_SETS: OutlineOptions[] = [
  { nameLength: 60, inlinePoints: true },
  { nameLength: 24, inlinePoints: false },
];

function countMoved(nodes: OutlineNode[]): number {
  return nodes.reduce((n, node) => n + (node.source ? 1 : 0) + countMoved(node.children), 0);
}

describe('outline after edits', () => {
  it('symbols and folding ranges equal a fresh build after every edit', (t) => {
    const random = mulberry32(11);
    let reused = 0;
    let moved = 0;
    for (const { name, text } of editableTexts()) {
      const cache = new ModelCache();
      let document = cache.documents.create(`file:///${encodeURIComponent(name)}`, 'briefing', 1, text);
      for (let step = 0; step < 25; step++) {
        const before = cache.get(document);
        for (const options of OPTION_SETS) documentSymbols(before, options);
        foldingRanges(before);
        const edit = randomEdit(document.getText(), random);
        const range = { start: document.positionAt(edit.start), end: document.positionAt(edit.end) };
        document = cache.documents.update(document, [{ range, text: edit.text }], document.version + 1);
        const briefing = cache.get(document);
        if (lineageOf(briefing)) reused++;
        const freshBriefing = parseBriefing(document.getText());
        for (const options of OPTION_SETS) {
          assert.deepEqual(documentSymbols(briefing, options), documentSymbols(freshBriefing, options), `${name}, edit ${step}`);
        }
        assert.deepEqual(foldingRanges(briefing), foldingRanges(freshBriefing), `${name}, edit ${step}: folding`);
        // Symbol positions are where the editor's own document puts the nodes' offsets.
        const check = (nodes: OutlineNode[], symbols: DocumentSymbol[]) =>
          nodes.forEach((node, i) => {
            const symbol = symbols[i]!;
            assert.deepEqual([document.offsetAt(symbol.range.start), document.offsetAt(symbol.range.end)], [node.range.start, node.range.end]);
            assert.deepEqual([document.offsetAt(symbol.selectionRange.start), document.offsetAt(symbol.selectionRange.end)], [node.selection.start, node.selection.end]);
            check(node.children, symbol.children ?? []);
          });
        check(buildOutline(briefing, OPTION_SETS[0]), documentSymbols(briefing, OPTION_SETS[0]!));
        assert.equal(lineageOf(briefing), undefined, 'the previous version is let go once the outline is built');
        moved += countMoved(buildOutline(briefing, OPTION_SETS[0]));
      }
    }
    t.diagnostic(`${reused} versions made from the previous one; ${moved} outline nodes moved rather than built`);
    assert.ok(reused > 0 && moved > 0, 'the edits must exercise the moved nodes, or this test proves little');
  });
});
