/**
 * Contract coverage: how many methods of the Go interfaces a Mattermost plugin sees (plugin.API and
 * plugin.Hooks of the pinned server/public, listed by reflection with
 * `go run ./cmd/listmethods` in test/conformance) are
 *   1. rpcs of the generated gRPC contract (src/generated/contract.json, services PluginAPI and
 *      PluginHooks), and
 *   2. round-tripped by the Go conformance harness with DeepEqual equality
 *      (test/conformance/work/exercised.json, written by TestRoundTrip).
 *
 *   npx tsx scripts/coverage-contract.ts        (npm run coverage:contract)
 *
 * Prints `API methods: X/Y` and `hooks: X/Y` for both, lists what is missing and why, and exits 1
 * when any count is below Y/Y. Without Go it counts from src/generated/schema.json (generated from
 * the same interfaces) and says so.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from '../src/paths.ts';

type Obj = Record<string, unknown>;

interface SchemaMethod {
  name: string;
  streaming?: boolean;
  grpc: { requestStream?: boolean; responseStream?: boolean } | null;
}

interface Section {
  exercised?: string[];
  failed?: Record<string, string[]>;
  excluded?: Record<string, string>;
}

interface Exercised {
  seed?: number;
  serverPublicVersion?: string;
  api?: Section;
  hooks?: Section;
}

const CONFORMANCE = path.join(PACKAGE_ROOT, 'test', 'conformance');
const EXERCISED = path.join(CONFORMANCE, 'work', 'exercised.json');

const schema = JSON.parse(
  readFileSync(path.join(PACKAGE_ROOT, 'src', 'generated', 'schema.json'), 'utf8'),
) as {
  serverPublicVersion: string;
  api: SchemaMethod[];
  hooks: SchemaMethod[];
};

// ---- Y: the Go interfaces -------------------------------------------------------------------------

let source: string;
let goApi: string[];
let goHooks: string[];
try {
  const out = execFileSync('go', ['run', './cmd/listmethods'], {
    cwd: CONFORMANCE,
    encoding: 'utf8',
    env: { ...process.env, GOFLAGS: process.env.GOFLAGS ?? '-mod=mod' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const listed = JSON.parse(out) as { serverPublic: string; api: string[]; hooks: string[] };
  goApi = listed.api;
  goHooks = listed.hooks;
  source = `plugin.API and plugin.Hooks of server/public ${listed.serverPublic} (reflection)`;
} catch (err) {
  goApi = schema.api.map((m) => m.name);
  goHooks = schema.hooks.map((m) => m.name);
  source = `src/generated/schema.json (server/public ${schema.serverPublicVersion}; Go unavailable: ${
    (err as Error).message.split('\n')[0]
  })`;
}

// The schema is generated from the same interfaces: a difference means it is stale.
const schemaNames = (ms: SchemaMethod[]): Set<string> => new Set(ms.map((m) => m.name));
const drift = [
  ...setDiff(goApi, schemaNames(schema.api)).map((n) => `API ${n} is not in schema.json`),
  ...setDiff(goHooks, schemaNames(schema.hooks)).map((n) => `hook ${n} is not in schema.json`),
  ...setDiff(
    schema.api.map((m) => m.name),
    new Set(goApi),
  ).map((n) => `schema.json API ${n} is not in plugin.API`),
  ...setDiff(
    schema.hooks.map((m) => m.name),
    new Set(goHooks),
  ).map((n) => `schema.json hook ${n} is not in plugin.Hooks`),
];

// ---- X1: the contract ------------------------------------------------------------------------------

const contract = JSON.parse(
  readFileSync(path.join(PACKAGE_ROOT, 'src', 'generated', 'contract.json'), 'utf8'),
) as Obj;
const rpcs = (service: string): Set<string> => {
  const found = new Set<string>();
  const walk = (o: unknown): void => {
    if (!o || typeof o !== 'object') return;
    for (const [k, v] of Object.entries(o as Obj)) {
      if (k === service && v && typeof v === 'object' && 'methods' in v)
        for (const m of Object.keys((v as { methods: Obj }).methods)) found.add(m);
      else walk(v);
    }
  };
  walk(contract);
  return found;
};
const apiRpcs = rpcs('PluginAPI');
const hookRpcs = rpcs('PluginHooks');

// ---- X2: the round trip ----------------------------------------------------------------------------

let exercised: Exercised | undefined;
if (existsSync(EXERCISED)) exercised = JSON.parse(readFileSync(EXERCISED, 'utf8')) as Exercised;

// ---- report ----------------------------------------------------------------------------------------

const streaming = new Map<string, boolean>();
for (const m of [...schema.api, ...schema.hooks])
  streaming.set(m.name, !!m.streaming || !!m.grpc?.requestStream || !!m.grpc?.responseStream);
const pendingStreaming = (name: string): string | undefined =>
  streaming.get(name) ? 'pending: streaming' : undefined;

let below = false;

function count(label: string, all: string[], has: (n: string) => boolean, why: (n: string) => string): void {
  const missing = all.filter((n) => !has(n)).sort();
  const x = all.length - missing.length;
  if (missing.length) below = true;
  console.log(`  ${label}: ${x}/${all.length}`);
  for (const n of missing) console.log(`    missing ${n} — ${why(n)}`);
}

console.log(`Go interfaces: ${source}`);
for (const d of drift) console.log(`  WARNING: ${d} (run npm run generate)`);

console.log('\ncontract (src/generated/contract.json, services PluginAPI / PluginHooks):');
count(
  'API methods',
  goApi,
  (n) => apiRpcs.has(n),
  (n) => pendingStreaming(n) ?? 'no rpc in the contract',
);
count(
  'hooks',
  goHooks,
  (n) => hookRpcs.has(n),
  (n) => pendingStreaming(n) ?? 'no rpc in the contract',
);

const rel = path.relative(PACKAGE_ROOT, EXERCISED);
if (!exercised) {
  console.log(`\nround trip (${rel}): not found — run the round-trip test:`);
  console.log('  npm run build && (cd test/conformance && go test ./... -count=1 -run RoundTrip)');
} else {
  const stale =
    exercised.serverPublicVersion && exercised.serverPublicVersion !== schema.serverPublicVersion
      ? ` — STALE: written for server/public ${exercised.serverPublicVersion}`
      : '';
  console.log(`\nround trip (${rel}, seed ${exercised.seed ?? '?'}${stale}):`);
}
const roundTripWhy =
  (sec: Section | undefined) =>
  (n: string): string => {
    const s = pendingStreaming(n);
    if (s) return `${s} (not part of the unary round trip)`;
    const failed = sec?.failed?.[n];
    if (failed?.length)
      return `FAILED: ${failed[0]!.split('\n')[0]}${failed.length > 1 ? ` (+${failed.length - 1} more)` : ''}`;
    if (sec?.excluded?.[n]) return `excluded: ${sec.excluded[n]}`;
    return exercised ? 'not exercised (a partial run, or new since the last run)' : 'no exercised.json';
  };
const apiDone = new Set(exercised?.api?.exercised ?? []);
const hooksDone = new Set(exercised?.hooks?.exercised ?? []);
count('API methods', goApi, (n) => apiDone.has(n), roundTripWhy(exercised?.api));
count('hooks', goHooks, (n) => hooksDone.has(n), roundTripWhy(exercised?.hooks));

process.exitCode = below || drift.length ? 1 : 0;

function setDiff(a: string[], b: Set<string>): string[] {
  return a.filter((x) => !b.has(x));
}
