/**
 * Incremental text sync: random range edits applied through TextDocument.update give the same
 * text, lines and model as the same edits applied to a plain string, and ModelCache serves a
 * model equal to a fresh parse after every edit (and the same object while the version stands).
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { parseBriefing } from '../../../server/src/model';
import { ModelCache } from '../../../server/src/workspace/modelCache';
import { assertValidModel } from '../helpers/validate';

const SEED = 42;

const PIECES = [
  '问：', '答：', '记者：', '追问：', 'Q: ', 'A: ', 'Q\u00a0\u00a0', '耿爽：', 'Geng Shuang: ', 'CCTV: ', '中央广播电视总台央视记者：',
  '一是', '；二是', '；三是', '第一，', '第二，', '一、', '二、', '（一）', '（二）', 'First, ', 'Second, ', 'first, ', '; second, ',
  '分享到', 'Suggest to a friend', 'Related News:', '2018年12月17日外交部发言人华春莹主持例行记者会', '来源:国防部网', '---', 'title: "标题"',
  '中方欢迎峰会取得积极成果。', 'We welcome the outcome.', '\u3000\u3000', '\u00a0', ' ', '𠀀', '😀', '\ufeff',
];
const BREAKS = ['\n', '\r\n', '\r', '\n\n'];

const piece = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...PIECES, ...BREAKS) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) });

/** A briefing-like document: pieces with line breaks between them. */
const documentText = fc
  .array(fc.tuple(fc.array(piece, { maxLength: 5 }), fc.constantFrom(...BREAKS)), { maxLength: 25 })
  .map((lines) => lines.map(([parts, lineBreak]) => parts.join('') + lineBreak).join(''));

/** Where to edit, as fractions resolved against the text at the time of the edit. */
interface EditSpec {
  at: number;
  length: number;
  text: string;
  full: boolean;
}

const editSpec: fc.Arbitrary<EditSpec> = fc.record({
  at: fc.nat(),
  length: fc.oneof(fc.constant(0), fc.nat({ max: 4 }), fc.nat({ max: 60 })),
  text: fc.oneof(fc.constant(''), fc.array(piece, { maxLength: 3 }).map((parts) => parts.join(''))),
  full: fc.constant(false),
});

/** Each update is a batch of one to three changes; rarely a whole-document replacement. */
const updates = fc.array(
  fc.oneof(
    { weight: 12, arbitrary: fc.array(editSpec, { minLength: 1, maxLength: 3 }) },
    { weight: 1, arbitrary: fc.array(piece, { maxLength: 10 }).map((parts): EditSpec[] => [{ at: 0, length: 0, text: parts.join(''), full: true }]) },
  ),
  { minLength: 1, maxLength: 12 },
);

/** Line starts of a plain string, written independently of the model and of TextDocument. */
function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\r' && text[i + 1] === '\n') {
      starts.push(i + 2);
      i++;
    } else if (c === '\r' || c === '\n') starts.push(i + 1);
  }
  return starts;
}

function positionOf(text: string, offset: number) {
  const starts = lineStartsOf(text);
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1]! <= offset) line++;
  return { line, character: offset - starts[line]! };
}

/** An offset no editor can address falls between \r and \n; such an offset moves to before the \r. */
function addressable(text: string, offset: number): number {
  return text[offset - 1] === '\r' && text[offset] === '\n' ? offset - 1 : offset;
}

/** Applies a batch to the plain string and returns the same batch as LSP content changes. */
function applyBatch(text: string, batch: EditSpec[]): { text: string; changes: TextDocumentContentChangeEvent[] } {
  const changes: TextDocumentContentChangeEvent[] = [];
  for (const edit of batch) {
    if (edit.full) {
      text = edit.text;
      changes.push({ text: edit.text });
      continue;
    }
    const start = addressable(text, edit.at % (text.length + 1));
    const end = addressable(text, Math.min(text.length, start + edit.length));
    changes.push({ range: { start: positionOf(text, start), end: positionOf(text, end) }, text: edit.text });
    text = text.slice(0, start) + edit.text + text.slice(end);
  }
  return { text, changes };
}

describe('incremental text sync', () => {
  it('reproduces the text, its lines and its model after random range edits', () => {
    fc.assert(
      fc.property(documentText, updates, (initial, batches) => {
        let plain = initial;
        let doc = TextDocument.create('file:///test.briefing', 'briefing', 0, initial);
        batches.forEach((batch, i) => {
          const applied = applyBatch(plain, batch);
          plain = applied.text;
          doc = TextDocument.update(doc, applied.changes, i + 1);
          assert.equal(doc.getText(), plain, `text after update ${i + 1}`);
          const fromDocument = parseBriefing(doc.getText());
          assertValidModel(fromDocument);
          assert.deepEqual(fromDocument, parseBriefing(plain));
          // The model's lines are the document's lines, so ranges built from either agree.
          assert.equal(fromDocument.lineStarts.length, doc.lineCount, 'line count');
          fromDocument.lineStarts.forEach((start, line) => assert.equal(doc.offsetAt({ line, character: 0 }), start, `start of line ${line}`));
          for (const p of fromDocument.paragraphs) {
            assert.equal(doc.positionAt(p.start).line, p.startLine, `startLine of paragraph ${p.index}`);
            assert.equal(doc.offsetAt(doc.positionAt(p.start)), p.start, `paragraph ${p.index} start round-trips`);
          }
        });
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('ModelCache, applying the edits as the server does, serves a model equal to a fresh parse', () => {
    fc.assert(
      fc.property(documentText, updates, fc.boolean(), (initial, batches, askEveryVersion) => {
        const cache = new ModelCache();
        let plain = initial;
        let doc = cache.documents.create('file:///cached.briefing', 'briefing', 0, initial);
        let previous = cache.get(doc);
        assert.deepEqual(previous, parseBriefing(initial));
        assert.equal(cache.get(doc), previous, 'same object for the same version');
        batches.forEach((batch, i) => {
          const applied = applyBatch(plain, batch);
          plain = applied.text;
          doc = cache.documents.update(doc, applied.changes, i + 1);
          // An editor asks for some versions only: edits between asks add up.
          if (!askEveryVersion && i % 3 !== 2 && i !== batches.length - 1) return;
          const model = cache.get(doc);
          assert.notEqual(model, previous, `a new model for version ${i + 1}`);
          assert.equal(model.text, plain);
          assert.deepEqual(model, parseBriefing(plain));
          assert.equal(cache.get(doc), model, 'same object when the version did not change');
          assert.equal(cache.get(doc), model, 'still the same object on a third request');
          previous = model;
        });
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('ModelCache keeps models of different documents apart and forgets on request', () => {
    const cache = new ModelCache();
    const zh = TextDocument.create('file:///zh.briefing', 'briefing', 1, '问：请问？\n答：好的。');
    const en = TextDocument.create('file:///en.briefing', 'briefing', 1, 'Q: Any news?\nA: None.');
    const zhModel = cache.get(zh);
    const enModel = cache.get(en);
    assert.notEqual(zhModel, enModel);
    assert.equal(cache.get(zh), zhModel);
    assert.equal(cache.get(en).text, en.getText());
    cache.forget(zh.uri);
    const again = cache.get(zh);
    assert.notEqual(again, zhModel);
    assert.deepEqual(again, zhModel);
  });
});
