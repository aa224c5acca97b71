/**
 * What /metrics is made of: the interceptors on real in-process grpc-js servers and clients (Go code
 * names, grpc_type, outcomes, in-flight), the net/rpc hook wrapper (outcomes, debug lines with the
 * request id), label bounds, Accept negotiation, and the admin address syntax.
 */
import { Writable } from 'node:stream';
import * as grpc from '@grpc/grpc-js';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseListenAddress } from '../../../src/http/admin.ts';
import { BridgeMetrics, LATENCY_BUCKETS, type PluginProbe } from '../../../src/metrics/bridge-metrics.ts';
import { negotiateFormat } from '../../../src/metrics/exposition.ts';
import { goCodeName, grpcType, GO_CODE_NAMES } from '../../../src/metrics/grpc-codes.ts';
import {
  metricsClientInterceptor,
  metricsServerInterceptor,
} from '../../../src/metrics/grpc-interceptors.ts';
import { instrumentHooks, requestId } from '../../../src/metrics/hook-instrumentation.ts';
import {
  classifyServeError,
  PROTOCOL_ERROR_KINDS,
  yamuxErrorKind,
} from '../../../src/metrics/protocol-errors.ts';
import { YamuxError, YamuxErrorCode } from '../../../src/bridge/yamux/errors.ts';
import { STATUS_DETAILS_KEY } from '../../../src/bridge/grpc/status.ts';
import { T } from '../../../src/bridge/gob/types.ts';

const probe: PluginProbe = {
  bundle: { id: 'com.example.m', version: '1.0.0' },
  mode: 'process',
  active: true,
  startedAt: 1_700_000_000_000,
  restarts: 0,
};

function sink(): { stream: Writable; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _e, cb) {
      for (const l of chunk.toString().split('\n').filter(Boolean))
        lines.push(JSON.parse(l) as Record<string, unknown>);
      cb();
    },
  });
  return { stream, lines };
}

async function value(
  m: BridgeMetrics,
  name: string,
  labels: Record<string, string>,
): Promise<number | undefined> {
  const base = name.replace(/_(count|sum|bucket)$/, '');
  const json = await m.registry.getMetricsAsJSON();
  const metric = json.find((x) => x.name === name) ?? json.find((x) => x.name === base);
  const v = metric?.values.find(
    (s) =>
      ((s as { metricName?: string }).metricName ?? metric.name) === name &&
      Object.entries(labels).every(([k, want]) => String((s.labels as Record<string, unknown>)[k]) === want),
  );
  return v?.value;
}

const json = (v: unknown) => Buffer.from(JSON.stringify(v));
const parse = (b: Buffer) => JSON.parse(b.toString()) as Record<string, unknown>;
const method = (path: string, responseStream = false) => ({
  path,
  requestStream: false,
  responseStream,
  requestSerialize: json,
  requestDeserialize: parse,
  responseSerialize: json,
  responseDeserialize: parse,
});
const raw = {
  requestSerialize: (m: { body: Buffer }) => m.body,
  requestDeserialize: (b: Buffer) => ({ body: b }),
  responseSerialize: (m: { body: Buffer }) => m.body,
  responseDeserialize: (b: Buffer) => ({ body: b }),
};
const API: grpc.ServiceDefinition = {
  GetUser: method('/test.v1.API/GetUser'),
  Watch: method('/test.v1.API/Watch', true),
  Echo: { path: '/test.v1.API/Echo', requestStream: true, responseStream: true, ...raw },
};

