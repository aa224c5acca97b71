/**
 * Keeps the language plugin running. The Mattermost server only health-checks the bridge process
 * (Control.Ping), so a crashed language plugin behind a live bridge would never be noticed: the
 * supervisor restarts it with exponential backoff, replays OnConfigurationChange and OnActivate on
 * the new process (the server connection and its API stream stay up), and after too many crashes
 * in the window gives up, so the bridge can exit and let the server's own restart policy decide.
 *
 * Lifecycle states: starting → running → (restarting → running)* → failed | stopped.
 */
import { secondsSince } from '../../clock.ts';
import { EventEmitter } from 'node:events';
import * as grpc from '@grpc/grpc-js';
import type { Logger } from '../../log.ts';
import { bearerMetadata } from '../grpc/bearer.ts';
import { CHANNEL_OPTIONS } from '../grpc/limits.ts';
import { goneWithin, type HooksTarget } from '../mattermost/hooks-target.ts';
import type { BundleInfo } from './manifest.ts';
import { askImplemented, type ImplementedQuery } from './implemented.ts';
import { startLanguagePlugin, type StartedPlugin } from './language-plugin.ts';

export type PluginState = 'starting' | 'running' | 'restarting' | 'failed' | 'stopped';

/** Restart policy defaults (one table). Mattermost allows 3 restarts per 60 minutes of a plugin. */
export interface RestartPolicy {
  maxRestarts: number;
  windowMs: number;
  initialBackoffMs: number;
  maxBackoffMs: number;
}

export const RESTART_DEFAULTS: Readonly<RestartPolicy> = {
  maxRestarts: 3,
  windowMs: 60 * 60 * 1000,
  initialBackoffMs: 500,
  maxBackoffMs: 30_000,
};

/** The crashes within a restart policy's window (process crashes, lost remote registrations). */
export class CrashWindow {
  private readonly times: number[] = [];

  constructor(private readonly policy: RestartPolicy) {}

  /** Records a crash now: how many are in the window, and the error to give up with past max_restarts. */
  record(what: string, why: string): { count: number; giveUp: Error | undefined } {
    const now = Date.now();
    this.times.push(now);
    while (this.times[0]! < now - this.policy.windowMs) this.times.shift();
    const count = this.times.length;
    const minutes = Math.round(this.policy.windowMs / 60000);
    const giveUp =
      count > this.policy.maxRestarts
        ? new Error(`${what} ${count} times within ${minutes} min; giving up (${why})`)
        : undefined;
    return { count, giveUp };
  }
}

/** How long a process whose hooks server refuses connections may take to be seen exiting. */
const EXIT_GRACE_MS = 2_000;

export interface SupervisorOptions extends ImplementedQuery {
  bundle: BundleInfo;
  api: { target: string; token: string };
  service: grpc.ServiceDefinition;
  log: Logger;
  policy?: Partial<RestartPolicy>;
  /** Called after a restart to bring the new process to where the old one was (OnActivate replay). */
  reactivate?: (t: HooksTarget) => Promise<void>;
  /** Extra grpc-js client options (interceptors). */
  clientOptions?: grpc.ClientOptions;
  /** Seconds from spawn to handshake line, per start. */
  onHandshake?: (seconds: number) => void;
}

export interface SupervisorEvents {
  state: [PluginState];
  restart: [number];
  failed: [Error];
}

export class LanguagePluginSupervisor extends EventEmitter<SupervisorEvents> {
  state: PluginState = 'starting';
  restarts = 0;
  lastError: string | undefined;
  startedAt = 0;
  implemented: ReadonlySet<string> = new Set();
  private current: Promise<HooksTarget>;
  private process: StartedPlugin | undefined;
  private client: grpc.Client | undefined;
  private readonly crashes: CrashWindow;
  private starting: AbortController | undefined;
  private readonly policy: RestartPolicy;

  constructor(private readonly o: SupervisorOptions) {
    super();
    this.policy = { ...RESTART_DEFAULTS, ...o.policy };
    this.crashes = new CrashWindow(this.policy);
    this.current = this.launch(true);
    this.current.catch(() => {});
  }

  /** The running plugin; during a restart, the one being started. */
  target(): Promise<HooksTarget> {
    return this.current;
  }

  get pid(): number | undefined {
    return this.process?.child.pid;
  }

  /** host:port of the current process's PluginHooks server. */
  get address(): string | undefined {
    return this.process?.target;
  }

