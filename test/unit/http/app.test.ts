/**
 * The admin HTTP app through fastify.inject() (no socket): health, readiness, plugin status (JSON
 * and HTML), /metrics in both exposition formats, and the JSON error catalogue for bad requests.
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { startAdminServer } from '../../../src/http/admin.ts';
import { buildAdminApp } from '../../../src/http/app.ts';
import { AdminErrors } from '../../../src/http/errors.ts';
import type { PluginState, StatusSource } from '../../../src/http/plugin-status.ts';
import { BridgeMetrics } from '../../../src/metrics/bridge-metrics.ts';
import { Exposition } from '../../../src/metrics/exposition.ts';

class FakePlugin implements StatusSource {
  mode = 'process';
  lifecycle: PluginState = 'active';
  pid: number | undefined = 4242;
  startedAt: number | undefined = Date.now() - 90_500;
  restarts = 0;
  implemented = ['OnActivate', 'MessageWillBePosted'];
  lastError: string | undefined;
  apiAddress = '127.0.0.1:5001';
  hooksAddress = '127.0.0.1:5002';
  constructor(readonly bundle = { id: 'com.example.one', version: '1.2.3' }) {}
  get active(): boolean {
    return this.lifecycle === 'active';
  }
}

const metrics = new BridgeMetrics({ defaultMetrics: false });
let plugins: FakePlugin[] = [];
const app = buildAdminApp({
  plugins: () => plugins,
  exposition: new Exposition(metrics.registry),
  version: '9.9.9',
});

beforeEach(() => {
  plugins = [new FakePlugin()];
});
afterAll(() => app.close());

const errorOf = (body: string) =>
  JSON.parse(body) as { statusCode: number; code: string; error: string; message: string };

describe('health and readiness', () => {
  it('/healthz: the process is up', async () => {
    const res = await app.inject('/healthz');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('/readyz: 200 when every plugin is active, 503 otherwise (and with no plugin)', async () => {
    plugins.push(new FakePlugin({ id: 'com.example.two', version: '0.1.0' }));
    expect((await app.inject('/readyz')).json()).toEqual({
      status: 'ready',
      plugins: [
        { id: 'com.example.one', state: 'active' },
        { id: 'com.example.two', state: 'active' },
      ],
    });
    plugins[1]!.lifecycle = 'started';
    const notReady = await app.inject('/readyz');
    expect(notReady.statusCode).toBe(503);
    expect(notReady.json()).toMatchObject({ status: 'not_ready' });
    plugins = [];
    expect((await app.inject('/readyz')).statusCode).toBe(503);
  });
});

describe('/v1/plugins', () => {
  it('reports id, version, mode, state, pid, uptime, restarts, hooks, last error and addresses', async () => {
    const res = await app.inject('/v1/plugins');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const [p] = (res.json() as { plugins: Record<string, unknown>[] }).plugins;
    expect(p).toMatchObject({
      id: 'com.example.one',
      version: '1.2.3',
      mode: 'process',
      state: 'active',
      pid: 4242,
      restarts: 0,
      implemented_hooks: ['MessageWillBePosted', 'OnActivate'],
      last_error: null,
      api_address: '127.0.0.1:5001',
      hooks_address: '127.0.0.1:5002',
    });
    expect(p!.uptime_seconds).toBeGreaterThanOrEqual(90.5);
    expect(Date.parse(p!.started_at as string)).toBe(plugins[0]!.startedAt);
  });

  it('a failed plugin has its last error and no uptime', async () => {
    Object.assign(plugins[0]!, {
      lifecycle: 'failed',
      lastError: 'language plugin exited (code 1, signal null)',
    });
    const p = (await app.inject('/v1/plugins/com.example.one')).json() as Record<string, unknown>;
    expect(p).toMatchObject({
      state: 'failed',
      uptime_seconds: null,
      last_error: 'language plugin exited (code 1, signal null)',
    });
  });

  it('?state= filters; a bad state, an unknown or a repeated parameter is a 400', async () => {
    plugins.push(
      Object.assign(new FakePlugin({ id: 'com.example.two', version: '' }), { lifecycle: 'starting' }),
    );
    const active = (await app.inject('/v1/plugins?state=active')).json() as { plugins: { id: string }[] };
    expect(active.plugins.map((p) => p.id)).toEqual(['com.example.one']);

    const bad = await app.inject('/v1/plugins?state=sleeping');
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad.body)).toEqual({
      statusCode: 400,
      code: AdminErrors.BAD_QUERY_VALUE.code,
      error: 'Bad Request',
      message:
        'query parameter state="sleeping" is not one of starting, started, active, restarting, deactivated, failed, stopped',
    });
    const unknown = await app.inject('/v1/plugins?limit=3');
    expect(errorOf(unknown.body)).toMatchObject({
      statusCode: 400,
      code: 'ADMIN_ERR_UNKNOWN_QUERY',
      message: 'unknown query parameter limit (allowed: state)',
    });
    const twice = await app.inject('/v1/plugins?state=active&state=failed');
    expect(errorOf(twice.body)).toMatchObject({ statusCode: 400, code: 'ADMIN_ERR_BAD_REQUEST' });
    const onMetrics = await app.inject('/metrics?x=1');
    expect(errorOf(onMetrics.body).message).toBe('unknown query parameter x (this endpoint takes none)');
  });

  it('/v1/plugins/:id of an unknown plugin is a 404 in the catalogue', async () => {
    const res = await app.inject('/v1/plugins/com.example.nope');
    expect(res.statusCode).toBe(404);
    expect(errorOf(res.body)).toEqual({
      statusCode: 404,
      code: 'ADMIN_ERR_PLUGIN_NOT_FOUND',
      error: 'Not Found',
      message: 'no plugin "com.example.nope" is configured in this bridge',
    });
  });
});

describe('status page', () => {
  it('is one HTML table of the same data, escaped', async () => {
    plugins[0]!.lastError = '<script>alert(1)</script> & more';
    plugins[0]!.lifecycle = 'failed';
    const res = await app.inject('/');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('<h1>mm-bridge 9.9.9</h1>');
    expect(res.body).toMatch(
      /<tr data-plugin="com\.example\.one"><td class="id">com\.example\.one<\/td><td>1\.2\.3<\/td>/,
    );
    expect(res.body).toContain('data-state="failed">failed</td>');
    expect(res.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; more');
    expect(res.body).not.toContain('<script>');
    expect(res.body).toContain('<td class="hooks">MessageWillBePosted, OnActivate</td>');
  });

  it('shows uptime for a running plugin and says so when there is none', async () => {
    expect((await app.inject('/')).body).toContain('>1m 30s</td>');
    plugins = [];
    expect((await app.inject('/')).body).toContain('No plugin is configured.');
  });
});

describe('/metrics', () => {
  const pm = metrics.plugin(
    Object.assign(new FakePlugin({ id: 'com.example.one', version: '1.2.3' }), {
      lifecycle: 'active' as const,
    }),
  );
  pm.hookStarted();
  pm.hookFinished('MessageWillBePosted', 0.0004, 'ok');
  const g = pm.grpcMethod('/mattermost.bridge.v1.PluginAPI/GetUser', false, false);
  pm.grpcServerStarted(g);
  pm.grpcServerHandled(g, 'NotFound', 0.002);

  it('serves Prometheus text by default', async () => {
    const res = await app.inject('/metrics');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
    expect(res.body).toContain('# TYPE grpc_server_handled_total counter');
    expect(res.body).toContain(
      'grpc_server_handled_total{plugin_id="com.example.one",grpc_type="unary",grpc_service="mattermost.bridge.v1.PluginAPI",grpc_method="GetUser",grpc_code="NotFound"} 1',
    );
    expect(res.body).toContain(
      'mattermost_bridge_hook_duration_seconds_bucket{le="0.0005",plugin_id="com.example.one",hook="MessageWillBePosted",outcome="ok"} 1',
    );
    expect(res.body).toContain('mattermost_bridge_plugin_up{plugin_id="com.example.one"} 1');
    expect(res.body).toContain('mattermost_bridge_hooks_in_flight{plugin_id="com.example.one"} 0');
  });

  it('serves OpenMetrics when asked, and text again afterwards (counters keep _total)', async () => {
    const om = await app.inject({
      url: '/metrics',
      headers: {
        accept: 'application/openmetrics-text;version=1.0.0,text/plain;version=0.0.4;q=0.5,*/*;q=0.1',
      },
    });
    expect(om.headers['content-type']).toBe('application/openmetrics-text; version=1.0.0; charset=utf-8');
    expect(om.body).toContain('# TYPE grpc_server_handled counter');
    expect(om.body).toMatch(/^grpc_server_handled_total\{[^}]*grpc_code="NotFound"\} 1$/m);
    expect(om.body.endsWith('# EOF\n')).toBe(true);
    const text = await app.inject({ url: '/metrics', headers: { accept: 'text/plain' } });
    expect(text.body).toContain('# TYPE grpc_server_handled_total counter');
    expect(text.body).not.toContain('# EOF');
  });

  it('answers 406 when neither format is acceptable', async () => {
    const res = await app.inject({ url: '/metrics', headers: { accept: 'application/json' } });
    expect(res.statusCode).toBe(406);
    expect(errorOf(res.body)).toMatchObject({ code: 'ADMIN_ERR_NOT_ACCEPTABLE', error: 'Not Acceptable' });
  });

  it('is a 404 when the app has no metrics', async () => {
    const bare = buildAdminApp({ plugins: () => [] });
    const res = await bare.inject('/metrics');
    expect(res.statusCode).toBe(404);
    await bare.close();
  });
});

