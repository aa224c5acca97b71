/**
 * The plugin side of go-plugin in net/rpc mode (hashicorp/go-plugin server.go `Serve`,
 * rpc_server.go `ServeConn`): listen, print the handshake line, then for each host connection
 * run a yamux server, accept the control, stdout and stderr streams in that order, serve the
 * control services on the first, and hand every further stream to the MuxBroker.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { server as yamuxServer, type Session, type YamuxStream } from '../yamux/index.ts';
import { MuxBroker } from './broker.ts';
import { controlServer } from './control.ts';
import { formatHandshake, MATTERMOST_HANDSHAKE, negotiateVersion } from './handshake.ts';
import type { RpcHandler } from '../netrpc/index.ts';

/** How one host connection is served: the plugins it can dispense and where events go. */
export interface HostConnectionOptions {
  /** Plugin name → factory of the net/rpc methods served as "Plugin" (Mattermost: "hooks"). */
  plugins: Record<
    string,
    (conn: HostConnection) => Record<string, RpcHandler> | Promise<Record<string, RpcHandler>>
  >;
  onQuit: () => void;
  onError: (err: Error) => void;
}

export interface PluginServerOptions extends HostConnectionOptions {
  env?: NodeJS.ProcessEnv;
  /** Writes the handshake line (default: process.stdout). */
  writeHandshake?: (line: string) => void;
  /** 'unix' (go-plugin's default on Linux) or 'tcp' on 127.0.0.1 within PLUGIN_MIN_PORT..MAX_PORT. */
  network?: 'unix' | 'tcp';
}

/** What a served plugin needs from its host connection: the broker, to dial the host's services. */
export interface HostConnection {
  broker: MuxBroker;
  session: Session;
  /** yamux stream the host reads as this plugin's stdout / stderr (go-plugin copies them into its log). */
  stdout: YamuxStream;
  stderr: YamuxStream;
}

export interface PluginServer {
  address: string;
  network: 'unix' | 'tcp';
  close(): Promise<void>;
}

export async function servePlugin(o: PluginServerOptions): Promise<PluginServer> {
  const env = o.env ?? process.env;
  const version = negotiateVersion(env.PLUGIN_PROTOCOL_VERSIONS, [MATTERMOST_HANDSHAKE.protocolVersion]);
  const network = o.network ?? 'unix';
  const sessions = new Set<Session>();
  const server = net.createServer((socket) => {
    const session = serveHostConnection(socket, o);
    sessions.add(session);
    session.on('close', () => sessions.delete(session));
  });
  let address: string;
  let cleanup = (): void => {};
  if (network === 'unix') {
    const dir = mkdtempSync(path.join(env.PLUGIN_UNIX_SOCKET_DIR || tmpdir(), 'plugin'));
    address = path.join(dir, 'plugin.sock');
    await listen(server, address);
    cleanup = () => rmSync(dir, { recursive: true, force: true });
  } else {
    address = await listenTcp(
      server,
      Number(env.PLUGIN_MIN_PORT || 10000),
      Number(env.PLUGIN_MAX_PORT || 25000),
    );
  }
  (o.writeHandshake ?? ((l) => process.stdout.write(l)))(
    formatHandshake({ appVersion: version, network, address, protocol: 'netrpc' }),
  );
  return {
    address,
    network,
    close: async () => {
      for (const s of sessions) s.close();
      await new Promise<void>((r) => server.close(() => r()));
      cleanup();
    },
  };
}

/** What go-plugin's RPCServer.ServeConn does for one host connection; the session is returned at once. */
export function serveHostConnection(socket: net.Socket, o: HostConnectionOptions): Session {
  socket.setNoDelay(true);
  const session = yamuxServer(socket);
  session.on('error', (err: Error) => o.onError(new Error(`yamux session: ${err.message}`)));
  serveConnection(session, o).catch((err: Error) => {
    o.onError(err);
    session.close();
  });
  return session;
}

async function serveConnection(session: Session, o: HostConnectionOptions): Promise<void> {
  const control = await session.accept();
  const stdout = await session.accept();
  const stderr = await session.accept();
  for (const s of [control, stdout, stderr]) s.on('error', () => {}); // session teardown errors are handled there
  const broker = new MuxBroker(session);
  const host: HostConnection = { broker, session, stdout, stderr };
  void broker.run();
  const plugins = Object.fromEntries(
    Object.entries(o.plugins).map(([name, make]) => [name, () => make(host)]),
  );
  await controlServer({ broker, plugins, onQuit: o.onQuit, onError: o.onError }).serveConn(control);
}

function listen(server: net.Server, pathOrPort: string | number, host?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    const done = (): void => {
      server.off('error', reject);
      resolve();
    };
    if (typeof pathOrPort === 'string') server.listen(pathOrPort, done);
    else server.listen(pathOrPort, host, done);
  });
}

async function listenTcp(server: net.Server, min: number, max: number): Promise<string> {
  for (let port = min; port <= max; port++) {
    try {
      await listen(server, port, '127.0.0.1');
      return `127.0.0.1:${port}`;
    } catch {
      /* port taken: try the next, as go-plugin does */
    }
  }
  throw new Error(`couldn't bind plugin TCP listener in ${min}..${max}`);
}
