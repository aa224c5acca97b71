/**
 * One plugin attached to the sidecar: the stub's attach connection, the one-time net/rpc listener
 * the server connects to, the server's go-plugin session on it, and the PluginBridge (language
 * plugin process + PluginAPI server). Their lifetimes are coupled through `close()`, the one place
 * that tears a plugin down:
 *   stub exits (server killed it)        → attach connection closes → close
 *   server sends Control.Quit / hangs up → close, "BYE" to the stub → stub exits 0
 *   language plugin keeps crashing       → close without BYE → stub exits 1 → health check restarts
 *   sidecar stops (SIGTERM)              → OnDeactivate, close → stub exits
 */
import type net from 'node:net';
import { formatHandshake, serveHostConnection } from '../goplugin/index.ts';
import type { Session } from '../yamux/index.ts';
import { PluginBridge } from '../mattermost/bridge.ts';
import type { RemoteLinks } from '../runtime/remote-runner.ts';
import { readBundle } from '../runtime/manifest.ts';
import type { Logger } from '../../log.ts';
import { joinHostPort } from '../net-address.ts';
import type { BridgeMetrics } from '../../metrics/bridge-metrics.ts';
import { attachLine, type AttachRequest } from './attach-protocol.ts';
import { normalizeAddress, openOneTimeListener, type OneTimeListener } from './one-time-listener.ts';

export interface AttachedPluginOptions {
  request: AttachRequest;
  /** The stub's connection (the attach request was read from it). */
  stub: net.Socket;
  bundleDir: string;
  appVersion: number;
  /** Host the server should dial (handshake line); IPv6 without brackets. */
  advertiseHost: string;
  listenHost: string;
  rpcPorts: number[];
  log: Logger;
  metrics?: BridgeMetrics;
  /** Where remote plugins register (props.bridge.remote bundles); their PluginAPI listens on listenHost. */
  remoteLinks: RemoteLinks;
  onClosed: (p: AttachedPlugin, reason: string) => void;
}

export class AttachedPlugin {
  readonly id: string;
  readonly bridge: PluginBridge;
  private listener: OneTimeListener | undefined;
  private session: Session | undefined;
  private closing: Promise<void> | undefined;

  private constructor(private readonly o: AttachedPluginOptions) {
    this.id = o.request.pluginId;
    const bundle = readBundle(o.bundleDir); // checked before the bridge starts anything
    if (bundle.id !== this.id)
      throw new Error(
        `the bundle at ${o.bundleDir} is plugin ${JSON.stringify(bundle.id)}, not ${JSON.stringify(this.id)}`,
      );
    this.bridge = new PluginBridge({
      bundleDir: o.bundleDir,
      bundle,
      log: o.log,
      metrics: o.metrics,
      remote: { links: o.remoteLinks, listenHost: o.listenHost },
      onFatal: (err) => void this.close(`language plugin failed: ${err.message}`, false),
    });
  }

  /** Answers the stub with the handshake line; the server connects next. Throws before answering. */
  static async attach(o: AttachedPluginOptions): Promise<AttachedPlugin> {
    const p = new AttachedPlugin(o);
    try {
      await p.listen();
    } catch (err) {
      await p.bridge.stop(0).catch(() => {});
      throw err;
    }
    return p;
  }

  private async listen(): Promise<void> {
    const { o } = this;
    const peer = normalizeAddress(o.stub.remoteAddress);
    this.listener = await openOneTimeListener({
      host: o.listenHost,
      ports: o.rpcPorts,
      allowedPeer: peer,
      onRefused: (from, why) =>
        o.log.warn(
          { plugin_id: this.id, peer: from, reason: why },
          'refused a connection to a one-time listener',
        ),
    });
    o.stub.on('close', () => void this.close('the stub exited (the server stopped the plugin)', false));
    o.stub.on('error', () => {}); // 'close' follows
    // The stub may have gone while the listener was being opened: its 'close' came already.
    if (o.stub.destroyed) {
      this.listener.close();
      throw new Error('the stub exited while attaching');
    }
    const line = formatHandshake({
      appVersion: o.appVersion,
      network: 'tcp',
      address: joinHostPort(o.advertiseHost, this.listener.port),
      protocol: 'netrpc',
    });
    o.stub.write(attachLine('OK', line.trimEnd()));
    this.listener.connection.then(
      (socket) => this.serve(socket),
      (err: Error) => void this.close(err.message, false),
    );
  }

  private serve(socket: net.Socket): void {
    if (this.closing) return void socket.destroy();
    const { o } = this;
    o.log.info({ plugin_id: this.id, server: normalizeAddress(socket.remoteAddress) }, 'server connected');
    this.session = serveHostConnection(socket, {
      plugins: { hooks: (host) => this.bridge.hooksFor(host) },
      onQuit: () => void this.close('Control.Quit from the server', true),
      onError: (err) =>
        o.log[this.closing ? 'debug' : 'error'](
          { plugin_id: this.id, error: err.message },
          'plugin protocol error',
        ),
    });
    this.session.on('close', () => void this.close('the server closed the connection', true));
  }

  /** close() has begun (the stub or the server may go away while the attach is still answered). */
  get closed(): boolean {
    return this.closing !== undefined;
  }

  /** Tears everything of this plugin down, once; `bye` tells the stub it was a requested stop. */
  close(reason: string, bye: boolean): Promise<void> {
    this.closing ??= (async () => {
      const { o } = this;
      o.log.info({ plugin_id: this.id, reason }, 'plugin detached');
      this.listener?.close();
      this.session?.close(); // first: the server's next call or health check fails at once
      await this.bridge
        .stop()
        .catch((err: Error) => o.log.error({ plugin_id: this.id, error: err.message }, 'stop failed'));
      if (o.stub.writable) o.stub.end(bye ? attachLine('BYE') : '');
      o.onClosed(this, reason);
    })();
    return this.closing;
  }

  /** The sidecar is stopping: OnDeactivate for an active plugin, then close. */
  async shutdown(): Promise<void> {
    await this.bridge.deactivate().catch(() => {});
    await this.close('the sidecar is stopping', false);
  }
}
