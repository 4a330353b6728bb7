/** Which open documents are briefings: by language id, by extension, else by content. */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { BriefingDocuments, type DetectPlainText } from '../../../server/src/workspace/briefingDocuments';

const TRANSCRIPT = '问：会议什么时候举行？\n\n答：下周举行。\n';
const NOTES = 'Buy milk.\n\nQ: repaint the kitchen?\n';

function detector(initial: DetectPlainText = 'auto') {
  const state = { detect: initial };
  return { state, documents: new BriefingDocuments(() => state.detect) };
}

describe('briefing documents', () => {
  it('trusts the language id briefing and the .briefing extension, whatever the content or setting', () => {
    const { documents } = detector('off');
    assert.equal(documents.isBriefing(TextDocument.create('file:///a/notes.txt', 'briefing', 1, NOTES)), true);
    assert.equal(documents.isBriefing(TextDocument.create('file:///a/b.briefing?x=1#y', 'text', 1, NOTES)), true);
  });

  it('looks at the content of any other document, unless detection is off', () => {
    const { state, documents } = detector();
    const transcript = TextDocument.create('file:///a/t.txt', 'text', 1, TRANSCRIPT);
    const notes = TextDocument.create('file:///a/n.txt', 'plaintext', 1, NOTES);
    assert.equal(documents.isBriefing(transcript), true);
    assert.equal(documents.isBriefing(notes), false);
    state.detect = 'off';
    documents.reset();
    assert.equal(documents.isBriefing(transcript), false);
  });

  it('keeps a document a briefing once it was one, until it is forgotten', () => {
    const { documents } = detector();
    let document = TextDocument.create('file:///a/t.txt', 'text', 1, TRANSCRIPT);
    assert.equal(documents.isBriefing(document), true);
    // The user cut everything to retype it: still a briefing while open.
    document = TextDocument.update(document, [{ text: '' }], 2);
    assert.equal(documents.isBriefing(document), true);
    documents.forget(document.uri);
    assert.equal(documents.isBriefing(document), false);
  });

  it('looks again at a document that was none when its version changes', () => {
    const { documents } = detector();
    let document = TextDocument.create('file:///a/n.txt', 'text', 1, NOTES);
    assert.equal(documents.isBriefing(document), false);
    document = TextDocument.update(document, [{ text: TRANSCRIPT }], 2);
    assert.equal(documents.isBriefing(document), true);
  });
});
