/**
 * Fuzz target for the sidecar's attach request (src/bridge/sidecar/attach-protocol.ts), the first
 * bytes anyone who can reach MM_BRIDGE_LISTEN sends:
 *
 *  attach-request  AttachRequestDecoder.push over the case's chunking, stopping at the first
 *                  request, as Sidecar.onConnection does. Accepted: an AttachRequest (exactly the
 *                  four fields, non-empty, trimmed, without a newline, from at most
 *                  MAX_REQUEST_BYTES before the blank line, and re-encoded the stub's way it
 *                  decodes to itself), "incomplete" (no blank line yet, within the limit), or an
 *                  AttachProtocolError whose ERR line is one line. Differential: the same outcome
 *                  and request when the bytes arrive in one chunk.
 */
import fc from 'fast-check';
import {
  ATTACH_MAGIC,
  AttachProtocolError,
  AttachRequestDecoder,
  attachLine,
  MAX_REQUEST_BYTES,
  parseAttachRequest,
  type AttachRequest,
} from '../../src/bridge/sidecar/attach-protocol.ts';
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

const enc = new TextEncoder();

/** The request as stub/mm-bridge-stub.sh prints it. */
export function stubRequest(r: AttachRequest, version = '1'): string {
  return (
    `${ATTACH_MAGIC} ${version}\nsecret: ${r.secret}\nplugin-id: ${r.pluginId}\n` +
    `bundle: ${r.bundle}\nprotocol-versions: ${r.protocolVersions}\n\n`
  );
}

const SEED_REQUEST: AttachRequest = {
  secret: 'c2VjcmV0LXNoYXJlZC13aXRoLXRoZS1zZXJ2ZXI=',
  pluginId: 'com.example.hello-node',
  bundle: '/mattermost/plugins/com.example.hello-node',
  protocolVersions: '1',
};

const SEEDS = [
  stubRequest(SEED_REQUEST),
  stubRequest({ ...SEED_REQUEST, bundle: '/srv/plugïns/日本', protocolVersions: '1,2' }),
  stubRequest(SEED_REQUEST, '2'),
  'GET / HTTP/1.1\r\nHost: sidecar:8065\r\n\r\n',
  Uint8Array.of(0x16, 0x03, 0x01, 0x00, 0xa5, 0x01, 0x00, 0x00, 0xa1, 0x03, 0x03), // TLS ClientHello
  `${ATTACH_MAGIC} 1\nsecret: s\nconstructor: x\nplugin-id: p\nbundle: b\nprotocol-versions: 1\n\n`,
].map((s, i) => ({ name: `seed${i}`, bytes: typeof s === 'string' ? enc.encode(s) : s }));

const MAGICS = [
  ATTACH_MAGIC,
  ATTACH_MAGIC,
  ATTACH_MAGIC,
  'mm-bridge-attach',
  'MM-BRIDGE-ATTAC',
  'MM-BRIDGE-ATTACHX',
  '',
];
const VERSIONS = ['1', '1', '1', '2', '0', '', '01', '1 extra', ' 1', '1\r', '١'];
const NAMES = [
  'secret',
  'plugin-id',
  'bundle',
  'protocol-versions',
  'Secret',
  'plugin_id',
  'bundle ',
  ' bundle',
  '',
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  'valueOf',
];
const VALUES = [
  '',
  ' ',
  's',
  'a:b',
  ' padded ',
  '\t',
  '\r',
  '..',
  'a/b',
  '/x/y',
  '1,2',
  '日本',
  '\u00a0x\u00a0',
  '\ufeff',
];
const NEWLINES = ['\n', '\n', '\n', '\n', '\r\n', '\n\n', '\r'];

