/**
 * A remote language plugin (props.bridge.remote): it runs in its own container and registers with
 * the sidecar (sidecar/remote-protocol.ts) instead of being spawned. Same surface as
 * LanguagePluginSupervisor; what differs is where a "process" comes from:
 *
 *   start      wait for a registration of this plugin id (one already waiting is taken at once),
 *              send it ATTACH with this bridge's PluginAPI address and token, wait for READY, ask
 *              Implemented                                                        → running
 *   lost       the registration's connection closed (the container died, the network broke) or a
 *              newer registration replaced it: hooks wait for the next one, which gets
 *              OnConfigurationChange and OnActivate replayed                       → restarting
 *   give up    no working registration within start_timeout_ms of the start (one that fails to
 *              answer is dropped and the next awaited), or more than max_restarts losses (or waits
 *              of start_timeout_ms in vain) within the restart window: the bridge fails, the stub
 *              exits, the server's health check decides
 *
 * On stop the registration is handed back (DETACH): the remote plugin stays connected for the next
 * activation. Hook calls go to its PluginHooks server with the same bearer token as the API calls.
 */
import { EventEmitter } from 'node:events';
import { setTimeout as delay } from 'node:timers/promises';
import * as grpc from '@grpc/grpc-js';
import { bearerMetadata } from '../grpc/bearer.ts';
import { CHANNEL_OPTIONS } from '../grpc/limits.ts';
import { goneWithin, type HooksTarget } from '../mattermost/hooks-target.ts';
import { joinHostPort } from '../net-address.ts';
import { askImplemented, type ImplementedQuery } from './implemented.ts';
import type { BundleInfo } from './manifest.ts';
import {
  CrashWindow,
  RESTART_DEFAULTS,
  type PluginState,
  type RestartPolicy,
  type SupervisorEvents,
} from './supervisor.ts';

/** One registration of a remote plugin, as the runner uses it. */
export interface RemoteLink {
  /** host:port of the plugin's PluginHooks server. */
  readonly hooksAddress: string;
  /** The sidecar address the plugin reached: where it can reach the PluginAPI server too. */
  readonly localHost: string;
  /** Settles when the connection is gone. */
  readonly closed: Promise<void>;
  /** ATTACH, then READY within timeoutMs. */
  attach(apiTarget: string, token: string, timeoutMs: number): Promise<void>;
  close(reason: string): void;
}

/** Where registrations come from (the sidecar's registry). */
export interface RemoteLinks {
  /**
   * `take` gets this plugin's registrations, one already waiting at once. The returned function
   * ends the subscription; a link given to it is detached and kept for the next activation.
   */
  subscribe(pluginId: string, take: (link: RemoteLink) => void): (keep?: RemoteLink) => void;
}

export interface RemoteRunnerOptions extends ImplementedQuery {
  bundle: BundleInfo;
  links: RemoteLinks;
  token: string;
  /** Port of this plugin's PluginAPI server; the plugin dials it at the address it registered at. */
  apiPort: number;
  service: grpc.ServiceDefinition;
  policy?: Partial<RestartPolicy>;
  reactivate?: (t: HooksTarget) => Promise<void>;
  clientOptions?: grpc.ClientOptions;
}

/** How long a registration has to answer ATTACH and Implemented. */
const ANSWER_TIMEOUT_MS = 10_000;
/** How long a hook call that could not connect waits to see the registration go. */
const LOST_GRACE_MS = 2_000;

export class RemotePluginRunner extends EventEmitter<SupervisorEvents> {
  state: PluginState = 'starting';
  restarts = 0;
  lastError: string | undefined;
  startedAt = 0;
  implemented: ReadonlySet<string> = new Set();
  readonly pid = undefined;
  private link: RemoteLink | undefined;
  private client: grpc.Client | undefined;
  private everRan = false;
  private current!: Promise<HooksTarget>;
  private waiting: { resolve: (t: HooksTarget) => void; reject: (e: Error) => void } | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly losses: CrashWindow;
  private readonly unsubscribe: (keep?: RemoteLink) => void;

  constructor(private readonly o: RemoteRunnerOptions) {
    super();
    this.losses = new CrashWindow({ ...RESTART_DEFAULTS, ...o.policy });
    this.wait();
    this.unsubscribe = o.links.subscribe(o.bundle.id, (link) => void this.onLink(link));
  }

  target(): Promise<HooksTarget> {
    return this.current;
  }

  /** Stopped or given up: registrations are no longer taken. */
  private get ended(): boolean {
    return this.state === 'stopped' || this.state === 'failed';
  }

  /** host:port of the registered plugin's PluginHooks server. */
  get address(): string | undefined {
    return this.link?.hooksAddress;
  }

  /** A remote plugin's code is not the bridge's to reload. */
  reload(): Promise<HooksTarget> {
    return this.current;
  }

  async stop(): Promise<void> {
    if (this.state === 'stopped') return;
    this.setState('stopped');
    this.settle(new Error('stopped'));
    this.client?.close();
    const link = this.link;
    this.link = undefined;
    this.unsubscribe(link);
  }

