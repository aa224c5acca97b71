/**
 * Remote plugins' registrations by plugin id. A registration waits here until the server starts
 * its plugin (the stub attaches, the bridge's RemotePluginRunner subscribes), goes to the runner
 * while the plugin is active, and comes back (DETACH) when the server stops it. One registration
 * per plugin id: a newer one replaces the older (a restarted container), which gets BYE.
 */
import type { Logger } from '../../log.ts';
import type { RemoteLink, RemoteLinks } from '../runtime/remote-runner.ts';
import { RemoteConnection } from './remote-connection.ts';

export class RemoteRegistry implements RemoteLinks {
  private readonly waiting = new Map<string, RemoteConnection>();
  private readonly takers = new Map<string, (link: RemoteLink) => void>();

  constructor(private readonly log: Logger) {}

  /** Registrations waiting for their plugin to be started. */
  get parked(): ReadonlyMap<string, RemoteConnection> {
    return this.waiting;
  }

  offer(conn: RemoteConnection): void {
    const take = this.takers.get(conn.pluginId);
    if (take) return take(conn);
    this.park(conn);
    this.log.info(
      { plugin_id: conn.pluginId, peer: conn.peer, hooks_address: conn.hooksAddress },
      'remote plugin registered; waiting for the server to start it',
    );
  }

  subscribe(pluginId: string, take: (link: RemoteLink) => void): (keep?: RemoteLink) => void {
    this.takers.set(pluginId, take);
    const parked = this.waiting.get(pluginId);
    if (parked) {
      this.waiting.delete(pluginId);
      take(parked);
    }
    return (keep) => {
      if (this.takers.get(pluginId) === take) this.takers.delete(pluginId);
      if (!(keep instanceof RemoteConnection) || !keep.open) return;
      keep.detach('the server stopped the plugin');
      this.offer(keep);
    };
  }

  /** The sidecar is stopping. */
  closeAll(reason: string): void {
    for (const conn of this.waiting.values()) conn.close(reason);
    this.waiting.clear();
  }

  private park(conn: RemoteConnection): void {
    const old = this.waiting.get(conn.pluginId);
    if (old && old !== conn) old.close('replaced by a newer registration of this plugin');
    this.waiting.set(conn.pluginId, conn);
    void conn.closed.then(() => {
      if (this.waiting.get(conn.pluginId) === conn) this.waiting.delete(conn.pluginId);
    });
  }
}
