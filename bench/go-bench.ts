/**
 * The Go side of `npm run bench`: the commands under test/conformance/cmd that drive plugins
 * through the real plugin loader (plugin.NewEnvironment), each printing one JSON object on stdout.
 * Their shapes are declared here; see each command's doc comment for what is measured.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** cmd/bench: MessageWillBePosted and API round trips per kind. */
export interface HookKindResult {
  nsPerOp?: number;
  p50Ns?: number;
  p99Ns?: number;
  ops?: number;
  cpuNsPerOp?: number;
  getUserNsPerOp?: number;
  kvSet1kNsPerOp?: number;
  error?: string;
}
export type HookKind = 'native' | 'bridged' | 'inprocess' | 'sidecar' | 'python';
export type HookRatioKey = 'mean' | 'p50' | 'p99' | 'cpu' | 'getUser' | 'kvSet1k';
export type HookBench = Record<HookKind, HookKindResult> & {
  ratio: number | null;
  ratios: Partial<Record<HookKind, Partial<Record<HookRatioKey, number | null>>>>;
  rounds: number;
  warmup?: number;
  sidecarLogLevel: string;
};

/** cmd/streambench: ServeHTTP streaming, native Go vs bridged in the container. */
export interface StreamRate {
  mbPerSec: number;
  runs: number;
}
export interface StreamKindResult {
  upload?: Record<string, StreamRate>;
  download?: Record<string, StreamRate>;
  get1KB?: { p50Ms: number; p99Ms: number; n: number };
  rss?: {
    mode: string;
    bytes: number;
    baselineMiB: number;
    peakMiB: number;
    growthMiB: number;
    pluginGrowthMiB: number;
    seconds: number;
    method: string;
  };
  error?: string;
}
export interface StreamBench {
  native: StreamKindResult;
  bridged: StreamKindResult;
  ratios: Record<string, number | null>;
  goals: Record<string, unknown>;
}

/** cmd/activatebench: activation time per kind and memory of idle plugins. */
export interface ActivationStats {
  runs?: number;
  medianMs?: number;
  p90Ms?: number;
  minMs?: number;
  maxMs?: number;
  samplesMs?: number[];
  cpuMedianMs?: number;
  cpuSamplesMs?: number[];
  error?: string;
}
export interface SidecarRssStage {
  plugins: number;
  sidecarMiB: number;
  languagePluginsMiB: number;
  languagePlugins: number;
  stubsMiB: number;
}
export interface ActivateBench {
  activation: Partial<Record<HookKind, ActivationStats>>;
  ratios: Partial<Record<HookKind, { median: number | null; p90: number | null; cpu: number | null }>>;
  rss: {
    perPlugin: {
      native?: { pluginMiB?: number; error?: string };
      bridged?: { bridgeMiB?: number; languagePluginMiB?: number; error?: string };
      inprocess?: { bridgeMiB?: number; error?: string };
    };
    sidecar?: {
      idleMiB: number;
      stages?: SidecarRssStage[];
      perPluginSidecarMiB?: number;
      perPluginLanguageMiB?: number;
      error?: string;
    };
  };
  sidecarLogLevel: string;
}

/** What one Go command produced: its JSON (also when it exited non-zero) or why there is none. */
export interface GoRun<T> {
  result?: T;
  /** set when the command failed: its exit status and the tail of its stderr */
  error?: string;
  seconds: number;
}

/** Runs `go run ./cmd/<name> args…` in test/conformance and parses the JSON it prints. */
export function runGoCommand<T>(
  root: string,
  name: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): GoRun<T> {
  const started = Date.now();
  const r = spawnSync('go', ['run', `./cmd/${name}`, ...args], {
    cwd: path.join(root, 'test', 'conformance'),
    encoding: 'utf8',
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (Date.now() - started) / 1000;
  const line = (r.stdout ?? '')
    .split('\n')
    .filter((l) => l.trim().startsWith('{'))
    .pop();
  let result: T | undefined;
  try {
    if (line) result = JSON.parse(line) as T;
  } catch {
    result = undefined;
  }
  if (r.status === 0 && result) return { result, seconds };
  const tail = (r.stderr ?? '').trim().split('\n').slice(-15).join('\n');
  const why = r.error ? r.error.message : `exit status ${r.status ?? r.signal}`;
  process.stderr.write(`go run ./cmd/${name}: ${why}\n${tail}\n`);
  return { result, error: `${why}: ${tail.split('\n').pop() ?? ''}`, seconds };
}
