/**
 * The workspace's translation memory: built in the background from the pairs memoryFiles finds,
 * incrementally (a pair is aligned again only when one of its files changed), kept in the
 * extension's storage so that a restart reads the units instead of aligning every pair again.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { CustomPattern, ParagraphPair } from '../align';
import type { TermIndex } from '../glossary';
import { briefingDate, TranslationMemory, unitsOfBriefingsSteps, type MemorySource, type MemoryUnit, type StoredSource } from '../memory';
import { parseBriefing } from '../model';
import { memoryFilePairs, readStore, stampOf, writeStore, type MemoryFilePair } from './memoryFiles';
import { inSlices, SUPERSEDED } from './slices';

/** A pair with a larger file is left out: the memory is of transcripts, not of dumps. */
export const MAX_MEMORY_FILE_BYTES = 5 * 1024 * 1024;

export interface MemoryConfig {
  enabled: boolean;
  /** Workspace folders and the folders the user added. */
  folders: string[];
  include: string[];
  patterns: CustomPattern[];
  /** Where the store is kept; undefined: not kept (an editor that gives no storage folder). */
  storagePath?: string;
}

export interface BuildProgress {
  report(done: number, total: number, message: string): void;
  done(): void;
}

export interface BuildOutcome {
  sources: number;
  units: number;
  /** Pairs aligned in this build (the others were unchanged since the store or the last build). */
  aligned: number;
  storedBytes?: number;
}

export class WorkspaceMemory {
  readonly memory = new TranslationMemory();
  private stamps = new Map<string, string>();
  private config: MemoryConfig = { enabled: false, folders: [], include: [], patterns: [] };
  private storeRead = false;
  private stale = true;
  private building: Promise<BuildOutcome | undefined> | undefined;
  private generation = 0;
  private groups: { generation: number; bySource: Map<string, readonly ParagraphPair[]> } | undefined;
  /** Counts changes of the memory's content: the paragraph groups are made again after one. */
  private memoryGeneration = 0;

  constructor(
    private readonly terms: () => TermIndex,
    private readonly log: (message: string) => void,
    private readonly progress: () => Promise<BuildProgress>,
  ) {}

  get enabled(): boolean {
    return this.config.enabled;
  }

  /** A build is under way (or due): the memory may still grow. */
  get busy(): boolean {
    return this.building !== undefined || this.stale;
  }

  /** New settings: the next build lists the files again (and stops a build under the old ones). */
  configure(config: MemoryConfig): void {
    if (JSON.stringify(config) === JSON.stringify(this.config)) return;
    if (config.storagePath !== this.config.storagePath) this.storeRead = false;
    this.config = config;
    this.invalidate();
    if (!config.enabled) {
      // Switched off: its units are freed (the store stays, to be read when it is switched on again).
      [...this.stamps.keys()].forEach((path) => this.forget(path));
      this.storeRead = false;
    }
  }

  /** A file changed, appeared or went away. */
  invalidate(): void {
    this.stale = true;
    this.generation++;
  }

  /** Starts a build when the memory is out of date; resolves when the memory is up to date (or disabled). */
  async ready(): Promise<void> {
    while (this.config.enabled && (this.stale || this.building)) {
      if (!this.building) this.start();
      await this.building;
    }
  }

  /** Starts a build in the background when one is due; the memory built so far serves meanwhile. */
  refresh(): void {
    if (this.config.enabled && this.stale && !this.building) this.start();
  }

  /** The paragraph pairs of each source but `exceptPath`, for the hover's renderings of terms the glossary lacks. */
  paragraphGroups(exceptPath?: string): (readonly ParagraphPair[])[] {
    if (this.groups?.generation !== this.memoryGeneration) {
      const bySource = new Map<string, readonly ParagraphPair[]>();
      for (const { source, units } of this.memory.sources()) bySource.set(source.path, paragraphsOf(units));
      this.groups = { generation: this.memoryGeneration, bySource };
    }
    return [...this.groups.bySource].filter(([path]) => path !== exceptPath).map(([, pairs]) => pairs);
  }

  private start(): void {
    this.stale = false;
    const generation = this.generation;
    this.building = this.build(generation)
      .catch((error: unknown) => {
        this.log(`Translation memory: the build failed: ${(error as Error).stack ?? error}`);
        return undefined;
      })
      .finally(() => (this.building = undefined));
  }

