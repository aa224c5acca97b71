/**
 * A sidecar (src/bridge/sidecar/sidecar.ts) in the test process, and raw TCP clients of its attach
 * port: what the stub and remote plugins send, read back line by line.
 */
import net from 'node:net';
import { Writable } from 'node:stream';
import { ATTACH_MAGIC, type AttachRequest } from '../../src/bridge/sidecar/attach-protocol.ts';
import { Sidecar, type SidecarOptions } from '../../src/bridge/sidecar/sidecar.ts';
import { createLogger } from '../../src/log.ts';

export const TEST_ATTACH_SECRET = 'attach-secret-for-tests';

/** Captures a logger's output (hclog JSON lines). */
export function captureLog(): { stream: Writable; lines: () => Record<string, unknown>[] } {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      text += chunk.toString();
      done();
    },
  });
  return {
    stream,
    lines: () =>
      text
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

/** A sidecar on 127.0.0.1 with TEST_ATTACH_SECRET, silent; stopped by `cleanup`. */
export async function startTestSidecar(
  cleanup: (() => unknown)[],
  o: Partial<SidecarOptions> = {},
): Promise<Sidecar> {
  const sidecar = await Sidecar.start({
    listen: '127.0.0.1:0',
    secret: TEST_ATTACH_SECRET,
    rpcPorts: [0],
    log: createLogger({ level: 'silent' }),
    logLevel: 'silent',
    logDestination: captureLog().stream,
    ...o,
  });
  cleanup.push(() => sidecar.stop());
  return sidecar;
}

export function sidecarPort(s: Sidecar): number {
  return Number(s.address.slice(s.address.lastIndexOf(':') + 1));
}

/** The stub's attach request, as stub/mm-bridge-stub.sh prints it. */
export function attachRequestText(r: AttachRequest, version = '1'): string {
  return `${ATTACH_MAGIC} ${version}\nsecret: ${r.secret}\nplugin-id: ${r.pluginId}\nbundle: ${r.bundle}\nprotocol-versions: ${r.protocolVersions}\n\n`;
}

export interface LineClient {
  socket: net.Socket;
  /** Everything received so far. */
  received: () => string;
  /** Everything received until the sidecar closed the connection. */
  closed: Promise<string>;
  /** The next complete line (rejects when the connection closes first, or after `ms`). */
  line(ms?: number): Promise<string>;
}

/** Connects to the sidecar's attach port, sends `send`; destroyed by `cleanup`. */
export async function lineClient(
  s: Sidecar,
  cleanup: (() => unknown)[],
  send?: string | Buffer,
): Promise<LineClient> {
  const socket = net.connect({ host: '127.0.0.1', port: sidecarPort(s) });
  cleanup.push(() => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  let text = '';
  let taken = 0;
  let wake: (() => void) | undefined;
  socket.on('data', (b: Buffer) => {
    text += b.toString();
    wake?.();
  });
  socket.on('error', () => {});
  const closed = new Promise<string>((resolve) =>
    socket.on('close', () => {
      wake?.();
      resolve(text);
    }),
  );
  const line = async (ms = 5_000): Promise<string> => {
    const deadline = Date.now() + ms;
    for (;;) {
      const nl = text.indexOf('\n', taken);
      if (nl >= 0) {
        const l = text.slice(taken, nl);
        taken = nl + 1;
        return l;
      }
      if (socket.destroyed) throw new Error(`connection closed; received ${JSON.stringify(text)}`);
      if (Date.now() > deadline) throw new Error(`no line within ${ms} ms; received ${JSON.stringify(text)}`);
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, 50);
      });
    }
  };
  if (send !== undefined) socket.write(send);
  return { socket, received: () => text, closed, line };
}