describe('gRPC interceptors on a real grpc-js server and client', () => {
  const m = new BridgeMetrics({ defaultMetrics: false });
  const pm = m.plugin(probe);
  const log = sink();
  let server: grpc.Server;
  let client: grpc.Client & Record<string, (...a: unknown[]) => unknown>;

  beforeAll(async () => {
    server = new grpc.Server({
      interceptors: [
        metricsServerInterceptor({
          pluginId: probe.bundle.id,
          metrics: pm,
          log: pino({ level: 'debug' }, log.stream),
          apiServices: ['test.v1.API'],
        }),
      ],
    });
    server.addService(API, {
      GetUser: (call: grpc.ServerUnaryCall<{ id: string }, unknown>, cb: grpc.sendUnaryData<unknown>) => {
        if (call.request.id === 'app') {
          const md = new grpc.Metadata();
          md.set(STATUS_DETAILS_KEY, Buffer.from([1]));
          return cb({ code: grpc.status.NOT_FOUND, details: 'no such user', metadata: md });
        }
        if (call.request.id === 'down') return cb({ code: grpc.status.UNAVAILABLE, details: 'down' });
        cb(null, { name: 'alice' });
      },
      Watch: (call: grpc.ServerWritableStream<unknown, unknown>) => {
        call.write({ n: 1 });
        call.end();
      },
      Echo: (call: grpc.ServerDuplexStream<{ body: Buffer }, { body: Buffer }>) => {
        call.on('data', (m: { body: Buffer }) => call.write({ body: Buffer.concat([m.body, m.body]) }));
        call.on('end', () => call.end());
      },
    });
    const port = await new Promise<number>((resolve, reject) =>
      server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (e, p) =>
        e ? reject(e) : resolve(p),
      ),
    );
    const Client = grpc.makeGenericClientConstructor(API, 'API');
    client = new Client(`127.0.0.1:${port}`, grpc.credentials.createInsecure(), {
      interceptors: [metricsClientInterceptor(pm)],
    }) as typeof client;
  });
  afterAll(() => {
    client.close();
    server.forceShutdown();
  });

  const call = (id: string) =>
    new Promise<grpc.ServiceError | null>((resolve) => {
      const md = new grpc.Metadata();
      md.set('x-request-id', `req-${id}`);
      client.GetUser!({ id }, md, (err: grpc.ServiceError | null) => resolve(err));
    });

  it('counts started/handled with Go code names and times server and client', async () => {
    expect(await call('ok')).toBeNull();
    expect((await call('app'))?.code).toBe(grpc.status.NOT_FOUND);
    expect((await call('down'))?.code).toBe(grpc.status.UNAVAILABLE);
    await new Promise<void>((resolve) => {
      const s = client.Watch!({}) as grpc.ClientReadableStream<unknown>;
      s.on('data', () => {});
      s.on('end', resolve);
    });
    const base = { plugin_id: 'com.example.m', grpc_service: 'test.v1.API', grpc_method: 'GetUser' };
    for (const side of ['server', 'client']) {
      expect(await value(m, `grpc_${side}_started_total`, base)).toBe(3);
      expect(
        await value(m, `grpc_${side}_handled_total`, { ...base, grpc_code: 'OK', grpc_type: 'unary' }),
      ).toBe(1);
      expect(await value(m, `grpc_${side}_handled_total`, { ...base, grpc_code: 'NotFound' })).toBe(1);
      expect(await value(m, `grpc_${side}_handled_total`, { ...base, grpc_code: 'Unavailable' })).toBe(1);
      expect(
        await value(m, `grpc_${side}_handling_seconds_count`, { ...base, grpc_type: 'unary' } as Record<
          string,
          string
        >),
      ).toBe(3);
      expect(
        await value(m, `grpc_${side}_handled_total`, {
          grpc_method: 'Watch',
          grpc_type: 'server_stream',
          grpc_code: 'OK',
        }),
      ).toBe(1);
    }
  });

  it('counts the payload bytes of streaming calls by direction', async () => {
    const s = client.Echo!() as grpc.ClientDuplexStream<{ body: Buffer }, { body: Buffer }>;
    const got: Buffer[] = [];
    s.on('data', (m: { body: Buffer }) => got.push(m.body));
    const ended = new Promise((r) => s.on('end', r));
    s.write({ body: Buffer.alloc(1000) });
    s.write({ body: Buffer.alloc(500) });
    s.end();
    await ended;
    expect(Buffer.concat(got)).toHaveLength(3000);
    // The bridge is both ends here: client sent 1500 (server_to_plugin), server received 1500
    // (plugin_to_server), server sent 3000 (server_to_plugin), client received 3000 (plugin_to_server).
    const bytes = (direction: string) =>
      value(m, 'mattermost_bridge_stream_bytes_total', { plugin_id: 'com.example.m', direction });
    expect(await bytes('server_to_plugin')).toBe(4500);
    expect(await bytes('plugin_to_server')).toBe(4500);
  });

  it('records API outcomes (AppError details → app_error) and in-flight back at 0', async () => {
    const labels = (outcome: string) => ({ plugin_id: 'com.example.m', method: 'GetUser', outcome });
    expect(await value(m, 'mattermost_bridge_api_duration_seconds_count', labels('ok'))).toBe(1);
    expect(await value(m, 'mattermost_bridge_api_duration_seconds_count', labels('app_error'))).toBe(1);
    expect(await value(m, 'mattermost_bridge_api_duration_seconds_count', labels('error'))).toBe(1);
    expect(await value(m, 'mattermost_bridge_api_calls_in_flight', { plugin_id: 'com.example.m' })).toBe(0);
  });

  it('logs one debug line per API call with method, code, duration and request id', () => {
    const lines = log.lines.filter((l) => l.msg === 'PluginAPI call' && l.method === 'GetUser');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatchObject({
      plugin_id: 'com.example.m',
      method: 'GetUser',
      grpc_code: 'NotFound',
      outcome: 'app_error',
      request_id: 'req-app',
    });
    expect(typeof lines[1]!.duration_ms).toBe('number');
  });
});

