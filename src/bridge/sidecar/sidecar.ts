/**
 * The sidecar (`mm-bridge serve`): one process next to a stock Mattermost server hosting every
 * bridged plugin. Stubs attach on the attach listener with the shared secret; each attach becomes an
 * AttachedPlugin with its own one-time net/rpc listener, PluginAPI server, token and language plugin
 * process. A second attach for the same plugin id (the server restarted it) replaces the first.
 * Remote plugins (their own containers) register on the same port with their token
 * (remote-protocol.ts) and wait in `remotes` until the server starts their plugin.
 */
import net from 'node:net';
import path from 'node:path';
import type { LevelWithSilent } from 'pino';
import { sameSecret } from '../grpc/bearer.ts';
import { negotiateVersion, MATTERMOST_HANDSHAKE } from '../goplugin/index.ts';
import { createLogger, stderrDestination, type Logger } from '../../log.ts';
import type { AdminServer } from '../../http/admin.ts';
import { parseListenAddress } from '../../http/admin.ts';
import { AttachProtocolError, attachLine, type AttachRequest } from './attach-protocol.ts';
import { AttachedPlugin } from './attached-plugin.ts';
import { forwardingDestination } from './log-forward.ts';
import { normalizeAddress } from './one-time-listener.ts';
import { RemoteConnection } from './remote-connection.ts';
import { sidecarRequestDecoder, type RemoteRequest, type SidecarRequest } from './remote-protocol.ts';
import { RemoteRegistry } from './remote-registry.ts';
import { checkRemoteToken } from './remote-tokens.ts';

export const ATTACH_REQUEST_TIMEOUT_MS = 5_000;
/** What the server accepts as a plugin id (model.Manifest.IsValid: IsValidPluginId). */
const PLUGIN_ID = /^[a-zA-Z0-9-_.]{3,190}$/;

export interface SidecarOptions {
  /** Attach listener, host:port (MM_BRIDGE_LISTEN). */
  listen: string;
  secret: string;
  /** Where the server's plugins directory is mounted here; unset: the stub's path is used as is. */
  pluginsDir?: string;
  /** Host name the server dials; default: the address the stub connected to. */
  advertiseHost?: string;
  rpcPorts: number[];
  log: Logger;
  logLevel: LevelWithSilent;
  /** Plugin id → directory served instead of the uploaded bundle (mm-bridge dev). */
  bundleOverrides?: ReadonlyMap<string, string>;
  /** How long a stub has to send its attach request (ATTACH_REQUEST_TIMEOUT_MS). */
  attachTimeoutMs?: number;
  /** Where plugin logs go besides the stub (default stderr). */
  logDestination?: NodeJS.WritableStream;
  admin?: AdminServer;
  /** JSON {"plugin id": "token"} of the remote plugins allowed to register (remote-tokens.ts). */
  remoteTokensFile?: string;
}

export class Sidecar {
  readonly plugins = new Map<string, AttachedPlugin>();
  readonly remotes: RemoteRegistry;
  private readonly pending = new Map<string, Promise<unknown>>();
  private stopping = false;

  private constructor(
    private readonly o: SidecarOptions,
    private readonly server: net.Server,
    readonly address: string,
  ) {
    this.remotes = new RemoteRegistry(o.log);
  }

  static async start(o: SidecarOptions): Promise<Sidecar> {
    const { host, port } = parseListenAddress(o.listen);
    const server = net.createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
    const bound = server.address() as net.AddressInfo;
    const sidecar = new Sidecar(
      o,
      server,
      `${bound.family === 'IPv6' ? `[${bound.address}]` : bound.address}:${bound.port}`,
    );
    server.on('connection', (socket) => sidecar.onConnection(socket));
    o.log.info(
      { attach: sidecar.address, plugins_dir: o.pluginsDir ?? '(as sent by the stub)' },
      'sidecar listening for plugin stubs',
    );
    return sidecar;
  }

