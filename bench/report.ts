/**
 * bench/RESULTS.md from one `npm run bench` run: the machine, the goals beside what was
 * measured, and one table per subject with every bridged figure also as a ratio to native Go.
 * Regenerated on every run; the goals are shown next to the figures, not asserted.
 */
import type { ActivateBench, GoRun, HookBench, HookKind, StreamBench } from './go-bench.ts';

export interface Machine {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  kernel: string;
  loadStart: number[];
  loadEnd: number[];
  node: string;
  go: string;
  dateStart: string;
  dateEnd: string;
}

export interface TableRow {
  benchmark: string;
  ts: string;
  go: string;
  ratio: string;
}

export interface ReportInput {
  machine: Machine;
  hook: GoRun<HookBench>;
  streaming: GoRun<StreamBench>;
  activation: GoRun<ActivateBench>;
  /** the TypeScript-internal rows (gob, yamux, translation, observability), as printed */
  internals: TableRow[];
}

const KINDS: HookKind[] = ['native', 'bridged', 'inprocess', 'sidecar', 'python'];
const KIND_TITLES: Record<HookKind, string> = {
  native: 'native Go',
  bridged: 'bridged in-container (TS over gRPC)',
  inprocess: 'TS in-process (in the bridge)',
  sidecar: 'sidecar (TS over gRPC)',
  python: 'Python in-container (hello-python)',
};

const num = (n: number, digits = 1): string =>
  n >= 1000 ? Math.round(n).toLocaleString('en') : n >= 100 ? n.toFixed(0) : n.toFixed(digits);
const times = (r: number | null | undefined): string =>
  r == null ? '' : ` (${r.toFixed(r >= 10 ? 1 : 2)}×)`;
