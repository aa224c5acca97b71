/**
 * `npm run bench`: one table, TypeScript side by side with Go in the same run, written to
 * bench/results/latest.json. Ratios are TS/Go throughput (>1 = faster than Go) or bridged/native
 * latency (>1 = slower than a native Go plugin). Benchmarks only: nothing here is asserted.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runGobBench, runGoGobBench } from './gob.bench.ts';
import { runObservabilityBench } from './observability.bench.ts';
import { runTranslateBench } from './translate.bench.ts';
import { runYamuxBench } from './yamux.bench.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface Row {
  benchmark: string;
  ts: string;
  go: string;
  ratio: string;
}

const rows: Row[] = [];
const fmt = (n: number, unit: string): string =>
  `${n >= 100 ? Math.round(n).toLocaleString('en') : n.toFixed(2)} ${unit}`;

const gob = await runGobBench();
const goGob = runGoGobBench();
const [enc, dec] = gob as [(typeof gob)[0], (typeof gob)[0]];
rows.push({
  benchmark: 'gob encode typical Post',
  ts: `${fmt(enc.opsPerSec, 'ops/s')} (${enc.mbPerSec.toFixed(1)} MB/s)`,
  go: fmt(goGob.encodeOpsPerSec, 'ops/s'),
  ratio: (enc.opsPerSec / goGob.encodeOpsPerSec).toFixed(2),
});
rows.push({
  benchmark: 'gob decode typical Post',
  ts: `${fmt(dec.opsPerSec, 'ops/s')} (${dec.mbPerSec.toFixed(1)} MB/s)`,
  go: fmt(goGob.decodeOpsPerSec, 'ops/s'),
  ratio: (dec.opsPerSec / goGob.decodeOpsPerSec).toFixed(2),
});

const yamux = await runYamuxBench();
for (const y of yamux) rows.push({ benchmark: y.name, ts: fmt(y.mbPerSec, 'MB/s'), go: '', ratio: '' });

const translate = await runTranslateBench();
for (const t of translate) rows.push({ benchmark: t.name, ts: fmt(t.usPerOp, 'µs/op'), go: '', ratio: '' });

const observability = await runObservabilityBench();
for (const r of observability.roundTrips.filter((x) => x.config !== 'off')) {
  rows.push({
    benchmark: `${r.hook} round trip, ${r.config} vs off`,
    ts: fmt(r.p50Us, 'µs p50'),
    go: '',
    ratio: `${r.overheadP50Pct >= 0 ? '+' : ''}${r.overheadP50Pct.toFixed(1)}% (p50 overhead)`,
  });
}

const hookOut = execFileSync('go', ['run', './cmd/bench', '-duration', '3s'], {
  cwd: path.join(root, 'test', 'conformance'),
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'ignore'],
});
interface KindResult {
  nsPerOp?: number;
  getUserNsPerOp?: number;
  kvSet1kNsPerOp?: number;
  error?: string;
}
const hook = JSON.parse(hookOut) as { native: KindResult; bridged: KindResult; ratio: number | null };
rows.push({
  benchmark: 'MessageWillBePosted round trip via plugin.Environment',
  ts: hook.bridged.nsPerOp
    ? fmt(hook.bridged.nsPerOp / 1000, 'µs/op (bridged TS plugin)')
    : `error: ${hook.bridged.error}`,
  go: hook.native.nsPerOp
    ? fmt(hook.native.nsPerOp / 1000, 'µs/op (native Go plugin)')
    : `error: ${hook.native.error}`,
  ratio: hook.ratio === null ? '' : `${hook.ratio.toFixed(2)} (latency)`,
});

for (const [label, key] of [
  ['GetUser', 'getUserNsPerOp'],
  ['KVSet 1 KiB', 'kvSet1kNsPerOp'],
] as const) {
  const b = hook.bridged[key];
  const n = hook.native[key];
  rows.push({
    benchmark: `API round trip from the plugin: ${label}`,
    ts: b ? fmt(b / 1000, 'µs/op (bridged TS plugin)') : 'error',
    go: n ? fmt(n / 1000, 'µs/op (native Go plugin)') : 'error',
    ratio: b && n ? `${(b / n).toFixed(2)} (latency)` : '',
  });
}

const streamOut = execFileSync('go', ['run', './cmd/streambench'], {
  cwd: path.join(root, 'test', 'conformance'),
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'ignore'],
});
const streaming = JSON.parse(streamOut) as Record<string, unknown>;
rows.push({
  benchmark: 'ServeHTTP streaming (see latest.json "streaming")',
  ts: 'bridged',
  go: 'native',
  ratio: 'in JSON',
});

console.table(rows);
const out = path.join(root, 'bench', 'results', 'latest.json');
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(
  out,
  JSON.stringify(
    {
      date: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        model: os.cpus()[0]?.model,
        node: process.version,
        go: execFileSync('go', ['version'], { encoding: 'utf8' }).trim(),
      },
      gob: { ts: gob, go: goGob },
      yamux,
      translate,
      observability,
      hookRoundTrip: hook,
      streaming,
      table: rows,
    },
    null,
    2,
  ) + '\n',
);
console.log(`written ${path.relative(root, out)}`);