describe('bad requests', () => {
  it('unknown paths: 404 JSON', async () => {
    const res = await app.inject('/nope');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(errorOf(res.body)).toEqual({
      statusCode: 404,
      code: 'ADMIN_ERR_NOT_FOUND',
      error: 'Not Found',
      message: 'no route GET /nope',
    });
  });

  it('other methods on known paths: 405 with Allow', async () => {
    for (const url of ['/metrics', '/v1/plugins', '/v1/plugins/x', '/']) {
      const res = await app.inject({ method: 'POST', url, payload: { a: 1 } });
      expect(res.statusCode, url).toBe(405);
      expect(res.headers.allow).toBe('GET, HEAD');
      expect(errorOf(res.body).code).toBe('ADMIN_ERR_METHOD_NOT_ALLOWED');
    }
    const del = await app.inject({ method: 'DELETE', url: '/healthz' });
    expect(errorOf(del.body).message).toBe('DELETE is not allowed on /healthz; use GET');
  });

  it('HEAD works where GET does', async () => {
    const res = await app.inject({ method: 'HEAD', url: '/healthz' });
    expect(res.statusCode).toBe(200);
  });

  it('a malformed URL or body is a 400 JSON error, not a crash', async () => {
    const url = await app.inject('/v1/plugins/%E0%A4%A');
    expect(url.statusCode).toBe(400);
    expect(errorOf(url.body).code).toBe('ADMIN_ERR_BAD_REQUEST');
    const body = await app.inject({
      method: 'POST',
      url: '/nope',
      headers: { 'content-type': 'application/json' },
      payload: '{not json',
    });
    expect(body.statusCode).toBe(400);
    expect(errorOf(body.body).code).toBe('ADMIN_ERR_BAD_REQUEST');
  });
});

describe('startAdminServer (a real socket)', () => {
  it('listens, logs its address, serves; a taken port is an error the caller logs', async () => {
    const lines: string[] = [];
    const log = pino({ level: 'info', base: null }, { write: (l: string) => void lines.push(l) });
    const admin = await startAdminServer({ address: '127.0.0.1:0', log });
    try {
      expect(admin.address).toMatch(/^127\.0\.0\.1:\d+$/);
      expect(lines.join('')).toContain(`"admin":"${admin.url}"`);
      admin.addPlugin(new FakePlugin());
      const res = await fetch(`${admin.url}/v1/plugins`);
      expect(((await res.json()) as { plugins: { id: string }[] }).plugins[0]!.id).toBe('com.example.one');
      const metrics = await (await fetch(`${admin.url}/metrics`)).text();
      expect(metrics).toContain('process_cpu_seconds_total');
      await expect(startAdminServer({ address: admin.address, log })).rejects.toThrow(/EADDRINUSE/);
    } finally {
      await admin.close();
    }
  });
});