const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]): string => `| ${cells.map(cell).join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** "not measured: why" for a kind or a whole command that has no figure. */
function missing(why: string | undefined): string {
  return why ? `not measured (${why.split('\n')[0]!.slice(0, 120)})` : 'not measured';
}

function goalStatus(ok: boolean | null): string {
  return ok === null ? '–' : ok ? 'meets' : 'misses';
}

export function renderResults(r: ReportInput): string {
  const m = r.machine;
  const out: string[] = [];
  out.push('# Benchmark results');
  out.push('');
  out.push(
    'Written by `npm run bench` (bench/run.ts) on every run; the raw figures are in ' +
      '[results/latest.json](results/latest.json). Benchmarks only: nothing here is asserted, and the ' +
      'goals of issue #8 are shown next to the figures. Every ratio is to the native Go plugin in the ' +
      'same run (latency: >1 is slower; throughput: <1 is slower).',
  );
  out.push('');
  out.push('## Machine');
  out.push('');
  const overloaded = Math.max(m.loadStart[0] ?? 0, m.loadEnd[0] ?? 0) > m.cores;
  out.push(
    table(
      ['', ''],
      [
        ['CPU', `${m.cpuModel}, ${m.cores} cores`],
        ['Memory', `${m.memoryGiB.toFixed(1)} GiB`],
        ['Kernel', m.kernel],
        ['Load average (1, 5, 15 min) at start', m.loadStart.map((l) => l.toFixed(2)).join(', ')],
        ['Load average (1, 5, 15 min) at end', m.loadEnd.map((l) => l.toFixed(2)).join(', ')],
        ['Node', m.node],
        ['Go', m.go],
        ['Date', `${m.dateStart} – ${m.dateEnd}`],
      ],
    ),
  );
  if (overloaded)
    out.push(
      '',
      `The load average exceeded the ${m.cores} cores during this run: every bridged round trip ` +
        'needs two or three processes scheduled in turn, so wall-clock latencies and activation ' +
        'times here are inflated far more than the native plugin’s (one process). The plugin-side ' +
        'CPU rows depend much less on the load; kinds were measured interleaved so the load spread ' +
        'over all of them.',
    );
  out.push('');

  out.push(...goals(r));
  out.push(...hookTables(r.hook));
  out.push(...streamTables(r.streaming));
  out.push(...activationTables(r.activation));
  out.push(...memoryTables(r.activation));

  out.push('## TypeScript internals (same run)');
  out.push('');
  out.push(
    table(
      ['benchmark', 'TypeScript', 'Go', 'ratio'],
      r.internals.map((x) => [x.benchmark, x.ts, x.go, x.ratio]),
    ),
  );
  out.push('');
  return out.join('\n');
}

function goals(r: ReportInput): string[] {
  const h = r.hook.result;
  const s = r.streaming.result;
  const py = h?.ratios.python?.p50 ?? null;
  const inproc = h?.ratios.inprocess?.p50 ?? null;
  const throughput = s
    ? (['upload1MB', 'upload100MB', 'download1MB', 'download100MB'] as const).map(
        (k) => [k, s.ratios[k] ?? null] as const,
      )
    : [];
  const worst = throughput.reduce<readonly [string, number] | null>(
    (w, [k, v]) => (v !== null && (w === null || v < w[1]) ? [k, v] : w),
    null,
  );
  const rss = s?.bridged.rss;
  const rows: string[][] = [
    [
      'Python hook round trip p50 (MessageWillBePosted)',
      '≤ 2.5× native',
      py !== null
        ? `${py.toFixed(1)}× (${num((h!.python.p50Ns ?? 0) / 1000)} µs vs ${num((h!.native.p50Ns ?? 0) / 1000)} µs)`
        : missing(h?.python.error ?? r.hook.error),
      goalStatus(py === null ? null : py <= 2.5),
    ],
    [
      'TypeScript in-process hook round trip p50 (MessageWillBePosted)',
      '≤ 1.3× native',
      inproc !== null
        ? `${inproc.toFixed(2)}× (${num((h!.inprocess.p50Ns ?? 0) / 1000)} µs vs ${num((h!.native.p50Ns ?? 0) / 1000)} µs)`
        : missing(h?.inprocess?.error ?? r.hook.error),
      goalStatus(inproc === null ? null : inproc <= 1.3),
    ],
    [
      'ServeHTTP throughput, bridged in-container (worst of upload/download 1 MB/100 MB)',
      '≥ 0.8× native',
      worst ? `${worst[1].toFixed(2)}× (${worst[0]})` : missing(s?.bridged.error ?? r.streaming.error),
      goalStatus(worst ? throughput.every(([, v]) => v !== null && v >= 0.8) : null),
    ],
    [
      'Bridge RSS growth while 1 GB is streamed',
      '≤ 32 MiB',
      rss
        ? `+${rss.growthMiB.toFixed(1)} MiB (${rss.mode}, ${num(rss.baselineMiB)} → ${num(rss.peakMiB)} MiB, ${rss.method})`
        : missing(s?.bridged.error ?? r.streaming.error),
      goalStatus(rss ? rss.growthMiB <= 32 : null),
    ],
  ];
  return ['## Goals (issue #8)', '', table(['goal', 'target', 'measured', ''], rows), ''];
}

function hookTables(run: GoRun<HookBench>): string[] {
  const h = run.result;
  const out = ['## Hook and API round trips', ''];
  out.push(
    'Through the real plugin loader (`plugin.NewEnvironment` → `HooksForPlugin(id)`), sequential ' +
      `calls after a warm-up of ${h?.warmup ?? '?'} calls per kind (JIT): MessageWillBePosted with a ` +
      `typical post that the plugin rewrites, kinds interleaved in ${h?.rounds ?? '?'} rounds; GetUser and KVSet ` +
      '(1 KiB) are made by the plugin from inside a hook (1000 calls, the plugin’s own time per ' +
      'call, median of 3 rounds). The sidecar runs at log level ' +
      `${h?.sidecarLogLevel ?? 'info'}, as \`mm-bridge run\` does. hello-python has no API ` +
      'benchmark command, so its API rows are not measured.',
  );
  out.push('');
  if (!h) return [...out, missing(run.error), ''];
  const us = (ns: number | undefined): string | undefined =>
    ns === undefined ? undefined : `${num(ns / 1000)} µs`;
  const row = (
    label: string,
    value: (k: HookKind) => string | undefined,
    ratioKey?: 'mean' | 'p50' | 'p99' | 'cpu' | 'getUser' | 'kvSet1k',
  ): string[] => [
    label,
    ...KINDS.map((k) => {
      const v = value(k);
      if (h[k].error) return missing(h[k].error);
      if (v === undefined) return 'not measured';
      return k === 'native' || !ratioKey ? v : `${v}${times(h.ratios[k]?.[ratioKey])}`;
    }),
  ];
  out.push(
    table(
      ['', ...KINDS.map((k) => KIND_TITLES[k])],
      [
        row('MessageWillBePosted p50', (k) => us(h[k].p50Ns), 'p50'),
        row('MessageWillBePosted p99', (k) => us(h[k].p99Ns), 'p99'),
        row('MessageWillBePosted mean', (k) => us(h[k].nsPerOp), 'mean'),
        row('plugin-side CPU per MessageWillBePosted', (k) => us(h[k].cpuNsPerOp), 'cpu'),
        row('calls measured', (k) => (h[k].ops ? String(h[k].ops) : undefined)),
        row('GetUser from a hook', (k) => us(h[k].getUserNsPerOp), 'getUser'),
        row('KVSet 1 KiB from a hook', (k) => us(h[k].kvSet1kNsPerOp), 'kvSet1k'),
      ],
    ),
  );
  out.push('');
  return out;
}

