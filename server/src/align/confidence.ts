/**
 * How sure the aligner is of each link: the margin, in nats, by which the chosen link beats its
 * nearest alternative, squashed into 0..1. A pair competes with leaving its paragraphs out; an
 * omission competes with joining its paragraph to the neighbouring link (a 2–1 or 1–2 link).
 */

import type { PairCosts, Step } from './dp';
import { SKIP_COST } from './linkCost';

/** A margin of MIDPOINT nats gives 0.5; every SCALE nats more divides the doubt by e. */
const MIDPOINT = 1;
const SCALE = 1;

export function linkConfidences(path: Step[], costs: PairCosts): number[] {
  return path.map((step, k) => {
    if (step.di > 0 && step.dj > 0) return squash((step.di + step.dj) * SKIP_COST - step.cost);
    const alternatives = [path[k - 1], path[k + 1]].flatMap((neighbour) => (neighbour ? [joinedCost(step, neighbour, costs)] : []));
    return squash(Math.min(Infinity, ...alternatives));
  });
}

/** How much more joining the omitted paragraph to a neighbouring one-to-one link would cost. */
function joinedCost(omission: Step, neighbour: Step, costs: PairCosts): number {
  if (neighbour.di !== 1 || neighbour.dj !== 1) return Infinity;
  const i = Math.min(omission.i, neighbour.i);
  const j = Math.min(omission.j, neighbour.j);
  return costs.cost(i, omission.di + 1, j, omission.dj + 1) - neighbour.cost - omission.cost;
}

function squash(margin: number): number {
  if (margin === Infinity) return 1;
  return 1 / (1 + Math.exp(-(margin - MIDPOINT) / SCALE));
}
