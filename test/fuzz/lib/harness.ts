/**
 * The fuzz harness shared by the short vitest runs (test/fuzz/*.test.ts) and the long runs of
 * scripts/fuzz.ts. A target is one decoder that reads bytes from outside; a case is bytes + how
 * they are chunked + a target-specific variant. The oracle, per case:
 *
 *   - the decoder returns a value, or throws an instance of its module's documented error class
 *     with a non-empty message (each target checks this and returns an outcome label);
 *   - extra per-target invariants (differential re-encoding, chunking invariance, sticky errors…);
 *   - no case runs longer than `caseBudgetMs` (re-measured twice before it counts);
 *   - no single allocation above `allocLimit` bytes (alloc-tracker.ts), and for cases whose
 *     origin says a length field was inflated, no heap/arrayBuffers growth above it either.
 *
 * Anything else is a Finding. Hangs that never return and process crashes are caught one level
 * up, by scripts/fuzz.ts (it runs each target in a child process and watches it).
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { AllocationRefused, beginAllocWatch, endAllocWatch } from './alloc-tracker.ts';

export interface FuzzCase {
  /** The bytes fed to the decoder; a finding file holds them as hex. */
  bytes: Uint8Array;
  /** Chunk sizes the bytes are fed in, cycled; empty = one chunk. */
  chunks: number[];
  /** Target-specific selector (session side, method and direction, …); 0 when unused. */
  variant: number;
  /** How the case was made, e.g. `golden:post+flip,inflate`; "inflate" marks it memory-suspicious. */
  origin: string;
}

export interface FuzzTarget {
  /** Short id used on the command line and in finding file names. */
  name: string;
  /** One line: what is decoded and what the oracle accepts. */
  about: string;
  /** Heavy set-up (contract loading, an app instance); called once per process before run(). */
  setup?: () => Promise<void> | void;
  teardown?: () => Promise<void> | void;
  /** Case generator (fast-check): random bytes, mutated golden vectors, structured generation. */
  arbitrary: () => fc.Arbitrary<FuzzCase>;
  /** Runs one case; returns an outcome label, throws OracleViolation (or anything) on a finding. */
  run: (c: FuzzCase) => string | Promise<string>;
  /** True when run() returns a promise. */
  async: boolean;
  /** Readable form of a variant for reports. */
  describeVariant?: (variant: number) => string;
}

export type FindingKind =
  | 'unexpected-error'
  | 'empty-message'
  | 'invariant'
  | 'differential'
  | 'slow'
  | 'hang'
  | 'allocation'
  | 'heap-growth'
  | 'uncaught'
  | 'crash';

/** Thrown by a target when the oracle is violated. */
export class OracleViolation extends Error {
  override readonly name = 'OracleViolation';
  /** Deduplication key when the message varies with the input in ways signatureOf() cannot blank. */
  readonly key: string | undefined;
  constructor(
    readonly kind: FindingKind,
    message: string,
    options?: { cause?: unknown; key?: string },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.key = options?.key;
  }
}

export interface Finding {
  target: string;
  kind: FindingKind;
  /** Deduplication key: kind + error class + message with numbers and quoted text blanked. */
  signature: string;
  message: string;
  /** Name of the offending error (the cause of an OracleViolation), if any. */
  errorName: string;
  stack: string;
  case: FuzzCase;
  caseIndex?: number;
  seed?: number;
}

export interface CaseResult {
  label: string;
  ms: number;
  finding?: Finding;
}

export interface HarnessOptions {
  /** A case taking longer than this (confirmed by two re-runs) is a finding. */
  caseBudgetMs: number;
  /** A single allocation (or, for suspicious cases, heap growth) above this is a finding. */
  allocLimit: number;
}

export const DEFAULT_HARNESS: HarnessOptions = { caseBudgetMs: 1_000, allocLimit: 64 * 1024 * 1024 };

// ---- oracle helpers used by the targets -------------------------------------------------------

type ErrorClass = abstract new (...args: never[]) => Error;

/**
 * The label for an error that the oracle accepts (an instance of one of `allowed` with a non-empty
 * message); throws OracleViolation otherwise. `code` fields are appended to the label.
 */
export function expectError(err: unknown, allowed: readonly ErrorClass[], phase = ''): string {
  const where = phase ? `${phase}: ` : '';
  if (err instanceof OracleViolation) throw err;
  if (err instanceof AllocationRefused) throw err;
  if (!allowed.some((c) => err instanceof c)) {
    const names = allowed.map((c) => c.name).join(' | ');
    throw new OracleViolation('unexpected-error', `${where}${errorTitle(err)} (expected ${names})`, {
      cause: err,
    });
  }
  const e = err as Error & { code?: unknown };
  if (typeof e.message !== 'string' || e.message === '')
    throw new OracleViolation('empty-message', `${where}${e.name} with an empty message`, { cause: err });
  const code = typeof e.code === 'string' || typeof e.code === 'number' ? `:${String(e.code)}` : '';
  return `${phase ? phase + ':' : ''}${e.name}${code}`;
}

