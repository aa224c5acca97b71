/**
 * Fuzz targets for net/rpc (src/bridge/netrpc):
 *
 *  netrpc-headers  the header readers on a gob stream, as the server and client loops use them:
 *                  values alternate header, body; each header goes through readRequestHeader
 *                  (variant 0, server) or readResponseHeader (variant 1, client). Accepted: values,
 *                  GobError, or the module's error classes (RpcServerError, RpcConnectionError).
 *  netrpc-conn     RpcServer.serveConn (variant bit 1 clear) or an RpcClient with two calls in
 *                  flight (bit set) on an in-memory connection fed the bytes: the server resolves and
 *                  reports malformed input only through onError (an Error with a message); client
 *                  calls settle with a value, RpcServerError or RpcConnectionError; nothing is
 *                  rejected unhandled; what either side writes decodes as a gob stream.
 */
import { Duplex } from 'node:stream';
import fc from 'fast-check';
import { GobEncoder, T, structType, type GobType, type GobValue } from '../../src/bridge/gob/index.ts';
import {
  REQUEST_TYPE,
  RESPONSE_TYPE,
  readRequestHeader,
  readResponseHeader,
} from '../../src/bridge/netrpc/headers.ts';
import { RpcClient, RpcConnectionError, RpcServer, RpcServerError } from '../../src/bridge/netrpc/index.ts';
import { decodeGob } from './gob.ts';
import { cat, gobLengthFields } from './lib/gob-bytes.ts';
import { genType, genValue } from './lib/gob-gen.ts';
import { gobSeeds } from './lib/golden.ts';
import {
  caseArb,
  chunked,
  expectError,
  invariant,
  OracleViolation,
  randomBytesArb,
  type FuzzCase,
  type FuzzTarget,
} from './lib/harness.ts';
import { applyMutations, describeMutations, mutationArb } from './lib/mutate.ts';
import { Rng } from './lib/prng.ts';

const METHODS = [
  'Plugin.Echo',
  'Plugin.Fail',
  'Plugin.OnActivate',
  'Control.Ping',
  'Dispenser.Dispense',
  '',
  '.',
  'Plugin.',
  'nodot',
  'Plugin.Echo.x',
];

/** Header shapes a peer could send: the real ones, and structs whose fields have the wrong types. */
const ODD_HEADERS: readonly GobType[] = [
  structType('Request', [
    { name: 'ServiceMethod', type: T.int },
    { name: 'Seq', type: T.string },
  ]),
  structType('Response', [
    { name: 'ServiceMethod', type: T.string },
    { name: 'Seq', type: T.int },
    { name: 'Error', type: T.bytes },
  ]),
  structType('', []),
  { kind: 'slice', elem: T.string },
  T.interface,
  T.int,
];

/** header/body pairs written by our encoder: mostly real headers, sometimes odd ones. */
export function netrpcStream(seed: number, response: boolean): Uint8Array {
  const r = new Rng(seed);
  const enc = new GobEncoder();
  const parts: Uint8Array[] = [];
  const n = r.range(1, 4);
  for (let i = 0; i < n; i++) {
    try {
      if (r.chance(0.85)) {
        const h: Record<string, GobValue> = {
          ServiceMethod: r.chance(0.8) ? r.pick(METHODS) : r.text(20),
          Seq: r.pick([0n, 1n, BigInt(i), 300n, (1n << 64n) - 1n, 1n << 63n]),
        };
        if (response && r.chance(0.4)) h.Error = r.pick(['boom', '', r.text(30)]);
        parts.push(enc.encode(response ? RESPONSE_TYPE : REQUEST_TYPE, h));
      } else {
        const t = r.pick(ODD_HEADERS);
        parts.push(enc.encode(t, genValue(t, r)));
      }
      const bt = r.chance(0.3) ? T.int : genType(r);
      parts.push(enc.encode(bt, genValue(bt, r)));
    } catch {
      parts.push(enc.encode(T.bool, true));
    }
  }
  return cat(parts);
}

function bytesArb(response: boolean | undefined): fc.Arbitrary<{ bytes: Uint8Array; origin: string }> {
  const all = gobSeeds();
  const seeds = all.filter((s) =>
    response === undefined
      ? s.name.startsWith('netrpc_')
      : s.name === (response ? 'netrpc_response' : 'netrpc_request'),
  );
  const donors = all.map((s) => s.bytes);
  const structured = fc.tuple(fc.integer(), fc.boolean()).map(([s, resp]) => ({
    bytes: netrpcStream(s, response ?? resp),
    origin: `structured:${s}`,
  }));
  const base = fc.oneof(
    fc.constantFrom(...seeds).map((s) => ({ bytes: s.bytes, origin: `golden:${s.name}` })),
    structured,
  );
  const mutated = fc
    .tuple(base, fc.array(mutationArb(donors.length), { minLength: 1, maxLength: 5 }))
    .map(([b, muts]) => ({
      bytes: applyMutations(b.bytes, muts, donors, gobLengthFields),
      origin: `${b.origin}+${describeMutations(muts)}`,
    }));
  return fc.oneof(
    { weight: 1, arbitrary: randomBytesArb(200).map((b) => ({ bytes: b, origin: 'random' })) },
    { weight: 2, arbitrary: base },
    { weight: 4, arbitrary: mutated },
  );
}

// ---- netrpc-headers ---------------------------------------------------------------------------------

