/**
 * The sidecar's end of one remote plugin's registration (remote-protocol.ts): answers OK, then
 * sends ATTACH/DETACH as the server starts and stops the plugin and reads the plugin's READY
 * lines. TCP keepalive finds a peer that vanished without closing (a container on another node).
 */
import type net from 'node:net';
import type { Logger } from '../../log.ts';
import { boundedLines } from '../runtime/language-plugin.ts';
import type { RemoteLink } from '../runtime/remote-runner.ts';
import { attachLine } from './attach-protocol.ts';
import { normalizeAddress } from './one-time-listener.ts';
import { hooksAddress, type RemoteRequest } from './remote-protocol.ts';

/** Idle time before TCP keepalive probes start on a registration. */
export const REMOTE_KEEPALIVE_MS = 15_000;
/** Longest line a remote plugin may send (it only ever sends READY). */
const MAX_LINE = 256;

export class RemoteConnection implements RemoteLink {
  readonly pluginId: string;
  readonly peer: string;
  readonly localHost: string;
  readonly hooksAddress: string;
  readonly closed: Promise<void>;
  private ready: { resolve: () => void; reject: (e: Error) => void } | undefined;

  /** Throws (nothing sent yet) when the request's hooks address is not HOST:PORT or :PORT. */
  constructor(
    private readonly socket: net.Socket,
    request: RemoteRequest,
    private readonly log: Logger,
  ) {
    this.pluginId = request.pluginId;
    this.peer = normalizeAddress(socket.remoteAddress);
    this.localHost = normalizeAddress(socket.localAddress);
    this.hooksAddress = hooksAddress(request.hooks, this.peer);
    this.closed = new Promise((resolve) => socket.once('close', () => resolve()));
    void this.closed.then(() => this.ready?.reject(new Error('the remote plugin disconnected')));
    socket.setKeepAlive(true, REMOTE_KEEPALIVE_MS);
    boundedLines(socket, (line, dropped) => this.onLine(line, dropped), MAX_LINE);
    socket.write(attachLine('OK', 'registered'));
  }

  get open(): boolean {
    return !this.socket.destroyed && this.socket.writable;
  }

  attach(apiTarget: string, token: string, timeoutMs: number): Promise<void> {
    if (!this.open) return Promise.reject(new Error('the remote plugin disconnected'));
    this.ready?.reject(new Error('a newer ATTACH was sent'));
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`the remote plugin did not answer ATTACH with READY within ${timeoutMs} ms`)),
        timeoutMs,
      );
      const done = (): void => {
        clearTimeout(timer);
        this.ready = undefined;
      };
      this.ready = {
        resolve: () => (done(), resolve()),
        reject: (e) => (done(), reject(e)),
      };
      this.socket.write(attachLine('ATTACH', `${apiTarget} ${token}`));
    });
  }

  detach(reason: string): void {
    this.ready?.reject(new Error('detached'));
    if (this.open) this.socket.write(attachLine('DETACH', reason));
  }

  close(reason: string): void {
    if (this.open) this.socket.end(attachLine('BYE', reason));
    this.socket.destroySoon();
  }

  private onLine(line: string, dropped: number): void {
    // A READY without a pending ATTACH answers one that a DETACH overtook: nothing to do.
    if (line === 'READY' && !dropped) return this.ready?.resolve();
    this.log.warn(
      { plugin_id: this.pluginId, peer: this.peer, line: line.slice(0, 64) },
      'unexpected line from a remote plugin; closing its registration',
    );
    this.close('unexpected line (expected READY after ATTACH)');
  }
}
