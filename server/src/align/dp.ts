/**
 * The dynamic programme of the aligner: the cheapest sequence of links (1–1, 1–0, 0–1, 2–1, 1–2)
 * through two paragraph sequences. Only a band of cells is filled, around a guide: the column where
 * each row is expected (anchors and running lengths, see guide.ts), so that a translation that
 * covers a prefix of the other version (or runs behind it after an omission) is followed where it
 * goes rather than stretched along the diagonal.
 *
 * When the best path runs along the band's edge the band may have cut off a better one: the band
 * is centred again on that path and widened, a few times at most, so that the work stays linear
 * in the paragraphs even where a repetitive text gives many equally good paths.
 *
 * The programme is a generator that yields between rows, so that a caller can spread a long
 * alignment over several turns of its event loop and drop it when it is no longer wanted.
 */

/** The shapes a link can have: [Chinese paragraphs, English paragraphs]. */
const MOVE_DI = [1, 1, 0, 2, 1] as const;
const MOVE_DJ = [1, 0, 1, 1, 2] as const;
const MOVES = MOVE_DI.length;

/** Room for a few omissions in a row off the guide; wider bands are tried when the path needs them. */
const FIRST_HALF_WIDTH = 4;
/**
 * Cells per paragraph that a widened band may hold: far more than a translation drifts from its
 * guide, and a bound that keeps the work linear where a repetitive text gives many equally good
 * paths along every band's edge.
 */
const CELLS_PER_PARAGRAPH = 128;
/**
 * What an omission costs, as a share of another, once the other version has ended: a translation
 * that stops part-way leaves the rest of the source unpaired (a free end gap, cheap rather than
 * free so that pairs still beat leaving everything to the end). This makes its last paragraphs pair
 * where they belong, before the gap, not with a similar paragraph further on.
 */
const TAIL_SHARE = 0.75;
/** Cells to fill between two yields: about a millisecond of work. */
const CELLS_PER_SLICE = 20_000;

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

/** The cheapest path, computed at once. */
export function cheapestPath(n: number, m: number, costs: PairCosts, skipCost: number, guide?: Int32Array): Step[] {
  return runToEnd(cheapestPathSteps(n, m, costs, skipCost, guide));
}

/** Runs steps that yield between slices of work to the end, at once, and returns their result. */
export function runToEnd<T>(steps: Generator<void, T>): T {
  for (let next = steps.next(); ; next = steps.next()) if (next.done) return next.value;
}

/**
 * The cheapest path, yielding between slices of rows. `guide[i]` is the column expected at row i
 * (n + 1 entries, non-decreasing, within 0..m). Two diagonals are tried too, and the cheapest
 * path of the three kept: omissions spread through both versions keep the path near the diagonal
 * scaled to the two lengths; a translation that stops early follows its lengths, or, where they
 * say little (a text that repeats itself), goes paragraph for paragraph until it ends.
 */
export function* cheapestPathSteps(n: number, m: number, costs: PairCosts, skipCost: number, guide?: Int32Array): Generator<void, Step[]> {
  const budget = CELLS_PER_PARAGRAPH * (n + m + 1);
  // A steep ratio (one paragraph against many) needs rows at least that wide to stay connected.
  let halfWidth = Math.max(FIRST_HALF_WIDTH, Math.ceil(m / Math.max(n, 1)) + 1);
  let best: { guide: Int32Array; band: Band; path: Step[]; cost: number } | undefined;
  for (const centres of distinct([...(guide ? [guide] : []), scaledDiagonal(n, m), paragraphForParagraph(n, m)])) {
    const band = Band.around(n, m, [centres], halfWidth);
    const path = yield* fill(band, costs, skipCost);
    const cost = pathCost(path);
    if (!best || cost < best.cost) best = { guide: centres, band, path, cost };
  }
  let { band, path, cost } = best!;
  while (!band.coversAll && path.some((step) => band.touchesEdge(step.i, step.j))) {
    // Wider around the guide and around the path found: the path may have been pushed off its
    // course by the band, or have found where the course really runs.
    halfWidth *= 2;
    const wider = Band.around(n, m, [best!.guide, centresOf(path, n)], halfWidth);
    if (wider.size > budget) break;
    band = wider;
    const widerPath = yield* fill(band, costs, skipCost);
    const widerCost = pathCost(widerPath);
    // No cheaper path with more room: the edge was touched by one of several equal paths (a
    // repetitive text has many), not by a path the band had cut off.
    if (widerCost >= cost) break;
    path = widerPath;
    cost = widerCost;
  }
  return path;
}