const HEADER_ERRORS = [RpcServerError, RpcConnectionError];

function runHeaders(c: FuzzCase): string {
  const response = c.variant === 1;
  const d = decodeGob(c.bytes, c.chunks);
  let headers = 0;
  for (let i = 0; i < d.values.length; i += 2) {
    const v = d.values[i]!.value;
    try {
      const h = response ? readResponseHeader(v) : readRequestHeader(v);
      invariant(
        typeof h.serviceMethod === 'string' && typeof h.seq === 'bigint',
        () => 'header fields of the wrong type',
      );
      headers++;
    } catch (e) {
      try {
        return expectError(e, HEADER_ERRORS, response ? 'readResponseHeader' : 'readRequestHeader');
      } catch (violation) {
        if (!(violation instanceof OracleViolation) || violation.kind !== 'unexpected-error') throw violation;
        const name = e instanceof Error ? e.name : typeof e;
        throw new OracleViolation(violation.kind, violation.message, {
          cause: e,
          key: `net/rpc header reader throws ${name}`,
        });
      }
    }
  }
  if (d.error) return `GobError:${d.error.code}`;
  return headers > 0 ? 'ok:headers' : 'ok:none';
}

export const netrpcHeadersTarget: FuzzTarget = {
  name: 'netrpc-headers',
  about:
    'gob stream → readRequestHeader/readResponseHeader: headers, GobError or RpcServerError/RpcConnectionError',
  arbitrary: () => caseArb(bytesArb(undefined), fc.nat({ max: 1 })),
  run: runHeaders,
  async: false,
  describeVariant: (v) => (v === 1 ? 'client: readResponseHeader' : 'server: readRequestHeader'),
};

// ---- netrpc-conn ----------------------------------------------------------------------------------

class MemoryConn extends Duplex {
  readonly written: Buffer[] = [];
  constructor() {
    super({ allowHalfOpen: true });
  }
  override _read(): void {}
  override _write(chunk: Buffer, _enc: BufferEncoding, cb: (err?: Error | null) => void): void {
    this.written.push(Buffer.from(chunk));
    cb();
  }
}

let rejections: unknown[] | undefined;
const onRejection = (reason: unknown): void => void rejections?.push(reason);

/**
 * Feeds the bytes, then keeps the connection open for a few turns of the event loop (a real peer
 * does not hang up right after its request: replies are written while the connection is open),
 * then ends it.
 */
async function feed(conn: MemoryConn, c: FuzzCase): Promise<void> {
  for (const chunk of chunked(c.bytes, c.chunks)) conn.push(Buffer.from(chunk));
  for (let i = 0; i < 3; i++) await new Promise((r) => setImmediate(r));
  conn.push(null);
}

function checkWritten(conn: MemoryConn, who: string): void {
  const out = decodeGob(Buffer.concat(conn.written), []);
  invariant(!out.error, () => `${who} wrote a gob stream that does not decode: ${out.error?.message}`);
  invariant(out.buffered === 0, () => `${who} wrote a partial gob message`);
}

async function runConn(c: FuzzCase): Promise<string> {
  const found: unknown[] = (rejections = []);
  const conn = new MemoryConn();
  let label: string;
  if ((c.variant & 1) === 0) {
    const errors: Error[] = [];
    const server = new RpcServer({ onError: (e) => errors.push(e) }).register('Plugin', {
      Echo: (a) => ({ type: a.type, value: a.value }),
      Fail: () => {
        throw new Error('plugin failed');
      },
      OnActivate: async () => ({ type: structType('', []), value: {} }),
    });
    const done = server.serveConn(conn);
    await feed(conn, c);
    await done;
    for (const e of errors) expectError(e, [Error], 'onError');
    invariant(errors.length <= 1, () => `onError called ${errors.length} times for one connection`);
    await new Promise((r) => setImmediate(r));
    checkWritten(conn, 'RpcServer');
    label = errors.length ? 'server:onError' : 'server:ok';
  } else {
    const client = new RpcClient(conn);
    const calls = Promise.allSettled([
      client.call('Plugin.Echo', T.int, 1n),
      client.call('Plugin.Other', T.string, 'x'),
    ]);
    await feed(conn, c);
    const settled = await calls;
    const kinds: string[] = [];
    for (const s of settled) {
      if (s.status === 'fulfilled') kinds.push('value');
      else kinds.push(expectError(s.reason, [RpcServerError, RpcConnectionError], 'call'));
    }
    checkWritten(conn, 'RpcClient');
    label = `client:${kinds.sort().join(',')}`;
  }
  await new Promise((r) => setImmediate(r));
  rejections = undefined;
  if (found.length > 0)
    throw new OracleViolation('uncaught', `unhandled promise rejection: ${String(found[0])}`, {
      cause: found[0],
    });
  return label;
}

export const netrpcConnTarget: FuzzTarget = {
  name: 'netrpc-conn',
  about:
    'RpcServer.serveConn / RpcClient on an in-memory connection: settles, errors only via onError/rejections of the module classes',
  arbitrary: () => fc.nat({ max: 1 }).chain((side) => caseArb(bytesArb(side === 1), fc.constant(side))),
  setup: () => void process.on('unhandledRejection', onRejection),
  teardown: () => void process.off('unhandledRejection', onRejection),
  run: runConn,
  async: true,
  describeVariant: (v) => ((v & 1) === 0 ? 'RpcServer.serveConn' : 'RpcClient with 2 calls in flight'),
};
