/**
 * Contract coverage: how many methods of the Go interfaces a Mattermost plugin sees (plugin.API and
 * plugin.Hooks of the pinned server/public, listed by reflection with
 * `go run ./cmd/listmethods` in test/conformance) are
 *   1. rpcs of the generated gRPC contract (src/generated/contract.json, services PluginAPI and
 *      PluginHooks), and
 *   2. exercised by the Go conformance harness: round-tripped with DeepEqual equality
 *      (test/conformance/work/exercised.json, written by TestRoundTrip — unary methods), or
 *      passed through the bridge by the streaming tests (work/exercised-streaming.json, written by
 *      streaming_test.go / streaming_upload_test.go — the streaming methods and hooks).
 *
 *   npx tsx scripts/coverage-contract.ts        (npm run coverage:contract)
 *
 * Prints `API methods: X/Y` and `hooks: X/Y` for the contract, for each source and for both
 * sources together, lists what is missing and why, and exits 1 when the contract or the combined
 * count is below Y/Y. Without Go it counts from src/generated/schema.json (generated from the same
 * interfaces) and says so.
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

interface StreamingItem {
  status?: string;
  tests?: Record<string, { kind?: string; result?: string }>;
}

interface StreamingExercised {
  serverPublicVersion?: string;
  api?: Record<string, StreamingItem>;
  hooks?: Record<string, StreamingItem>;
}

const CONFORMANCE = path.join(PACKAGE_ROOT, 'test', 'conformance');
const EXERCISED = path.join(CONFORMANCE, 'work', 'exercised.json');
const EXERCISED_STREAMING = path.join(CONFORMANCE, 'work', 'exercised-streaming.json');

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

// ---- X3: the streaming tests -----------------------------------------------------------------------

let streamingRun: StreamingExercised | undefined;
if (existsSync(EXERCISED_STREAMING))
  streamingRun = JSON.parse(readFileSync(EXERCISED_STREAMING, 'utf8')) as StreamingExercised;

// ---- report ----------------------------------------------------------------------------------------

const streaming = new Map<string, boolean>();
for (const m of [...schema.api, ...schema.hooks])
  streaming.set(m.name, !!m.streaming || !!m.grpc?.requestStream || !!m.grpc?.responseStream);
const pendingStreaming = (name: string): string | undefined =>
  streaming.get(name) ? 'pending: streaming' : undefined;

let below = false;

/**
 * Prints `label: X/Y` and the missing names with their reason (names sharing a reason that
 * `grouped` accepts on one line); `gate`: a shortfall fails the run.
 */
function count(
  label: string,
  all: string[],
  has: (n: string) => boolean,
  why: (n: string) => string,
  gate = true,
  grouped: (reason: string) => boolean = () => false,
): void {
  const missing = all.filter((n) => !has(n)).sort();
  const x = all.length - missing.length;
  if (missing.length && gate) below = true;
  console.log(`  ${label}: ${x}/${all.length}`);
  const groups = new Map<string, string[]>();
  for (const n of missing) {
    const reason = why(n);
    if (!grouped(reason)) console.log(`    missing ${n} — ${reason}`);
    else groups.set(reason, [...(groups.get(reason) ?? []), n]);
  }
  for (const [reason, names] of groups) console.log(`    missing ${names.join(', ')} — ${reason}`);
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

const stale = (v: string | undefined): string =>
  v && v !== schema.serverPublicVersion ? ` — STALE: written for server/public ${v}` : '';

const rel = path.relative(PACKAGE_ROOT, EXERCISED);
if (!exercised) {
  console.log(`\nround trip (${rel}): not found — run the round-trip test:`);
  console.log('  npm run build && (cd test/conformance && go test ./... -count=1 -run RoundTrip)');
} else {
  console.log(`\nround trip (${rel}, seed ${exercised.seed ?? '?'}${stale(exercised.serverPublicVersion)}):`);
}
const STREAMING_REASON = 'streaming: not part of the unary round trip (see the streaming tests)';
const roundTripWhy =
  (sec: Section | undefined) =>
  (n: string): string => {
    const s = pendingStreaming(n);
    if (s) return STREAMING_REASON;
    const failed = sec?.failed?.[n];
    if (failed?.length)
      return `FAILED: ${failed[0]!.split('\n')[0]}${failed.length > 1 ? ` (+${failed.length - 1} more)` : ''}`;
    if (sec?.excluded?.[n]) return `excluded: ${sec.excluded[n]}`;
    return exercised ? 'not exercised (a partial run, or new since the last run)' : 'no exercised.json';
  };
const apiDone = new Set(exercised?.api?.exercised ?? []);
const hooksDone = new Set(exercised?.hooks?.exercised ?? []);
const isStreamingReason = (r: string): boolean => r === STREAMING_REASON;
count('API methods', goApi, (n) => apiDone.has(n), roundTripWhy(exercised?.api), false, isStreamingReason);
count('hooks', goHooks, (n) => hooksDone.has(n), roundTripWhy(exercised?.hooks), false, isStreamingReason);

const relStreaming = path.relative(PACKAGE_ROOT, EXERCISED_STREAMING);
const streamingCmd = "npm run build && (cd test/conformance && go test ./... -count=1 -run 'TestStream')";
if (!streamingRun) {
  console.log(`\nstreaming tests (${relStreaming}): not found — run the streaming tests:`);
  console.log(`  ${streamingCmd}`);
} else {
  console.log(`\nstreaming tests (${relStreaming}${stale(streamingRun.serverPublicVersion)}):`);
}
const streamingDone = (sec: Record<string, StreamingItem> | undefined) => (n: string) =>
  sec?.[n]?.status === 'exercised';
const streamingWhy =
  (sec: Record<string, StreamingItem> | undefined) =>
  (n: string): string => {
    const it = sec?.[n];
    if (it?.status) return it.status;
    if (!pendingStreaming(n)) return 'unary: the round trip';
    return streamingRun ? 'no streaming test exercised it' : `no ${path.basename(relStreaming)}`;
  };
const streamingOnly = (all: string[]): string[] => all.filter((n) => pendingStreaming(n));
count(
  'streaming API methods',
  streamingOnly(goApi),
  streamingDone(streamingRun?.api),
  streamingWhy(streamingRun?.api),
  false,
);
count(
  'streaming hooks',
  streamingOnly(goHooks),
  streamingDone(streamingRun?.hooks),
  streamingWhy(streamingRun?.hooks),
  false,
);

console.log('\nexercised (round trip + streaming tests):');
const both =
  (rt: Set<string>, st: Record<string, StreamingItem> | undefined) =>
  (n: string): boolean =>
    rt.has(n) || streamingDone(st)(n);
const bothWhy =
  (sec: Section | undefined, st: Record<string, StreamingItem> | undefined) =>
  (n: string): string =>
    pendingStreaming(n) ? `streaming tests: ${streamingWhy(st)(n)}` : `round trip: ${roundTripWhy(sec)(n)}`;
count('API methods', goApi, both(apiDone, streamingRun?.api), bothWhy(exercised?.api, streamingRun?.api));
count('hooks', goHooks, both(hooksDone, streamingRun?.hooks), bothWhy(exercised?.hooks, streamingRun?.hooks));

process.exitCode = below || drift.length ? 1 : 0;

function setDiff(a: string[], b: Set<string>): string[] {
  return a.filter((x) => !b.has(x));
}
