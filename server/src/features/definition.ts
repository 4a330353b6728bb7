/** textDocument/definition: the aligned counterpart in the other language version. */
import { LocationLink } from 'vscode-languageserver';
import { toRange } from './ranges';
import type { Counterpart } from './parallel';

export function definition(counterpart: Counterpart | undefined): LocationLink[] {
  if (!counterpart) return [];
  const { from, to, origin, targets } = counterpart;
  return targets.map((target) =>
    LocationLink.create(to.uri, toRange(to.document, target), toRange(to.document, { start: target.start, end: Math.min(target.end, target.start + 200) }), toRange(from.document, origin)),
  );
}
