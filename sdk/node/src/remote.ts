/**
 * Remote mode: the plugin runs in its own container and registers with the bridge's sidecar
 * (src/bridge/sidecar/remote-protocol.ts) instead of being started by it. runPlugin takes this path
 * when MM_BRIDGE_REMOTE is set:
 *
 *   MM_BRIDGE_REMOTE             the sidecar's attach address, host:port (mm-bridge serve --listen)
 *   MM_BRIDGE_PLUGIN_ID          the plugin id (the bundle's plugin.json id)
 *   MM_BRIDGE_REMOTE_TOKEN       this plugin's token from the sidecar's --remote-tokens-file
 *     (or MM_BRIDGE_REMOTE_TOKEN_FILE, a file holding it, read at each registration; it wins)
 *   MM_BRIDGE_HOOKS_LISTEN       where the PluginHooks server listens (default 0.0.0.0:0)
 *   MM_BRIDGE_HOOKS_ADVERTISE    host:port the sidecar dials for hooks (default :PORT, the address
 *                                this plugin connects from)
 *
 * The registration stays open: each ATTACH points the PluginAPI client at the bridge of the current
 * activation and sets the token hooks must carry; DETACH clears both. A lost connection is retried
 * with exponential backoff, forever: the plugin outlives sidecar restarts.
 */
import { readFileSync } from 'node:fs';
import net from 'node:net';
import * as grpc from '@grpc/grpc-js';
import type { Contract } from '../../../src/bridge/grpc/contract.ts';
import { CHANNEL_OPTIONS } from '../../../src/bridge/grpc/limits.ts';
import type { Logger } from '../../../src/log.ts';

export interface RemoteSettings {
  sidecar: { host: string; port: number };
  pluginId: string;
  /** The token at start; with tokenFile, each registration reads the file again (rotation). */
  token: string;
  tokenFile: string | undefined;
  hooksListen: string;
  /** What the registration's `hooks:` says; undefined: `:<bound port>`. */
  hooksAdvertise: string | undefined;
}

/** Backoff between registration attempts. */
export const RECONNECT = { initialMs: 500, maxMs: 30_000 } as const;

export function remoteSettings(env: NodeJS.ProcessEnv): RemoteSettings {
  const sidecar = env.MM_BRIDGE_REMOTE ?? '';
  const m = /^(?:\[([^\]]+)\]|([^:]+)):(\d{1,5})$/.exec(sidecar);
  if (!m || Number(m[3]) < 1 || Number(m[3]) > 65535)
    throw new Error(`MM_BRIDGE_REMOTE=${JSON.stringify(sidecar)}: expected the sidecar's host:port`);
  const pluginId = env.MM_BRIDGE_PLUGIN_ID ?? '';
  if (!pluginId) throw new Error('MM_BRIDGE_PLUGIN_ID is not set: a remote plugin names its plugin id');
  const tokenFile = env.MM_BRIDGE_REMOTE_TOKEN_FILE || undefined;
  const token = checkedToken(
    tokenFile ? readFileSync(tokenFile, 'utf8') : (env.MM_BRIDGE_REMOTE_TOKEN ?? ''),
  );
  return {
    sidecar: { host: m[1] ?? m[2]!, port: Number(m[3]) },
    pluginId,
    token,
    tokenFile,
    hooksListen: env.MM_BRIDGE_HOOKS_LISTEN || '0.0.0.0:0',
    hooksAdvertise: env.MM_BRIDGE_HOOKS_ADVERTISE || undefined,
  };
}

function checkedToken(raw: string): string {
  const token = raw.trim();
  if (/\s/.test(token)) throw new Error('the remote token must be one word (no spaces or line breaks)');
  if (!token)
    throw new Error(
      "MM_BRIDGE_REMOTE_TOKEN (or MM_BRIDGE_REMOTE_TOKEN_FILE) is not set: use this plugin's entry in the sidecar's remote tokens file",
    );
  return token;
}

/** The PluginAPI client and hook token of the current activation, switched by ATTACH/DETACH. */
export class Attachment {
  private client: grpc.Client | undefined;
  private current = '';

  constructor(private readonly contract: Contract) {}

  /** The token hook calls must carry; '' while detached (every hook call is refused). */
  token = (): string => this.current;

  /** The PluginAPI client; throws UNAVAILABLE while detached. */
  apiClient = (): grpc.Client => {
    if (this.client) return this.client;
    throw Object.assign(
      new Error('not attached to a Mattermost server: the sidecar has not started this plugin'),
      {
        code: grpc.status.UNAVAILABLE,
        details: 'not attached to a Mattermost server',
        metadata: new grpc.Metadata(),
      },
    );
  };

