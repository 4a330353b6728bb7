/** Timing, statistics and the Markdown table the bench prints. */
import { cpus, totalmem, type as osType, release } from 'node:os';

export interface Figure {
  name: string;
  /** Milliseconds, or a preformatted value for sizes and ratios. */
  median: number | string;
  p95: number | string;
  budget?: string;
  /** undefined: no budget, nothing to judge. */
  within?: boolean;
  note?: string;
}

/** Edits first made unmeasured: the server compiles its edit path over the first few (a cold start is a figure of its own). */
export const EDIT_WARMUP = 5;

/** Runs `fn` `runs` times (after `warmup` unmeasured runs) and returns each run's milliseconds. */
export async function sample(runs: number, fn: (run: number) => unknown, warmup = 1): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn(-1 - i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn(i);
    times.push(performance.now() - start);
  }
  return times;
}

/** Nearest-rank percentile: with few runs, p95 is the slowest run or next to it. */
export function percentile(times: number[], p: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export const median = (times: number[]) => percentile(times, 50);

/** A timed figure judged on its p95 against a budget in ms (the budget is a limit, not an average). */
export function timed(name: string, times: number[], budgetMs?: number, note?: string): Figure {
  const figure: Figure = { name, median: median(times), p95: percentile(times, 95), note: `${times.length} runs${note ? `; ${note}` : ''}` };
  if (budgetMs !== undefined) {
    figure.budget = `< ${budgetMs} ms`;
    figure.within = percentile(times, 95) < budgetMs;
  }
  return figure;
}

/**
 * An absolute time with a target from before budgets became ratios (DESIGN.md §8): printed with
 * that target for information, not judged, since machines differ.
 */
export function forInformation(name: string, times: number[], targetMs: number, note?: string): Figure {
  const figure = timed(name, times, undefined, note);
  figure.note = `${figure.note}; absolute, for information (target < ${targetMs} ms)`;
  return figure;
}

/** Full GC when node runs with --expose-gc, so heap figures count live objects only. */
export function collect(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
}

export const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MiB`;

function cell(value: number | string): string {
  if (typeof value === 'string') return value;
  return value >= 100 ? `${value.toFixed(0)} ms` : value >= 10 ? `${value.toFixed(1)} ms` : `${value.toFixed(2)} ms`;
}

export function table(figures: Figure[]): string {
  const rows = figures.map((f) => [
    f.name,
    cell(f.median),
    cell(f.p95),
    f.budget ?? '—',
    f.within === undefined ? '—' : f.within ? 'within' : '**OVER**',
    f.note ?? '',
  ]);
  const header = ['figure', 'median', 'p95', 'budget', 'verdict', 'notes'];
  return [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

export function machine(): string {
  const cpu = cpus();
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${mb(totalmem())} RAM, ${osType()} ${release()}, Node ${process.version}`;
}

/**
 * Other work on the machine skews every figure: the share of CPU time busy over one second,
 * sampled while the bench itself is idle (the load average lags, and counts the bench's own runs).
 */
export async function busyShare(): Promise<string> {
  const totals = () => cpus().reduce((t, cpu) => ({ idle: t.idle + cpu.times.idle, all: t.all + Object.values(cpu.times).reduce((a, b) => a + b, 0) }), { idle: 0, all: 0 });
  const before = totals();
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const after = totals();
  const busy = 1 - (after.idle - before.idle) / Math.max(1, after.all - before.all);
  return `CPU ${(busy * 100).toFixed(0)}% busy with other work${busy > 0.2 ? ' (**figures are skewed upwards: run again on an idle machine**)' : ''}`;
}

/**
 * How fast the machine is just now: the median time to JSON.parse a fixed text shaped like an
 * outline answer (1 MB). Shared machines slow down and speed up by as much as twice from hour to
 * hour, with no other work of theirs in sight; this shows where a run stood.
 */
export function speedProbe(): string {
  const symbol = (i: number) => ({ name: `Point ${i}: the same words each time`, kind: 22, range: { start: { line: i, character: 0 }, end: { line: i, character: 80 } }, selectionRange: { start: { line: i, character: 0 }, end: { line: i, character: 5 } } });
  const text = JSON.stringify(Array.from({ length: 1500 }, (_, i) => ({ ...symbol(i), children: [symbol(i + 1), symbol(i + 2)] })));
  const times: number[] = [];
  for (let run = 0; run < 25; run++) {
    const start = performance.now();
    JSON.parse(text);
    if (run >= 5) times.push(performance.now() - start);
  }
  return `${median(times).toFixed(1)} ms to parse ${(text.length / 1e6).toFixed(1)} MB of JSON`;
}
