/**
 * Real grpcurl (go install github.com/fullstorydev/grpcurl, by scripts/test-observability.sh)
 * against a running bridge: server reflection lists and describes, health answers SERVING, on both
 * gRPC servers — the bridge's PluginAPI and the Node SDK's PluginHooks in the language plugin. A
 * PluginAPI call with the plugin's token goes through the bridge to the (emulated) Mattermost server;
 * without it the answer is UNAUTHENTICATED. The calls show up in /metrics with Go code names, and
 * /v1/plugins reports the plugin's state and addresses.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startObservedBridge, PLUGIN_ID, type ObservedBridge } from './bridge-fixture.ts';
import { run, tool, type RunResult } from './tools.ts';

let bridge: ObservedBridge;
let api = '';
let hooks = '';

const grpcurl = (...args: string[]): Promise<RunResult> =>
  run(tool('grpcurl'), ['-plaintext', '-max-time', '10', ...args]);

/** Set up once; a failure (e.g. a missing tool) then fails every test with its message — never a skip. */
let setup: Promise<void>;
beforeAll(() => {
  setup = start();
  return setup.catch(() => undefined);
}, 120_000);
beforeEach(() => setup);

async function start(): Promise<void> {
  tool('grpcurl');
  bridge = await startObservedBridge();
  const [p] = await bridge.plugins();
  api = p!.api_address!;
  hooks = p!.hooks_address!;
}

afterAll(async () => {
  await bridge?.stop();
});

describe('/v1/plugins', () => {
  it('reports the active plugin with its process, hooks and gRPC addresses', async () => {
    const plugins = await bridge.plugins();
    expect(plugins).toHaveLength(1);
    expect(plugins[0]).toMatchObject({
      id: PLUGIN_ID,
      version: '0.1.0',
      mode: 'process',
      state: 'active',
      restarts: 0,
      last_error: null,
      implemented_hooks: [
        'ExecuteCommand',
        'MessageHasBeenPosted',
        'MessageWillBePosted',
        'OnActivate',
        'OnConfigurationChange',
        'ServeHTTP',
      ],
    });
    expect(plugins[0]!.pid).toBeGreaterThan(0);
    expect(plugins[0]!.uptime_seconds).toBeGreaterThanOrEqual(0);
    expect(api).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(hooks).toMatch(/^127\.0\.0\.1:\d+$/);
  });
});

