/**
 * Runs a Node plugin inside the bridge process (props.bridge.in_process): the SDK's in-process
 * loader imports the plugin module, and the hooks and the PluginAPI are called through in-process
 * gRPC clients (src/bridge/grpc/in-process.ts) — the same messages and errors as over gRPC, without
 * sockets or a second process. The trade: no process isolation (a plugin that blocks the event loop
 * blocks the bridge), one environment for all in-process plugins, and no crash restarts (a throwing
 * handler fails its call; the bridge keeps running). Same surface as LanguagePluginSupervisor.
 */
import { EventEmitter } from 'node:events';
import { register } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as grpc from '@grpc/grpc-js';
import { bearerMetadata } from '../grpc/bearer.ts';
import type { Contract } from '../grpc/contract.ts';
import { inProcessClient } from '../grpc/in-process.ts';
import type { HooksTarget } from '../mattermost/hooks-target.ts';
import type { Logger } from '../../log.ts';
import { PACKAGE_ROOT } from '../../paths.ts';
import { askImplemented, type ImplementedQuery } from './implemented.ts';
import type { BundleInfo } from './manifest.ts';
import { nodeSdkModule } from './sdk-environment.ts';
import type { PluginState, SupervisorEvents } from './supervisor.ts';

export interface InProcessRunnerOptions extends ImplementedQuery {
  bundle: BundleInfo;
  contract: Contract;
  /** The bridge's PluginAPI implementation, called by the plugin's API client. */
  api: grpc.UntypedServiceImplementation;
  token: string;
  log: Logger;
  reactivate?: (t: HooksTarget) => Promise<void>;
}

interface SdkInProcess {
  loadInProcessPlugin(
    url: string,
    o: { contract: Contract; api: grpc.Client; token: string; pluginId: string; log: Logger },
  ): Promise<{ implementation: grpc.UntypedServiceImplementation; close(): void }>;
}

let hooksRegistered = false;
let tsxRegistered = false;

/** The plugin module resolves @mattermost-plugin-bridge/sdk and tsx as a process plugin does. */
function registerResolveHooks(): void {
  if (hooksRegistered) return;
  hooksRegistered = true;
  register(pathToFileURL(path.join(PACKAGE_ROOT, 'sdk', 'node', 'loader', 'resolve-hooks.mjs')), {
    data: { sdk: nodeSdkModule('index'), root: PACKAGE_ROOT },
  });
}

export class InProcessRunner extends EventEmitter<SupervisorEvents> {
  state: PluginState = 'starting';
  restarts = 0;
  startedAt = 0;
  implemented: ReadonlySet<string> = new Set();
  readonly address = undefined;
  private current: Promise<HooksTarget>;
  private loaded: { close(): void } | undefined;
  private generation = 0;

  constructor(private readonly o: InProcessRunnerOptions) {
    super();
    this.current = this.launch(true);
    this.current.catch(() => {});
  }

  get pid(): number {
    return process.pid;
  }

  target(): Promise<HooksTarget> {
    return this.current;
  }

  /** Imports the module again (a new module instance) and replays OnConfigurationChange/OnActivate. */
  reload(): Promise<HooksTarget> {
    if (this.state === 'stopped') return this.current;
    this.restarts++;
    this.state = 'restarting';
    this.current = this.launch(false);
    this.current.catch(() => {});
    return this.current;
  }

  async stop(): Promise<void> {
    this.state = 'stopped';
    this.loaded?.close();
  }

  private async launch(first: boolean): Promise<HooksTarget> {
    const { bundle, contract, log } = this.o;
    try {
      registerResolveHooks();
      this.startedAt = Date.now();
      const file = path.resolve(bundle.dir, bundle.settings.inProcess!);
      const url = `${pathToFileURL(file).href}?generation=${++this.generation}`;
      const sdk = (await import(nodeSdkModule('in-process'))) as SdkInProcess;
      const load = (): ReturnType<SdkInProcess['loadInProcessPlugin']> =>
        sdk.loadInProcessPlugin(url, {
          contract,
          api: inProcessClient(contract.api, this.o.api),
          token: this.o.token,
          pluginId: bundle.id,
          log: log.child({ plugin_id: bundle.id, source: 'in_process_plugin' }),
        });
      const loaded = await load().catch(async (err: NodeJS.ErrnoException) => {
        if (err.code !== 'ERR_UNKNOWN_FILE_EXTENSION' || tsxRegistered) throw err;
        tsxRegistered = true; // a TypeScript module and no tsx in this process yet
        const tsx = (await import('tsx/esm/api')) as { register(): unknown };
        tsx.register();
        return load();
      });
      this.loaded?.close();
      this.loaded = loaded;
      const client = inProcessClient(contract.hooks, loaded.implementation);
      const metadata = (): grpc.Metadata => bearerMetadata(this.o.token);
      const implemented = await askImplemented(client, metadata(), this.o, bundle.settings.startTimeoutMs);
      // The server fixed its list at the first Implemented: a reload keeps that list.
      if (first) this.implemented = implemented;
      const target: HooksTarget = { client, implemented: this.implemented, metadata };
      if (!first) await this.o.reactivate?.(target);
      this.state = 'running';
      log.info(
        { plugin_id: bundle.id, hooks: [...this.implemented], module: file },
        'in-process plugin ready',
      );
      return target;
    } catch (err) {
      if (this.state !== 'stopped') this.state = first ? 'failed' : 'running';
      log.error({ plugin_id: bundle.id, error: (err as Error).message }, 'in-process plugin failed to load');
      throw err;
    }
  }
}
