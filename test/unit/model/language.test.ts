/** Language detection stops early only when the rest of its sample could not change the answer. */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { detectLanguage } from '../../../server/src/model/language';
import { mulberry32 } from '../../../bench/random';
import { editableTexts } from '../helpers/edits';

/** The sample counted to its end, as the rule is stated. */
function reference(text: string, start: number, end: number): string {
  let han = 0;
  let latin = 0;
  for (let i = start; i < Math.min(end, start + 160); i++) {
    const code = text.charCodeAt(i);
    if (/[A-Za-z]/.test(text[i]!)) latin++;
    else if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xd840 && code <= 0xd87f)) han++;
  }
  if (han === 0 && latin === 0) return 'other';
  return han * 3 >= latin ? 'zh' : 'en';
}

describe('detectLanguage', () => {
  it('agrees with counting the whole sample, on every line of the texts and on mixed random text', () => {
    let checked = 0;
    for (const { text } of editableTexts()) {
      let start = 0;
      for (const line of text.split('\n')) {
        assert.equal(detectLanguage(text, start, start + line.length), reference(text, start, start + line.length), line.slice(0, 40));
        start += line.length + 1;
        checked++;
      }
    }
    const random = mulberry32(3);
    const pieces = ['中', '方', 'a', 'Bc', ' ', '，', '1', '𠀀', 'China ', '会谈'];
    for (let run = 0; run < 3000; run++) {
      let text = '';
      const bias = random();
      while (text.length < 200 * random()) text += pieces[Math.floor(((random() + bias) / 2) * pieces.length)];
      assert.equal(detectLanguage(text, 0, text.length), reference(text, 0, text.length), text);
      checked++;
    }
    assert.ok(checked > 3000);
  });
});
