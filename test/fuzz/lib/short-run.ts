/**
 * The short fuzz runs of the default test suite: a few thousand cases per target with a fixed seed
 * (FUZZ_SEED overrides it, FUZZ_CASES the count), failing on any finding that is not listed in
 * known-findings.ts. Known ones are printed, not failed on. The full runs are scripts/fuzz.ts.
 */
import { expect } from 'vitest';
import {
  AllocationRefused,
  beginAllocWatch,
  endAllocWatch,
  installAllocTracker,
  uninstallAllocTracker,
} from './alloc-tracker.ts';
import { DEFAULT_HARNESS, toHex, type FuzzTarget } from './harness.ts';
import { runTarget, type RunStats } from './runner.ts';
import { knownFinding } from '../known-findings.ts';

export const SHORT_SEED = Number(process.env.FUZZ_SEED ?? 0x5eed);

export async function shortRun(t: FuzzTarget, cases: number): Promise<RunStats> {
  const n = process.env.FUZZ_CASES ? Number(process.env.FUZZ_CASES) : cases;
  await t.setup?.();
  installAllocTracker();
  const stackLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0; // stacks are the main cost of the many expected errors
  let stats: RunStats;
  try {
    // Test files run in parallel with the rest of the suite: a looser time budget per case.
    stats = await runTarget(t, {
      seed: SHORT_SEED,
      numRuns: n,
      harness: { ...DEFAULT_HARNESS, caseBudgetMs: 3_000 },
    });
  } finally {
    Error.stackTraceLimit = stackLimit;
    uninstallAllocTracker();
    await t.teardown?.();
  }
  const unknown: string[] = [];
  for (const g of stats.findings.values()) {
    const f = g.first;
    const k = knownFinding(f);
    const where = `variant ${f.case.variant}, chunks [${f.case.chunks.join(',')}], hex ${toHex(f.case.bytes).slice(0, 400)}`;
    if (k) console.info(`fuzz ${t.name}: known finding x${g.count} (${k.summary.slice(0, 80)}…)`);
    else unknown.push(`${f.kind} x${g.count}: ${f.message}\n    ${where}\n    origin ${f.case.origin}`);
  }
  expect(
    unknown,
    `fuzz ${t.name} (seed ${SHORT_SEED}): new findings; reproduce with ` +
      `npx tsx scripts/fuzz.ts --only ${t.name} --seed ${SHORT_SEED} --cases ${n}`,
  ).toEqual([]);
  return stats;
}

/** The outcome labels seen, for "the generators reach both the success and the error paths" checks. */
export function labels(stats: RunStats): string[] {
  return [...stats.labels.keys()];
}

/** The largest single buffer allocation `fn` makes (allocations above 256 MiB are refused, not made). */
export async function largestAllocation(fn: () => unknown): Promise<number> {
  installAllocTracker();
  beginAllocWatch();
  try {
    await fn();
  } catch (e) {
    if (!(e instanceof AllocationRefused)) throw e;
  } finally {
    uninstallAllocTracker();
  }
  return endAllocWatch().max;
}
