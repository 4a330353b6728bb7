/**
 * Reparsing around an edit gives the model a full parse gives, on real transcripts (the corpus
 * when it is there) and the samples, for seeded random edits of every kind: typing in a line,
 * new and deleted lines, labels and markers typed or removed, line breaks of all three kinds.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { composeRegions, parseWithState, type ChangedRegion, type ParsedBriefing } from '../../../server/src/model';
import { isHardWrapped } from '../../../server/src/model/paragraphs';
import { reparseAround } from '../../../server/src/model/reparse';
import { mulberry32 } from '../../../bench/random';

const root = join(__dirname, '..', '..', '..');
const corpusDir = join(root, '..', 'shared', 'corpus');

function inputs(): { name: string; text: string }[] {
  const files = [join(root, 'samples'), corpusDir]
    .filter((dir) => existsSync(dir))
    .flatMap((dir) => readdirSync(dir).filter((f) => !/^README/.test(f)).map((f) => join(dir, f)));
  const texts = files.map((file) => ({ name: file.slice(root.length), text: readFileSync(file, 'utf8') }));
  // Hard-wrapped exports join lines into paragraphs: one such text, wrapped from the first sample.
  return [...texts, { name: 'wrapped sample', text: hardWrap(texts[0]!.text, 70) }];
}

/** Each line cut into lines of about `width` characters, paragraphs separated by blank lines. */
function hardWrap(text: string, width: number): string {
  const wrapLine = (line: string) => line.match(new RegExp(`.{1,${width}}`, 'gu'))?.join('\n') ?? '';
  return text.split('\n').filter((line) => line.trim()).map(wrapLine).join('\n\n');
}

const TYPED = ['我们注意到', ' We noted it.', '问：', '答：', 'Q: ', 'Geng Shuang: ', '一是', '；二是', 'First, ', '; second, ', '（一）', '---', '分享到', '\u3000', '。', '?'];
const STEPS = Number(process.env.REPARSE_STEPS ?? 40);
const BREAKS = ['\n', '\r\n', '\r', '\n\n'];

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** A random edit of `text`, mostly inside one line as typing is. */
function randomEdit(text: string, random: () => number): Edit {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  let start = Math.floor(random() * (text.length + 1));
  // An editor cannot put the cursor between \r and \n.
  if (text[start - 1] === '\r' && text[start] === '\n') start--;
  const kind = random();
  let end = start;
  let inserted = '';
  if (kind < 0.45) inserted = pick(TYPED);
  else if (kind < 0.6) inserted = pick(BREAKS);
  else if (kind < 0.75) end = Math.min(text.length, start + 1 + Math.floor(random() * 3));
  else if (kind < 0.85) end = Math.min(text.length, start + Math.floor(random() * 400));
  else if (kind < 0.95) inserted = pick(BREAKS) + pick(TYPED) + pick(TYPED) + pick(BREAKS);
  else {
    end = Math.min(text.length, start + Math.floor(random() * 60));
    inserted = pick(TYPED);
  }
  if (text[end - 1] === '\r' && text[end] === '\n') end++;
  return { start, end, text: inserted };
}

function apply(text: string, edit: Edit): { text: string; region: ChangedRegion } {
  return {
    text: text.slice(0, edit.start) + edit.text + text.slice(edit.end),
    region: { start: edit.start, oldEnd: edit.end, newEnd: edit.start + edit.text.length },
  };
}

describe('reparse around an edit', () => {
  it('gives the model of a full parse, for single edits and batches of them', (t) => {
    const random = mulberry32(20261126);
    let incremental = 0;
    let edits = 0;
    for (const { name, text: original } of inputs()) {
      let text = original;
      let previous: ParsedBriefing = parseWithState(text);
      if (name === 'wrapped sample') assert.ok(isHardWrapped(previous.state.stats), 'the wrapped sample reads as hard-wrapped');
      for (let step = 0; step < STEPS; step++) {
        let region: ChangedRegion | undefined;
        const batch = random() < 0.8 ? 1 : 2 + Math.floor(random() * 3);
        for (let i = 0; i < batch; i++) {
          const applied = apply(text, randomEdit(text, random));
          text = applied.text;
          region = composeRegions(region, applied.region);
        }
        const full = parseWithState(text);
        const around = reparseAround(previous, text, region!);
        edits++;
        if (around) {
          incremental++;
          assert.deepEqual(around.briefing, full.briefing, `${name}, edit ${step}: model`);
          assert.deepEqual(around.state, full.state, `${name}, edit ${step}: parse state`);
        }
        previous = around ?? full;
      }
    }
    // Most edits fall inside the body and must take the incremental path, or this test proves little.
    t.diagnostic(`${incremental} of ${edits} edits parsed incrementally`);
    assert.ok(incremental > edits * 0.6, `${incremental} of ${edits} edits were parsed incrementally`);
  });

  it('composes regions of successive edits into one region of the original text', () => {
    const random = mulberry32(7);
    for (let run = 0; run < 500; run++) {
      const original = 'x'.repeat(Math.floor(random() * 50));
      let text = original;
      let region: ChangedRegion | undefined;
      for (let i = 0; i < 1 + Math.floor(random() * 4); i++) {
        const start = Math.floor(random() * (text.length + 1));
        const end = Math.min(text.length, start + Math.floor(random() * 5));
        const inserted = 'y'.repeat(Math.floor(random() * 4));
        text = text.slice(0, start) + inserted + text.slice(end);
        region = composeRegions(region, { start, oldEnd: end, newEnd: start + inserted.length });
      }
      const r = region!;
      // Outside the region, the texts agree; the region's ends map onto each other.
      assert.equal(text.slice(0, r.start), original.slice(0, r.start));
      assert.equal(text.slice(r.newEnd), original.slice(r.oldEnd));
      assert.equal(text.length - r.newEnd, original.length - r.oldEnd);
    }
  });
});
