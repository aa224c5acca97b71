/**
 * Long fuzz runs of every decoder that reads bytes from outside (test/fuzz/*.ts targets):
 * gob, yamux frames and sessions, net/rpc headers and connections, the go-plugin and language
 * plugin handshake lines, proto messages from plugins through the translator, and the admin HTTP
 * endpoints.
 *
 *   npx tsx scripts/fuzz.ts                       # every target, 10^6 cases each, random seed
 *   npx tsx scripts/fuzz.ts --only gob,proto --cases 200000 --seed 1234 --jobs 2
 *   npx tsx scripts/fuzz.ts --repro test/fuzz/findings/<file>.hex
 *   npx tsx scripts/fuzz.ts --only gob --seed 1234 --case 5678   # one case of a seeded run
 *   npx tsx scripts/fuzz.ts --list
 *
 * Each target runs in a child process (so a crash or a hang is caught and attributed): before each
 * case the child records the case in a small file; the parent kills a child whose case index does
 * not move for --hang-ms and restarts it after that case, and does the same when a child dies.
 * Findings are written to test/fuzz/findings/ (input as .hex, details and the repro command as
 * .txt). Exit status: 0 without findings, 1 with findings (--allow-known: 0 when all of them are
 * listed in test/fuzz/known-findings.ts), 2 on usage errors.
 */
import { fork, type ChildProcess } from 'node:child_process';
import {
  appendFileSync,
  closeSync,
  existsSync,
  openSync,
  readFileSync,
  readSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { installAllocTracker } from '../test/fuzz/lib/alloc-tracker.ts';
import { readFinding, writeFinding, findingBaseName } from '../test/fuzz/lib/findings.ts';
import {
  DEFAULT_HARNESS,
  makeFinding,
  runCaseAsync,
  runCaseSync,
  toHex,
  type Finding,
  type FindingKind,
  type FuzzCase,
  type FuzzTarget,
  type HarnessOptions,
} from '../test/fuzz/lib/harness.ts';
import { minimize, runTarget } from '../test/fuzz/lib/runner.ts';
import { knownFinding } from '../test/fuzz/known-findings.ts';
import { TARGETS, targetByName } from '../test/fuzz/targets.ts';
import { httpUnavailable } from '../test/fuzz/http.ts';

const SELF = fileURLToPath(import.meta.url);

const { values: opt } = parseArgs({
  options: {
    cases: { type: 'string', default: '1000000' },
    seed: { type: 'string' },
    only: { type: 'string' },
    jobs: { type: 'string', default: '1' },
    case: { type: 'string' },
    'case-budget-ms': { type: 'string', default: String(DEFAULT_HARNESS.caseBudgetMs) },
    'hang-ms': { type: 'string', default: '15000' },
    'alloc-limit-mb': { type: 'string', default: String(DEFAULT_HARNESS.allocLimit / 2 ** 20) },
    'no-minimize': { type: 'boolean', default: false },
    'allow-known': { type: 'boolean', default: false },
    repro: { type: 'string' },
    target: { type: 'string' },
    variant: { type: 'string' },
    chunks: { type: 'string' },
    list: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
    // internal: the per-target child process
    child: { type: 'string' },
    from: { type: 'string', default: '0' },
    curfile: { type: 'string' },
    logfile: { type: 'string' },
  },
  strict: true,
});

function usage(msg?: string): never {
  if (msg) process.stderr.write(`fuzz: ${msg}\n`);
  process.stderr.write(
    'usage: npx tsx scripts/fuzz.ts [--cases N] [--seed S] [--only t1,t2] [--jobs N] [--case I]\n' +
      '                              [--case-budget-ms MS] [--hang-ms MS] [--alloc-limit-mb MB]\n' +
      '                              [--no-minimize] [--allow-known]\n' +
      '       npx tsx scripts/fuzz.ts --repro test/fuzz/findings/<file>.hex [--target T] [--variant V] [--chunks 1,2]\n' +
      '       npx tsx scripts/fuzz.ts --list\n',
  );
  process.exit(2);
}

function int(name: string, v: string | undefined, min = 0): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) usage(`--${name} must be an integer >= ${min}, got ${v}`);
  return n;
}

const harness: HarnessOptions = {
  caseBudgetMs: int('case-budget-ms', opt['case-budget-ms'], 1),
  allocLimit: int('alloc-limit-mb', opt['alloc-limit-mb'], 1) * 2 ** 20,
};

