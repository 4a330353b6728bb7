/**
 * Hands memory back after large documents change. Parsing a new version of a 10 MB document on
 * every keystroke allocates fast, and V8 answers fast allocation by letting its heap grow to about
 * four times what is live before it collects: over 600 MB for a document whose model needs 100.
 * After such a parse the server looks at the heap once the request is answered (a cheap call) and
 * collects when it holds half as much again as was live after its last collection. Jest's leak
 * detector reaches the collector the same way when node runs without --expose-gc.
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Texts at least this long (in UTF-16 units) are large: smaller ones leave collecting to V8. */
export const LARGE_TEXT = 1_000_000;
const GROWTH = 1.25;
/** A heap that grew by less than this is left alone, whatever the ratio. */
const SLACK = 32 * 1024 * 1024;

export class HeapKeeper {
  private live = usedHeap();
  private scheduled = false;
  collections = 0;

  constructor(private readonly collect: (() => void) | undefined = collector()) {}

  /** A large text was parsed: look at the heap once the work in hand is done. */
  afterLargeParse(): void {
    if (!this.collect || this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.collectIfGrown();
    });
  }

  private collectIfGrown(): void {
    if (usedHeap() < Math.max(GROWTH * this.live, this.live + SLACK)) return;
    this.collect!();
    this.collections++;
    this.live = usedHeap();
  }
}

function usedHeap(): number {
  return getHeapStatistics().used_heap_size;
}

/** The collector: global.gc under --expose-gc, or else one made by turning the flag on for a moment. */
function collector(): (() => void) | undefined {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    setFlagsFromString('--no-expose-gc');
    return typeof gc === 'function' ? gc : undefined;
  } catch {
    return undefined;
  }
}