/** A request assembled from field pools: fields dropped, repeated, reordered, renamed, padded. */
export function structuredRequest(seed: number): Uint8Array {
  const r = new Rng(seed);
  const nl = (): string => (r.chance(0.9) ? '\n' : r.pick(NEWLINES));
  let text = r.chance(0.9) ? `${r.pick(MAGICS)} ${r.pick(VERSIONS)}` : r.text(24);
  const fields: [string, string][] = [
    ['secret', r.chance(0.7) ? r.text(20) || 's' : r.pick(VALUES)],
    ['plugin-id', r.chance(0.7) ? 'com.example.' + r.text(10) : r.pick(VALUES)],
    ['bundle', r.chance(0.7) ? '/plugins/' + r.text(16) : r.pick(VALUES)],
    ['protocol-versions', r.chance(0.8) ? '1' : r.pick(VALUES)],
  ];
  if (r.chance(0.15)) fields.splice(r.int(fields.length), 1);
  if (r.chance(0.15)) fields.push([r.pick(NAMES), r.pick(VALUES)]);
  if (r.chance(0.1)) fields.push(fields[r.int(fields.length)]!);
  if (r.chance(0.1)) fields.sort(() => r.next() - 0.5);
  // near the size limit: pad one value so that the request ends a few bytes either side of it
  const pad = r.chance(0.1);
  for (const [name, value] of fields)
    text += `${nl()}${r.chance(0.95) ? name : r.pick(NAMES)}:${r.chance(0.9) ? ' ' : r.pick(['', '  ', '\t'])}${value}`;
  if (pad && fields.length > 0) {
    const length = Buffer.byteLength(text);
    const want = MAX_REQUEST_BYTES + r.range(-3, 3);
    if (want > length) text = text.replace(/\n(bundle|secret): /, (m) => m + 'x'.repeat(want - length));
  }
  text += r.chance(0.9) ? '\n\n' : r.pick(['\n', '', '\r\n\r\n', '\n \n', '\n\n\n']);
  if (r.chance(0.1))
    text += r.pick(['GET / HTTP/1.1\r\n', stubRequest(SEED_REQUEST), 'x'.repeat(r.int(9000))]);
  return enc.encode(text);
}

/** A stub request whose blank line starts `offset` bytes from MAX_REQUEST_BYTES (the size limit). */
export function boundaryRequest(offset: number, seed: number): Uint8Array {
  const r = new Rng(seed);
  const base: AttachRequest = {
    ...SEED_REQUEST,
    secret: r.text(20) || 's',
    pluginId: 'com.example.' + (r.text(8) || 'x'),
  };
  const length = enc.encode(stubRequest(base)).length - 2;
  const bundle = base.bundle + 'b'.repeat(Math.max(0, MAX_REQUEST_BYTES + offset - length));
  const tail = r.chance(0.7) ? '' : r.pick(['GET /', '\n', stubRequest(SEED_REQUEST)]);
  return enc.encode(stubRequest({ ...base, bundle }) + tail);
}

function bytesArb(): fc.Arbitrary<{ bytes: Uint8Array; origin: string }> {
  const donors = SEEDS.map((s) => s.bytes);
  const structured = fc.integer().map((s) => ({ bytes: structuredRequest(s), origin: `structured:${s}` }));
  const mutated = fc
    .tuple(
      fc.oneof(
        fc.constantFrom(...SEEDS),
        structured.map((s) => ({ name: s.origin, bytes: s.bytes })),
      ),
      fc.array(mutationArb(donors.length), { minLength: 1, maxLength: 4 }),
    )
    .map(([s, muts]) => ({
      bytes: applyMutations(s.bytes, muts, donors),
      origin: `${s.name}+${describeMutations(muts)}`,
    }));
  return fc.oneof(
    { weight: 1, arbitrary: randomBytesArb(96).map((b) => ({ bytes: b, origin: 'random' })) },
    {
      weight: 1,
      arbitrary: fc
        .string({ unit: 'grapheme', maxLength: 64 })
        .map((s) => ({ bytes: enc.encode(`${ATTACH_MAGIC} 1\n${s}\n\n`), origin: 'unicode' })),
    },
    { weight: 4, arbitrary: structured },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.integer({ min: -3, max: 3 }), fc.integer())
        .map(([d, seed]) => ({ bytes: boundaryRequest(d, seed), origin: `boundary:${d}:${seed}` })),
    },
    { weight: 3, arbitrary: mutated },
  );
}

