/**
 * Drives a target through fast-check: `numRuns` cases from the target's arbitrary with a seed
 * (so a run is reproducible), every case judged by the harness, outcomes counted per label and
 * findings deduplicated by signature. Used by the vitest short runs and by scripts/fuzz.ts.
 */
import fc from 'fast-check';
import {
  DEFAULT_HARNESS,
  runCaseAsync,
  runCaseSync,
  type CaseResult,
  type Finding,
  type FuzzCase,
  type FuzzTarget,
  type HarnessOptions,
} from './harness.ts';

export interface RunOptions {
  seed: number;
  numRuns: number;
  harness?: HarnessOptions;
  /** Skip (generate but do not run) the cases before this index: resuming after a crash. */
  from?: number;
  /** Run only this case index (reproduction by seed and index). */
  only?: number;
  /** Called before each executed case (the crash/hang watchdog records the input here). */
  beforeCase?: (index: number, c: FuzzCase) => void;
  /** Called for the first occurrence of each finding signature. */
  onNewFinding?: (f: Finding) => void | Promise<void>;
  /** Called every `progressEvery` executed cases. */
  onProgress?: (executed: number) => void;
  progressEvery?: number;
}

export interface FindingGroup {
  first: Finding;
  count: number;
  /** Up to 8 distinct variant descriptions it was seen with. */
  variants: Set<string>;
}

export interface RunStats {
  target: string;
  seed: number;
  executed: number;
  ms: number;
  labels: Map<string, number>;
  findings: Map<string, FindingGroup>;
}

export async function runTarget(t: FuzzTarget, o: RunOptions): Promise<RunStats> {
  const harness = o.harness ?? DEFAULT_HARNESS;
  const stats: RunStats = {
    target: t.name,
    seed: o.seed,
    executed: 0,
    ms: 0,
    labels: new Map(),
    findings: new Map(),
  };
  const from = o.from ?? 0;
  const every = o.progressEvery ?? 1000;
  let index = -1;
  const pending: Promise<void>[] = [];
  const skip = (): boolean => {
    index++;
    return index < from || (o.only !== undefined && index !== o.only);
  };
  const record = (r: CaseResult, i: number): void => {
    stats.executed++;
    stats.labels.set(r.label, (stats.labels.get(r.label) ?? 0) + 1);
    if (r.finding) {
      const f = r.finding;
      f.caseIndex = i;
      f.seed = o.seed;
      const g = stats.findings.get(f.signature);
      const v = t.describeVariant ? t.describeVariant(f.case.variant) : String(f.case.variant);
      if (g) {
        g.count++;
        if (g.variants.size < 8) g.variants.add(v);
      } else {
        stats.findings.set(f.signature, { first: f, count: 1, variants: new Set([v]) });
        const p = o.onNewFinding?.(f);
        if (p) pending.push(p);
      }
    }
    if (o.onProgress && stats.executed % every === 0) o.onProgress(stats.executed);
  };
  const t0 = performance.now();
  const params = { seed: o.seed, numRuns: o.numRuns, endOnFailure: true } as const;
  if (t.async) {
    await fc.assert(
      fc.asyncProperty(t.arbitrary(), async (c) => {
        if (skip()) return true;
        const i = index;
        o.beforeCase?.(i, c);
        const r = await runCaseAsync(t, c, harness);
        record(r, i);
        await Promise.all(pending.splice(0));
        return true;
      }),
      params,
    );
  } else {
    fc.assert(
      fc.property(t.arbitrary(), (c) => {
        if (skip()) return true;
        o.beforeCase?.(index, c);
        record(runCaseSync(t, c, harness), index);
        return true;
      }),
      params,
    );
    await Promise.all(pending.splice(0));
  }
  stats.ms = performance.now() - t0;
  return stats;
}

/**
 * Shrinks a finding's input while the same signature reproduces: drops byte ranges (halving
 * sizes), then the chunking. Bounded by `budgetMs`.
 */
export async function minimize(
  t: FuzzTarget,
  f: Finding,
  harness = DEFAULT_HARNESS,
  budgetMs = 5_000,
): Promise<FuzzCase> {
  const deadline = performance.now() + budgetMs;
  const same = async (c: FuzzCase): Promise<boolean> => {
    const r = t.async ? await runCaseAsync(t, c, harness) : runCaseSync(t, c, harness);
    return r.finding?.signature === f.signature;
  };
  let best = f.case;
  if (f.kind === 'slow' || f.kind === 'hang' || f.kind === 'heap-growth') return best;
  if (best.chunks.length > 0 && (await same({ ...best, chunks: [] }))) best = { ...best, chunks: [] };
  for (
    let size = Math.max(1, best.bytes.length >> 1);
    size >= 1 && performance.now() < deadline;
    size >>= 1
  ) {
    for (let at = 0; at + size <= best.bytes.length && performance.now() < deadline;) {
      const b = best.bytes;
      const cand = { ...best, bytes: Uint8Array.from([...b.subarray(0, at), ...b.subarray(at + size)]) };
      if (await same(cand)) best = cand;
      else at += size;
    }
  }
  return best;
}