export function invariant(cond: unknown, message: () => string): asserts cond {
  if (!cond) throw new OracleViolation('invariant', message());
}

export function errorTitle(err: unknown): string {
  if (err instanceof Error) return `${err.name}: ${err.message}`;
  return `non-Error thrown: ${safeString(err)}`;
}

function safeString(v: unknown): string {
  try {
    return typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
  } catch {
    return Object.prototype.toString.call(v);
  }
}

// ---- running one case -------------------------------------------------------------------------

const now = (): number => performance.now();

function suspicious(c: FuzzCase): boolean {
  return c.origin.includes('inflate');
}

/**
 * heapUsed + arrayBuffers (the bytes of live ArrayBuffer backing stores). Not v8's external_memory:
 * that counter moves in 64 MiB steps for a 256 KiB Buffer.
 */
function memory(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

/** Runs a case of a synchronous target. */
export function runCaseSync(t: FuzzTarget, c: FuzzCase, o: HarnessOptions = DEFAULT_HARNESS): CaseResult {
  const watchMemory = suspicious(c);
  const before = watchMemory ? memory() : 0;
  beginAllocWatch();
  const t0 = now();
  let label: string;
  let error: unknown;
  let failed = false;
  try {
    label = t.run(c) as string;
  } catch (e) {
    failed = true;
    error = e;
    label = 'finding';
  }
  const ms = now() - t0;
  let grown = watchMemory ? memory() - before : 0;
  const alloc = endAllocWatch();
  if (grown > o.allocLimit) grown = confirmGrowth(() => void tryRun(() => t.run(c)), grown);
  let finding = judge(t, c, failed, error, alloc, grown, o);
  if (!finding && ms > o.caseBudgetMs) {
    let best = ms;
    for (let i = 0; i < 2 && best > o.caseBudgetMs; i++) {
      const t1 = now();
      try {
        t.run(c);
      } catch {
        /* the outcome was judged already */
      }
      best = Math.min(best, now() - t1);
    }
    if (best > o.caseBudgetMs) finding = slowFinding(t, c, best, o);
  }
  return finding ? { label, ms, finding } : { label, ms };
}

/** Runs a case of an asynchronous target; a promise that does not settle in time is a finding. */
export async function runCaseAsync(
  t: FuzzTarget,
  c: FuzzCase,
  o: HarnessOptions = DEFAULT_HARNESS,
): Promise<CaseResult> {
  const once = async (): Promise<{ label: string; failed: boolean; error: unknown; ms: number }> => {
    const t0 = now();
    let timer: NodeJS.Timeout | undefined;
    const hang = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new OracleViolation('hang', `case did not settle within ${o.caseBudgetMs * 5} ms`)),
        o.caseBudgetMs * 5,
      );
    });
    try {
      const label = await Promise.race([t.run(c), hang]);
      return { label, failed: false, error: undefined, ms: now() - t0 };
    } catch (e) {
      return { label: 'finding', failed: true, error: e, ms: now() - t0 };
    } finally {
      clearTimeout(timer);
    }
  };
  const watchMemory = suspicious(c);
  const before = watchMemory ? memory() : 0;
  beginAllocWatch();
  const r = await once();
  let grown = watchMemory ? memory() - before : 0;
  const alloc = endAllocWatch();
  if (grown > o.allocLimit) grown = await confirmGrowthAsync(() => once(), grown);
  let finding = judge(t, c, r.failed, r.error, alloc, grown, o);
  if (!finding && r.ms > o.caseBudgetMs) {
    let best = r.ms;
    for (let i = 0; i < 2 && best > o.caseBudgetMs; i++) best = Math.min(best, (await once()).ms);
    if (best > o.caseBudgetMs) finding = slowFinding(t, c, best, o);
  }
  return finding ? { label: r.label, ms: r.ms, finding } : { label: r.label, ms: r.ms };
}

function tryRun(f: () => unknown): unknown {
  try {
    return f();
  } catch {
    return undefined;
  }
}

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

/**
 * A heap/external-memory delta is only a hint (garbage of earlier cases, lazy accounting): re-run
 * the case twice after a collection and keep the smallest growth.
 */
function confirmGrowth(rerun: () => void, first: number): number {
  let least = first;
  for (let i = 0; i < 2 && least > 0; i++) {
    gc();
    const before = memory();
    rerun();
    least = Math.min(least, memory() - before);
  }
  return least;
}

async function confirmGrowthAsync(rerun: () => Promise<unknown>, first: number): Promise<number> {
  let least = first;
  for (let i = 0; i < 2 && least > 0; i++) {
    gc();
    const before = memory();
    await rerun();
    least = Math.min(least, memory() - before);
  }
  return least;
}

