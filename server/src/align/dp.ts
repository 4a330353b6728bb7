/**
 * The dynamic programme of the aligner: the cheapest sequence of links (1–1, 1–0, 0–1, 2–1, 1–2)
 * through two paragraph sequences. Only a band around the diagonal (scaled by the ratio of the
 * two lengths) is filled; when the best path runs along the band's edge the band was too narrow
 * to be trusted, and it is widened and the programme run again. Translations keep their order,
 * so the first band almost always suffices and two 5,000-paragraph versions take milliseconds.
 */

/** The shapes a link can have: [Chinese paragraphs, English paragraphs]. */
const MOVE_DI = [1, 1, 0, 2, 1] as const;
const MOVE_DJ = [1, 0, 1, 1, 2] as const;
const MOVES = MOVE_DI.length;

/** Room for a few omissions in a row off the scaled diagonal; wider bands are tried when the path needs them. */
const FIRST_HALF_WIDTH = 4;

/**
 * Costs of pair links. A method of an object rather than a function: the aligner makes new costs
 * for every alignment, and calls through a closure V8 has not seen make it drop the optimised
 * programme and start again, where calls to the method of one class do not.
 */
export interface PairCosts {
  /** Cost of the link covering Chinese [i, i + di) and English [j, j + dj) (both non-empty). */
  cost(i: number, di: number, j: number, dj: number): number;
  /** A value never above `cost` of the same link, and cheaper to find: links whose floor loses need no cost. */
  floor(i: number, di: number, j: number, dj: number): number;
}

export interface Step {
  i: number;
  j: number;
  di: number;
  dj: number;
  cost: number;
}

export function cheapestPath(n: number, m: number, costs: PairCosts, skipCost: number): Step[] {
  for (let halfWidth = FIRST_HALF_WIDTH; ; halfWidth *= 2) {
    const band = new Band(n, m, halfWidth);
    const path = fill(band, costs, skipCost);
    if (band.coversAll || !path.some((step) => band.touchesEdge(step.i, step.j))) return path;
  }
}

/** Row i holds the columns [lo(i), hi(i)] around the scaled diagonal. */
class Band {
  readonly lo: Int32Array;
  readonly hi: Int32Array;
  readonly offset: Int32Array;
  readonly size: number;
  readonly coversAll: boolean;

  constructor(
    readonly n: number,
    readonly m: number,
    halfWidth: number,
  ) {
    this.lo = new Int32Array(n + 1);
    this.hi = new Int32Array(n + 1);
    this.offset = new Int32Array(n + 1);
    // Consecutive rows must overlap, or a steep band (one paragraph against thousands) is cut in two.
    halfWidth = Math.max(halfWidth, Math.ceil(m / Math.max(n, 1)) + 1);
    let size = 0;
    let coversAll = true;
    for (let i = 0; i <= n; i++) {
      const centre = n === 0 ? 0 : Math.round((i * m) / n);
      this.lo[i] = Math.max(0, centre - halfWidth);
      this.hi[i] = Math.min(m, centre + halfWidth);
      if (this.lo[i]! > 0 || this.hi[i]! < m) coversAll = false;
      this.offset[i] = size - this.lo[i]!;
      size += this.hi[i]! - this.lo[i]! + 1;
    }
    this.size = size;
    this.coversAll = coversAll;
  }

  cell(i: number, j: number): number {
    return this.offset[i]! + j;
  }

  /** A path through the band's edge (not the matrix's) may have been cut off by it. */
  touchesEdge(i: number, j: number): boolean {
    return (j === this.lo[i]! && j > 0) || (j === this.hi[i]! && j < this.m);
  }
}

function fill(band: Band, costs: PairCosts, skipCost: number): Step[] {
  const total = new Float64Array(band.size).fill(Infinity);
  const move = new Int8Array(band.size).fill(-1);
  total[band.offset[0]!] = 0;
  // One call per row: V8 optimises a function it has called often, while a loop of thousands of
  // rows in a function called once per alignment would start over unoptimised every time.
  for (let i = 0; i <= band.n; i++) fillRow(band, i, total, move, costs, skipCost);
  return traceBack(band, total, move);
}

/** The cheapest way into each cell of row i, from the cells of rows i − 2 … i. */
function fillRow(band: Band, i: number, total: Float64Array, move: Int8Array, costs: PairCosts, skipCost: number): void {
  const { lo, hi, offset } = band;
  for (let j = lo[i]!; j <= hi[i]!; j++) {
    const here = offset[i]! + j;
    let best = total[here]!;
    let bestMove = move[here]!;
    for (let k = 0; k < MOVES; k++) {
      const fromI = i - MOVE_DI[k]!;
      const fromJ = j - MOVE_DJ[k]!;
      if (fromI < 0 || fromJ < lo[fromI]! || fromJ > hi[fromI]!) continue;
      const from = total[offset[fromI]! + fromJ]!;
      if (from === Infinity) continue;
      // Omissions cost the same everywhere; only pairs need the cost function. 2–1 and 1–2 links
      // seldom win, and their floor mostly shows it: from + cost ≥ from + floor ≥ best.
      const di = MOVE_DI[k]!;
      const dj = MOVE_DJ[k]!;
      if (di + dj === 3 && from + costs.floor(fromI, di, fromJ, dj) >= best) continue;
      const step = di === 0 || dj === 0 ? skipCost : costs.cost(fromI, di, fromJ, dj);
      if (from + step < best) {
        best = from + step;
        bestMove = k;
      }
    }
    total[here] = best;
    move[here] = bestMove;
  }
}

function traceBack(band: Band, total: Float64Array, move: Int8Array): Step[] {
  const steps: Step[] = [];
  let i = band.n;
  let j = band.m;
  while (i > 0 || j > 0) {
    const k = move[band.cell(i, j)]!;
    const di = MOVE_DI[k]!;
    const dj = MOVE_DJ[k]!;
    const cost = total[band.cell(i, j)]! - total[band.cell(i - di, j - dj)]!;
    i -= di;
    j -= dj;
    steps.push({ i, j, di, dj, cost });
  }
  return steps.reverse();
}