  /** Aligns the pairs whose files changed since their units were made; undefined when superseded. */
  private async build(generation: number): Promise<BuildOutcome | undefined> {
    const config = this.config;
    if (!this.storeRead && config.storagePath) await this.readStored(config.storagePath);
    const pairs = await memoryFilePairs(config.folders, config.include, config.patterns);
    const progress = await this.progress();
    let aligned = 0;
    let changed = false;
    try {
      for (const [done, pair] of pairs.entries()) {
        if (generation !== this.generation) return undefined;
        progress.report(done, pairs.length, basename(pair.zhPath));
        if (await this.update(pair, generation)) aligned++;
        // Requests go first between pairs: the editor stays responsive during the build.
        await new Promise((resolve) => setImmediate(resolve));
      }
      const listed = new Set(pairs.map((pair) => pair.zhPath));
      const gone = [...this.stamps.keys()].filter((p) => !listed.has(p));
      gone.forEach((path) => this.forget(path));
      changed = aligned > 0 || gone.length > 0;
    } finally {
      progress.done();
    }
    const outcome: BuildOutcome = { sources: this.stamps.size, units: this.memory.size, aligned };
    if (config.storagePath && changed) outcome.storedBytes = await this.save(config.storagePath);
    this.log(`Translation memory: ${outcome.units} units from ${outcome.sources} files, ${aligned} aligned now.`);
    return outcome;
  }

  /** Reads and aligns one pair when its files changed; true when it did. A bad file is logged and left out, never fatal. */
  private async update(pair: MemoryFilePair, generation: number): Promise<boolean> {
    try {
      const { stamp, bytes } = await stampOf(pair);
      if (this.stamps.get(pair.zhPath) === stamp) return false;
      this.stamps.set(pair.zhPath, stamp);
      if (bytes > MAX_MEMORY_FILE_BYTES) {
        this.log(`Translation memory: ${pair.zhPath} left out (larger than ${MAX_MEMORY_FILE_BYTES / 1048576} MB).`);
        this.setUnits(pair, undefined, []);
        return true;
      }
      const zhText = await readFile(pair.zhPath, 'utf8');
      const zh = parseBriefing(zhText);
      const en = pair.enPath === pair.zhPath ? zh : parseBriefing(await readFile(pair.enPath, 'utf8'));
      const units = await inSlices(unitsOfBriefingsSteps(zh, en, this.terms()), () => generation === this.generation);
      if (units === SUPERSEDED) {
        // Settings or files changed meanwhile: a stamp that matches no file makes the next build align it.
        this.stamps.set(pair.zhPath, '');
        return false;
      }
      this.setUnits(pair, briefingDate(basename(pair.zhPath), zhText), units ?? []);
      return true;
    } catch (error) {
      this.log(`Translation memory: ${pair.zhPath} left out: ${(error as Error).message}`);
      this.forget(pair.zhPath);
      return false;
    }
  }

  private setUnits(pair: MemoryFilePair, date: string | undefined, units: MemoryUnit[]): void {
    const source: MemorySource = { path: pair.zhPath, enPath: pair.enPath, ...(date ? { date } : {}) };
    this.memory.set(source, units);
    this.memoryGeneration++;
  }

  private forget(path: string): void {
    this.stamps.delete(path);
    this.memory.remove(path);
    this.memoryGeneration++;
  }

  private async readStored(storagePath: string): Promise<void> {
    this.storeRead = true;
    for (const stored of await readStore(storagePath, this.log)) {
      this.memory.set(stored.source, stored.units);
      this.stamps.set(stored.source.path, stored.stamp);
    }
    this.memoryGeneration++;
  }

  private async save(storagePath: string): Promise<number | undefined> {
    const stored: StoredSource[] = [];
    for (const { source, units } of this.memory.sources()) stored.push({ source, stamp: this.stamps.get(source.path) ?? '', units });
    try {
      return await writeStore(storagePath, stored);
    } catch (error) {
      this.log(`Translation memory: could not write the store (${(error as Error).message}); it is built anew next time.`);
      return undefined;
    }
  }
}

/**
 * The paragraph pairs among a source's units: its paragraph units, and the sentence units of
 * one-sentence paragraphs (those alone on their line).
 */
function paragraphsOf(units: readonly MemoryUnit[]): ParagraphPair[] {
  const splitLines = new Set(units.filter((u) => u.kind === 'paragraph').map((u) => u.line));
  return units.filter((u) => u.kind === 'paragraph' || !splitLines.has(u.line)).map(({ zh, en }) => ({ zh, en }));
}
