/**
 * One bridged plugin: the PluginAPI gRPC server (bridge → server over net/rpc), the language plugin
 * process and its PluginHooks client (server → plugin over gRPC), and the net/rpc hooks service the
 * Mattermost server calls. Data path of a hook: yamux → netrpc → hooks-rpc → gRPC → language plugin.
 */
import { randomBytes } from 'node:crypto';
import { RpcClient } from '../netrpc/index.ts';
import type { HostConnection, MuxBroker } from '../goplugin/index.ts';
import type { Reply, RpcHandler } from '../netrpc/index.ts';
import { loadContract, PACKAGE, type Contract } from '../grpc/contract.ts';
import { startGrpcServer, type RunningGrpcServer } from '../grpc/server.ts';
import { readBundle, type BundleInfo } from '../runtime/manifest.ts';
import { InProcessRunner } from '../runtime/in-process-runner.ts';
import { RemotePluginRunner, type RemoteLinks } from '../runtime/remote-runner.ts';
import { LanguagePluginSupervisor } from '../runtime/supervisor.ts';
import type { Logger } from '../../log.ts';
import { joinHostPort } from '../net-address.ts';
import type { PluginState } from '../../http/plugin-status.ts';
import type { BridgeMetrics, PluginMetrics } from '../../metrics/bridge-metrics.ts';
import { metricsClientInterceptor, metricsServerInterceptor } from '../../metrics/grpc-interceptors.ts';
import { instrumentHooks } from '../../metrics/hook-instrumentation.ts';
import { SCHEMA_FILE } from '../../paths.ts';
import { apiImplementation } from './api-grpc.ts';
import { MattermostErrors } from './errors.ts';
import { hooksHandlers, type HooksTarget } from './hooks-rpc.ts';
import { MethodCodec } from './method-codec.ts';
import { GobTypes, loadSchema, type Schema } from './schema.ts';
import { Translator } from './translate.ts';
import { callUnary } from './unary.ts';

export interface BridgeOptions {
  bundleDir: string;
  /** The bundle's manifest and settings when the caller has read them already (readBundle(bundleDir)). */
  bundle?: BundleInfo;
  log: Logger;
  /** Where the PluginAPI gRPC server listens (default 127.0.0.1:0, an ephemeral port). */
  apiAddress?: string;
  observeHook?: (hook: string, seconds: number, ok: boolean) => void;
  observeApi?: (method: string, seconds: number, ok: boolean) => void;
  /** The admin server's metrics (MM_BRIDGE_ADMIN_ADDR); without them no metrics code runs. */
  metrics?: BridgeMetrics;
  /** Where remote plugins (props.bridge.remote) register: only the sidecar has them. */
  remote?: RemoteOptions;
  /** The language plugin crashed too often: the bridge should exit so the server restarts the plugin. */
  onFatal?: (err: Error) => void;
}

export interface RemoteOptions {
  links: RemoteLinks;
  /** The PluginAPI server of a remote plugin listens here (the sidecar's listen host), port 0. */
  listenHost: string;
}

export type BridgeState = 'starting' | 'running' | 'failed' | 'stopped';

export class PluginBridge {
  readonly bundle: BundleInfo;
  readonly token = randomBytes(32).toString('hex');
  state: BridgeState = 'starting';
  lastError: string | undefined;
  /** How the language plugin runs (/v1/plugins "mode"): a child process, or in this process. */
  get mode(): 'process' | 'in-process' | 'remote' {
    if (this.bundle.settings.remote) return 'remote';
    return this.bundle.settings.inProcess ? 'in-process' : 'process';
  }
  /** OnActivate outcome as the server saw it; OnDeactivate returned. */
  private activatedAt: number | undefined;
  private activationError: string | undefined;
  private deactivated = false;
  readonly metrics: PluginMetrics | undefined;
  private readonly log: Logger;
  private readonly schema: Schema;
  private readonly contract: Contract;
  private readonly hookCodecs = new Map<string, MethodCodec>();
  private readonly apiCodecs = new Map<string, MethodCodec>();
  private readonly driverCodecs = new Map<string, MethodCodec>();
  private readonly errors: MattermostErrors;
  private apiServer: RunningGrpcServer | undefined;
  private supervisor: LanguagePluginSupervisor | InProcessRunner | RemotePluginRunner | undefined;
  private apiClient: RpcClient | undefined;
  private broker: MuxBroker | undefined;
  private driverClient: RpcClient | undefined;
  readonly target: Promise<HooksTarget>;

  constructor(private readonly o: BridgeOptions) {
    this.log = o.log;
    this.bundle = o.bundle ?? readBundle(o.bundleDir);
    this.schema = loadSchema(SCHEMA_FILE);
    this.contract = loadContract();
    const types = new GobTypes(this.schema);
    const tr = new Translator(types, this.contract.root, this.schema);
    this.errors = new MattermostErrors(types, tr, PACKAGE);
    for (const def of this.schema.hooks)
      if (def.grpc) this.hookCodecs.set(def.name, new MethodCodec(def, types, tr, PACKAGE));
    for (const def of this.schema.driver)
      this.driverCodecs.set(def.name, new MethodCodec(def, types, tr, PACKAGE));
    for (const def of this.schema.api)
      if (def.grpc) this.apiCodecs.set(def.name, new MethodCodec(def, types, tr, PACKAGE));
    this.metrics = o.metrics?.plugin(this);
    this.target = this.start();
    this.target.catch(() => {});
  }

