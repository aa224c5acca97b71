/**
 * Fuzz targets for the handshake lines (src/bridge/goplugin/handshake.ts):
 *
 *  goplugin-handshake  parseHandshake(line) as the go-plugin host side uses it (variant 0: netrpc
 *                      only; 1: netrpc and grpc), plus negotiateVersion(line) as the plugin side
 *                      reads PLUGIN_PROTOCOL_VERSIONS. Accepted: a HandshakeLine whose fields are
 *                      coherent (core 1, integer app version, unix|tcp, an allowed protocol) or a
 *                      HandshakeError with a message; negotiateVersion never throws and returns
 *                      one of our versions.
 *  language-handshake  the language plugin's first stdout line as startLanguagePlugin reads it
 *                      (src/bridge/runtime/language-plugin.ts): readline over the raw stdout bytes
 *                      in the case's chunking, then parseHandshake(line, ['grpc']) and the tcp check.
 *                      Accepted: a tcp target, HandshakeError, or PluginStartError.
 */
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import {
  CORE_PROTOCOL_VERSION,
  HandshakeError,
  negotiateVersion,
  parseHandshake,
  type HandshakeLine,
} from '../../src/bridge/goplugin/handshake.ts';
import { PluginStartError } from '../../src/bridge/runtime/language-plugin.ts';
import {
  caseArb,
  chunked,
  expectError,
  invariant,
  randomBytesArb,
  type FuzzCase,
  type FuzzTarget,
} from './lib/harness.ts';
import { applyMutations, describeMutations, mutationArb } from './lib/mutate.ts';
import { Rng } from './lib/prng.ts';

const utf8 = new TextDecoder('utf-8');
const enc = new TextEncoder();

const SEEDS = [
  '1|1|unix|/tmp/plugin123456789|netrpc\n',
  '1|1|tcp|127.0.0.1:10000|netrpc|\n',
  '1|1|tcp|127.0.0.1:40123|grpc\n',
  '1|1|tcp|127.0.0.1:40123|grpc|MIIBkTCB+wIJAK\n',
  '1|1|unix|/tmp/plugin|netrpc|\r\n',
].map((s, i) => ({ name: `line${i}`, bytes: enc.encode(s) }));

const CORE = [
  '1',
  '1',
  '1',
  '0',
  '2',
  '01',
  '+1',
  ' 1',
  '1.0',
  '0x1',
  '',
  '-1',
  '1e0',
  '99999999999999999999',
  'one',
];
const APP = ['1', '1', '2', '0', '', 'abc', '1.5', '-3', '0x10', 'Infinity', '1e400', ' '];
const NET = ['unix', 'tcp', 'tcp', 'unix', 'udp', '', 'TCP', 'unix ', 'tcp\0'];
const ADDR = [
  '/tmp/plugin1',
  '127.0.0.1:1234',
  '',
  ':0',
  '[::1]:80',
  'host:99999',
  'a'.repeat(5000),
  '../../etc',
  '\u0000',
];
const PROTO = ['netrpc', 'grpc', 'grpc', '', 'GRPC', 'netrpc ', 'http', undefined];
const SEPS = ['|', '|', '|', '|', '||', ' | ', '\t', ',', '\n', '|\r'];

/** A line assembled from field pools with random separators, prefixes, suffixes and lengths. */
export function structuredLine(seed: number): Uint8Array {
  const r = new Rng(seed);
  const fields = [r.pick(CORE), r.pick(APP), r.pick(NET), r.chance(0.8) ? r.pick(ADDR) : r.text(40)];
  const proto = r.pick(PROTO);
  if (proto !== undefined) fields.push(proto);
  if (r.chance(0.3)) fields.push(r.chance(0.5) ? '' : Buffer.from(r.bytes(r.int(60))).toString('base64'));
  for (let i = r.chance(0.1) ? r.range(1, 5) : 0; i > 0; i--) fields.push(r.text(8));
  if (r.chance(0.1)) fields.splice(r.int(fields.length), 1);
  let line = '';
  fields.forEach((f, i) => (line += (i === 0 ? '' : r.chance(0.9) ? '|' : r.pick(SEPS)) + f));
  const prefix = r.chance(0.1) ? r.pick(['hello\n', ' ', '\ufeff', '\r', '{"@level":"info"}\n']) : '';
  const suffix = r.pick(['\n', '\n', '\r\n', '', ' \n', '\n1|1|tcp|x|grpc\n', '\r', '\u2028\n']);
  const bytes = enc.encode(prefix + line + suffix);
  return r.chance(0.05) ? applyJunk(bytes, r) : bytes;
}

