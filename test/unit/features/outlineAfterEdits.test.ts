/**
 * After edits, the outline, its symbols and the folding ranges, which move what they built for the
 * previous version where the edit left a turn alone, equal those built afresh from the text.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { documentSymbols } from '../../../server/src/features/documentSymbols';
import { foldingRanges } from '../../../server/src/features/foldingRanges';
import { buildOutline, type OutlineNode, type OutlineOptions } from '../../../server/src/features/outline';
import { lineageOf, parseBriefing, type Briefing, type Point } from '../../../server/src/model';
import { editEachText } from '../helpers/edits';

const OPTION_SETS: OutlineOptions[] = [
  { nameLength: 60, inlinePoints: true },
  { nameLength: 24, inlinePoints: false },
];

function allNodes(nodes: OutlineNode[], into: OutlineNode[] = []): OutlineNode[] {
  for (const node of nodes) {
    into.push(node);
    allNodes(node.children, into);
  }
  return into;
}

/** The selections of a model's points and speaker labels, placed by the editor's own document. */
function selectionsByDocument(briefing: Briefing, document: TextDocument): string[] {
  const at = (start: number, end: number) => JSON.stringify({ start: document.positionAt(start), end: document.positionAt(end) });
  const selections: string[] = [];
  const points = (list: Point[]) => list.forEach((point) => (selections.push(at(point.markerStart, point.markerEnd)), points(point.children)));
  for (const section of briefing.sections) {
    for (const turn of [...section.announcements, ...section.exchanges.flatMap((e) => (e.question ? [e.question, ...e.turns] : e.turns))]) {
      if (turn.speaker) selections.push(at(turn.speaker.start, turn.speaker.end));
      points(turn.points);
    }
  }
  return selections;
}

describe('outline after edits', () => {
  it('symbols and folding ranges equal a fresh build after every edit', (t) => {
    let reused = 0;
    let kept = 0;
    const prepare = (previous: Briefing) => {
      for (const options of OPTION_SETS) documentSymbols(previous, options);
      foldingRanges(previous);
    };
    editEachText(11, 25, prepare, ({ name, step, previous, briefing, document }) => {
      const nodesBefore = new Set(allNodes(buildOutline(previous, OPTION_SETS[0])));
      if (lineageOf(briefing)) reused++;
      const freshBriefing = parseBriefing(document.getText());
      for (const options of OPTION_SETS) {
        assert.deepEqual(documentSymbols(briefing, options), documentSymbols(freshBriefing, options), `${name}, edit ${step}`);
      }
      assert.deepEqual(foldingRanges(briefing), foldingRanges(freshBriefing), `${name}, edit ${step}: folding`);
      // Every point and speaker label is selected where the editor's own document places it.
      const nodes = allNodes(buildOutline(briefing, OPTION_SETS[0]));
      const selected = new Set(nodes.map((node) => JSON.stringify(node.selection)));
      for (const selection of selectionsByDocument(briefing, document)) assert.ok(selected.has(selection), `${name}, edit ${step}: ${selection}`);
      assert.equal(lineageOf(briefing), undefined, 'the previous version is let go once the outline is built');
      kept += nodes.filter((node) => nodesBefore.has(node)).length;
    });
    t.diagnostic(`${reused} versions made from the previous one; ${kept} outline nodes kept from the previous version`);
    assert.ok(reused > 0 && kept > 0, 'the edits must exercise the kept nodes, or this test proves little');
  });
});
