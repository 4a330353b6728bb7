/** Quick fixes of QA diagnostics: the check's fix, the glossary rendering at the cursor, switching a check off. */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { Diagnostic, DiagnosticSeverity, Range } from 'vscode-languageserver';
import { qaCodeActions } from '../../../server/src/features/qaCodeActions';
import type { QaDiagnosticData } from '../../../server/src/features/qaDiagnostics';

const URI = 'file:///w/a.en.briefing';

function diagnostic(data: QaDiagnosticData): Diagnostic {
  const d = Diagnostic.create(Range.create(4, 0, 4, 30), 'message', DiagnosticSeverity.Warning, data.check, 'briefing-qa');
  d.data = data;
  return d;
}

describe('QA code actions', () => {
  it("offers a check's fix first, then switching that check off for the file once", () => {
    const fix = { start: 10, end: 15, text: '1,200', title: 'Write 1,200, as in the Chinese', range: Range.create(4, 10, 4, 15) };
    const actions = qaCodeActions(URI, [diagnostic({ check: 'numbers', fix }), diagnostic({ check: 'numbers' })], Range.create(4, 12, 4, 12));
    assert.deepEqual(actions.map((a) => a.title), ['Write 1,200, as in the Chinese', "Don't check numbers in this file"]);
    assert.deepEqual(actions[0]!.edit!.changes![URI], [{ range: fix.range, newText: '1,200' }]);
    assert.equal(actions[1]!.diagnostics!.length, 2);
  });

  it('inserts the glossary rendering at the cursor, over a selection, when no near miss was found', () => {
    const cursor = Range.create(4, 7, 4, 12);
    const [insert] = qaCodeActions(URI, [diagnostic({ check: 'terms', suggestion: 'Shanghai Cooperation Organization' })], cursor);
    assert.equal(insert!.title, 'Insert "Shanghai Cooperation Organization" here (glossary)');
    assert.deepEqual(insert!.edit!.changes![URI], [{ range: cursor, newText: 'Shanghai Cooperation Organization' }]);
  });

  it('leaves diagnostics of other sources alone', () => {
    const other = Diagnostic.create(Range.create(0, 0, 0, 1), 'x', DiagnosticSeverity.Error, 'glossary', 'briefing-glossary');
    assert.deepEqual(qaCodeActions(URI, [other], Range.create(0, 0, 0, 0)), []);
  });
});