  /** A pending target that the next registration resolves; timed out by start_timeout_ms. */
  private wait(): void {
    if (this.waiting) return;
    this.current = new Promise<HooksTarget>((resolve, reject) => (this.waiting = { resolve, reject }));
    this.current.catch(() => {});
    this.arm();
  }

  private arm(): void {
    clearTimeout(this.timer);
    const ms = this.o.bundle.settings.startTimeoutMs;
    this.timer = setTimeout(() => {
      // A registration still being attached had its chance: drop it, so its close is not a loss too.
      const stuck = this.link;
      this.link = undefined;
      stuck?.close(`no answer within start_timeout_ms (${ms} ms)`);
      const last = this.lastError ? ` (last: ${this.lastError})` : '';
      this.lose(
        `no remote plugin registered as ${this.o.bundle.id} within ${ms} ms${last}: start it with MM_BRIDGE_REMOTE=<sidecar>:<port> and its token (see "Remote plugins" in the README)`,
      );
    }, ms);
    this.timer.unref();
  }

  private settle(result: HooksTarget | Error): void {
    clearTimeout(this.timer);
    const w = this.waiting;
    this.waiting = undefined;
    if (result instanceof Error) w?.reject(result);
    else w?.resolve(result);
  }

  private async onLink(link: RemoteLink): Promise<void> {
    if (this.ended) return link.close(`the plugin is ${this.state}`);
    const old = this.link;
    this.link = link; // from here on the old link's loss is not a crash
    old?.close('replaced by a newer registration of this plugin');
    if (this.state === 'running') this.setState('restarting');
    this.wait();
    void link.closed.then(() => this.onClosed(link));
    const { bundle, log, token } = this.o;
    try {
      this.startedAt = Date.now();
      // A registered plugin answers at once; a registration that does not is dropped, and the wait
      // for the next one goes on (start_timeout_ms).
      const timeoutMs = Math.min(bundle.settings.startTimeoutMs, ANSWER_TIMEOUT_MS);
      await link.attach(joinHostPort(link.localHost, this.o.apiPort), token, timeoutMs);
      const Client = grpc.makeGenericClientConstructor(this.o.service, 'PluginHooks');
      const client = new Client(link.hooksAddress, grpc.credentials.createInsecure(), {
        ...CHANNEL_OPTIONS,
        ...this.o.clientOptions,
      });
      if (this.link !== link) return client.close();
      this.client?.close();
      this.client = client;
      const metadata = (): grpc.Metadata => bearerMetadata(token);
      const implemented = await askImplemented(client, metadata(), this.o, timeoutMs);
      if (!this.everRan) this.implemented = implemented; // the server fixed its list at the first
      const target: HooksTarget = {
        client,
        implemented: this.implemented,
        metadata,
        // A call that never reached a lost registration goes to the next one if it comes within the
        // hook timeout (as long as a call may take anyway).
        replaced: async () => {
          const lost = await goneWithin(link.closed, LOST_GRACE_MS);
          if (!lost || this.ended) return undefined;
          const ms = bundle.settings.hookTimeoutMs;
          return Promise.race([this.current, delay(ms, undefined, { ref: false })]);
        },
      };
      if (this.everRan) {
        this.restarts++;
        this.emit('restart', this.restarts);
        await this.o.reactivate?.(target);
      }
      if (this.link !== link) return;
      this.everRan = true;
      this.setState('running');
      this.settle(target);
      log.info(
        { plugin_id: bundle.id, hooks_address: link.hooksAddress, hooks: [...this.implemented] },
        'remote plugin ready',
      );
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      log.error({ plugin_id: bundle.id, error: why }, 'remote plugin registration failed');
      // Not ours any more (replaced, or handed back by stop()): nothing to undo.
      if (this.link !== link || this.ended) return;
      this.lastError = `registration failed: ${why}`;
      link.close(this.lastError); // its close counts as a loss once the plugin ran (onClosed)
    }
  }

  private onClosed(link: RemoteLink): void {
    if (link !== this.link || this.ended) return;
    this.link = undefined;
    // Before the first activation a registration may come and go (a stale one, a failed one): the
    // start waits on for the next until start_timeout_ms.
    if (!this.everRan) return;
    this.lose(`the remote plugin disconnected (${link.hooksAddress})`);
  }

  /** A registration was lost or did not come: wait for the next, or give up (RESTART_DEFAULTS). */
  private lose(why: string): void {
    this.lastError = why;
    this.o.log.error({ plugin_id: this.o.bundle.id, reason: why }, 'remote plugin lost');
    if (!this.everRan) return this.fail(new Error(why)); // no registration in time: never started
    const { giveUp } = this.losses.record('the remote plugin was lost', why);
    if (giveUp) return this.fail(giveUp);
    this.setState('restarting');
    if (this.waiting) this.arm();
    else this.wait();
  }

  private fail(err: Error): void {
    const first = !this.everRan;
    this.setState('failed');
    this.settle(err);
    this.current = Promise.reject(err);
    this.current.catch(() => {});
    this.link?.close(err.message);
    this.link = undefined;
    if (!first) this.emit('failed', err);
  }

  private setState(s: PluginState): void {
    if (this.state === s) return;
    this.state = s;
    this.emit('state', s);
  }
}