function judge(
  t: FuzzTarget,
  c: FuzzCase,
  failed: boolean,
  error: unknown,
  alloc: ReturnType<typeof endAllocWatch>,
  grown: number,
  o: HarnessOptions,
): Finding | undefined {
  if (alloc.refused || alloc.max > o.allocLimit) {
    const msg = `allocation of ${alloc.max} bytes via ${alloc.via} (limit ${o.allocLimit})`;
    return makeFinding(
      t.name,
      'allocation',
      msg,
      alloc.refused ?? error,
      c,
      `single allocation above the limit via ${alloc.via}`,
    );
  }
  if (grown > o.allocLimit) {
    const msg = `heapUsed + arrayBuffers grew by ${grown} bytes during one case (limit ${o.allocLimit})`;
    return makeFinding(t.name, 'allocation', msg, error, c, 'memory growth above the limit during one case');
  }
  if (!failed) return undefined;
  if (error instanceof OracleViolation)
    return makeFinding(t.name, error.kind, error.message, error, c, error.key);
  return makeFinding(t.name, 'uncaught', `escaped the target: ${errorTitle(error)}`, error, c);
}

function slowFinding(t: FuzzTarget, c: FuzzCase, ms: number, o: HarnessOptions): Finding {
  return makeFinding(t.name, 'slow', `case took ${ms.toFixed(0)} ms (budget ${o.caseBudgetMs} ms)`, null, c);
}

/** The innermost error of an OracleViolation chain (what the decoder actually threw). */
export function rootCause(err: unknown): unknown {
  let e = err;
  while (e instanceof OracleViolation && e.cause !== undefined) e = e.cause;
  return e;
}

export function makeFinding(
  target: string,
  kind: FindingKind,
  message: string,
  error: unknown,
  c: FuzzCase,
  key?: string,
): Finding {
  const root = rootCause(error);
  const errorName =
    root instanceof Error ? root.name : root === null || root === undefined ? '' : typeof root;
  const stack = [error, root !== error ? root : undefined]
    .filter((e): e is Error => e instanceof Error && typeof e.stack === 'string')
    .map((e) => e.stack)
    .join('\n--- cause:\n');
  const signature = key ? `${target}|${kind}|${key}` : signatureOf(target, kind, errorName, message);
  return { target, kind, signature, message, errorName, stack, case: c };
}

/** Numbers, hex runs and quoted text blanked, so one bug found with many inputs is one finding. */
export function signatureOf(target: string, kind: string, errorName: string, message: string): string {
  const norm = message
    .replace(/"(?:[^"\\]|\\.)*"/g, 'S')
    .replace(/'[^']*'/g, 'S')
    .replace(/0x[0-9a-f]+/gi, 'N')
    .replace(/\d+(\.\d+)?/g, 'N')
    .slice(0, 200);
  return `${target}|${kind}|${errorName}|${norm}`;
}

export function shortHash(s: string): string {
  return createHash('sha256').update(s).digest('hex').slice(0, 10);
}

// ---- shared case plumbing ---------------------------------------------------------------------

/** Splits bytes into the case's chunk sizes (cycled); views, no copies. */
export function chunked(bytes: Uint8Array, chunks: readonly number[]): Uint8Array[] {
  if (chunks.length === 0 || bytes.length === 0) return [bytes];
  const out: Uint8Array[] = [];
  let pos = 0;
  for (let k = 0; pos < bytes.length; k++) {
    const n = Math.max(1, chunks[k % chunks.length]!);
    out.push(bytes.subarray(pos, pos + n));
    pos += n;
  }
  return out;
}

export function toHex(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex');
}

export function fromHex(s: string): Uint8Array {
  const clean = s.replace(/[^0-9a-fA-F]/g, '');
  return Uint8Array.from(Buffer.from(clean, 'hex'));
}

/** A chunking: mostly one push, else small or mixed chunk sizes (cycled over the input). */
export function chunksArb(): fc.Arbitrary<number[]> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant<number[]>([]) },
    { weight: 2, arbitrary: fc.array(fc.integer({ min: 1, max: 16 }), { minLength: 1, maxLength: 6 }) },
    { weight: 1, arbitrary: fc.array(fc.integer({ min: 1, max: 4096 }), { minLength: 1, maxLength: 4 }) },
  );
}

/** Random bytes as a case (the plainest generator every target gets). */
export function randomBytesArb(maxLength = 512): fc.Arbitrary<Uint8Array> {
  return fc.uint8Array({ maxLength });
}

/** Builds a FuzzCase arbitrary from a bytes arbitrary labelled with an origin. */
export function caseArb(
  bytes: fc.Arbitrary<{ bytes: Uint8Array; origin: string }>,
  variant: fc.Arbitrary<number> = fc.constant(0),
  chunks: fc.Arbitrary<number[]> = chunksArb(),
): fc.Arbitrary<FuzzCase> {
  return fc
    .tuple(bytes, chunks, variant)
    .map(([b, ch, v]) => ({ bytes: b.bytes, chunks: ch, variant: v, origin: b.origin }));
}
