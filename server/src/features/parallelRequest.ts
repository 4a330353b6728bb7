/** briefing/parallel: the counterpart and the pairing, in words the client can show as they are. */
import { Location } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { render, t } from '../l10n';
import type { ParallelResult } from '../protocol';
import type { Pairing } from '../workspace/parallel';
import { toRange } from './ranges';
import { alignmentSummary, sideAt, VERSION_NAMES, type Counterpart } from './parallel';


/** `offset` is where the cursor is, when the client said: in a bilingual file it picks the side. */
export function parallelResult(document: TextDocument, pairing: Pairing, counterpart: Counterpart | undefined, offset: number | undefined): ParallelResult {
  const askedForPosition = offset !== undefined;
  if (pairing.kind === 'unpaired') {
    const reason = capitalize(render(pairing.reason));
    const message = pairing.lookedFor.length > 0 ? t('parallel.unpairedLookedFor', { reason, files: pairing.lookedFor.join(', ') }) : t('parallel.unpaired', { reason });
    return { status: 'unpaired', message, locations: [] };
  }
  const side = counterpart ? (counterpart.toSide === 'en' ? 'zh' : 'en') : (sideAt(pairing, document.uri, offset ?? 0) ?? (pairing.zh.uri === document.uri ? 'zh' : 'en'));
  const other = side === 'zh' ? 'en' : 'zh';
  const { linked, total } = alignmentSummary(pairing, side);
  const progress = side === 'zh' ? { linked, total } : alignmentSummary(pairing, 'zh');
  const summary = { counterpartUri: pairing[other].uri, languages: `${side} ↔ ${other}`, linked, total, translated: progress.linked, toTranslate: progress.total };
  if (!askedForPosition) return { status: 'paired', message: t('parallel.otherVersion', { version: VERSION_NAMES[other], uri: pairing[other].uri }), locations: [], pairing: summary };
  if (!counterpart) {
    return { status: 'outside', message: t('parallel.outside'), locations: [], pairing: summary };
  }
  if (counterpart.kind === 'missing') {
    const location = counterpart.targets.map((target) => Location.create(counterpart.to.uri, toRange(counterpart.to.document, target)));
    return { status: 'missing', message: missingMessage(side), locations: location, confidence: counterpart.confidence, pairing: summary };
  }
  return {
    status: 'paired',
    message: t(`parallel.aligned.${counterpart.kind}`, { version: VERSION_NAMES[other] }),
    locations: counterpart.targets.map((target) => Location.create(counterpart.to.uri, toRange(counterpart.to.document, target))),
    confidence: counterpart.confidence,
    kind: counterpart.kind,
    pairing: summary,
  };
}

/** What the user is told on a paragraph without counterpart: the Chinese is the source, the English its translation. */
export function missingMessage(side: 'zh' | 'en'): string {
  return t(side === 'zh' ? 'parallel.missing.zh' : 'parallel.missing.en');
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
