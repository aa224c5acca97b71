/**
 * Starts the language plugin's process and waits for its go-plugin-gRPC-style handshake line
 * (`1|1|tcp|127.0.0.1:PORT|grpc`) on stdout. The plugin learns where to call the PluginAPI and
 * with which token from its environment: MM_BRIDGE_API_TARGET, MM_BRIDGE_PLUGIN_ID, MM_BRIDGE_TOKEN.
 * The bridge's SDKs are offered to it (sdk-environment.ts); a bundle's server/vendor (Python
 * dependencies installed by `mm-bridge pack`) comes first on PYTHONPATH.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { Readable } from 'node:stream';
import { MATTERMOST_HANDSHAKE, parseHandshake } from '../goplugin/handshake.ts';
import type { Logger } from '../../log.ts';
import type { BundleInfo } from './manifest.ts';
import { withBridgeSdks } from './sdk-environment.ts';

export interface StartedPlugin {
  child: ChildProcess;
  /** host:port of the plugin's PluginHooks gRPC server. */
  target: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop(graceMs?: number): Promise<void>;
}

export class PluginStartError extends Error {
  override readonly name = 'PluginStartError';
}

export async function startLanguagePlugin(
  bundle: BundleInfo,
  api: { target: string; token: string },
  log: Logger,
  /** Aborted: the start is abandoned and the process stopped at once (the plugin detached). */
  signal?: AbortSignal,
): Promise<StartedPlugin> {
  const [cmd, ...args] = bundle.settings.command as [string, ...string[]];
  // Python dependencies `mm-bridge pack` installed into the bundle come first on the import path,
  // this bridge's SDKs last (sdk-environment.ts).
  const env = withBridgeSdks({ ...process.env, ...bundle.settings.env }, bundle.dir);
  delete env[MATTERMOST_HANDSHAKE.magicCookieKey]; // the language plugin is not a go-plugin plugin itself
  Object.assign(env, {
    MM_BRIDGE_API_TARGET: api.target,
    MM_BRIDGE_PLUGIN_ID: bundle.id,
    MM_BRIDGE_TOKEN: api.token,
  });
  const child = spawn(cmd, args, { cwd: bundle.dir, env, stdio: ['pipe', 'pipe', 'pipe'] }); // stdin stays open: the plugin exits when it closes (we died)
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const pluginLog = log.child({ source: 'language_plugin' });
  const recentStderr: string[] = [];
  boundedLines(child.stderr!, (line, dropped) => {
    recentStderr.push(line);
    if (recentStderr.length > 20) recentStderr.shift();
    forwardLine(pluginLog, line, dropped);
  });
  const spawnError = new Promise<never>((_, reject) =>
    child.once('error', (err) => reject(new PluginStartError(`cannot start ${cmd}: ${err.message}`))),
  );
  spawnError.catch(() => {});
  // The first stdout line is the handshake; later lines are logged once it was accepted.
  let onStdout = (line: string): void => void line;
  const first = new Promise<string>((resolve) => {
    let handshake = true;
    boundedLines(child.stdout!, (line, dropped) => {
      if (handshake) resolve(line);
      else onStdout(dropped ? `${line} [${dropped} more bytes dropped]` : line);
      handshake = false;
    });
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new PluginStartError(
            `the language plugin printed no handshake within ${bundle.settings.startTimeoutMs} ms ` +
              '(expected a first stdout line like 1|1|tcp|127.0.0.1:PORT|grpc)',
          ),
        ),
      bundle.settings.startTimeoutMs,
    );
  });
  const died = exited.then(({ code, signal }) => {
    throw new PluginStartError(
      `the language plugin exited before its handshake (code ${code}, signal ${signal})` +
        (recentStderr.length ? `; last stderr: ${recentStderr.slice(-5).join(' | ')}` : ''),
    );
  });
  const stop = async (graceMs = 2_000): Promise<void> => {
    if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const t = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(t);
  };
  const aborted = new Promise<never>((_, reject) => {
    const abort = (): void => reject(new PluginStartError('stopped while starting'));
    if (signal?.aborted) abort();
    signal?.addEventListener('abort', abort, { once: true });
  });
  aborted.catch(() => {});
  try {
    const line = await Promise.race([first, timeout, died, spawnError, aborted]);
    const hs = parseHandshake(line, ['grpc']);
    if (hs.network !== 'tcp')
      throw new PluginStartError(`the language plugin must listen on tcp, got ${hs.network}`);
    onStdout = (l) => pluginLog.info({ stream: 'stdout' }, l);
    return { child, target: hs.address, exited, stop };
  } catch (err) {
    await stop(500);
    throw err instanceof PluginStartError ? err : new PluginStartError((err as Error).message);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Longest line of the plugin's stdout/stderr the bridge keeps: the rest of a longer line is dropped
 * (and counted), so a plugin writing without newlines cannot make the bridge buffer without bound.
 * The server's go-plugin reader splits lines at 64 KiB anyway.
 */
export const MAX_LINE_BYTES = 32 * 1024;

/**
 * Splits a byte stream into lines (\n or \r\n) of at most `max` bytes; `dropped` counts the bytes
 * of the line beyond that. Memory stays bounded by `max` plus one chunk whatever the input.
 */
export function boundedLines(
  input: Readable,
  onLine: (line: string, dropped: number) => void,
  max = MAX_LINE_BYTES,
): void {
  let parts: Buffer[] = [];
  let size = 0;
  let dropped = 0;
  const emit = (): void => {
    let line = Buffer.concat(parts, size).toString('utf8');
    if (line.endsWith('\r')) line = line.slice(0, -1);
    parts = [];
    size = 0;
    const d = dropped;
    dropped = 0;
    onLine(line, d);
  };
  input.on('data', (chunk: Buffer) => {
    for (let start = 0; ;) {
      const nl = chunk.indexOf(10, start);
      const end = nl < 0 ? chunk.length : nl;
      const take = Math.max(0, Math.min(max - size, end - start));
      if (take > 0) {
        parts.push(Buffer.from(chunk.subarray(start, start + take))); // a copy: never pin the chunk
        size += take;
      }
      dropped += end - start - take;
      if (nl < 0) return;
      emit();
      start = nl + 1;
    }
  });
  input.on('end', () => {
    if (size > 0 || dropped > 0) emit();
  });
}

/** Plugin stderr: hclog/pino JSON lines keep their level; anything else is logged at info. */
function forwardLine(log: Logger, line: string, dropped = 0): void {
  if (dropped > 0) {
    log.info({ dropped_bytes: dropped }, `${line} [line too long: ${dropped} more bytes dropped]`);
    return;
  }
  if (line.startsWith('{')) {
    try {
      const o = JSON.parse(line) as Record<string, unknown>;
      const msg = String(o['@message'] ?? o.msg ?? '');
      const level = String(o['@level'] ?? o.level ?? 'info');
      const fn =
        { trace: 'trace', debug: 'debug', info: 'info', warn: 'warn', error: 'error' }[level] ?? 'info';
      const rest = Object.fromEntries(
        Object.entries(o).filter(
          ([k]) => !['@message', '@level', '@timestamp', 'msg', 'level', 'time'].includes(k),
        ),
      );
      (log[fn as 'info'] as (o: object, m: string) => void).call(log, rest, msg);
      return;
    } catch {
      /* not JSON after all */
    }
  }
  log.info(line);
}