  attach(target: string, token: string): void {
    this.client?.close();
    const Client = grpc.makeGenericClientConstructor(this.contract.api, 'PluginAPI');
    this.client = new Client(target, grpc.credentials.createInsecure(), CHANNEL_OPTIONS);
    this.current = token;
  }

  detach(): void {
    this.client?.close();
    this.client = undefined;
    this.current = '';
  }
}

export interface RegistrationOptions {
  settings: RemoteSettings;
  /** The bound port of the PluginHooks server. */
  hooksPort: number;
  attachment: Attachment;
  log: Logger;
  initialBackoffMs?: number;
}

/** Keeps the plugin registered with the sidecar until stop(). */
export class Registration {
  private socket: net.Socket | undefined;
  private stopped = false;
  private backoffMs: number;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly o: RegistrationOptions) {
    this.backoffMs = o.initialBackoffMs ?? RECONNECT.initialMs;
    this.connect();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.socket?.destroy();
    this.o.attachment.detach();
  }

  private connect(): void {
    const { settings, log } = this.o;
    const socket = net.connect(settings.sidecar);
    this.socket = socket;
    socket.setKeepAlive(true, 15_000);
    socket.setNoDelay(true);
    socket.on('connect', () => {
      const hooks = settings.hooksAdvertise ?? `:${this.o.hooksPort}`;
      socket.write(
        `MM-BRIDGE-REMOTE 1\nplugin-id: ${settings.pluginId}\ntoken: ${this.token()}\nhooks: ${hooks}\n\n`,
      );
    });
    let buffered = '';
    socket.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      for (let nl = buffered.indexOf('\n'); nl >= 0; nl = buffered.indexOf('\n')) {
        this.onLine(socket, buffered.slice(0, nl));
        buffered = buffered.slice(nl + 1);
      }
      if (buffered.length > 64 * 1024) socket.destroy(new Error('line too long from the sidecar'));
    });
    socket.on('error', (err) =>
      log.warn(
        { sidecar: `${settings.sidecar.host}:${settings.sidecar.port}`, error: err.message },
        'sidecar connection failed',
      ),
    );
    socket.on('close', () => {
      this.o.attachment.detach();
      if (this.stopped) return;
      log.info({ retry_ms: this.backoffMs }, 'not registered with the sidecar; connecting again');
      this.timer = setTimeout(() => this.connect(), this.backoffMs);
      this.backoffMs = Math.min(RECONNECT.maxMs, this.backoffMs * 2);
    });
  }

  /** The token file is read at each registration, so a rotated secret is used without a restart. */
  private token(): string {
    const { settings, log } = this.o;
    if (!settings.tokenFile) return settings.token;
    try {
      return checkedToken(readFileSync(settings.tokenFile, 'utf8'));
    } catch (err) {
      log.error(
        { file: settings.tokenFile, error: (err as Error).message },
        'cannot read the remote token; using the last one',
      );
      return settings.token;
    }
  }

  private onLine(socket: net.Socket, line: string): void {
    const { attachment, log } = this.o;
    const space = line.indexOf(' ');
    const kind = space < 0 ? line : line.slice(0, space);
    const rest = space < 0 ? '' : line.slice(space + 1);
    switch (kind) {
      case 'OK':
        this.backoffMs = this.o.initialBackoffMs ?? RECONNECT.initialMs;
        return log.info({ plugin_id: this.o.settings.pluginId }, 'registered with the sidecar');
      case 'ERR':
        return log.error({ reason: rest }, 'the sidecar refused the registration');
      case 'ATTACH': {
        const [target, token] = rest.split(' ');
        try {
          if (!target || !token) throw new Error('expected ATTACH <api-target> <api-token>');
          attachment.attach(target, token);
        } catch (err) {
          return log.error(
            { line: line.slice(0, 80), error: (err as Error).message },
            'bad ATTACH from the sidecar',
          );
        }
        socket.write('READY\n');
        return log.info({ api: target }, 'attached: the server started the plugin');
      }
      case 'DETACH':
        attachment.detach();
        return log.info({ reason: rest }, 'detached: the server stopped the plugin');
      case 'BYE':
        return log.info({ reason: rest }, 'the sidecar closed the registration');
      default:
        log.error({ line: line.slice(0, 80) }, 'unexpected line from the sidecar (ignored)');
    }
  }
}
