/**
 * Every Prometheus metric of the bridge, in one registry (prom-client). Loaded only when the admin
 * server is enabled (MM_BRIDGE_ADMIN_ADDR): with it off, nothing here is imported and the hot path
 * carries no metrics code at all.
 *
 * Families (all bridge series carry `plugin_id`, from the configured bundle ids only):
 *  - grpc-ecosystem names (go-grpc-middleware providers/prometheus): grpc_server_* for the PluginAPI
 *    server, grpc_client_* for the PluginHooks client; labels grpc_type, grpc_service, grpc_method
 *    (+ grpc_code with Go code names).
 *  - mattermost_bridge_hook_duration_seconds: a hook as the server side of the bridge sees it (net/rpc
 *    request in → reply out: gob↔proto translation and the gRPC round trip to the language plugin).
 *  - mattermost_bridge_api_duration_seconds: a PluginAPI call as the gRPC server sees it (auth,
 *    translation and the net/rpc round trip to the Mattermost server).
 *  - mattermost_bridge_plugin_hook_time / _plugin_api_time: the shape of Mattermost's own
 *    mattermost_plugin_hook_time / mattermost_plugin_api_time (plugin_id, hook_name|api_name,
 *    success), measured around the call into the language plugin / into the server.
 *  - in-flight gauges, plugin up / start time / restarts / info, bytes streamed by direction,
 *    net/rpc and yamux errors by kind, language plugin handshake time, and the default process metrics.
 * Label values are precomputed and cached per name (pino-style: no per-call label building).
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { grpcType, splitMethodPath, type GoCodeName } from './grpc-codes.ts';
import { PROTOCOL_ERROR_KINDS, type ProtocolLayer } from './protocol-errors.ts';

/** 50 µs … 30 s: in-process hops are tens of µs, hook timeouts are tens of seconds. */
export const LATENCY_BUCKETS = [
  0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10,
  30,
];

/** ok; app_error: the call completed with an error value (an AppError); error: it failed outright. */
export type Outcome = 'ok' | 'app_error' | 'error';
export type StreamDirection = 'server_to_plugin' | 'plugin_to_server';
export const STREAM_DIRECTIONS: readonly StreamDirection[] = ['server_to_plugin', 'plugin_to_server'];

/** What the metrics read from a bridged plugin at scrape time (PluginBridge satisfies it). */
export interface PluginProbe {
  readonly bundle: { readonly id: string; readonly version: string };
  readonly mode: string;
  /** The server activated the plugin and its language plugin process is running. */
  readonly active: boolean;
  /** Epoch ms at which the current language plugin process was started. */
  readonly startedAt: number | undefined;
  readonly restarts: number;
}

type Labels = Record<string, string>;

interface GrpcLabels {
  base: Labels;
  byCode: Partial<Record<GoCodeName, Labels>>;
  service: string;
  method: string;
}

export class BridgeMetrics {
  readonly registry = new Registry();
  private readonly probes = new Map<string, PluginProbe>();
  private readonly plugins = new Map<string, PluginMetrics>();
  private readonly f: Families;

  constructor(o: { defaultMetrics?: boolean } = {}) {
    this.f = families(this.registry, this.probes);
    if (o.defaultMetrics ?? true) {
      collectDefaultMetrics({ register: this.registry });
      // Gauges whose names end in _total (promtool: "non-counter metrics should not have _total
      // suffix"); the same numbers are in nodejs_active_{handles,requests,resources} by type.
      for (const name of [
        'nodejs_active_handles_total',
        'nodejs_active_requests_total',
        'nodejs_active_resources_total',
      ])
        this.registry.removeSingleMetric(name);
    }
  }

  /** The metrics handle of one bridged plugin; its series exist (at 0) from here on. */
  plugin(probe: PluginProbe): PluginMetrics {
    const id = probe.bundle.id;
    this.probes.set(id, probe);
    let m = this.plugins.get(id);
    if (!m) {
      m = new PluginMetrics(id, this.f);
      this.plugins.set(id, m);
    }
    return m;
  }

