/** briefing/parallel: the counterpart and the pairing, in words the client can show as they are. */
import { Location } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ParallelResult } from '../protocol';
import type { Pairing } from '../workspace/parallel';
import { toRange } from './ranges';
import { alignmentSummary, sideAt, VERSION_NAMES, type Counterpart } from './parallel';


/** `offset` is where the cursor is, when the client said: in a bilingual file it picks the side. */
export function parallelResult(document: TextDocument, pairing: Pairing, counterpart: Counterpart | undefined, offset: number | undefined): ParallelResult {
  const askedForPosition = offset !== undefined;
  if (pairing.kind === 'unpaired') {
    const lookedFor = pairing.lookedFor.length > 0 ? `; looked for ${pairing.lookedFor.join(', ')}` : '';
    return { status: 'unpaired', message: `${capitalize(pairing.reason)}${lookedFor}.`, locations: [] };
  }
  const side = counterpart ? (counterpart.toSide === 'en' ? 'zh' : 'en') : (sideAt(pairing, document.uri, offset ?? 0) ?? (pairing.zh.uri === document.uri ? 'zh' : 'en'));
  const other = side === 'zh' ? 'en' : 'zh';
  const { linked, total } = alignmentSummary(pairing, side);
  const progress = side === 'zh' ? { linked, total } : alignmentSummary(pairing, 'zh');
  const summary = { counterpartUri: pairing[other].uri, languages: `${side} ↔ ${other}`, linked, total, translated: progress.linked, toTranslate: progress.total };
  if (!askedForPosition) return { status: 'paired', message: `${VERSION_NAMES[other]} version: ${pairing[other].uri}`, locations: [], pairing: summary };
  if (!counterpart) {
    return { status: 'outside', message: 'Put the cursor in the transcript: titles, turns and points have counterparts; page junk does not.', locations: [], pairing: summary };
  }
  if (counterpart.kind === 'missing') {
    const location = counterpart.targets.map((target) => Location.create(counterpart.to.uri, toRange(counterpart.to.document, target)));
    return { status: 'missing', message: missingMessage(side), locations: location, confidence: counterpart.confidence, pairing: summary };
  }
  return {
    status: 'paired',
    message: `Aligned ${counterpart.kind} in the ${VERSION_NAMES[other]} version.`,
    locations: counterpart.targets.map((target) => Location.create(counterpart.to.uri, toRange(counterpart.to.document, target))),
    confidence: counterpart.confidence,
    kind: counterpart.kind,
    pairing: summary,
  };
}

/** What the user is told on a paragraph without counterpart: the Chinese is the source, the English its translation. */
export function missingMessage(side: 'zh' | 'en'): string {
  return side === 'zh'
    ? 'Not translated yet: this paragraph has no English counterpart. The cursor is where its translation belongs.'
    : 'This paragraph has no Chinese counterpart (added in the English version). The cursor is where it would stand in the Chinese.';
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