  async stop(graceMs = 1_000): Promise<void> {
    this.setState('stopped');
    this.starting?.abort(); // a process still before its handshake is stopped now, not after it
    this.client?.close();
    await this.process?.stop(graceMs);
  }

  private async launch(first: boolean): Promise<HooksTarget> {
    const { bundle, log } = this.o;
    try {
      const spawned = process.hrtime.bigint();
      this.startedAt = Date.now();
      this.starting = new AbortController();
      const proc = await startLanguagePlugin(bundle, this.o.api, log, this.starting.signal);
      this.o.onHandshake?.(secondsSince(spawned));
      this.process = proc;
      if (this.state === 'stopped') {
        await proc.stop(200);
        throw new Error('stopped while starting');
      }
      const Client = grpc.makeGenericClientConstructor(this.o.service, 'PluginHooks');
      this.client?.close();
      const client = new Client(proc.target, grpc.credentials.createInsecure(), {
        ...CHANNEL_OPTIONS,
        ...this.o.clientOptions,
      });
      this.client = client;
      const metadata = (): grpc.Metadata => bearerMetadata(this.o.api.token);
      const implemented = await askImplemented(client, metadata(), this.o, bundle.settings.startTimeoutMs);
      // The server fixed its list at the first Implemented: a restarted process keeps that list.
      if (first) this.implemented = implemented;
      proc.exited.then(({ code, signal }) => this.onExit(proc, code, signal));
      const target: HooksTarget = {
        client,
        implemented: this.implemented,
        metadata,
        // Registered after onExit above, so by the time the exit is seen here the restart has begun.
        replaced: async () => {
          const exited = await goneWithin(proc.exited, EXIT_GRACE_MS);
          return exited && (this.state === 'running' || this.state === 'restarting')
            ? this.current
            : undefined;
        },
      };
      if (!first) await this.o.reactivate?.(target);
      this.setState('running');
      log.info(
        { plugin_id: bundle.id, pid: proc.child.pid, hooks: [...this.implemented] },
        'language plugin ready',
      );
      return target;
    } catch (err) {
      this.lastError = err instanceof Error ? err.message : String(err);
      if (this.state !== 'stopped') this.setState(first ? 'failed' : this.state);
      log.error({ plugin_id: bundle.id, error: this.lastError }, 'language plugin failed to start');
      await this.process?.stop(500);
      throw err;
    }
  }

  /**
   * A deliberate restart (`mm-bridge dev`: the plugin's code changed): the process is replaced and
   * OnConfigurationChange/OnActivate replayed as after a crash, but it does not count as one.
   */
  reload(): Promise<HooksTarget> {
    if (this.state === 'stopped' || this.state === 'failed') return this.current;
    const old = this.process;
    this.process = undefined; // its exit is expected: onExit ignores processes it no longer holds
    this.setState('restarting');
    this.current = (old?.stop(1_000) ?? Promise.resolve()).then(() => this.relaunch());
    this.current.catch(() => {});
    return this.current;
  }

  private onExit(proc: StartedPlugin, code: number | null, signal: NodeJS.Signals | null): void {
    if (this.state === 'stopped' || proc !== this.process) return;
    this.lastError = `language plugin exited (code ${code}, signal ${signal})`;
    this.o.log.error({ plugin_id: this.o.bundle.id, code, signal }, 'language plugin exited');
    const { count, giveUp: err } = this.crashes.record('the language plugin crashed', this.lastError);
    if (err) {
      this.setState('failed');
      this.current = Promise.reject(err);
      this.current.catch(() => {});
      this.emit('failed', err);
      return;
    }
    this.setState('restarting');
    const backoff = Math.min(this.policy.maxBackoffMs, this.policy.initialBackoffMs * 2 ** (count - 1));
    this.current = new Promise<void>((r) => setTimeout(r, backoff).unref()).then(() => this.relaunch());
    this.current.catch(() => {});
  }

  private async relaunch(): Promise<HooksTarget> {
    this.restarts++;
    this.emit('restart', this.restarts);
    this.o.log.warn(
      { plugin_id: this.o.bundle.id, restarts: this.restarts },
      'restarting the language plugin',
    );
    try {
      return await this.launch(false);
    } catch (err) {
      // A failed relaunch counts as another crash.
      if (this.state !== 'stopped' && this.process) this.onExit(this.process, null, null);
      throw err;
    }
  }

  private setState(s: PluginState): void {
    if (this.state === s) return;
    this.state = s;
    this.emit('state', s);
  }
}
