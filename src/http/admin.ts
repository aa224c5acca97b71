/**
 * The admin server of one `mm-bridge run` or `mm-bridge serve` process: the metrics registry and the fastify app on
 * MM_BRIDGE_ADMIN_ADDR (`host:port`, `[v6]:port`, or `:port` for all interfaces; port 0 picks a free
 * one, logged). Imported only when that variable is set: without it the bridge loads neither
 * prom-client nor fastify.
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Logger } from '../log.ts';
import { PACKAGE_ROOT } from '../paths.ts';
import { BridgeMetrics } from '../metrics/bridge-metrics.ts';
import { Exposition } from '../metrics/exposition.ts';
import { buildAdminApp } from './app.ts';
import type { StatusSource } from './plugin-status.ts';

export const ADMIN_ADDR_ENV = 'MM_BRIDGE_ADMIN_ADDR';

export interface AdminServer {
  /** `host:port` actually bound. */
  address: string;
  url: string;
  metrics: BridgeMetrics;
  addPlugin(p: StatusSource): void;
  /** A plugin the sidecar dropped: no longer listed, and its gauges stop reporting. */
  removePlugin(p: StatusSource): void;
  close(): Promise<void>;
}

export function parseListenAddress(addr: string): { host: string; port: number } {
  const m = /^(?:\[([0-9a-fA-F:.]+)\]|([^:[\]]*)):(\d{1,5})$/.exec(addr.trim());
  const port = Number(m?.[3]);
  if (!m || port > 65535)
    throw new Error(`${ADMIN_ADDR_ENV}=${JSON.stringify(addr)}: expected host:port, [ipv6]:port or :port`);
  const host = m[1] ?? m[2] ?? '';
  return { host: host === '' ? '0.0.0.0' : host, port };
}

export async function startAdminServer(o: { address: string; log: Logger }): Promise<AdminServer> {
  const { host, port } = parseListenAddress(o.address);
  const metrics = new BridgeMetrics();
  const plugins: StatusSource[] = [];
  const app = buildAdminApp({
    plugins: () => plugins,
    exposition: new Exposition(metrics.registry),
    log: o.log,
    version: packageVersion(),
  });
  await app.listen({ host, port });
  const bound = app.server.address() as AddressInfo;
  const hostPart = bound.family === 'IPv6' ? `[${bound.address}]` : bound.address;
  const address = `${hostPart}:${bound.port}`;
  const url = `http://${address}`;
  o.log.info({ admin: url }, 'admin HTTP server listening (/metrics, /healthz, /readyz, /v1/plugins, /)');
  return {
    address,
    url,
    metrics,
    addPlugin: (p) => void plugins.push(p),
    removePlugin: (p) => {
      const i = plugins.indexOf(p);
      if (i >= 0) plugins.splice(i, 1);
      metrics.forgetPlugin(p.bundle.id, p);
    },
    close: () => app.close(),
  };
}

function packageVersion(): string | undefined {
  try {
    const pkg = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as {
      version?: string;
    };
    return pkg.version;
  } catch {
    return undefined;
  }
}
