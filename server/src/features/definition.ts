/** textDocument/definition: the aligned counterpart in the other language version. */
import { LocationLink } from 'vscode-languageserver';
import { pairSafeEnd } from '../model';
import { toRange } from './ranges';
import type { Counterpart } from './parallel';

export function definition(counterpart: Counterpart | undefined): LocationLink[] {
  if (!counterpart) return [];
  const { from, to, origin, targets } = counterpart;
  return targets.map((target) =>
    LocationLink.create(to.uri, toRange(to.document, target), toRange(to.document, { start: target.start, end: shortEnd(to.briefing.text, target) }), toRange(from.document, origin)),
  );
}

/** The selection shown in the target: its first UTF-16 units, never ending inside a surrogate pair. */
const SELECTION_UNITS = 200;

function shortEnd(text: string, target: { start: number; end: number }): number {
  return pairSafeEnd(text, Math.min(target.end, target.start + SELECTION_UNITS), target.end);
}