// ---- the child: one target ------------------------------------------------------------------------

/** The case being run, as the parent reads it after a crash or hang: index, variant, chunks, bytes. */
class CaseRecorder {
  private buf = Buffer.alloc(1 << 16);
  private readonly fd: number;
  constructor(file: string) {
    this.fd = openSync(file, 'w');
  }
  record(index: number, c: FuzzCase): void {
    const n = 14 + 2 * c.chunks.length + c.bytes.length;
    if (n > this.buf.length) this.buf = Buffer.alloc(n * 2);
    const b = this.buf;
    b.writeUInt32LE(index >>> 0, 0);
    b.writeUInt32LE(c.variant >>> 0, 4);
    b.writeUInt16LE(Math.min(c.chunks.length, 0xffff), 8);
    b.writeUInt32LE(c.bytes.length, 10);
    let p = 14;
    for (const ch of c.chunks) p = b.writeUInt16LE(Math.min(ch, 0xffff), p);
    b.set(c.bytes, p);
    writeSync(this.fd, b, 0, n, 0);
  }
}

function readRecordedCase(file: string): { index: number; case: FuzzCase } | undefined {
  if (!existsSync(file)) return undefined;
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(14);
    if (readSync(fd, head, 0, 14, 0) < 14) return undefined;
    const index = head.readUInt32LE(0);
    const variant = head.readUInt32LE(4);
    const nChunks = head.readUInt16LE(8);
    const len = head.readUInt32LE(10);
    const rest = Buffer.alloc(2 * nChunks + len);
    readSync(fd, rest, 0, rest.length, 14);
    const chunks: number[] = [];
    for (let i = 0; i < nChunks; i++) chunks.push(rest.readUInt16LE(2 * i));
    return {
      index,
      case: { bytes: Uint8Array.from(rest.subarray(2 * nChunks)), chunks, variant, origin: 'recorded' },
    };
  } finally {
    closeSync(fd);
  }
}

