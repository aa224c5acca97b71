/**
 * What the admin server says about a bridged plugin (/v1/plugins, /readyz, the status page).
 * `StatusSource` is the read-only view of a PluginBridge it needs; PluginBridge satisfies it.
 */

/**
 * starting → started (language plugin up) → active (OnActivate succeeded) → deactivated; restarting
 * while a crashed language plugin is being started again; failed / stopped.
 */
export const PLUGIN_STATES = [
  'starting',
  'started',
  'active',
  'restarting',
  'deactivated',
  'failed',
  'stopped',
] as const;
export type PluginState = (typeof PLUGIN_STATES)[number];

export interface StatusSource {
  readonly bundle: { readonly id: string; readonly version: string };
  /** How the language plugin runs: "process" (started from props.bridge.command), "in-process", "remote". */
  readonly mode: string;
  readonly lifecycle: PluginState;
  readonly pid: number | undefined;
  /** Epoch ms at which the current language plugin process was started. */
  readonly startedAt: number | undefined;
  readonly restarts: number;
  readonly implemented: readonly string[];
  readonly lastError: string | undefined;
  /** host:port of the bridge's PluginAPI gRPC server. */
  readonly apiAddress: string | undefined;
  /** host:port of the language plugin's PluginHooks gRPC server. */
  readonly hooksAddress: string | undefined;
}

export interface PluginStatus {
  id: string;
  version: string;
  mode: string;
  state: PluginState;
  pid: number | null;
  started_at: string | null;
  uptime_seconds: number | null;
  restarts: number;
  implemented_hooks: string[];
  last_error: string | null;
  api_address: string | null;
  hooks_address: string | null;
}

/** States in which the language plugin process is running. */
const LIVE: ReadonlySet<PluginState> = new Set(['started', 'active', 'deactivated']);

export function pluginStatus(s: StatusSource, now = Date.now()): PluginStatus {
  const running = s.startedAt !== undefined && LIVE.has(s.lifecycle);
  return {
    id: s.bundle.id,
    version: s.bundle.version,
    mode: s.mode,
    state: s.lifecycle,
    pid: s.pid ?? null,
    started_at: s.startedAt === undefined ? null : new Date(s.startedAt).toISOString(),
    uptime_seconds: running ? Math.max(0, Math.round((now - s.startedAt!) / 100) / 10) : null,
    restarts: s.restarts,
    implemented_hooks: [...s.implemented].sort(),
    last_error: s.lastError ?? null,
    api_address: s.apiAddress ?? null,
    hooks_address: s.hooksAddress ?? null,
  };
}
