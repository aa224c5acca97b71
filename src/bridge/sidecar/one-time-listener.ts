/**
 * The net/rpc listener the sidecar opens for one attach: it accepts exactly one connection, only
 * from the address of the peer that attached, within a short window, and then closes. Anything
 * else that connects meanwhile (a port scanner, another host, a second connection) is closed at
 * once and reported; it does not use up the listener.
 */
import net from 'node:net';

export const ONE_TIME_WINDOW_MS = 10_000;

export interface OneTimeListenerOptions {
  /** Address to bind (the sidecar's listen host). */
  host: string;
  /** Ports to try in order (MM_BRIDGE_RPC_PORTS); [0] for an ephemeral port. */
  ports: number[];
  /** Only this peer address may connect (the stub's address, IPv4-mapped form normalized). */
  allowedPeer: string;
  windowMs?: number;
  /** A connection that was refused (wrong peer, or after the first). */
  onRefused?: (peer: string, why: string) => void;
}

export interface OneTimeListener {
  port: number;
  /** The one accepted connection; rejects when the window passes or close() is called first. */
  connection: Promise<net.Socket>;
  close(): void;
}

export function normalizeAddress(address: string | undefined): string {
  if (!address) return '';
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice(7) : address;
}

export async function openOneTimeListener(o: OneTimeListenerOptions): Promise<OneTimeListener> {
  const server = net.createServer({ pauseOnConnect: true });
  let settle!: { resolve: (s: net.Socket) => void; reject: (e: Error) => void };
  const connection = new Promise<net.Socket>((resolve, reject) => (settle = { resolve, reject }));
  connection.catch(() => {});
  let done = false;
  const finish = (err?: Error, socket?: net.Socket): void => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    server.close();
    if (socket) settle.resolve(socket);
    else settle.reject(err ?? new Error('one-time listener closed'));
  };
  server.on('connection', (socket) => {
    const peer = normalizeAddress(socket.remoteAddress);
    const refuse = (why: string): void => {
      socket.destroy();
      o.onRefused?.(peer, why);
    };
    if (done) return refuse('the one-time listener already accepted its connection');
    if (peer !== normalizeAddress(o.allowedPeer))
      return refuse(`only ${o.allowedPeer}, the address that attached, may connect`);
    socket.resume();
    finish(undefined, socket);
  });
  server.on('error', () => {}); // bind errors are handled by listen(); later ones cannot happen once listening
  const port = await listenOnFirstFree(server, o.host, o.ports);
  const timer = setTimeout(
    () =>
      finish(
        new Error(`the server did not connect within ${o.windowMs ?? ONE_TIME_WINDOW_MS} ms of the attach`),
      ),
    o.windowMs ?? ONE_TIME_WINDOW_MS,
  );
  timer.unref();
  return { port, connection, close: () => finish() };
}

async function listenOnFirstFree(server: net.Server, host: string, ports: number[]): Promise<number> {
  let last: Error | undefined;
  for (const port of ports) {
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve();
        });
      });
      return (server.address() as net.AddressInfo).port;
    } catch (err) {
      last = err as Error;
    }
  }
  throw new Error(
    `no free port for a one-time net/rpc listener on ${host} in MM_BRIDGE_RPC_PORTS (${ports.length} tried): ${last?.message ?? 'empty range'}`,
  );
}

/** "8100-8199" → [8100..8199]; "" or undefined → [0] (ephemeral). */
export function parsePortRange(spec: string | undefined): number[] {
  if (!spec) return [0];
  const m = /^(\d+)(?:-(\d+))?$/.exec(spec.trim());
  const lo = Number(m?.[1]);
  const hi = Number(m?.[2] ?? m?.[1]);
  if (!m || lo < 1 || hi > 65535 || lo > hi)
    throw new Error(
      `MM_BRIDGE_RPC_PORTS must be a port or a range like 8100-8199, got ${JSON.stringify(spec)}`,
    );
  return Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
}
