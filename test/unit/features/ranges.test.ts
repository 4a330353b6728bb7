/** Ranges the editor checks: selection ranges contain the cursor, and no range ends inside a surrogate pair. */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { SelectionRange } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { builtinEntries, TermIndex } from '../../../server/src/glossary';
import { parseBriefing } from '../../../server/src/model';
import { definition } from '../../../server/src/features/definition';
import { counterpartAt } from '../../../server/src/features/parallel';
import { selectionRanges } from '../../../server/src/features/selectionRanges';
import { DiskBriefings } from '../../../server/src/workspace/diskBriefings';
import { ParallelVersions } from '../../../server/src/workspace/parallel';

describe('selection ranges', () => {
  it('contain the cursor inside a run of spaces between two sentences', () => {
    const text = 'Q: One question.  Two questions.\n';
    const document = TextDocument.create('file:///r/a.briefing', 'briefing', 1, text);
    for (let offset = 0; offset <= text.length; offset++) {
      let range: SelectionRange | undefined = selectionRanges(document, parseBriefing(text), [document.positionAt(offset)])[0];
      assert.ok(range, `a range at ${offset}`);
      for (; range; range = range.parent) {
        const [start, end] = [document.offsetAt(range.range.start), document.offsetAt(range.range.end)];
        assert.ok(start <= offset && offset <= end, `at ${offset}: [${start}, ${end}] holds the cursor`);
      }
    }
  });
});

describe('definition', () => {
  it('selects the start of a long counterpart without splitting a surrogate pair', async () => {
    // The English paragraph's 200th UTF-16 unit is the first half of 𠀀.
    const english = `A: ${'a'.repeat(196)}𠀀 ${'and more words. '.repeat(10)}`;
    const text = `问：这是问题吗？\n\n答：这是回答。${'内容'.repeat(40)}\n\nQ: Is this a question?\n\n${english}\n`;
    const document = TextDocument.create('file:///r/both.briefing', 'briefing', 1, text);
    const briefing = parseBriefing(text);
    const terms = new TermIndex(builtinEntries());
    const pairing = await new ParallelVersions(() => undefined, () => terms, new DiskBriefings()).pairingOf(document, briefing);
    assert.equal(pairing.kind, 'paired');
    if (pairing.kind !== 'paired') return;
    const links = definition(counterpartAt(pairing, document.uri, text.indexOf('答：') + 3, terms));
    assert.equal(links.length, 1);
    const selectionEnd = document.offsetAt(links[0]!.targetSelectionRange.end);
    assert.equal(text.slice(document.offsetAt(links[0]!.targetSelectionRange.start), selectionEnd).startsWith('A: aaa'), true);
    const last = text.charCodeAt(selectionEnd - 1);
    assert.ok(!(last >= 0xd800 && last <= 0xdbff), 'the selection does not end after a high surrogate');
  });
});