describe('hook instrumentation (net/rpc side)', () => {
  const reply = (value: unknown) => ({ type: T.string, value }) as never;
  const handlers = {
    Ok: async () => reply({}),
    Refused: async () => reply({ B: 'an AppError' }),
    Broken: async () => {
      throw new Error('hook Broken failed in the language plugin: boom');
    },
  };

  it('times each hook with its outcome and logs a debug line with the Context request id', async () => {
    const m = new BridgeMetrics({ defaultMetrics: false });
    const log = sink();
    const wrapped = instrumentHooks(handlers, {
      pluginId: 'com.example.h',
      metrics: m.plugin({ ...probe, bundle: { id: 'com.example.h', version: '' } }),
      log: pino({ level: 'debug' }, log.stream),
      failed: (_hook, r) => (r.value as { B?: unknown }).B !== undefined,
    });
    const arg = { type: T.string, value: { A: { RequestId: 'r-42' } } };
    await wrapped.Ok!(arg);
    await wrapped.Refused!(arg);
    await expect(wrapped.Broken!({ type: T.string, value: {} })).rejects.toThrow('boom');
    const count = (hook: string, outcome: string) =>
      value(m, 'mattermost_bridge_hook_duration_seconds_count', { hook, outcome });
    expect(await count('Ok', 'ok')).toBe(1);
    expect(await count('Refused', 'app_error')).toBe(1);
    expect(await count('Broken', 'error')).toBe(1);
    expect(await value(m, 'mattermost_bridge_hooks_in_flight', { plugin_id: 'com.example.h' })).toBe(0);
    expect(log.lines.map((l) => [l.hook, l.outcome, l.request_id])).toEqual([
      ['Ok', 'ok', 'r-42'],
      ['Refused', 'app_error', 'r-42'],
      ['Broken', 'error', undefined],
    ]);
  });

  it('with neither metrics nor debug logging, calls go straight through', async () => {
    const log = sink();
    const wrapped = instrumentHooks(handlers, {
      pluginId: 'x',
      metrics: undefined,
      log: pino({ level: 'info' }, log.stream),
      failed: () => false,
    });
    await wrapped.Ok!({ type: T.string, value: {} });
    expect(log.lines).toEqual([]);
  });

  it('requestId reads plugin.Context.RequestId only', () => {
    expect(requestId({ A: { RequestId: 'abc', SessionId: 's' } })).toBe('abc');
    expect(requestId({ A: 'text' })).toBeUndefined();
    expect(requestId({ A: { RequestId: '' } })).toBeUndefined();
    expect(requestId(null)).toBeUndefined();
  });
});

