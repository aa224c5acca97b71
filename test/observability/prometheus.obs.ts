/**
 * Prometheus (Debian's package, started here on loopback with a temp config and data dir) scrapes a
 * running bridge that serves a steady mix of hooks. Then: promtool lints the exposition and the
 * rules; every PromQL expression of the console dashboard, the Grafana dashboard and the alert rules
 * returns data; headless Chromium renders the console dashboard and the bridge's status page, and
 * the rendered content is checked (plugin active, latency figures) and screenshotted.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.ts';
import { startObservedBridge, PLUGIN_ID, type ObservedBridge } from './bridge-fixture.ts';
import { alertQuery, consoleExpressions, grafanaExpressions, type Expression } from './expressions.ts';
import { freePort, run, screenshotPath, tool, waitFor } from './tools.ts';

const DOCKER = path.join(PACKAGE_ROOT, 'docker');
const CONSOLES = path.join(DOCKER, 'prometheus', 'consoles');
const LIBRARIES = path.join(DOCKER, 'prometheus', 'console_libraries');
const RULES = path.join(DOCKER, 'prometheus', 'alerts.yml');
const GRAFANA = path.join(DOCKER, 'grafana', 'dashboards', 'mm-bridge-plugin.json');
const DOCS_SCREENSHOT = path.join(PACKAGE_ROOT, 'docs', 'observability-console.png');

interface Sample {
  metric: Record<string, string>;
  value: [number, string];
}

let bridge: ObservedBridge;
let prometheus: ChildProcess | undefined;
let promUrl = '';
let work = '';
const promLog: string[] = [];

async function query(expr: string): Promise<{ resultType: string; result: unknown }> {
  const res = await fetch(`${promUrl}/api/v1/query?query=${encodeURIComponent(expr)}`);
  const body = (await res.json()) as {
    status: string;
    error?: string;
    data: { resultType: string; result: unknown };
  };
  if (body.status !== 'success') throw new Error(`${expr}: ${body.error}`);
  return body.data;
}

/** Samples of an instant query (a scalar counts as one sample). */
async function samples(expr: string): Promise<Sample[]> {
  const d = await query(expr);
  if (d.resultType === 'scalar') return [{ metric: {}, value: d.result as [number, string] }];
  return d.result as Sample[];
}

/** Set up once; a failure (e.g. a missing tool) then fails every test with its message — never a skip. */
let setup: Promise<void>;
beforeAll(() => {
  setup = start();
  return setup.catch(() => undefined);
}, 120_000);
beforeEach(() => setup);