function streamTables(run: GoRun<StreamBench>): string[] {
  const s = run.result;
  const out = ['## ServeHTTP streaming', ''];
  out.push(
    'cmd/streambench through `HooksForPlugin(id).ServeHTTP`: upload = POST /hash (the plugin ' +
      'reads and hashes the body), download = GET /download?size=N, median of the runs. It has the ' +
      'native Go and the bridged in-container kinds only: sidecar and Python are not measured here.',
  );
  out.push('');
  if (!s) return [...out, missing(run.error), ''];
  const rate = (k: 'native' | 'bridged', dir: 'upload' | 'download', size: string): string => {
    const v = s[k][dir]?.[size];
    return v ? `${num(v.mbPerSec)} MB/s` : missing(s[k].error);
  };
  const rows: string[][] = [];
  for (const dir of ['upload', 'download'] as const)
    for (const size of ['1MB', '100MB']) {
      const ratio = s.ratios[`${dir}${size}`];
      rows.push([
        `${dir} ${size.replace('MB', ' MB')}`,
        rate('native', dir, size),
        rate('bridged', dir, size),
        ratio == null ? '' : `${ratio.toFixed(2)}×`,
        '≥ 0.8×',
      ]);
    }
  for (const p of ['p50', 'p99'] as const) {
    const n = s.native.get1KB?.[`${p}Ms`];
    const b = s.bridged.get1KB?.[`${p}Ms`];
    const ratio = s.ratios[`get1KB${p}`];
    rows.push([
      `1 KB GET ${p}`,
      n === undefined ? missing(s.native.error) : `${n.toFixed(3)} ms`,
      b === undefined ? missing(s.bridged.error) : `${b.toFixed(3)} ms`,
      ratio == null ? '' : `${ratio.toFixed(2)}× (latency)`,
      '',
    ]);
  }
  const rss = s.bridged.rss;
  if (rss)
    rows.push([
      `bridge RSS during ${num(rss.bytes / 1e6)} MB ${rss.mode}`,
      '',
      `${num(rss.baselineMiB)} → ${num(rss.peakMiB)} MiB (+${rss.growthMiB.toFixed(1)} MiB; language plugin +${rss.pluginGrowthMiB.toFixed(1)} MiB) in ${rss.seconds.toFixed(1)} s`,
      '',
      '≤ 32 MiB growth',
    ]);
  out.push(table(['', KIND_TITLES.native, KIND_TITLES.bridged, 'ratio', 'goal'], rows));
  out.push('');
  return out;
}

function activationTables(run: GoRun<ActivateBench>): string[] {
  const a = run.result;
  const out = ['## Activation', ''];
  out.push(
    'cmd/activatebench: `env.Activate(id)` of a fresh bundle through `plugin.NewEnvironment`, from ' +
      'the spawn of the bundle’s executable to OnActivate answered (the sidecar is already running; ' +
      'its stub attaches and the sidecar starts the language plugin). Kinds interleaved, one ' +
      'unmeasured warm-up round. Plugin-side CPU: user+system time of every process started for the ' +
      'plugin (and the sidecar’s own share), 10 ms ticks.',
  );
  out.push('');
  if (!a) return [...out, missing(run.error), ''];
  const ms = (v: number | undefined): string | undefined => (v === undefined ? undefined : `${num(v)} ms`);
  const row = (
    label: string,
    value: (k: HookKind) => string | undefined,
    ratioKey?: 'median' | 'p90' | 'cpu',
  ): string[] => [
    label,
    ...KINDS.map((k) => {
      const st = a.activation[k];
      if (!st) return 'not measured';
      if (st.error) return missing(st.error);
      const v = value(k);
      if (v === undefined) return 'not measured';
      return k === 'native' || !ratioKey ? v : `${v}${times(a.ratios[k]?.[ratioKey])}`;
    }),
  ];
  out.push(
    table(
      ['', ...KINDS.map((k) => KIND_TITLES[k])],
      [
        row('median', (k) => ms(a.activation[k]?.medianMs), 'median'),
        row('p90', (k) => ms(a.activation[k]?.p90Ms), 'p90'),
        row('min – max', (k) => {
          const st = a.activation[k];
          return st?.minMs === undefined ? undefined : `${num(st.minMs)} – ${num(st.maxMs ?? 0)} ms`;
        }),
        row('plugin-side CPU (median)', (k) => ms(a.activation[k]?.cpuMedianMs), 'cpu'),
        row('runs', (k) => (a.activation[k]?.runs ? String(a.activation[k]!.runs) : undefined)),
      ],
    ),
  );
  out.push('');
  return out;
}