describe('grpcurl against the bridge PluginAPI server', () => {
  it('list shows the services (reflection)', async () => {
    const r = await grpcurl(api, 'list');
    expect(r.code, r.stderr).toBe(0);
    const services = r.stdout.trim().split('\n');
    expect(services).toContain('mattermost.bridge.v1.PluginAPI');
    expect(services).toContain('grpc.health.v1.Health');
  });

  it("describe shows a method's request and response types", async () => {
    const m = await grpcurl(api, 'describe', 'mattermost.bridge.v1.PluginAPI.GetServerVersion');
    expect(m.code, m.stderr).toBe(0);
    expect(m.stdout).toContain(
      'rpc GetServerVersion ( .mattermost.bridge.v1.GetServerVersionRequest ) returns ( .mattermost.bridge.v1.GetServerVersionResponse );',
    );
    const t = await grpcurl(api, 'describe', 'mattermost.bridge.v1.GetUserRequest');
    expect(t.code, t.stderr).toBe(0);
    expect(t.stdout).toMatch(/message GetUserRequest \{\s+string user_id = 1;/);
  });

  it('GetServerVersion with the token returns the server value through the bridge', async () => {
    bridge.emu.api.serverVersion = '11.0.7-observed';
    const r = await grpcurl(
      '-H',
      `authorization: Bearer ${bridge.token}`,
      '-d',
      '{}',
      api,
      'mattermost.bridge.v1.PluginAPI/GetServerVersion',
    );
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ version: '11.0.7-observed' });
  });

  it('without the token: UNAUTHENTICATED', async () => {
    const r = await grpcurl('-d', '{}', api, 'mattermost.bridge.v1.PluginAPI/GetServerVersion');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/Code: Unauthenticated/);
    const wrong = await grpcurl(
      '-H',
      'authorization: Bearer not-the-token',
      '-d',
      '{}',
      api,
      'mattermost.bridge.v1.PluginAPI/GetServerVersion',
    );
    expect(wrong.stderr).toMatch(/Code: Unauthenticated/);
  });

  it('grpc.health.v1.Health/Check: SERVING, overall and for PluginAPI', async () => {
    const all = await grpcurl(api, 'grpc.health.v1.Health/Check');
    expect(all.code, all.stderr).toBe(0);
    expect(JSON.parse(all.stdout)).toEqual({ status: 'SERVING' });
    const one = await grpcurl(
      '-d',
      '{"service":"mattermost.bridge.v1.PluginAPI"}',
      api,
      'grpc.health.v1.Health/Check',
    );
    expect(JSON.parse(one.stdout)).toEqual({ status: 'SERVING' });
    const map = await grpcurl(api, 'describe', 'grpc.health.v1.HealthListResponse');
    expect(map.stdout).toContain('map<string, .grpc.health.v1.HealthCheckResponse> statuses = 1;');
  });

  it('the calls are in /metrics under grpc-ecosystem names with Go code names', async () => {
    const text = await (await fetch(`${bridge.adminUrl}/metrics`)).text();
    const series = (method: string, code: string): RegExp =>
      new RegExp(
        `^grpc_server_handled_total\\{plugin_id="${PLUGIN_ID}",grpc_type="unary",grpc_service="mattermost\\.bridge\\.v1\\.PluginAPI",grpc_method="${method}",grpc_code="${code}"\\} (\\d+)$`,
        'm',
      );
    expect(Number(series('GetServerVersion', 'OK').exec(text)?.[1])).toBe(2); // the plugin's, in OnActivate, and ours
    expect(Number(series('GetServerVersion', 'Unauthenticated').exec(text)?.[1])).toBe(2);
    expect(text).toMatch(
      /^grpc_server_handled_total\{[^}]*grpc_service="grpc\.health\.v1\.Health",grpc_method="Check",grpc_code="OK"\} [1-9]/m,
    );
    // grpcurl's reflection stream: a bidi call.
    expect(text).toMatch(
      /^grpc_server_started_total\{[^}]*grpc_type="bidi_stream",grpc_service="grpc\.reflection\./m,
    );
    expect(text).toMatch(
      /^mattermost_bridge_api_duration_seconds_count\{plugin_id="[^"]+",method="GetServerVersion",outcome="error"\} 2$/m,
    );
  });
});

describe('grpcurl against the SDK PluginHooks server (language plugin)', () => {
  it('list, describe and health work there too', async () => {
    const list = await grpcurl(hooks, 'list');
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout.trim().split('\n')).toEqual(
      expect.arrayContaining(['mattermost.bridge.v1.PluginHooks', 'grpc.health.v1.Health']),
    );
    const d = await grpcurl(hooks, 'describe', 'mattermost.bridge.v1.PluginHooks.MessageWillBePosted');
    expect(d.stdout).toContain(
      'rpc MessageWillBePosted ( .mattermost.bridge.v1.MessageWillBePostedRequest ) returns ( .mattermost.bridge.v1.MessageWillBePostedResponse );',
    );
    const h = await grpcurl(hooks, 'grpc.health.v1.Health/Check');
    expect(h.code, h.stderr).toBe(0);
    expect(JSON.parse(h.stdout)).toEqual({ status: 'SERVING' });
  });

  it('Implemented answers with the token, UNAUTHENTICATED without', async () => {
    const ok = await grpcurl(
      '-H',
      `authorization: Bearer ${bridge.token}`,
      hooks,
      'mattermost.bridge.v1.PluginHooks/Implemented',
    );
    expect(ok.code, ok.stderr).toBe(0);
    expect((JSON.parse(ok.stdout) as { hooks: string[] }).hooks.sort()).toEqual([
      'ExecuteCommand',
      'MessageHasBeenPosted',
      'MessageWillBePosted',
      'OnActivate',
      'OnConfigurationChange',
      'ServeHTTP',
    ]);
    const no = await grpcurl(hooks, 'mattermost.bridge.v1.PluginHooks/Implemented');
    expect(no.stderr).toMatch(/Code: Unauthenticated/);
  });
});