  /** Lifecycle as /v1/plugins, /readyz and mattermost_bridge_plugin_up report it. */
  get lifecycle(): PluginState {
    if (this.state !== 'running') return this.state;
    if (this.supervisor?.state === 'restarting') return 'restarting';
    if (this.activationError !== undefined) return 'failed';
    if (this.deactivated) return 'deactivated';
    return this.activatedAt === undefined ? 'started' : 'active';
  }

  get active(): boolean {
    return this.lifecycle === 'active';
  }

  get apiAddress(): string | undefined {
    return this.apiServer?.address;
  }

  get hooksAddress(): string | undefined {
    return this.supervisor?.address;
  }

  private observeHook(): BridgeOptions['observeHook'] {
    const m = this.metrics;
    const user = this.o.observeHook;
    if (!m) return user;
    return (hook, seconds, ok) => {
      user?.(hook, seconds, ok);
      m.pluginHookTime(hook, seconds, ok);
    };
  }

  private observeApi(): BridgeOptions['observeApi'] {
    const m = this.metrics;
    const user = this.o.observeApi;
    if (!m) return user;
    return (method, seconds, ok) => {
      user?.(method, seconds, ok);
      m.pluginApiTime(method, seconds, ok);
    };
  }

  /** Metrics and debug lines per hook when enabled; OnActivate/OnDeactivate outcomes always. */
  private instrument(handlers: Record<string, RpcHandler>): Record<string, RpcHandler> {
    const failed = (hook: string, reply: Reply): boolean =>
      (this.hookCodecs.get(hook)?.errorOf(reply.value) ?? null) !== null;
    const out =
      this.metrics || this.log.isLevelEnabled('debug')
        ? instrumentHooks(handlers, {
            pluginId: this.bundle.id,
            metrics: this.metrics,
            log: this.log,
            failed,
          })
        : { ...handlers };
    const activate = out.OnActivate;
    if (activate)
      out.OnActivate = async (arg) => {
        try {
          const reply = await activate(arg);
          const err = this.hookCodecs.get('OnActivate')?.errorOf(reply.value) ?? null;
          this.activationError = err === null ? undefined : `OnActivate: ${this.errors.describe(err)}`;
          if (err === null) this.activatedAt = Date.now();
          else this.lastError = this.activationError;
          return reply;
        } catch (e) {
          this.activationError = this.lastError = `OnActivate: ${e instanceof Error ? e.message : String(e)}`;
          throw e;
        }
      };
    const deactivate = out.OnDeactivate;
    if (deactivate)
      out.OnDeactivate = async (arg) => {
        const reply = await deactivate(arg);
        this.deactivated = true;
        return reply;
      };
    return out;
  }

  /** The net/rpc `Plugin` methods for one host connection. */
  hooksFor(host: HostConnection): Record<string, RpcHandler> {
    const handlers = hooksHandlers({
      codecs: this.hookCodecs,
      errors: this.errors,
      target: () => this.currentTarget(),
      hookTimeoutMs: this.bundle.settings.hookTimeoutMs,
      log: this.log,
      observe: this.observeHook(),
      broker: host.broker,
      connectApi: async (apiId, driverId) => {
        const [api, driver] = await Promise.all([host.broker.dial(apiId), host.broker.dial(driverId)]);
        this.apiClient?.close();
        this.driverClient?.close();
        this.apiClient = new RpcClient(api);
        this.driverClient = new RpcClient(driver);
        this.broker = host.broker;
      },
    });
    return this.instrument(handlers);
  }

  get implemented(): string[] {
    return [...(this.supervisor?.implemented ?? [])];
  }

  get pid(): number | undefined {
    return this.supervisor?.pid;
  }

  /** Epoch ms at which the current language plugin process was started. */
  get startedAt(): number | undefined {
    return this.supervisor?.startedAt || undefined;
  }

  /** Times the language plugin was started again within this process. */
  get restarts(): number {
    return this.supervisor?.restarts ?? 0;
  }