  private onConnection(socket: net.Socket): void {
    const peer = normalizeAddress(socket.remoteAddress);
    const decoder = sidecarRequestDecoder();
    const refuse = (why: string): void => {
      clearTimeout(deadline);
      socket.off('data', onData);
      this.o.log.warn({ peer, reason: why }, 'attach refused');
      socket.end(attachLine('ERR', why));
      socket.destroySoon();
    };
    // A deadline, not an idle timeout: a peer dripping bytes cannot hold the connection open.
    const ms = this.o.attachTimeoutMs ?? ATTACH_REQUEST_TIMEOUT_MS;
    const deadline = setTimeout(() => refuse(`no complete attach request within ${ms} ms`), ms);
    deadline.unref();
    socket.on('error', () => {});
    const onData = (chunk: Buffer): void => {
      let request: SidecarRequest | undefined;
      try {
        request = decoder.push(chunk);
      } catch (err) {
        if (err instanceof AttachProtocolError) return refuse(err.message);
        throw err;
      }
      if (!request) return;
      socket.off('data', onData);
      clearTimeout(deadline);
      const r = request;
      const why = r.kind === 'remote' ? this.checkRemote(r) : this.check(r);
      if (why) return refuse(why);
      if (r.kind === 'remote') return this.register(r, socket, refuse);
      this.serialized(r.pluginId, () => this.attach(r, socket)).catch((err: Error) => refuse(err.message));
    };
    socket.on('data', onData);
  }

  private check(r: AttachRequest): string | undefined {
    if (this.stopping) return 'the sidecar is stopping';
    if (!sameSecret(r.secret, this.o.secret))
      return 'wrong attach secret: set MM_BRIDGE_ATTACH_SECRET on the Mattermost server to the secret the sidecar was started with';
    if (!validPluginId(r.pluginId)) return `invalid plugin id ${JSON.stringify(r.pluginId)}`;
    return undefined;
  }

  private checkRemote(r: RemoteRequest): string | undefined {
    if (this.stopping) return 'the sidecar is stopping';
    if (!validPluginId(r.pluginId)) return `invalid plugin id ${JSON.stringify(r.pluginId)}`;
    return checkRemoteToken(this.o.remoteTokensFile, r.pluginId, r.token);
  }

  /** A remote plugin registered: it waits in the registry until its plugin is attached. */
  private register(r: RemoteRequest, socket: net.Socket, refuse: (why: string) => void): void {
    let conn: RemoteConnection;
    try {
      conn = new RemoteConnection(socket, r, this.o.log);
    } catch (err) {
      return refuse((err as Error).message);
    }
    this.remotes.offer(conn);
  }

  /** One attach at a time per plugin id: a restart's new attach waits for the old one's teardown. */
  private serialized<T>(id: string, fn: () => Promise<T>): Promise<T> {
    const run = (this.pending.get(id) ?? Promise.resolve()).catch(() => {}).then(fn);
    this.pending.set(id, run);
    void run.catch(() => {}).finally(() => this.pending.get(id) === run && this.pending.delete(id));
    return run;
  }

  private async attach(r: AttachRequest, stub: net.Socket): Promise<void> {
    if (stub.destroyed) return;
    const old = this.plugins.get(r.pluginId);
    if (old) await old.close('replaced by a new attach of the same plugin', false);
    const appVersion = negotiateVersion(r.protocolVersions, [MATTERMOST_HANDSHAKE.protocolVersion]);
    const bundleDir =
      this.o.bundleOverrides?.get(r.pluginId) ??
      (this.o.pluginsDir ? path.join(this.o.pluginsDir, r.pluginId) : r.bundle);
    const log = createLogger({
      level: this.o.logLevel,
      destination: forwardingDestination(this.o.logDestination ?? stderrDestination(), stub).destination,
    });
    const plugin = await AttachedPlugin.attach({
      request: r,
      stub,
      bundleDir,
      appVersion,
      advertiseHost: this.o.advertiseHost ?? normalizeAddress(stub.localAddress),
      listenHost: parseListenAddress(this.o.listen).host,
      rpcPorts: this.o.rpcPorts,
      log,
      metrics: this.o.admin?.metrics,
      remoteLinks: this.remotes,
      onClosed: (p) => {
        if (this.plugins.get(p.id) === p) this.plugins.delete(p.id);
        this.o.admin?.removePlugin(p.bridge);
      },
    });
    if (plugin.closed) return; // gone before it was registered: onClosed has nothing to undo
    this.plugins.set(r.pluginId, plugin);
    this.o.admin?.addPlugin(plugin.bridge);
    this.o.log.info(
      { plugin_id: r.pluginId, bundle: bundleDir, stub: normalizeAddress(stub.remoteAddress) },
      'plugin attached',
    );
  }

  /** Deactivates every plugin cleanly (OnDeactivate, language plugin stopped, stub told). */
  async stop(): Promise<void> {
    this.stopping = true;
    this.server.close();
    await Promise.allSettled([...this.pending.values()]);
    await Promise.allSettled([...this.plugins.values()].map((p) => p.shutdown()));
    this.remotes.closeAll('the sidecar is stopping');
  }
}

function validPluginId(id: string): boolean {
  return PLUGIN_ID.test(id) && !/^\.+$/.test(id);
}