async function start(): Promise<void> {
  const promtool = tool('promtool');
  const prometheusBin = tool('prometheus');
  tool('chromium');
  expect(promtool).toBeTruthy();
  bridge = await startObservedBridge();
  bridge.startTraffic(100, 150_000);
  work = mkdtempSync(path.join(tmpdir(), 'mm-bridge-prom-'));
  const port = await freePort();
  promUrl = `http://127.0.0.1:${port}`;
  const config = path.join(work, 'prometheus.yml');
  writeFileSync(
    config,
    [
      'global: { scrape_interval: 1s, evaluation_interval: 1s }',
      `rule_files: ['${RULES}']`,
      'scrape_configs:',
      '  - job_name: mm-bridge',
      `    static_configs: [{ targets: ['${bridge.adminAddress}'] }]`,
      '',
    ].join('\n'),
  );
  prometheus = spawn(
    prometheusBin,
    [
      `--config.file=${config}`,
      `--storage.tsdb.path=${path.join(work, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      `--web.console.templates=${CONSOLES}`,
      `--web.console.libraries=${LIBRARIES}`,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  prometheus.stderr!.on('data', (d: Buffer) => promLog.push(d.toString()));
  // Up, scraped several times while hooks ran, with rates over two or more samples.
  await waitFor(
    'Prometheus to have scraped the bridge while it served hooks',
    async () => {
      const s = await samples(
        'count_over_time(mattermost_bridge_hook_duration_seconds_count{outcome="error"}[1m])',
      );
      return s.length && Number(s[0]!.value[1]) >= 4 ? true : undefined;
    },
    60_000,
    500,
  );
}

afterAll(async () => {
  await bridge?.stop();
  if (prometheus && prometheus.exitCode === null) {
    const exited = new Promise((r) => prometheus!.once('exit', r));
    prometheus.kill('SIGTERM');
    await exited;
  }
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('promtool', () => {
  it('check metrics passes on the /metrics exposition (Prometheus text format)', async () => {
    const text = await (await fetch(`${bridge.adminUrl}/metrics`)).text();
    expect(text).toContain('grpc_server_handled_total{');
    const r = await run(tool('promtool'), ['check', 'metrics'], { input: text });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('check rules and check config pass on docker/prometheus', async () => {
    const rules = await run(tool('promtool'), ['check', 'rules', RULES]);
    expect(rules.code, rules.stdout + rules.stderr).toBe(0);
    expect(rules.stdout).toMatch(/SUCCESS: 6 rules found/);
    const config = await run(tool('promtool'), ['check', 'config', 'prometheus.yml'], {
      cwd: path.join(DOCKER, 'prometheus'),
    });
    expect(config.code, config.stdout + config.stderr).toBe(0);
  });
});

describe('Prometheus scraping the bridge', () => {
  it('scrapes it healthy, negotiating OpenMetrics', async () => {
    const res = await fetch(`${promUrl}/api/v1/targets`);
    const t = (await res.json()) as {
      data: { activeTargets: { health: string; lastError: string; scrapeUrl: string }[] };
    };
    expect(t.data.activeTargets).toHaveLength(1);
    expect(t.data.activeTargets[0]).toMatchObject({ health: 'up', lastError: '' });
    // Prometheus 2.x asks for OpenMetrics first; the bridge answers with it.
    const om = await fetch(`${bridge.adminUrl}/metrics`, {
      headers: {
        accept:
          'application/openmetrics-text;version=1.0.0,application/openmetrics-text;version=0.0.1;q=0.75,text/plain;version=0.0.4;q=0.5,*/*;q=0.1',
      },
    });
    expect(om.headers.get('content-type')).toMatch(/^application\/openmetrics-text/);
    // The scraped series carry the Go code names and all three hook outcomes.
    const codes = await samples('sum by (grpc_code) (grpc_client_handled_total)');
    expect(codes.map((s) => s.metric.grpc_code).sort()).toEqual(['NotFound', 'OK']);
    const outcomes = await samples('sum by (outcome) (mattermost_bridge_hook_duration_seconds_count)');
    expect(outcomes.map((s) => s.metric.outcome).sort()).toEqual(['app_error', 'error', 'ok']);
  });

  const check = async (list: Expression[], minimum: number): Promise<void> => {
    expect(list.length).toBeGreaterThanOrEqual(minimum);
    const empty: string[] = [];
    for (const e of list) {
      const s = await samples(e.expr);
      if (s.length === 0) empty.push(`${e.source}: ${e.expr}`);
      if (
        /histogram_quantile/.test(e.expr) &&
        s.length &&
        s.every((x) => !Number.isFinite(Number(x.value[1])))
      )
        empty.push(`${e.source}: only NaN: ${e.expr}`);
    }
    expect(empty, 'expressions without data').toEqual([]);
  };

  it('every expression of the console dashboard returns data', async () => {
    await check(consoleExpressions([CONSOLES, LIBRARIES], PLUGIN_ID), 28);
  });

  it('every expression of the Grafana dashboard returns data', async () => {
    await check(grafanaExpressions(GRAFANA, PLUGIN_ID), 18);
  });

  it('every alert rule loads, evaluates, and its query returns data', async () => {
    const file = readFileSync(RULES, 'utf8');
    const inFile = [...file.matchAll(/^\s*- alert: (\w+)/gm)].map((m) => m[1]);
    const res = await fetch(`${promUrl}/api/v1/rules`);
    const body = (await res.json()) as {
      data: { groups: { rules: { name: string; query: string; health: string; lastError?: string }[] }[] };
    };
    const rules = body.data.groups.flatMap((g) => g.rules);
    expect(rules.map((r) => r.name).sort()).toEqual([...inFile].sort());
    await waitFor('every rule to be evaluated', async () =>
      ((await fetch(`${promUrl}/api/v1/rules`).then((r) => r.json())) as typeof body).data.groups
        .flatMap((g) => g.rules)
        .every((r) => r.health === 'ok')
        ? true
        : undefined,
    );
    const list: Expression[] = [];
    for (const r of rules) {
      await query(r.query); // the whole expression is valid (it may well be empty: nothing fires)
      list.push({ source: `alert ${r.name}`, expr: alertQuery(r.query) });
    }
    await check(list, inFile.length);
  });
});

describe('dashboards in a real headless browser', () => {
  /** A screenshot, then the DOM after scripts ran (virtual time: graphs drawn, no real waiting). */
  const chromium = async (url: string, out: string, size: string, budgetMs = 8000): Promise<string> => {
    const profile = mkdtempSync(path.join(tmpdir(), 'mm-bridge-chromium-'));
    const flags = [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--hide-scrollbars',
      `--user-data-dir=${profile}`,
      `--window-size=${size}`,
      `--virtual-time-budget=${budgetMs}`,
    ];
    try {
      const shot = await run(tool('chromium'), [...flags, `--screenshot=${out}`, url], { timeoutMs: 60_000 });
      expect(shot.code, shot.stderr).toBe(0);
      const dom = await run(tool('chromium'), [...flags, '--dump-dom', url], { timeoutMs: 60_000 });
      expect(dom.code, dom.stderr).toBe(0);
      return dom.stdout;
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  };
  const LATENCY = /^\d+(\.\d+)?(ns|us|µs|ms|s)$/;
  const cells = (html: string, cls: string): string[] =>
    [...html.matchAll(new RegExp(`<td class="${cls}">([^<]*)</td>`, 'g'))].map((m) => m[1]!.trim());

  it('the console index lists the plugin as active with its latency', async () => {
    const html = await chromium(
      `${promUrl}/consoles/mm-bridge.html`,
      screenshotPath('console-index.png'),
      '1280,400',
    );
    const row = new RegExp(`<tr data-plugin="${PLUGIN_ID.replaceAll('.', '\\.')}">([\\s\\S]*?)</tr>`).exec(
      html,
    );
    expect(row, 'plugin row').not.toBeNull();
    expect(row![1]).toMatch(/<td class="up state">active<\/td>/);
    const latencies = cells(row![1]!, 'num latency');
    expect(latencies).toHaveLength(2);
    for (const l of latencies) expect(l).toMatch(LATENCY);
  });

  it('the per-plugin console shows hook and API latency by name, errors by code, and graphs', async () => {
    const out = screenshotPath('console-plugin.png');
    const html = await chromium(
      `${promUrl}/consoles/mm-bridge-plugin.html?plugin_id=${PLUGIN_ID}`,
      out,
      '1280,1650',
    );
    expect(html).toMatch(/<td class="up state">active<\/td>/);
    const hooks = /<table class="mmb" id="hooks">([\s\S]*?)<\/table>/.exec(html)![1]!;
    for (const hook of ['MessageWillBePosted', 'ExecuteCommand', 'MessageHasBeenPosted'])
      expect(hooks).toContain(`data-hook="${hook}"`);
    const hookLatency = cells(hooks, 'num latency');
    expect(hookLatency.length).toBeGreaterThanOrEqual(6);
    for (const l of hookLatency) expect(l).toMatch(LATENCY);
    const api = /<table class="mmb" id="api">([\s\S]*?)<\/table>/.exec(html)![1]!;
    for (const method of ['GetUser', 'CreatePost']) expect(api).toContain(`data-method="${method}"`);
    for (const l of cells(api, 'num latency')) expect(l).toMatch(LATENCY);
    const errors = /<table class="mmb" id="errors">([\s\S]*?)<\/table>/.exec(html)![1]!;
    expect(errors).toMatch(/<td>hook<\/td><td>ExecuteCommand<\/td><td>NotFound<\/td>/);
    expect(errors).toMatch(/<td>API<\/td><td>GetUser<\/td><td>NotFound<\/td>/);
    // prom_console.js drew the graphs (Rickshaw SVG paths from /api/v1/query_range).
    expect(html.match(/<svg/g)?.length ?? 0).toBeGreaterThanOrEqual(4);
    expect(html).not.toContain('prom_graph_error');
    if (process.env.MM_BRIDGE_UPDATE_DOCS === '1') {
      mkdirSync(path.dirname(DOCS_SCREENSHOT), { recursive: true });
      copyFileSync(out, DOCS_SCREENSHOT); // the README's picture, refreshed on request only
    }
  });

  it('the bridge status page lists the plugin as active', async () => {
    // Less virtual time than the page's 5 s self-refresh.
    const html = await chromium(`${bridge.adminUrl}/`, screenshotPath('status-page.png'), '1400,360', 2000);
    expect(html).toMatch(
      new RegExp(
        `<tr data-plugin="${PLUGIN_ID.replaceAll('.', '\\.')}">[\\s\\S]*?data-state="active">active</td>`,
      ),
    );
    for (const hook of ['ExecuteCommand', 'MessageHasBeenPosted', 'MessageWillBePosted', 'OnActivate'])
      expect(html).toContain(hook);
    const plugins = await bridge.plugins();
    expect(plugins).toMatchObject([{ id: PLUGIN_ID, state: 'active', restarts: 0, last_error: null }]);
  });
});

afterAll(() => {
  if (promLog.some((l) => /level=error/.test(l))) console.error(promLog.join(''));
});