function memoryTables(run: GoRun<ActivateBench>): string[] {
  const a = run.result;
  const out = ['## Memory of idle plugins (RSS)', ''];
  out.push(
    'VmRSS from /proc/<pid>/status once the plugins settled (median of 5 samples). In the ' +
      'container, each bridged plugin is a bridge process plus its language plugin; with the ' +
      'sidecar, one `mm-bridge serve` holds every plugin and starts one language plugin per plugin, ' +
      'and the Mattermost container keeps one bash stub per plugin.',
  );
  out.push('');
  if (!a) return [...out, missing(run.error), ''];
  const pp = a.rss.perPlugin;
  const rows: string[][] = [];
  const nativeMiB = pp.native?.pluginMiB;
  if (pp.native)
    rows.push([
      'one native Go plugin',
      nativeMiB !== undefined ? `${nativeMiB.toFixed(1)} MiB (plugin process)` : missing(pp.native.error),
      '',
    ]);
  if (pp.bridged) {
    const b = pp.bridged;
    const total = (b.bridgeMiB ?? 0) + (b.languagePluginMiB ?? 0);
    rows.push([
      'one bridged plugin in the container',
      b.bridgeMiB !== undefined
        ? `${total.toFixed(1)} MiB (bridge ${b.bridgeMiB.toFixed(1)} + language plugin ${(b.languagePluginMiB ?? 0).toFixed(1)})`
        : missing(b.error),
      nativeMiB && b.bridgeMiB !== undefined ? `${(total / nativeMiB).toFixed(1)}×` : '',
    ]);
  }
  if (pp.inprocess)
    rows.push([
      'one TS plugin in-process (in the bridge)',
      pp.inprocess.bridgeMiB !== undefined
        ? `${pp.inprocess.bridgeMiB.toFixed(1)} MiB (bridge with the plugin inside)`
        : missing(pp.inprocess.error),
      nativeMiB && pp.inprocess.bridgeMiB !== undefined
        ? `${(pp.inprocess.bridgeMiB / nativeMiB).toFixed(1)}×`
        : '',
    ]);
  if (rows.length) out.push(table(['', 'RSS', 'ratio to native'], rows), '');
  const sc = a.rss.sidecar;
  if (!sc) return [...out, 'Sidecar: not measured.', ''];
  if (sc.error && !sc.stages?.length) return [...out, `Sidecar: ${missing(sc.error)}`, ''];
  const srows: string[][] = [
    ['0', `${sc.idleMiB.toFixed(1)} MiB`, '–', '–', `${sc.idleMiB.toFixed(1)} MiB`, ''],
  ];
  for (const st of sc.stages ?? []) {
    const total = st.sidecarMiB + st.languagePluginsMiB;
    const inContainer =
      pp.bridged?.bridgeMiB !== undefined
        ? `${num(st.plugins * (pp.bridged.bridgeMiB + (pp.bridged.languagePluginMiB ?? 0)))} MiB`
        : '';
    srows.push([
      String(st.plugins),
      `${st.sidecarMiB.toFixed(1)} MiB`,
      `${num(st.languagePluginsMiB)} MiB (${st.languagePlugins} process${st.languagePlugins === 1 ? '' : 'es'})`,
      `${st.stubsMiB.toFixed(1)} MiB`,
      `${num(total)} MiB`,
      inContainer,
    ]);
  }
  out.push(
    table(
      [
        'plugins attached',
        'mm-bridge serve',
        'language plugins (sum)',
        'stubs (sum, Mattermost container)',
        'sidecar + language plugins',
        'as many bridged plugins in the container',
      ],
      srows,
    ),
  );
  out.push('');
  if (sc.perPluginSidecarMiB !== undefined)
    out.push(
      `Each plugin added ${sc.perPluginSidecarMiB.toFixed(1)} MiB to the sidecar and ` +
        `${(sc.perPluginLanguageMiB ?? 0).toFixed(1)} MiB of language plugin (between the first and the last stage).`,
      '',
    );
  if (sc.error) out.push(`Sidecar stages stopped early: ${sc.error.split('\n')[0]}`, '');
  return out;
}