  /** Stop reading the gauges of a dropped plugin (unless a newer instance took its id). */
  forgetPlugin(id: string, probe: unknown): void {
    if (this.probes.get(id) === probe) this.probes.delete(id);
  }
}

type Families = ReturnType<typeof families>;

/** The metric families, registered in `registry`; the plugin gauges read `probes` at scrape time. */
function families(registry: Registry, probes: ReadonlyMap<string, PluginProbe>) {
  const registers = [registry];
  const grpcLabels = ['plugin_id', 'grpc_type', 'grpc_service', 'grpc_method'];
  const histogram = (name: string, help: string, labelNames: string[]) =>
    new Histogram({ name, help, labelNames, buckets: LATENCY_BUCKETS, registers });
  return {
    serverStarted: new Counter({
      name: 'grpc_server_started_total',
      help: 'Total number of RPCs started on the server.',
      labelNames: grpcLabels,
      registers,
    }),
    serverHandled: new Counter({
      name: 'grpc_server_handled_total',
      help: 'Total number of RPCs completed on the server, regardless of success or failure.',
      labelNames: [...grpcLabels, 'grpc_code'],
      registers,
    }),
    serverSeconds: histogram(
      'grpc_server_handling_seconds',
      'Histogram of response latency (seconds) of gRPC that had been application-level handled by the server.',
      grpcLabels,
    ),
    clientStarted: new Counter({
      name: 'grpc_client_started_total',
      help: 'Total number of RPCs started on the client.',
      labelNames: grpcLabels,
      registers,
    }),
    clientHandled: new Counter({
      name: 'grpc_client_handled_total',
      help: 'Total number of RPCs completed by the client, regardless of success or failure.',
      labelNames: [...grpcLabels, 'grpc_code'],
      registers,
    }),
    clientSeconds: histogram(
      'grpc_client_handling_seconds',
      'Histogram of response latency (seconds) of the gRPC until it is finished by the application.',
      grpcLabels,
    ),
    hookSeconds: histogram(
      'mattermost_bridge_hook_duration_seconds',
      'Hook calls from the Mattermost server, measured at the server side of the bridge (net/rpc request to reply).',
      ['plugin_id', 'hook', 'outcome'],
    ),
    apiSeconds: histogram(
      'mattermost_bridge_api_duration_seconds',
      'PluginAPI calls from the language plugin, measured at the bridge gRPC server (request to status).',
      ['plugin_id', 'method', 'outcome'],
    ),
    pluginHookTime: histogram(
      'mattermost_bridge_plugin_hook_time',
      'Time to execute a hook in the language plugin, in seconds (shape of mattermost_plugin_hook_time).',
      ['plugin_id', 'hook_name', 'success'],
    ),
    pluginApiTime: histogram(
      'mattermost_bridge_plugin_api_time',
      'Time to execute a plugin API call in the Mattermost server, in seconds (shape of mattermost_plugin_api_time).',
      ['plugin_id', 'api_name', 'success'],
    ),
    hooksInFlight: new Gauge({
      name: 'mattermost_bridge_hooks_in_flight',
      help: 'Hook calls from the Mattermost server currently being handled.',
      labelNames: ['plugin_id'],
      registers,
    }),
    apiInFlight: new Gauge({
      name: 'mattermost_bridge_api_calls_in_flight',
      help: 'PluginAPI calls from the language plugin currently being handled.',
      labelNames: ['plugin_id'],
      registers,
    }),
    streamBytes: new Counter({
      name: 'mattermost_bridge_stream_bytes_total',
      help: 'Bytes of streamed hook and API payloads, by direction.',
      labelNames: ['plugin_id', 'direction'],
      registers,
    }),
    protocolErrors: new Counter({
      name: 'mattermost_bridge_protocol_errors_total',
      help: 'Errors of the Go plugin protocol between the Mattermost server and the bridge, by layer and kind.',
      labelNames: ['plugin_id', 'layer', 'kind'],
      registers,
    }),
    handshakeSeconds: histogram(
      'mattermost_bridge_language_plugin_handshake_seconds',
      'Time from starting the language plugin process to its handshake line.',
      ['plugin_id'],
    ),
    up: new Gauge({
      name: 'mattermost_bridge_plugin_up',
      help: '1 if the plugin is active (activated by the server, language plugin running), else 0.',
      labelNames: ['plugin_id'],
      registers,
      collect() {
        for (const [id, p] of probes) this.set({ plugin_id: id }, p.active ? 1 : 0);
      },
    }),
    startTime: new Gauge({
      name: 'mattermost_bridge_plugin_start_time_seconds',
      help: 'Start time of the language plugin process since unix epoch in seconds.',
      labelNames: ['plugin_id'],
      registers,
      collect() {
        this.reset();
        for (const [id, p] of probes)
          if (p.startedAt !== undefined) this.set({ plugin_id: id }, p.startedAt / 1000);
      },
    }),
    restarts: new Counter({
      name: 'mattermost_bridge_plugin_restarts_total',
      help: 'Times the language plugin process was started again within this bridge process.',
      labelNames: ['plugin_id'],
      registers,
      collect() {
        this.reset();
        for (const [id, p] of probes) this.inc({ plugin_id: id }, p.restarts);
      },
    }),
    info: new Gauge({
      name: 'mattermost_bridge_plugin_info',
      help: 'Bridged plugin: bundle version and how its language plugin runs; always 1.',
      labelNames: ['plugin_id', 'version', 'mode'],
      registers,
      collect() {
        this.reset();
        for (const [id, p] of probes) this.set({ plugin_id: id, version: p.bundle.version, mode: p.mode }, 1);
      },
    }),
  };
}

