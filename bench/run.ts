/**
 * `npm run bench`: one table, TypeScript side by side with Go in the same run, written to
 * bench/results/latest.json, and bench/RESULTS.md (machine, the goals beside the figures,
 * every bridged figure as a ratio to native Go). Ratios are TS/Go throughput (>1 = faster than Go)
 * or bridged/native latency (>1 = slower than a native Go plugin). The plugin-level figures come
 * from the Go commands in test/conformance/cmd (bench, streambench, activatebench), which drive
 * native, bridged in-container, sidecar and Python plugins through plugin.NewEnvironment.
 * Benchmarks only: nothing here is asserted; a command that fails leaves its rows "not measured".
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
import { runGoCommand, type ActivateBench, type HookBench, type StreamBench } from './go-bench.ts';
import { renderResults, type Machine } from './report.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface Row {
  benchmark: string;
  ts: string;
  go: string;
  ratio: string;
}

const loadStart = os.loadavg();
const dateStart = new Date().toISOString();
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

const internals = [...rows];

const hookRun = runGoCommand<HookBench>(root, 'bench', ['-duration', '3s', '-rounds', '6']);
const hook = hookRun.result;
const us = (ns: number | undefined, what: string): string => (ns ? fmt(ns / 1000, what) : '');
for (const kind of ['bridged', 'inprocess', 'sidecar', 'python'] as const) {
  const k = hook?.[kind];
  const n = hook?.native;
  const label = {
    bridged: 'bridged TS plugin',
    inprocess: 'TS plugin in-process',
    sidecar: 'TS plugin in the sidecar',
    python: 'Python plugin',
  }[kind];
  const r = hook?.ratios[kind];
  rows.push({
    benchmark: `MessageWillBePosted round trip via plugin.Environment (${kind}, p50)`,
    ts: k?.p50Ns ? us(k.p50Ns, `µs p50 (${label})`) : `not measured: ${k?.error ?? hookRun.error}`,
    go: n?.p50Ns ? us(n.p50Ns, 'µs p50 (native Go plugin)') : `error: ${n?.error ?? hookRun.error}`,
    ratio: r?.p50 ? `${r.p50.toFixed(2)} (latency)` : '',
  });
  if (kind === 'python') continue;
  for (const [label2, key, rkey] of [
    ['GetUser', 'getUserNsPerOp', 'getUser'],
    ['KVSet 1 KiB', 'kvSet1kNsPerOp', 'kvSet1k'],
  ] as const) {
    rows.push({
      benchmark: `API round trip from the plugin (${kind}): ${label2}`,
      ts: k?.[key] ? us(k[key], `µs/op (${label})`) : 'error',
      go: n?.[key] ? us(n[key], 'µs/op (native Go plugin)') : 'error',
      ratio: r?.[rkey] ? `${r[rkey]!.toFixed(2)} (latency)` : '',
    });
  }
}

const streamRun = runGoCommand<StreamBench>(root, 'streambench', []);
const streaming = streamRun.result;
for (const dir of ['upload', 'download'] as const)
  for (const size of ['1MB', '100MB']) {
    const b = streaming?.bridged[dir]?.[size];
    const n = streaming?.native[dir]?.[size];
    const r = streaming?.ratios[`${dir}${size}`];
    rows.push({
      benchmark: `ServeHTTP ${dir} ${size}`,
      ts: b ? fmt(b.mbPerSec, 'MB/s (bridged)') : `error: ${streaming?.bridged.error ?? streamRun.error}`,
      go: n ? fmt(n.mbPerSec, 'MB/s (native)') : `error: ${streaming?.native.error ?? streamRun.error}`,
      ratio: r ? `${r.toFixed(2)} (throughput, goal ≥ 0.8)` : '',
    });
  }
if (streaming?.bridged.rss)
  rows.push({
    benchmark: `bridge RSS growth during ${streaming.bridged.rss.bytes / 1e9} GB ${streaming.bridged.rss.mode}`,
    ts: fmt(streaming.bridged.rss.growthMiB, 'MiB'),
    go: '',
    ratio: 'goal ≤ 32 MiB',
  });

const activationRun = runGoCommand<ActivateBench>(root, 'activatebench', ['-runs', '7']);
const activation = activationRun.result;
for (const kind of ['bridged', 'inprocess', 'sidecar', 'python'] as const) {
  const a = activation?.activation[kind];
  const n = activation?.activation.native;
  rows.push({
    benchmark: `activation, spawn → OnActivate answered (${kind}, median)`,
    ts: a?.medianMs ? fmt(a.medianMs, 'ms') : `not measured: ${a?.error ?? activationRun.error}`,
    go: n?.medianMs ? fmt(n.medianMs, 'ms (native Go plugin)') : `error: ${n?.error ?? activationRun.error}`,
    ratio: activation?.ratios[kind]?.median ? `${activation.ratios[kind]!.median!.toFixed(1)} (latency)` : '',
  });
}
for (const st of activation?.rss.sidecar?.stages ?? [])
  rows.push({
    benchmark: `sidecar RSS, ${st.plugins} idle plugin${st.plugins === 1 ? '' : 's'} attached`,
    ts: `${fmt(st.sidecarMiB, 'MiB')} serve + ${fmt(st.languagePluginsMiB, 'MiB')} language plugins`,
    go: '',
    ratio: '',
  });

console.table(rows);
const machine: Machine = {
  cpuModel: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  memoryGiB: os.totalmem() / 2 ** 30,
  kernel: `${os.type()} ${os.release()} ${os.arch()}`,
  loadStart,
  loadEnd: os.loadavg(),
  node: process.version,
  go: execFileSync('go', ['version'], { encoding: 'utf8' }).trim(),
  dateStart,
  dateEnd: new Date().toISOString(),
};
const out = path.join(root, 'bench', 'results', 'latest.json');
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(
  out,
  JSON.stringify(
    {
      date: machine.dateEnd,
      machine: {
        cpus: machine.cores,
        model: machine.cpuModel,
        memoryGiB: machine.memoryGiB,
        kernel: machine.kernel,
        loadStart: machine.loadStart,
        loadEnd: machine.loadEnd,
        node: machine.node,
        go: machine.go,
        dateStart: machine.dateStart,
      },
      gob: { ts: gob, go: goGob },
      yamux,
      translate,
      observability,
      hookRoundTrip: hook ?? { error: hookRun.error },
      streaming: streaming ?? { error: streamRun.error },
      activation: activation ?? { error: activationRun.error },
      errors: Object.fromEntries(
        Object.entries({ bench: hookRun, streambench: streamRun, activatebench: activationRun })
          .filter(([, r]) => r.error)
          .map(([k, r]) => [k, r.error]),
      ),
      seconds: {
        bench: hookRun.seconds,
        streambench: streamRun.seconds,
        activatebench: activationRun.seconds,
      },
      table: rows,
    },
    null,
    2,
  ) + '\n',
);
const md = path.join(root, 'bench', 'RESULTS.md');
writeFileSync(
  md,
  renderResults({ machine, hook: hookRun, streaming: streamRun, activation: activationRun, internals }),
);
console.log(`written ${path.relative(root, out)} and ${path.relative(root, md)}`);