function readIndex(file: string): number | undefined {
  try {
    const fd = openSync(file, 'r');
    try {
      const b = Buffer.alloc(4);
      return readSync(fd, b, 0, 4, 0) === 4 ? b.readUInt32LE(0) : undefined;
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
}

interface FindingLine {
  signature: string;
  kind: FindingKind;
  message: string;
  file: string;
  count?: number;
  variants?: string[];
}

interface DoneMessage {
  type: 'done';
  executed: number;
  ms: number;
  labels: [string, number][];
  findings: FindingLine[];
}

async function child(name: string): Promise<void> {
  const t = targetByName(name);
  if (!t) usage(`unknown target ${name}`);
  const seed = int('seed', opt.seed, -(2 ** 31));
  const cases = int('cases', opt.cases, 1);
  const from = int('from', opt.from);
  const only = opt.case === undefined ? undefined : int('case', opt.case);
  const recorder = new CaseRecorder(opt.curfile!);
  const logfile = opt.logfile!;
  const minimizeOn = !opt['no-minimize'];
  let current: { index: number; c: FuzzCase } | undefined;
  const written = new Set<string>();

  const report = (f: Finding, note = ''): string => {
    const file = writeFinding(t, f, undefined, note);
    written.add(f.signature);
    const line: FindingLine = { signature: f.signature, kind: f.kind, message: f.message, file };
    appendFileSync(logfile, `${JSON.stringify(line)}\n`);
    return file;
  };
  const escaped = (what: string) => (err: unknown) => {
    if (what === 'unhandled rejection' && process.listenerCount('unhandledRejection') > 1) return; // the target watches these itself
    if (!current) return;
    const f = makeFinding(
      t.name,
      'uncaught',
      `${what} while the case ran: ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`,
      err,
      current.c,
    );
    f.caseIndex = current.index;
    f.seed = seed;
    if (!written.has(f.signature)) report(f);
  };
  process.on('uncaughtException', escaped('uncaught exception'));
  process.on('unhandledRejection', escaped('unhandled rejection'));

  await t.setup?.();
  if (t.name === 'admin-http' && httpUnavailable())
    appendFileSync(logfile, `${JSON.stringify({ unavailable: httpUnavailable() })}\n`);
  installAllocTracker(Math.max(harness.allocLimit * 4, 256 * 2 ** 20));
  Error.stackTraceLimit = 0; // error stacks are costly; a finding is re-run with stacks on

  const gc = (globalThis as { gc?: () => void }).gc;
  let baseline: number | undefined;
  let heapReported = false;
  const stats = await runTarget(t, {
    seed,
    numRuns: only === undefined ? cases : only + 1,
    harness,
    from,
    ...(only === undefined ? {} : { only }),
    beforeCase: (index, c) => {
      current = { index, c };
      recorder.record(index, c);
    },
    progressEvery: 50_000,
    onProgress: (executed) => {
      if (!gc || heapReported) return;
      gc();
      const used = process.memoryUsage().heapUsed;
      if (baseline === undefined) baseline = used;
      else if (used > baseline + 512 * 2 ** 20 && current) {
        heapReported = true;
        report(
          makeFinding(
            t.name,
            'heap-growth',
            `heapUsed grew from ${baseline} to ${used} bytes over ${executed} cases (after gc)`,
            null,
            current.c,
          ),
        );
      }
    },
    onNewFinding: async (f) => {
      Error.stackTraceLimit = 30;
      try {
        const again = t.async ? await runCaseAsync(t, f.case, harness) : runCaseSync(t, f.case, harness);
        if (again.finding?.signature === f.signature) f.stack = again.finding.stack;
      } finally {
        Error.stackTraceLimit = 0;
      }
      report(f);
      if (minimizeOn) {
        const small = await minimize(t, f, harness);
        if (small.bytes.length < f.case.bytes.length || small.chunks.length < f.case.chunks.length)
          writeFinding(t, f, small);
      }
    },
  });
  await t.teardown?.();
  const findings: FindingLine[] = [...stats.findings.values()].map((g) => ({
    signature: g.first.signature,
    kind: g.first.kind,
    message: g.first.message,
    file: `test/fuzz/findings/${findingBaseName(g.first)}.hex`,
    count: g.count,
    variants: [...g.variants],
  }));
  const done: DoneMessage = {
    type: 'done',
    executed: stats.executed,
    ms: stats.ms,
    labels: [...stats.labels],
    findings,
  };
  process.send!(done, () => process.exit(0));
}

// ---- the parent: schedule targets, watch children, report ------------------------------------------

interface TargetResult {
  name: string;
  executed: number;
  ms: number;
  wallMs: number;
  labels: Map<string, number>;
  findings: Map<string, FindingLine>;
  restarts: number;
  unavailable?: string;
}

function fmtMs(ms: number): string {
  return ms >= 60_000 ? `${(ms / 60_000).toFixed(1)} min` : `${(ms / 1000).toFixed(1)} s`;
}

async function runOne(
  t: FuzzTarget,
  seed: number,
  cases: number,
  log: (s: string) => void,
): Promise<TargetResult> {
  const tag = `${process.pid}-${t.name}`;
  const curfile = path.join(tmpdir(), `mm-bridge-fuzz-${tag}.case`);
  const logfile = path.join(tmpdir(), `mm-bridge-fuzz-${tag}.jsonl`);
  rmSync(logfile, { force: true });
  const res: TargetResult = {
    name: t.name,
    executed: 0,
    ms: 0,
    wallMs: 0,
    labels: new Map(),
    findings: new Map(),
    restarts: 0,
  };
  const hangMs = int('hang-ms', opt['hang-ms'], 1000);
  const started = Date.now();
  let from = 0;
  const only = opt.case;
  for (;;) {
    const argv = [
      '--child',
      t.name,
      '--seed',
      String(seed),
      '--cases',
      String(cases),
      '--from',
      String(from),
    ];
    argv.push('--curfile', curfile, '--logfile', logfile, '--case-budget-ms', String(harness.caseBudgetMs));
    argv.push('--alloc-limit-mb', String(harness.allocLimit / 2 ** 20));
    if (opt['no-minimize']) argv.push('--no-minimize');
    if (only !== undefined) argv.push('--case', only);
    rmSync(curfile, { force: true });
    const proc: ChildProcess = fork(SELF, argv, {
      execArgv: [...process.execArgv, '--expose-gc', '--max-old-space-size=4096'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let done: DoneMessage | undefined;
    proc.on('message', (m: DoneMessage) => {
      if (m?.type === 'done') done = m;
    });
    let lastIndex = -1;
    let lastMove = Date.now();
    let lastPrint = Date.now();
    let hung = false;
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      proc.once('exit', (code, signal) => resolve({ code, signal })),
    );
    const timer = setInterval(() => {
      const i = readIndex(curfile);
      const now = Date.now();
      if (i !== undefined && i !== lastIndex) {
        lastIndex = i;
        lastMove = now;
      } else if (i !== undefined && now - lastMove > hangMs && !hung) {
        hung = true;
        proc.kill('SIGKILL');
      }
      if (now - lastPrint >= 15_000 && i !== undefined) {
        lastPrint = now;
        const rate = (i - from + 1) / ((now - started) / 1000);
        log(
          `[${t.name}] case ${i + 1}/${cases} (${((100 * (i + 1)) / cases).toFixed(1)}%), ${rate.toFixed(0)}/s`,
        );
      }
    }, 500);
    const exit = await exited;
    clearInterval(timer);
    if (done) {
      res.executed += done.executed;
      res.ms += done.ms;
      for (const [k, v] of done.labels) res.labels.set(k, (res.labels.get(k) ?? 0) + v);
      for (const f of done.findings) {
        const prev = res.findings.get(f.signature);
        res.findings.set(f.signature, prev ? { ...f, count: (prev.count ?? 0) + (f.count ?? 0) } : f);
      }
      break;
    }
    // The child died or hung: the recorded case is the culprit.
    const rec = readRecordedCase(curfile);
    const kind: FindingKind = hung ? 'hang' : 'crash';
    const why = hung
      ? `no progress for ${hangMs} ms`
      : `child exited with code ${exit.code} signal ${exit.signal}`;
    if (rec) {
      const f = makeFinding(t.name, kind, `${why} at case ${rec.index}`, null, rec.case);
      f.caseIndex = rec.index;
      f.seed = seed;
      const file = writeFinding(
        t,
        f,
        undefined,
        `seed ${seed}, case ${rec.index}: npx tsx scripts/fuzz.ts --only ${t.name} --seed ${seed} --case ${rec.index}`,
      );
      res.findings.set(f.signature + rec.index, {
        signature: f.signature,
        kind,
        message: f.message,
        file,
        count: 1,
      });
      res.executed += rec.index - from + 1;
      from = rec.index + 1;
      log(
        `[${t.name}] ${kind}: ${why} at case ${rec.index} (input written to ${path.relative(process.cwd(), file)})`,
      );
    } else {
      log(`[${t.name}] child failed before its first case (${why})`);
      res.findings.set(`${t.name}|${kind}|startup`, {
        signature: `${t.name}|${kind}|startup`,
        kind,
        message: why,
        file: '',
        count: 1,
      });
      break;
    }
    if (++res.restarts > 5 || from >= cases || only !== undefined) break;
  }
  // Findings the children logged themselves (also covers those of children that died later).
  if (existsSync(logfile)) {
    for (const line of readFileSync(logfile, 'utf8').split('\n')) {
      if (!line) continue;
      const f = JSON.parse(line) as FindingLine & { unavailable?: string };
      if (f.unavailable) res.unavailable = f.unavailable;
      else if (!res.findings.has(f.signature)) res.findings.set(f.signature, { ...f, count: f.count ?? 1 });
    }
  }
  rmSync(curfile, { force: true });
  rmSync(logfile, { force: true });
  res.wallMs = Date.now() - started;
  return res;
}

async function parent(): Promise<void> {
  if (opt.list) {
    for (const t of TARGETS) process.stdout.write(`${t.name.padEnd(20)} ${t.about}\n`);
    return;
  }
  const seed = opt.seed === undefined ? (Math.random() * 2 ** 31) | 0 : int('seed', opt.seed, -(2 ** 31));
  const cases = int('cases', opt.cases, 1);
  const jobs = int('jobs', opt.jobs, 1);
  const names = opt.only ? opt.only.split(',').map((s) => s.trim()) : TARGETS.map((t) => t.name);
  const targets = names.map((n) => targetByName(n) ?? usage(`unknown target ${n} (see --list)`));
  const log = (s: string): void => void process.stdout.write(`${s}\n`);
  log(`fuzz: seed ${seed}, ${cases} cases per target, targets ${names.join(', ')}, ${jobs} job(s)`);
  log(
    `fuzz: reproduce this run with: npx tsx scripts/fuzz.ts --seed ${seed} --cases ${cases} --only ${names.join(',')}`,
  );
  const results: TargetResult[] = [];
  const queue = [...targets];
  await Promise.all(
    Array.from({ length: Math.min(jobs, queue.length) }, async () => {
      for (let t = queue.shift(); t; t = queue.shift()) {
        log(`[${t.name}] start: ${t.about}`);
        const r = await runOne(t, seed, cases, log);
        results.push(r);
        log(
          `[${t.name}] done: ${r.executed} cases in ${fmtMs(r.wallMs)}, ${r.findings.size} distinct finding(s)`,
        );
      }
    }),
  );
  results.sort((a, b) => names.indexOf(a.name) - names.indexOf(b.name));

  log('\n=== time report (seed ' + seed + ')');
  log(
    `${'target'.padEnd(20)} ${'cases'.padStart(9)} ${'wall'.padStart(9)} ${'cases/s'.padStart(8)} ${'findings'.padStart(8)}  outcomes (top)`,
  );
  for (const r of results) {
    const top = [...r.labels]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
    log(
      `${r.name.padEnd(20)} ${String(r.executed).padStart(9)} ${fmtMs(r.wallMs).padStart(9)} ${(r.executed / (r.wallMs / 1000)).toFixed(0).padStart(8)} ${String(r.findings.size).padStart(8)}  ${r.unavailable ? `UNAVAILABLE: ${r.unavailable}` : top}`,
    );
  }
  let unknown = 0;
  let known = 0;
  log('\n=== findings');
  for (const r of results)
    for (const f of r.findings.values()) {
      const k = knownFinding({ target: r.name, signature: f.signature } as Finding);
      if (k) known++;
      else unknown++;
      log(`${k ? 'KNOWN' : 'NEW  '} [${r.name}] ${f.kind} x${f.count ?? 1}: ${f.message.slice(0, 300)}`);
      if (f.variants?.length) log(`        variants: ${f.variants.join(' | ').slice(0, 300)}`);
      if (f.file)
        log(
          `        input: ${path.relative(process.cwd(), f.file)}  (repro: npx tsx scripts/fuzz.ts --repro ${path.relative(process.cwd(), f.file)})`,
        );
    }
  if (known + unknown === 0) log('none');
  const unavailable = results.filter((r) => r.unavailable);
  if (unavailable.length) log(`\nunavailable targets: ${unavailable.map((r) => r.name).join(', ')}`);
  process.exitCode = unknown > 0 || (known > 0 && !opt['allow-known']) ? 1 : 0;
}

// ---- reproduction of one finding file ---------------------------------------------------------------

async function repro(file: string): Promise<void> {
  const got = readFinding(file);
  const name = opt.target ?? got.target ?? path.basename(file).split('-').slice(0, -2).join('-');
  const t = targetByName(name) ?? usage(`cannot tell the target of ${file}; pass --target (see --list)`);
  const c: FuzzCase = {
    ...got.case,
    ...(opt.variant === undefined ? {} : { variant: int('variant', opt.variant) }),
    ...(opt.chunks === undefined ? {} : { chunks: opt.chunks.split(',').filter(Boolean).map(Number) }),
  };
  await t.setup?.();
  installAllocTracker(Math.max(harness.allocLimit * 4, 256 * 2 ** 20));
  Error.stackTraceLimit = 50;
  const r = t.async ? await runCaseAsync(t, c, harness) : runCaseSync(t, c, harness);
  await t.teardown?.();
  process.stdout.write(
    `target ${t.name}, variant ${c.variant}${t.describeVariant ? ` (${t.describeVariant(c.variant)})` : ''}, chunks [${c.chunks.join(',')}], ${c.bytes.length} bytes\n`,
  );
  process.stdout.write(`input: ${toHex(c.bytes).slice(0, 2000)}\n`);
  if (!r.finding) {
    process.stdout.write(`no finding: outcome ${r.label} in ${r.ms.toFixed(1)} ms\n`);
    return;
  }
  const k = knownFinding(r.finding);
  process.stdout.write(`FINDING ${r.finding.kind}: ${r.finding.message}\n`);
  process.stdout.write(
    `signature: ${r.finding.signature}${k ? `\nknown: ${k.summary}` : ''}\n${r.finding.stack}\n`,
  );
  process.exitCode = 1;
}

if (opt.help) usage();
if (opt.child) await child(opt.child);
else if (opt.repro) await repro(opt.repro);
else await parent();