/** Cached label objects for one plugin; every method is a few map lookups and a prom-client call. */
export class PluginMetrics {
  private readonly idLabels: Labels;
  private readonly grpc = new Map<string, GrpcLabels>();
  private readonly hooks = new Map<string, Record<Outcome, Labels>>();
  private readonly apis = new Map<string, Record<Outcome, Labels>>();
  private readonly hookTimes = new Map<string, [Labels, Labels]>();
  private readonly apiTimes = new Map<string, [Labels, Labels]>();
  private readonly directions: Record<StreamDirection, Labels>;

  constructor(
    readonly pluginId: string,
    private readonly f: Families,
  ) {
    this.idLabels = { plugin_id: pluginId };
    f.hooksInFlight.set(this.idLabels, 0);
    f.apiInFlight.set(this.idLabels, 0);
    this.directions = {
      server_to_plugin: { plugin_id: pluginId, direction: 'server_to_plugin' },
      plugin_to_server: { plugin_id: pluginId, direction: 'plugin_to_server' },
    };
    for (const d of STREAM_DIRECTIONS) f.streamBytes.inc(this.directions[d], 0);
    for (const [layer, kinds] of Object.entries(PROTOCOL_ERROR_KINDS))
      for (const kind of kinds) f.protocolErrors.inc({ plugin_id: pluginId, layer, kind }, 0);
  }

  // -- hooks, server side (net/rpc) ------------------------------------------------------------
  hookStarted(): void {
    this.f.hooksInFlight.inc(this.idLabels);
  }

  hookFinished(hook: string, seconds: number, outcome: Outcome): void {
    this.f.hooksInFlight.dec(this.idLabels);
    this.f.hookSeconds.observe(outcomeLabels(this.hooks, this.pluginId, 'hook', hook)[outcome], seconds);
  }

