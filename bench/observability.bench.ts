/**
 * What observability costs on the hook path: hook round trips through the host emulator and a real
 * `mm-bridge run` + hello-node, with
 *   off            no admin server (no metrics code loaded), log level silent
 *   metrics+info   admin server on (metrics, interceptors, hook wrapper), log level info
 *   metrics+debug  as above plus one JSON log line per hook and per PluginAPI call
 * The three bridges run side by side and are driven in interleaved, shuffled batches so machine
 * drift spreads evenly. MessageWillBePosted is a hook alone; ExecuteCommand makes three API calls (GetUser, KVGet, KVCompareAndSet).
 * Round trips on a shared 2-core machine are noisy, so the in-process cost of the instrumentation
 * one hook / one API call incurs is also measured directly (tinybench).
 */
import path from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { Bench } from 'tinybench';
import { HostEmulator } from '../src/emulator/host.ts';
import { BridgeMetrics } from '../src/metrics/bridge-metrics.ts';
import { PACKAGE_ROOT } from '../src/paths.ts';

export type ObservabilityConfig = 'off' | 'metrics+info' | 'metrics+debug';

export interface ObservabilityBenchResult {
  hook: string;
  config: ObservabilityConfig;
  calls: number;
  meanUs: number;
  p50Us: number;
  p99Us: number;
  /** Mean and median latency over the `off` configuration's, in percent. */
  overheadMeanPct: number;
  overheadP50Pct: number;
}

export interface InstrumentationCost {
  name: string;
  usPerOp: number;
}

export interface ObservabilityBench {
  roundTrips: ObservabilityBenchResult[];
  perCall: InstrumentationCost[];
}

const CONFIGS: Record<ObservabilityConfig, NodeJS.ProcessEnv> = {
  off: { MM_BRIDGE_ADMIN_ADDR: '', MM_BRIDGE_LOG_LEVEL: 'silent' },
  'metrics+info': { MM_BRIDGE_ADMIN_ADDR: '127.0.0.1:0', MM_BRIDGE_LOG_LEVEL: 'info' },
  'metrics+debug': { MM_BRIDGE_ADMIN_ADDR: '127.0.0.1:0', MM_BRIDGE_LOG_LEVEL: 'debug' },
};

const context = { RequestId: 'bench', SessionId: 's' };
const CALLS: Record<string, (emu: HostEmulator, i: number) => Promise<unknown>> = {
  MessageWillBePosted: (emu, i) =>
    emu.hook('MessageWillBePosted', {
      A: context,
      B: { Id: `p${i}`, UserId: 'u1', ChannelId: 'c1', Message: 'a perfectly fine message' },
    }),
  ExecuteCommand: (emu) => emu.hook('ExecuteCommand', { A: context, B: { Command: '/hello', UserId: 'u1' } }),
};

export async function runObservabilityBench(
  opts: { rounds?: number; batch?: number; warmup?: number; time?: number } = {},
): Promise<ObservabilityBench> {
  return { roundTrips: await runRoundTrips(opts), perCall: await runInstrumentationCost(opts) };
}

async function runRoundTrips(opts: {
  rounds?: number;
  batch?: number;
  warmup?: number;
}): Promise<ObservabilityBenchResult[]> {
  const rounds = opts.rounds ?? 30;
  const batch = opts.batch ?? 60;
  const warmup = opts.warmup ?? 400;
  const names = Object.keys(CONFIGS) as ObservabilityConfig[];
  const emus = new Map<ObservabilityConfig, HostEmulator>();
  try {
    for (const name of names) {
      const emu = await HostEmulator.start({
        bundleDir: path.join(PACKAGE_ROOT, 'examples', 'hello-node'),
        env: CONFIGS[name],
        startTimeoutMs: 10_000,
        onStderrLine: () => {}, // drained, as the server does; debug lines are written and discarded
      });
      emu.api.users.set('u1', { Id: 'u1', Username: 'alice' });
      if ((await emu.activate()) !== null) throw new Error(`${name}: OnActivate failed`);
      emus.set(name, emu);
    }
    const samples = new Map<string, number[]>();
    for (const [hook, call] of Object.entries(CALLS)) {
      for (const name of names) {
        const emu = emus.get(name)!;
        for (let i = 0; i < warmup; i++) await call(emu, i);
        samples.set(`${hook}\0${name}`, []);
      }
      for (let r = 0; r < rounds; r++) {
        for (const name of shuffle([...names])) {
          const emu = emus.get(name)!;
          const out = samples.get(`${hook}\0${name}`)!;
          for (let i = 0; i < batch; i++) {
            const t0 = process.hrtime.bigint();
            await call(emu, i);
            out.push(Number(process.hrtime.bigint() - t0) / 1e3);
          }
        }
      }
    }
    const results: ObservabilityBenchResult[] = [];
    for (const hook of Object.keys(CALLS)) {
      const off = samples.get(`${hook}\0off`)!.sort((a, b) => a - b);
      const [baseMean, baseP50] = [mean(off), quantile(off, 0.5)];
      for (const name of names) {
        const s = samples.get(`${hook}\0${name}`)!.sort((a, b) => a - b);
        const m = mean(s);
        const p50 = quantile(s, 0.5);
        results.push({
          hook,
          config: name,
          calls: s.length,
          meanUs: m,
          p50Us: p50,
          p99Us: quantile(s, 0.99),
          overheadMeanPct: ((m - baseMean) / baseMean) * 100,
          overheadP50Pct: ((p50 - baseP50) / baseP50) * 100,
        });
      }
    }
    return results;
  } finally {
    for (const emu of emus.values()) await emu.stop().catch(() => undefined);
  }
}