/** The guides without repeats: two versions of as many paragraphs have one diagonal, not two. */
function distinct(guides: Int32Array[]): Int32Array[] {
  const same = (a: Int32Array, b: Int32Array) => a.every((value, i) => value === b[i]);
  return guides.filter((guide, k) => !guides.slice(0, k).some((earlier) => same(earlier, guide)));
}

function pathCost(path: Step[]): number {
  return path.reduce((sum, step) => sum + step.cost, 0);
}

function paragraphForParagraph(n: number, m: number): Int32Array {
  const centres = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) centres[i] = Math.min(i, m);
  return centres;
}

function scaledDiagonal(n: number, m: number): Int32Array {
  const centres = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) centres[i] = n === 0 ? 0 : Math.round((i * m) / n);
  return centres;
}

/** The middle of the columns a path visits in each row. */
function centresOf(path: Step[], n: number): Int32Array {
  const first = new Int32Array(n + 1).fill(-1);
  const last = new Int32Array(n + 1);
  const visit = (i: number, j: number) => {
    if (first[i] === -1) first[i] = j;
    last[i] = j;
  };
  visit(0, 0);
  for (const step of path) visit(step.i + step.di, step.j + step.dj);
  const centres = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) centres[i] = first[i] === -1 ? centres[i - 1]! : (first[i]! + last[i]!) >> 1;
  return centres;
}

/** Row i holds the columns [lo(i), hi(i)]. */
class Band {
  readonly offset: Int32Array;
  readonly size: number;
  readonly coversAll: boolean;

  /** The columns within `halfWidth` of any of the centres, in each row. */
  static around(n: number, m: number, centreSets: Int32Array[], halfWidth: number): Band {
    const lo = new Int32Array(n + 1).fill(m);
    const hi = new Int32Array(n + 1);
    for (const centres of centreSets) {
      for (let i = 0; i <= n; i++) {
        const centre = Math.min(m, Math.max(0, centres[i]!));
        lo[i] = Math.min(lo[i]!, Math.max(0, centre - halfWidth));
        hi[i] = Math.max(hi[i]!, Math.min(m, centre + halfWidth));
      }
    }
    // The path starts at (0, 0) and ends at (n, m); each row must reach the one before it.
    lo[0] = 0;
    hi[n] = m;
    for (let i = 1; i <= n; i++) lo[i] = Math.min(lo[i]!, hi[i - 1]! + 1, hi[i]!);
    return new Band(n, m, lo, hi);
  }

  private constructor(
    readonly n: number,
    readonly m: number,
    readonly lo: Int32Array,
    readonly hi: Int32Array,
  ) {
    this.offset = new Int32Array(n + 1);
    let size = 0;
    let coversAll = true;
    for (let i = 0; i <= n; i++) {
      if (lo[i]! > 0 || hi[i]! < m) coversAll = false;
      this.offset[i] = size - lo[i]!;
      size += hi[i]! - lo[i]! + 1;
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

function* fill(band: Band, costs: PairCosts, skipCost: number): Generator<void, Step[]> {
  const total = new Float64Array(band.size).fill(Infinity);
  const move = new Int8Array(band.size).fill(-1);
  total[band.offset[0]!] = 0;
  // One call per row: V8 optimises a function it has called often, while a loop of thousands of
  // rows in a function called once per alignment would start over unoptimised every time.
  let cells = 0;
  for (let i = 0; i <= band.n; i++) {
    fillRow(band, i, total, move, costs, skipCost);
    cells += band.hi[i]! - band.lo[i]! + 1;
    if (cells >= CELLS_PER_SLICE) {
      cells = 0;
      yield;
    }
  }
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
      const step = di === 0 || dj === 0 ? (isTail(band, i, j, dj) ? skipCost * TAIL_SHARE : skipCost) : costs.cost(fromI, di, fromJ, dj);
      if (from + step < best) {
        best = from + step;
        bestMove = k;
      }
    }
    total[here] = best;
    move[here] = bestMove;
  }
}

/** An omission into cell (i, j) after the other version's last paragraph. */
function isTail(band: Band, i: number, j: number, dj: number): boolean {
  return dj === 0 ? j === band.m : i === band.n;
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