function applyJunk(b: Uint8Array, r: Rng): Uint8Array {
  const out = Uint8Array.from(b);
  for (let i = 0; i < 3 && out.length > 0; i++)
    out[r.int(out.length)] = r.pick([0x00, 0x7c, 0x0a, 0x0d, 0xff, 0xc3, 0x80]);
  return out;
}

function bytesArb(): fc.Arbitrary<{ bytes: Uint8Array; origin: string }> {
  const donors = SEEDS.map((s) => s.bytes);
  const structured = fc.integer().map((s) => ({ bytes: structuredLine(s), origin: `structured:${s}` }));
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
        .map((s) => ({ bytes: enc.encode(s), origin: 'unicode' })),
    },
    { weight: 4, arbitrary: structured },
    { weight: 3, arbitrary: mutated },
  );
}

function checkLine(h: HandshakeLine, allowed: readonly string[]): void {
  invariant(h.coreVersion === CORE_PROTOCOL_VERSION, () => `accepted core version ${h.coreVersion}`);
  invariant(Number.isInteger(h.appVersion), () => `accepted app version ${h.appVersion}`);
  invariant(h.network === 'unix' || h.network === 'tcp', () => `accepted network ${h.network}`);
  invariant(allowed.includes(h.protocol), () => `accepted protocol ${h.protocol}`);
  invariant(
    typeof h.address === 'string' && typeof h.serverCert === 'string',
    () => 'non-string address/cert',
  );
}

function runGoPlugin(c: FuzzCase): string {
  const line = utf8.decode(c.bytes);
  const allowed: ('netrpc' | 'grpc')[] = c.variant === 1 ? ['netrpc', 'grpc'] : ['netrpc'];
  let label: string;
  try {
    checkLine(parseHandshake(line, allowed), allowed);
    label = 'ok';
  } catch (e) {
    label = expectError(e, [HandshakeError]);
  }
  let v: unknown;
  try {
    v = negotiateVersion(line, [1, 2, 5]);
  } catch (e) {
    expectError(e, [], 'negotiateVersion');
  }
  invariant(v === 1 || v === 2 || v === 5, () => `negotiateVersion returned ${String(v)}`);
  return label;
}

export const goPluginHandshakeTarget: FuzzTarget = {
  name: 'goplugin-handshake',
  about: 'parseHandshake(line) (+ negotiateVersion): coherent HandshakeLine or HandshakeError',
  arbitrary: () => caseArb(bytesArb(), fc.nat({ max: 1 }), fc.constant([])),
  run: runGoPlugin,
  async: false,
  describeVariant: (v) => (v === 1 ? "allowed ['netrpc','grpc']" : "allowed ['netrpc']"),
};

/** The first line as startLanguagePlugin gets it: readline 'line' over the stdout bytes. */
async function firstLine(c: FuzzCase): Promise<string | undefined> {
  const input = Readable.from(
    chunked(c.bytes, c.chunks).map((b) => Buffer.from(b)),
    { objectMode: false },
  );
  const rl = createInterface({ input, crlfDelay: Infinity });
  try {
    return await new Promise<string | undefined>((resolve) => {
      rl.once('line', resolve);
      rl.once('close', () => resolve(undefined));
    });
  } finally {
    rl.close();
  }
}

async function runLanguage(c: FuzzCase): Promise<string> {
  const line = await firstLine(c);
  if (line === undefined) return 'no line (start timeout in production)';
  try {
    const hs = parseHandshake(line, ['grpc']);
    checkLine(hs, ['grpc']);
    if (hs.network !== 'tcp')
      throw new PluginStartError(`the language plugin must listen on tcp, got ${hs.network}`);
    return 'ok';
  } catch (e) {
    return expectError(e, [HandshakeError, PluginStartError]);
  }
}

export const languageHandshakeTarget: FuzzTarget = {
  name: 'language-handshake',
  about: "language plugin stdout → readline first line → parseHandshake(line, ['grpc']) + tcp check",
  arbitrary: () => caseArb(bytesArb()),
  run: runLanguage,
  async: true,
};
