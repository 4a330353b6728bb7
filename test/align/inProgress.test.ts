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
import { addScore, EDIT_KINDS, editPair, noScore, realPairs, scoreJumps, type EditKind } from '../../bench/inProgress';

const SHARED = join(__dirname, '..', '..', '..', 'shared');
const pairs = realPairs(join(SHARED, 'corpus'), join(SHARED, 'archive'), join(__dirname, 'expected-alignments.json'));
const skipReason = pairs.length === 0 ? `no real pairs under ${SHARED}` : undefined;
if (skipReason) console.log(`translation-in-progress test skipped: ${skipReason}`);

const terms = new TermIndex(builtinEntries());
/** Edits at places the seed chooses: two draws each; truncation and the menu have one place only. */
const SEEDS: Record<EditKind, number> = { none: 1, drop: 2, merge: 2, split: 2, added: 2, pasted: 2, truncate25: 1, truncate50: 1, truncate75: 1, menuOnly: 1 };

describe('jumps in a translation in progress', { skip: skipReason }, () => {
  for (const kind of EDIT_KINDS) {
    it(`${kind}: ≥ ${kind === 'none' ? 0.99 : 0.97} of the jumps land right, and almost none from an untranslated paragraph lands in text`, async () => {
      const total = noScore();
      for (const [k, pair] of pairs.entries()) {
        for (let s = 0; s < SEEDS[kind]; s++) addScore(total, await scoreJumps(editPair(pair, kind, 1000 + k * 10 + s), terms));
      }
      const accuracy = total.correct / total.jumps;
      console.log(`${kind}: ${accuracy.toFixed(3)} (${total.correct}/${total.jumps}; ${total.missed} found nothing, ${total.stray} from untranslated text landed somewhere)`);
      assert.ok(accuracy >= (kind === 'none' ? 0.99 : 0.97), `${kind}: accuracy ${accuracy.toFixed(3)}`);
      assert.ok(total.stray <= total.jumps * 0.002, `${kind}: ${total.stray} jumps from untranslated paragraphs landed in text`);
    });
  }
});
