/**
 * Go to parallel translation while the English is being written: every real pair of the corpus
 * and the archive, edited as a translation in progress (bench/inProgress.ts), jumped from every
 * body paragraph of both versions as the server jumps. Accuracy floors per edit kind, and jumps
 * from untranslated paragraphs into other text kept near none. Skipped, with a note, where
 * ../shared is absent.
 */
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { builtinEntries, TermIndex } from '../../server/src/glossary';
import { accuracyFloor, addScore, EDIT_KINDS, editPair, joinedPair, noScore, realPairs, scoreJumps, scoreKind } from '../../bench/inProgress';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { DEFAULT_OUTLINE_OPTIONS } from '../../server/src/features/outline';

const SHARED = join(__dirname, '..', '..', '..', 'shared');
const pairs = realPairs(join(SHARED, 'corpus'), join(SHARED, 'archive'), join(__dirname, 'expected-alignments.json'));
const skipReason = pairs.length === 0 ? `no real pairs under ${SHARED}` : undefined;
if (skipReason) console.log(`translation-in-progress test skipped: ${skipReason}`);

const terms = new TermIndex(builtinEntries());

describe('jumps in a translation in progress', { skip: skipReason }, () => {
  for (const kind of EDIT_KINDS) {
    it(`${kind}: ≥ ${accuracyFloor(kind)} of the jumps land right, and almost none from an untranslated paragraph lands in text`, async () => {
      const total = await scoreKind(pairs, kind, terms);
      const accuracy = total.correct / total.jumps;
      console.log(`${kind}: ${accuracy.toFixed(3)} (${total.correct}/${total.jumps}; ${total.missed} found nothing, ${total.stray} from untranslated text landed somewhere)`);
      assert.ok(accuracy >= accuracyFloor(kind), `${kind}: accuracy ${accuracy.toFixed(3)}`);
      assert.ok(total.stray <= total.jumps * 0.002, `${kind}: ${total.stray} jumps from untranslated paragraphs landed in text`);
    });
  }
});

describe('a week of briefings pasted into one file per language', { skip: skipReason }, () => {
  it('shows each briefing as its own top-level entry, and jumps briefing by briefing', async () => {
    const archive = pairs.filter((p) => p.name.startsWith('mfa-') && p.links.length > 0).slice(-15);
    const total = noScore();
    for (let k = 0; k + 3 <= archive.length; k += 3) {
      const joined = joinedPair(archive.slice(k, k + 3));
      for (const briefing of [joined.zh, joined.en]) {
        assert.equal(briefing.sections.length, 3, `${joined.name}: three briefings`);
        assert.equal(documentSymbols(briefing, DEFAULT_OUTLINE_OPTIONS).length, 3, `${joined.name}: three top-level entries`);
      }
      addScore(total, await scoreJumps(editPair(joined, 'none', 1), terms));
    }
    const accuracy = total.correct / total.jumps;
    console.log(`joined briefings: ${accuracy.toFixed(3)} (${total.correct}/${total.jumps}; ${total.stray} stray)`);
    assert.ok(accuracy >= 0.99, `accuracy ${accuracy.toFixed(3)}`);
  });
});
