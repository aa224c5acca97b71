/**
 * The plugin bundle's manifest (plugin.json, model.Manifest) and our settings inside it:
 *   "props": { "bridge": { "command": ["node", "server/plugin.js"], "env": {...},
 *                          "start_timeout_ms": 10000, "hook_timeout_ms": 30000,
 *                          "restart": { "max_restarts": 3, "window_ms": 3600000, "initial_backoff_ms": 500 },
 *                          "in_process": false, "remote": false } }
 * Relative command paths are resolved against the bundle directory, which is also the cwd. A remote
 * plugin (runs in its own container and registers with the sidecar) has no command.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface BridgeSettings {
  command: string[];
  env: Record<string, string>;
  startTimeoutMs: number;
  hookTimeoutMs: number;
  /**
   * Node plugins only: the module to run inside the bridge process (props.bridge.in_process: true
   * takes the script named by `command`, a string names it), no gRPC hop and no second process.
   */
  inProcess: string | undefined;
  /** The plugin runs elsewhere and registers with the sidecar (runtime/remote-runner.ts). */
  remote: boolean;
  /** Restart policy overrides for the language plugin (see runtime/supervisor.ts RESTART_DEFAULTS). */
  restart: { maxRestarts?: number; windowMs?: number; initialBackoffMs?: number; maxBackoffMs?: number };
}

export interface BundleInfo {
  dir: string;
  id: string;
  version: string;
  settings: BridgeSettings;
}

/** Defaults in one table. */
export const BRIDGE_DEFAULTS = {
  startTimeoutMs: 10_000,
  hookTimeoutMs: 30_000,
  /** A remote plugin's container may still be starting when the server starts the plugin. */
  remoteStartTimeoutMs: 60_000,
} as const;

export class ManifestError extends Error {
  override readonly name = 'ManifestError';
}

export function readBundle(dir: string): BundleInfo {
  const file = path.join(dir, 'plugin.json');
  let manifest: Record<string, unknown>;
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch (err) {
    throw new ManifestError(`cannot read ${file}: ${(err as Error).message}`);
  }
  const id = typeof manifest.id === 'string' ? manifest.id : '';
  if (!id) throw new ManifestError(`${file}: "id" is missing`);
  const props = (manifest.props ?? {}) as Record<string, unknown>;
  const b = (props.bridge ?? {}) as Record<string, unknown>;
  const remote = b.remote === true;
  const command = remote && b.command === undefined ? [] : b.command;
  if (b.remote !== undefined && typeof b.remote !== 'boolean')
    throw new ManifestError(`${file}: props.bridge.remote must be true or false`);
  if (remote && b.in_process !== undefined && b.in_process !== false)
    throw new ManifestError(`${file}: props.bridge.remote and props.bridge.in_process exclude each other`);
  if (
    !Array.isArray(command) ||
    (command.length === 0 && !remote) ||
    !command.every((c) => typeof c === 'string')
  ) {
    throw new ManifestError(
      `${file}: props.bridge.command must be a non-empty array of strings, e.g. ["node", "server/plugin.js"] (or set props.bridge.remote: true for a plugin that runs in its own container)`,
    );
  }
  return {
    dir,
    id,
    version: typeof manifest.version === 'string' ? manifest.version : '',
    settings: {
      command: command as string[],
      env: Object.fromEntries(
        Object.entries((b.env ?? {}) as Record<string, unknown>).map(([k, v]) => [k, String(v)]),
      ),
      startTimeoutMs: positive(
        b.start_timeout_ms,
        remote ? BRIDGE_DEFAULTS.remoteStartTimeoutMs : BRIDGE_DEFAULTS.startTimeoutMs,
      ),
      hookTimeoutMs: positive(b.hook_timeout_ms, BRIDGE_DEFAULTS.hookTimeoutMs),
      inProcess: remote ? undefined : inProcessModule(b.in_process, command as string[], file),
      remote,
      restart: restartPolicy(b.restart),
    },
  };
}

const SCRIPT = /\.(?:[cm]?js|[cm]?ts)$/;

function inProcessModule(v: unknown, command: string[], file: string): string | undefined {
  if (v === undefined || v === false) return undefined;
  if (typeof v === 'string' && SCRIPT.test(v)) return v;
  const script = v === true ? [...command].reverse().find((c) => SCRIPT.test(c)) : undefined;
  if (script) return script;
  throw new ManifestError(
    `${file}: props.bridge.in_process must be true (run the script named in "command" inside the bridge) or the path of a .js/.mjs/.ts/.mts module`,
  );
}

function positive(v: unknown, dflt: number): number {
  return typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : dflt;
}

function restartPolicy(v: unknown): BridgeSettings['restart'] {
  const r = (v ?? {}) as Record<string, unknown>;
  const out: BridgeSettings['restart'] = {};
  const pick = (key: string, name: keyof BridgeSettings['restart']): void => {
    const n = r[key];
    if (typeof n === 'number' && Number.isFinite(n) && n >= 0) out[name] = n;
  };
  pick('max_restarts', 'maxRestarts');
  pick('window_ms', 'windowMs');
  pick('initial_backoff_ms', 'initialBackoffMs');
  pick('max_backoff_ms', 'maxBackoffMs');
  return out;
}