  /** The gRPC call into the language plugin (Mattermost's mattermost_plugin_hook_time shape). */
  pluginHookTime(hook: string, seconds: number, ok: boolean): void {
    this.f.pluginHookTime.observe(
      successLabels(this.hookTimes, this.pluginId, 'hook_name', hook, ok),
      seconds,
    );
  }

  // -- API, gRPC server side ---------------------------------------------------------------------
  apiStarted(): void {
    this.f.apiInFlight.inc(this.idLabels);
  }

  apiFinished(method: string, seconds: number, outcome: Outcome): void {
    this.f.apiInFlight.dec(this.idLabels);
    this.f.apiSeconds.observe(outcomeLabels(this.apis, this.pluginId, 'method', method)[outcome], seconds);
  }

  /** The net/rpc call into the Mattermost server (mattermost_plugin_api_time shape). */
  pluginApiTime(method: string, seconds: number, ok: boolean): void {
    this.f.pluginApiTime.observe(
      successLabels(this.apiTimes, this.pluginId, 'api_name', method, ok),
      seconds,
    );
  }

  // -- gRPC (go-grpc-middleware names) -----------------------------------------------------------
  /** Labels of one gRPC method of a server or client, built once per method path. */
  grpcMethod(path: string, requestStream: boolean, responseStream: boolean): GrpcLabels {
    let g = this.grpc.get(path);
    if (!g) {
      const [service, method] = splitMethodPath(path);
      g = {
        base: {
          plugin_id: this.pluginId,
          grpc_type: grpcType(requestStream, responseStream),
          grpc_service: service,
          grpc_method: method,
        },
        byCode: {},
        service,
        method,
      };
      this.grpc.set(path, g);
    }
    return g;
  }

  grpcServerStarted(g: GrpcLabels): void {
    this.f.serverStarted.inc(g.base);
  }

  grpcServerHandled(g: GrpcLabels, code: GoCodeName, seconds: number): void {
    this.f.serverHandled.inc(codeLabels(g, code));
    this.f.serverSeconds.observe(g.base, seconds);
  }

  grpcClientStarted(g: GrpcLabels): void {
    this.f.clientStarted.inc(g.base);
  }

  grpcClientHandled(g: GrpcLabels, code: GoCodeName, seconds: number): void {
    this.f.clientHandled.inc(codeLabels(g, code));
    this.f.clientSeconds.observe(g.base, seconds);
  }

  // -- streams, protocol, process ----------------------------------------------------------------
  streamBytes(direction: StreamDirection, bytes: number): void {
    this.f.streamBytes.inc(this.directions[direction], bytes);
  }

  protocolError(layer: ProtocolLayer, kind: string): void {
    this.f.protocolErrors.inc({ plugin_id: this.pluginId, layer, kind });
  }

  handshake(seconds: number): void {
    this.f.handshakeSeconds.observe(this.idLabels, seconds);
  }
}

function outcomeLabels(
  cache: Map<string, Record<Outcome, Labels>>,
  pluginId: string,
  key: string,
  name: string,
): Record<Outcome, Labels> {
  let l = cache.get(name);
  if (!l) {
    const make = (outcome: Outcome): Labels => ({ plugin_id: pluginId, [key]: name, outcome });
    l = { ok: make('ok'), app_error: make('app_error'), error: make('error') };
    cache.set(name, l);
  }
  return l;
}

function successLabels(
  cache: Map<string, [Labels, Labels]>,
  pluginId: string,
  key: string,
  name: string,
  ok: boolean,
): Labels {
  let l = cache.get(name);
  if (!l) {
    l = [
      { plugin_id: pluginId, [key]: name, success: 'false' },
      { plugin_id: pluginId, [key]: name, success: 'true' },
    ];
    cache.set(name, l);
  }
  return l[ok ? 1 : 0];
}

function codeLabels(g: GrpcLabels, code: GoCodeName): Labels {
  return (g.byCode[code] ??= { ...g.base, grpc_code: code });
}
