import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  normalizeAddress,
  openOneTimeListener,
  parsePortRange,
  type OneTimeListener,
  type OneTimeListenerOptions,
} from '../../../src/bridge/sidecar/one-time-listener.ts';
import { freePort } from '../../helpers/net-pair.ts';

const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const f of cleanup.splice(0)) f();
});

async function open(o: Partial<OneTimeListenerOptions> = {}): Promise<OneTimeListener> {
  const l = await openOneTimeListener({ host: '127.0.0.1', ports: [0], allowedPeer: '127.0.0.1', ...o });
  cleanup.push(() => l.close());
  return l;
}

/** Connects from `localAddress` (Linux routes all of 127.0.0.0/8 to loopback). */
function connect(port: number, localAddress = '127.0.0.1'): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const s = net.connect({ host: '127.0.0.1', port, localAddress }, () => resolve(s));
    s.once('error', reject);
    cleanup.push(() => s.destroy());
  });
}

/** How the client side of a connection ends: 'refused' (ECONNREFUSED), 'closed' (by the listener). */
function fate(port: number, localAddress = '127.0.0.1'): Promise<'refused' | 'closed'> {
  return new Promise((resolve, reject) => {
    const s = net.connect({ host: '127.0.0.1', port, localAddress });
    cleanup.push(() => s.destroy());
    s.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'ECONNREFUSED') resolve('refused');
      else if (e.code !== 'ECONNRESET') reject(e);
    });
    s.on('data', () => reject(new Error('data from a refused connection')));
    s.on('close', () => resolve('closed'));
  });
}

/** A port something else listens on. */
async function busyPort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  cleanup.push(() => s.close());
  return (s.address() as net.AddressInfo).port;
}

describe('openOneTimeListener', () => {
  it('accepts exactly one connection from the allowed peer, unpaused, and stops listening', async () => {
    const l = await open();
    expect(l.port).toBeGreaterThan(0);
    const client = await connect(l.port);
    const server = await l.connection;
    expect(normalizeAddress(server.remoteAddress)).toBe('127.0.0.1');
    const got = new Promise<string>((resolve) => server.once('data', (b: Buffer) => resolve(b.toString())));
    client.write('ping');
    expect(await got).toBe('ping');
    expect(await fate(l.port)).toBe('refused');
    server.destroy();
  });

  it('refuses another peer, reports it, and still accepts the allowed one', async () => {
    const refused: [string, string][] = [];
    const l = await open({ onRefused: (peer, why) => refused.push([peer, why]) });
    expect(await fate(l.port, '127.0.0.2')).toBe('closed');
    expect(refused).toEqual([['127.0.0.2', 'only 127.0.0.1, the address that attached, may connect']]);
    await connect(l.port);
    const server = await l.connection;
    expect(server.remoteAddress).toBe('127.0.0.1');
    server.destroy();
  });

  it('refuses a second connection: closed once the first is accepted', async () => {
    const l = await open();
    const [, server] = await Promise.all([connect(l.port), l.connection]);
    expect(await fate(l.port)).toBe('refused');
    server.destroy();
  });

  it('matches the allowed peer in IPv4-mapped form', async () => {
    const l = await open({ allowedPeer: '::ffff:127.0.0.1' });
    await connect(l.port);
    (await l.connection).destroy();
  });

  it('rejects with a clear error when the window passes, and then refuses connections', async () => {
    const l = await open({ windowMs: 50 });
    await expect(l.connection).rejects.toThrow('the server did not connect within 50 ms of the attach');
    expect(await fate(l.port)).toBe('refused');
  });

  it('rejects when closed before any connection', async () => {
    const l = await open();
    l.close();
    await expect(l.connection).rejects.toThrow('one-time listener closed');
    expect(await fate(l.port)).toBe('refused');
    l.close(); // idempotent
  });

  it('listens on the first free port of the range', async () => {
    const busy = await busyPort();
    const free = await freePort();
    const l = await open({ ports: [busy, free] });
    expect(l.port).toBe(free);
    await connect(free);
    (await l.connection).destroy();
  });

  it('fails clearly when every port of the range is busy', async () => {
    const ports = [await busyPort(), await busyPort()];
    await expect(openOneTimeListener({ host: '127.0.0.1', ports, allowedPeer: '127.0.0.1' })).rejects.toThrow(
      /^no free port for a one-time net\/rpc listener on 127\.0\.0\.1 in MM_BRIDGE_RPC_PORTS \(2 tried\): listen EADDRINUSE/,
    );
    await expect(openOneTimeListener({ host: '127.0.0.1', ports: [], allowedPeer: '' })).rejects.toThrow(
      '(0 tried): empty range',
    );
  });
});

describe('parsePortRange', () => {
  it.each([
    [undefined, [0]],
    ['', [0]],
    ['8100', [8100]],
    [' 8100-8103 ', [8100, 8101, 8102, 8103]],
    ['65535', [65535]],
    ['1-1', [1]],
  ])('%j → %j', (spec, ports) => {
    expect(parsePortRange(spec)).toEqual(ports);
  });

  it.each([
    '0',
    '8100-',
    '-8100',
    '8199-8100',
    '65536',
    '1-70000',
    'abc',
    '8100,8101',
    '81 00',
    '1.5',
    '0x10',
  ])('refuses %j with the variable name', (spec) => {
    expect(() => parsePortRange(spec)).toThrow(
      `MM_BRIDGE_RPC_PORTS must be a port or a range like 8100-8199, got ${JSON.stringify(spec)}`,
    );
  });
});

describe('normalizeAddress', () => {
  it('unmaps IPv4-mapped IPv6 and leaves the rest alone', () => {
    expect(normalizeAddress('::ffff:1.2.3.4')).toBe('1.2.3.4');
    expect(normalizeAddress('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(normalizeAddress('1.2.3.4')).toBe('1.2.3.4');
    expect(normalizeAddress('::1')).toBe('::1');
    expect(normalizeAddress('::ffff:abcd')).toBe('::ffff:abcd');
    expect(normalizeAddress(undefined)).toBe('');
    expect(normalizeAddress('')).toBe('');
  });
});
