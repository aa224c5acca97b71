/**
 * Watches the size of every buffer allocated while a fuzz case runs, and refuses the absurd ones.
 *
 * "A length prefix of 4 GB must not allocate 4 GB": deltas of process.memoryUsage() only see an
 * allocation that is still alive when they are sampled, so this also intercepts the allocations
 * themselves. While installed, the global Uint8Array / ArrayBuffer constructors are Proxies whose
 * construct trap records the requested length (instanceof, subclassing and statics behave as
 * before), and Buffer.alloc / allocUnsafe / allocUnsafeSlow (which Buffer.concat and friends use)
 * are wrapped. A request above `refuseAbove` throws AllocationRefused instead of reserving the
 * memory, so a finding does not take the fuzzer down with it. Node-internal allocations through
 * primordials are not seen; the decoders under test allocate through the globals.
 */

export class AllocationRefused extends Error {
  override readonly name = 'AllocationRefused';
  constructor(
    readonly bytes: number,
    readonly via: string,
  ) {
    super(`fuzz: refused to allocate ${bytes} bytes via ${via}`);
  }
}

interface State {
  /** Largest single allocation requested since the case began. */
  max: number;
  maxVia: string;
  refused: AllocationRefused | undefined;
  refuseAbove: number;
  depth: number;
}

const state: State = { max: 0, maxVia: '', refused: undefined, refuseAbove: 256 * 1024 * 1024, depth: 0 };

type Saved = {
  Uint8Array: Uint8ArrayConstructor;
  ArrayBuffer: ArrayBufferConstructor;
  alloc: typeof Buffer.alloc;
  allocUnsafe: typeof Buffer.allocUnsafe;
  allocUnsafeSlow: typeof Buffer.allocUnsafeSlow;
};
let saved: Saved | undefined;

function note(bytes: unknown, via: string): void {
  if (typeof bytes !== 'number' || !(bytes > state.max)) return;
  state.max = bytes;
  state.maxVia = via;
  if (bytes > state.refuseAbove) {
    const err = new AllocationRefused(bytes, via);
    state.refused ??= err;
    throw err;
  }
}

function lengthOf(arg: unknown): unknown {
  if (typeof arg === 'number') return arg;
  if (Array.isArray(arg)) return arg.length;
  return undefined; // views over existing buffers and iterables: no new memory of note
}

/** Installs the interceptors (idempotent, counted: install twice, uninstall twice). */
export function installAllocTracker(refuseAbove = state.refuseAbove): void {
  state.refuseAbove = refuseAbove;
  if (state.depth++ > 0) return;
  const g = globalThis as unknown as Record<string, unknown>;
  saved = {
    Uint8Array: globalThis.Uint8Array,
    ArrayBuffer: globalThis.ArrayBuffer,
    alloc: Buffer.alloc,
    allocUnsafe: Buffer.allocUnsafe,
    allocUnsafeSlow: Buffer.allocUnsafeSlow,
  };
  const s = saved;
  g.Uint8Array = new Proxy(s.Uint8Array, {
    construct(target, args, newTarget) {
      note(lengthOf(args[0]), 'new Uint8Array');
      return Reflect.construct(target, args, newTarget === g.Uint8Array ? target : newTarget);
    },
  });
  g.ArrayBuffer = new Proxy(s.ArrayBuffer, {
    construct(target, args, newTarget) {
      note(args[0], 'new ArrayBuffer');
      return Reflect.construct(target, args, newTarget === g.ArrayBuffer ? target : newTarget);
    },
  });
  Buffer.alloc = function alloc(size: number, ...rest: unknown[]) {
    note(size, 'Buffer.alloc');
    return (s.alloc as (...a: unknown[]) => Buffer).call(Buffer, size, ...rest);
  } as typeof Buffer.alloc;
  Buffer.allocUnsafe = function allocUnsafe(size: number) {
    note(size, 'Buffer.allocUnsafe');
    return s.allocUnsafe.call(Buffer, size);
  } as typeof Buffer.allocUnsafe;
  Buffer.allocUnsafeSlow = function allocUnsafeSlow(size: number) {
    note(size, 'Buffer.allocUnsafeSlow');
    return s.allocUnsafeSlow.call(Buffer, size);
  } as typeof Buffer.allocUnsafeSlow;
}

export function uninstallAllocTracker(): void {
  if (state.depth === 0 || --state.depth > 0 || !saved) return;
  const g = globalThis as unknown as Record<string, unknown>;
  g.Uint8Array = saved.Uint8Array;
  g.ArrayBuffer = saved.ArrayBuffer;
  Buffer.alloc = saved.alloc;
  Buffer.allocUnsafe = saved.allocUnsafe;
  Buffer.allocUnsafeSlow = saved.allocUnsafeSlow;
  saved = undefined;
}

export function allocTrackerInstalled(): boolean {
  return state.depth > 0;
}

/** Starts a case: forgets the previous maximum and refusal. */
export function beginAllocWatch(): void {
  state.max = 0;
  state.maxVia = '';
  state.refused = undefined;
}

/** The largest allocation since beginAllocWatch(), and the refusal if one happened. */
export function endAllocWatch(): { max: number; via: string; refused: AllocationRefused | undefined } {
  return { max: state.max, via: state.maxVia, refused: state.refused };
}