/**
 * What the instrumentation of one call costs in-process: every metric operation a hook (net/rpc
 * wrapper, gRPC client interceptor, plugin hook time) or an API call (gRPC server interceptor, API
 * duration and in-flight, plugin API time) performs, and one debug log line.
 */
async function runInstrumentationCost(opts: { time?: number }): Promise<InstrumentationCost[]> {
  const pm = new BridgeMetrics({ defaultMetrics: false }).plugin({
    bundle: { id: 'com.example.bench', version: '1.0.0' },
    mode: 'process',
    active: true,
    startedAt: Date.now(),
    restarts: 0,
  });
  const hooksClient = pm.grpcMethod('/mattermost.bridge.v1.PluginHooks/MessageWillBePosted', false, false);
  const apiServer = pm.grpcMethod('/mattermost.bridge.v1.PluginAPI/GetUser', false, false);
  const devNull = new Writable({ write: (_c, _e, cb) => cb() });
  const log = pino({ level: 'debug', base: null }, devNull);
  const bench = new Bench({ time: opts.time ?? 500, warmup: true });
  bench
    .add('metrics of one hook (wrapper + gRPC client + plugin hook time)', () => {
      const t0 = process.hrtime.bigint();
      pm.hookStarted();
      pm.grpcClientStarted(hooksClient);
      pm.grpcClientHandled(hooksClient, 'OK', 0.0004);
      pm.pluginHookTime('MessageWillBePosted', 0.0004, true);
      pm.hookFinished('MessageWillBePosted', Number(process.hrtime.bigint() - t0) / 1e9, 'ok');
    })
    .add('metrics of one API call (gRPC server + API duration + plugin API time)', () => {
      const t0 = process.hrtime.bigint();
      pm.grpcServerStarted(apiServer);
      pm.apiStarted();
      pm.pluginApiTime('GetUser', 0.0003, true);
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      pm.grpcServerHandled(apiServer, 'OK', seconds);
      pm.apiFinished('GetUser', seconds, 'ok');
    })
    .add('one debug log line (hook)', () => {
      log.debug(
        {
          plugin_id: 'com.example.bench',
          hook: 'MessageWillBePosted',
          outcome: 'ok',
          duration_ms: 0.42,
          request_id: 'r',
        },
        'hook',
      );
    })
    .add('debug line suppressed at info (level check only)', () => {
      if (log.isLevelEnabled('trace')) log.trace('never');
    });
  await bench.run();
  return bench.tasks.map((t) => {
    const r = t.result as { throughput?: { mean: number }; hz?: number } | undefined;
    const opsPerSec = r?.throughput?.mean ?? r?.hz ?? 0;
    return { name: t.name, usPerOp: 1e6 / opsPerSec };
  });
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]!;
}

function mean(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

function shuffle<T>(xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { roundTrips, perCall } = await runObservabilityBench();
  const pct = (x: number): string => `${x >= 0 ? '+' : ''}${x.toFixed(1)}%`;
  console.table(
    roundTrips.map((r) => ({
      hook: r.hook,
      config: r.config,
      calls: r.calls,
      'mean µs': r.meanUs.toFixed(0),
      'p50 µs': r.p50Us.toFixed(0),
      'p99 µs': r.p99Us.toFixed(0),
      'overhead (mean)': pct(r.overheadMeanPct),
      'overhead (p50)': pct(r.overheadP50Pct),
    })),
  );
  console.table(perCall.map((c) => ({ instrumentation: c.name, 'µs/op': c.usPerOp.toFixed(2) })));
}