  private async start(): Promise<HooksTarget> {
    try {
      const apiImpl = apiImplementation({
        codecs: this.apiCodecs,
        errors: this.errors,
        token: this.token,
        apiClient: () => this.apiClient,
        broker: () => this.broker,
        log: this.log,
        observe: this.observeApi(),
      });
      const remote = this.bundle.settings.remote ? this.o.remote : undefined;
      if (this.bundle.settings.remote && !remote)
        throw new Error(
          `${this.bundle.id} is a remote plugin (props.bridge.remote): it registers with a sidecar, so run it with the stub bundle (mm-bridge pack) and mm-bridge serve`,
        );
      this.apiServer = await startGrpcServer({
        address: remote ? joinHostPort(remote.listenHost, 0) : (this.o.apiAddress ?? '127.0.0.1:0'),
        reflection: this.contract.reflection,
        interceptors:
          this.metrics || this.log.isLevelEnabled('debug')
            ? [
                metricsServerInterceptor({
                  pluginId: this.bundle.id,
                  metrics: this.metrics,
                  log: this.log,
                  apiServices: [`${PACKAGE}.PluginAPI`, `${PACKAGE}.PluginDriver`],
                }),
              ]
            : [],
        services: [
          {
            name: `${PACKAGE}.PluginAPI`,
            definition: this.contract.api,
            implementation: apiImpl,
          },
          {
            name: `${PACKAGE}.PluginDriver`,
            definition: this.contract.driver,
            implementation: apiImplementation({
              codecs: this.driverCodecs,
              errors: this.errors,
              token: this.token,
              apiClient: () => this.driverClient,
              log: this.log,
              observe: this.observeApi(),
            }),
          },
        ],
      });
      this.log.info(
        { plugin_id: this.bundle.id, api: this.apiServer.address },
        'PluginAPI gRPC server listening',
      );
      if (this.state === 'stopped') throw new Error('stopped while starting');
      const implementedCodec = this.schema.hooks.find((h) => h.name === 'Implemented');
      const common = {
        bundle: this.bundle,
        implementedField: implementedCodec?.returns.fields[0]?.proto ?? 'hooks',
        known: new Set([...this.hookCodecs.keys(), 'OnActivate']),
        log: this.log,
        reactivate: (t: HooksTarget) => this.reactivate(t),
      };
      const outOfProcess = {
        service: this.contract.hooks,
        clientOptions: this.metrics ? { interceptors: [metricsClientInterceptor(this.metrics)] } : {},
        policy: this.bundle.settings.restart,
      };
      this.supervisor = remote
        ? new RemotePluginRunner({
            ...common,
            ...outOfProcess,
            links: remote.links,
            token: this.token,
            apiPort: this.apiServer.port,
          })
        : this.bundle.settings.inProcess
          ? new InProcessRunner({ ...common, contract: this.contract, api: apiImpl, token: this.token })
          : new LanguagePluginSupervisor({
              ...common,
              ...outOfProcess,
              api: { target: this.apiServer.address, token: this.token },
              onHandshake: (seconds) => this.metrics?.handshake(seconds),
            });
      this.supervisor.on('failed', (err) => {
        this.state = 'failed';
        this.lastError = err.message;
        this.o.onFatal?.(err);
      });
      const target = await this.supervisor.target();
      this.state = 'running';
      return target;
    } catch (err) {
      if (this.state !== 'stopped') this.state = 'failed';
      this.lastError = err instanceof Error ? err.message : String(err);
      throw err;
    }
  }

  /**
   * The current language plugin process (a restart replaces it). While it is being restarted (or a
   * remote plugin is being waited for), a hook waits at most its hook timeout for it, as it would
   * wait for an answer: a plugin that stays away never holds a post or a request longer than that.
   */
  currentTarget(): Promise<HooksTarget> {
    const s = this.supervisor;
    if (s?.state === 'running') return s.target();
    if (s?.state !== 'restarting') return this.target;
    const ms = this.bundle.settings.hookTimeoutMs;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`it is restarting and was not back within ${ms} ms (hook_timeout_ms)`)),
        ms,
      );
      timer.unref();
    });
    return Promise.race([s.target(), late]).finally(() => clearTimeout(timer));
  }

  /**
   * After a restart: what the Go plugin side does on activation, replayed on the new process —
   * OnConfigurationChange, then OnActivate. The server's connection and API stream are unchanged.
   */
  private async reactivate(t: HooksTarget): Promise<void> {
    if (this.activatedAt === undefined) return; // never activated: the server will call OnActivate itself
    for (const hook of ['OnConfigurationChange', 'OnActivate']) {
      if (!t.implemented.has(hook)) continue;
      try {
        await callUnary(t.client, hook, {}, t.metadata(), this.bundle.settings.hookTimeoutMs);
      } catch (err) {
        this.log.error(
          { plugin_id: this.bundle.id, hook, error: (err as Error).message },
          'replay after restart failed',
        );
      }
    }
  }

  /** Restarts the language plugin from the bundle's current files (mm-bridge dev). */
  async reload(): Promise<void> {
    await this.supervisor?.reload();
  }

  /**
   * OnDeactivate on the language plugin when the server activated it and has not deactivated it:
   * what the server would do before stopping it (the sidecar calls this when it stops).
   */
  async deactivate(): Promise<void> {
    if (this.activatedAt === undefined || this.deactivated || this.state !== 'running') return;
    const t = await this.currentTarget();
    if (t.implemented.has('OnDeactivate'))
      await callUnary(t.client, 'OnDeactivate', {}, t.metadata(), this.bundle.settings.hookTimeoutMs);
    this.deactivated = true;
  }

  async stop(graceMs = 1_000): Promise<void> {
    this.state = 'stopped';
    await this.supervisor?.stop(graceMs);
    this.apiClient?.close();
    this.driverClient?.close();
    await this.apiServer?.shutdown();
  }
}
