/**
 * Long work (an alignment, the translation memory's build) done a slice at a time, so that the
 * event loop serves other requests in between.
 */

/** How long the work runs before it lets other requests in. */
const SLICE_MS = 8;

export const SUPERSEDED = Symbol('superseded');

/** Runs the steps a slice at a time; SUPERSEDED when `wanted` turns false between slices. */
export async function inSlices<T>(steps: Generator<void, T>, wanted: () => boolean): Promise<T | typeof SUPERSEDED> {
  let sliceEnd = performance.now() + SLICE_MS;
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() < sliceEnd) continue;
    await new Promise((resolve) => setImmediate(resolve));
    if (!wanted()) return SUPERSEDED;
    sliceEnd = performance.now() + SLICE_MS;
  }
}