type Outcome = { request: AttachRequest } | { incomplete: true } | { error: string; message: string };

/** Pushes the chunks as Sidecar.onConnection does: until a request or an error. */
function decode(chunks: readonly Uint8Array[]): Outcome {
  const d = new AttachRequestDecoder();
  try {
    for (const c of chunks) {
      const request = d.push(Buffer.from(c.buffer, c.byteOffset, c.byteLength));
      if (request) return { request };
    }
    return { incomplete: true };
  } catch (e) {
    return { error: expectError(e, [AttachProtocolError]), message: (e as Error).message };
  }
}

const KEYS = ['bundle', 'pluginId', 'protocolVersions', 'secret'];

/** Field order follows the wire; compare requests by their fields. */
function canonical(o: Outcome): string {
  return 'request' in o
    ? JSON.stringify(KEYS.map((k) => o.request[k as keyof AttachRequest]))
    : JSON.stringify(o);
}

function checkRequest(r: AttachRequest, bytes: Uint8Array): void {
  invariant(
    JSON.stringify(Object.keys(r).sort()) === JSON.stringify(KEYS),
    () => `request with keys ${JSON.stringify(Object.keys(r))}`,
  );
  for (const [k, v] of Object.entries(r)) {
    invariant(typeof v === 'string' && v !== '', () => `empty or non-string ${k}`);
    invariant(!(v as string).includes('\n'), () => `${k} with a newline`);
    invariant((v as string).trim() === v, () => `${k} not trimmed`);
  }
  const end = Buffer.from(bytes).indexOf('\n\n');
  invariant(end >= 0 && end <= MAX_REQUEST_BYTES, () => `request accepted with its blank line at ${end}`);
  // the stub's way of writing it (maybe longer than what was sent: no size limit here)
  let again: Outcome;
  try {
    again = { request: parseAttachRequest(stubRequest(r).slice(0, -2)) };
  } catch (e) {
    again = { error: expectError(e, [AttachProtocolError]), message: (e as Error).message };
  }
  invariant(
    canonical(again) === canonical({ request: r }),
    () => `re-encoded request decodes to ${JSON.stringify(again)}`,
  );
}

function run(c: FuzzCase): string {
  const out = decode(chunked(c.bytes, c.chunks));
  const whole = c.chunks.length === 0 ? out : decode([c.bytes]);
  const kind = (o: Outcome): string =>
    'request' in o ? 'request' : 'incomplete' in o ? 'incomplete' : 'error';
  if (kind(out) !== kind(whole) || ('request' in out && canonical(out) !== canonical(whole)))
    throw new OracleViolation(
      'differential',
      `chunked: ${kind(out)}, one chunk: ${kind(whole)} (${JSON.stringify(out).slice(0, 120)} vs ${JSON.stringify(whole).slice(0, 120)})`,
      { key: `attach-request|differential|${kind(out)}-vs-${kind(whole)}` },
    );
  if ('request' in out) {
    checkRequest(out.request, c.bytes);
    return 'request';
  }
  if ('incomplete' in out) {
    const b = Buffer.from(c.bytes);
    invariant(b.indexOf('\n\n') < 0, () => 'incomplete although the bytes hold a blank line');
    invariant(b.length <= MAX_REQUEST_BYTES + 1, () => `still waiting after ${b.length} bytes`);
    return 'incomplete';
  }
  const line = attachLine('ERR', out.message);
  invariant(line.indexOf('\n') === line.length - 1, () => `ERR reason spans lines: ${JSON.stringify(line)}`);
  return out.error;
}

export const attachRequestTarget: FuzzTarget = {
  name: 'attach-request',
  about:
    'AttachRequestDecoder.push, any chunking: a coherent AttachRequest, incomplete, or AttachProtocolError',
  arbitrary: () => caseArb(bytesArb()),
  run,
  async: false,
};