describe('bounded labels and names', () => {
  it('Go code names by number; unknown codes stay Unknown', () => {
    expect(GO_CODE_NAMES).toHaveLength(17);
    expect(goCodeName(0)).toBe('OK');
    expect(goCodeName(1)).toBe('Canceled');
    expect(goCodeName(14)).toBe('Unavailable');
    expect(goCodeName(16)).toBe('Unauthenticated');
    expect(goCodeName(99)).toBe('Unknown');
    expect([
      grpcType(false, false),
      grpcType(true, false),
      grpcType(false, true),
      grpcType(true, true),
    ]).toEqual(['unary', 'client_stream', 'server_stream', 'bidi_stream']);
  });

  it('protocol error kinds are a fixed set; series start at 0', async () => {
    expect(yamuxErrorKind(new YamuxError(YamuxErrorCode.RECV_WINDOW_EXCEEDED, 'x'))).toBe(
      'recv_window_exceeded',
    );
    expect(yamuxErrorKind(new Error('whatever'))).toBe('other');
    expect(classifyServeError(new Error('rpc: server cannot decode request: unexpected EOF'))).toEqual({
      layer: 'netrpc',
      kind: 'decode',
    });
    expect(classifyServeError(new Error('dispense hooks: nope'))).toEqual({
      layer: 'netrpc',
      kind: 'dispense',
    });
    expect(classifyServeError(new Error('yamux session: gone'))).toBeUndefined();
    for (const kinds of Object.values(PROTOCOL_ERROR_KINDS)) expect(kinds).toContain('other');
    const m = new BridgeMetrics({ defaultMetrics: false });
    m.plugin(probe).protocolError('yamux', 'keepalive_timeout');
    expect(await value(m, 'mattermost_bridge_protocol_errors_total', { kind: 'keepalive_timeout' })).toBe(1);
    expect(await value(m, 'mattermost_bridge_protocol_errors_total', { kind: 'decode' })).toBe(0);
    expect(await value(m, 'mattermost_bridge_stream_bytes_total', { direction: 'server_to_plugin' })).toBe(0);
  });

  it('buckets resolve from 50 µs to 30 s', () => {
    expect(LATENCY_BUCKETS[0]).toBe(0.00005);
    expect(LATENCY_BUCKETS.at(-1)).toBe(30);
    expect([...LATENCY_BUCKETS].sort((a, b) => a - b)).toEqual(LATENCY_BUCKETS);
  });

  it('plugin gauges read the probe at scrape time; default process metrics are on by default', async () => {
    const state = { ...probe, active: false, restarts: 2 };
    const m = new BridgeMetrics();
    m.plugin(state);
    expect(await value(m, 'mattermost_bridge_plugin_up', {})).toBe(0);
    state.active = true;
    expect(await value(m, 'mattermost_bridge_plugin_up', {})).toBe(1);
    expect(await value(m, 'mattermost_bridge_plugin_restarts_total', {})).toBe(2);
    expect(await value(m, 'mattermost_bridge_plugin_start_time_seconds', {})).toBe(1_700_000_000);
    expect(await value(m, 'mattermost_bridge_plugin_info', { version: '1.0.0', mode: 'process' })).toBe(1);
    const text = await m.registry.metrics();
    expect(text).toContain('process_cpu_seconds_total');
    expect(text).not.toMatch(/^nodejs_active_handles_total/m);
  });
});

describe('admin configuration', () => {
  it('Accept negotiation picks OpenMetrics only when preferred', () => {
    expect(negotiateFormat(undefined)).toBe('text');
    expect(negotiateFormat('*/*')).toBe('text');
    expect(negotiateFormat('text/html,application/xhtml+xml,*/*;q=0.8')).toBe('text');
    expect(negotiateFormat('application/openmetrics-text;version=1.0.0,text/plain;q=0.5')).toBe(
      'openmetrics',
    );
    expect(negotiateFormat('text/plain;q=0.9,application/openmetrics-text;q=0.5')).toBe('text');
    expect(negotiateFormat('application/openmetrics-text;q=0')).toBeUndefined();
    expect(negotiateFormat('application/json')).toBeUndefined();
  });

  it('MM_BRIDGE_ADMIN_ADDR: host:port, [ipv6]:port, :port', () => {
    expect(parseListenAddress('127.0.0.1:9477')).toEqual({ host: '127.0.0.1', port: 9477 });
    expect(parseListenAddress('[::1]:0')).toEqual({ host: '::1', port: 0 });
    expect(parseListenAddress(':9477')).toEqual({ host: '0.0.0.0', port: 9477 });
    expect(parseListenAddress('localhost:1')).toEqual({ host: 'localhost', port: 1 });
    for (const bad of ['9477', '127.0.0.1', '127.0.0.1:99999', 'a:b'])
      expect(() => parseListenAddress(bad), bad).toThrow(/MM_BRIDGE_ADMIN_ADDR/);
  });
});
