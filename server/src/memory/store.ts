/**
 * The memory as stored between sessions: per source, a stamp of its files (modification time and
 * size) and its units, so that a restart reads the units of unchanged files instead of aligning
 * them again. Pure: workspace/ reads and writes the file.
 */
import type { MemorySource, MemoryUnit } from './types';

/** Raised when the units or how they are made change: an older store is dropped and rebuilt. */
export const STORE_VERSION = 1;

export interface StoredSource {
  source: MemorySource;
  /** The files' stamp when their units were made. */
  stamp: string;
  units: MemoryUnit[];
}

export type StoreReading = { kind: 'read'; sources: StoredSource[] } | { kind: 'discarded'; reason: string };

export function serializeStore(sources: Iterable<StoredSource>): string {
  return JSON.stringify({ version: STORE_VERSION, sources: [...sources] });
}

/** The stored sources, or why the text is no store of this version (then it is rebuilt, never trusted). */
export function parseStore(text: string): StoreReading {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { kind: 'discarded', reason: `not JSON (${(error as Error).message})` };
  }
  const store = value as { version?: unknown; sources?: unknown };
  if (typeof store !== 'object' || store === null) return { kind: 'discarded', reason: 'not a memory store' };
  if (store.version !== STORE_VERSION) return { kind: 'discarded', reason: `store version ${String(store.version)}, expected ${STORE_VERSION}` };
  if (!Array.isArray(store.sources) || !store.sources.every(isStoredSource)) return { kind: 'discarded', reason: 'malformed sources' };
  return { kind: 'read', sources: store.sources };
}

const isString = (value: unknown): value is string => typeof value === 'string';

function isStoredSource(value: unknown): value is StoredSource {
  const stored = value as StoredSource;
  if (typeof stored !== 'object' || stored === null || !isString(stored.stamp) || !Array.isArray(stored.units)) return false;
  const source = stored.source;
  if (typeof source !== 'object' || source === null || !isString(source.path) || !isString(source.enPath)) return false;
  if (source.date !== undefined && !isString(source.date)) return false;
  return stored.units.every(
    (unit) => typeof unit === 'object' && unit !== null && isString(unit.zh) && isString(unit.en) && (unit.kind === 'sentence' || unit.kind === 'paragraph') && Number.isInteger(unit.line),
  );
}
