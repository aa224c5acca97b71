/**
 * net/rpc against real Go: our client calls a Go net/rpc server, a Go net/rpc client calls our
 * server, with concurrent calls, 64-bit values, interface maps and Go's exact error strings.
 */
import { spawn, execFile } from 'node:child_process';
import net from 'node:net';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GobInterface, T, structType, type GobStruct } from '../../../src/bridge/gob/types.ts';
import { RpcClient, RpcServer, RpcServerError } from '../../../src/bridge/netrpc/index.ts';
import { buildGoTool } from '../../helpers/go-tools.ts';

const ARGS = structType('Args', [
  { name: 'A', type: T.int },
  { name: 'B', type: T.int },
]);
const MAP_ANY = { kind: 'map', key: T.string, elem: T.interface } as const;
const POST = structType('Post', [
  { name: 'Id', type: T.string },
  { name: 'Message', type: T.string },
  { name: 'Props', type: MAP_ANY },
  { name: 'Big', type: T.uint },
]);

let peer: string;
beforeAll(() => {
  peer = buildGoTool('netrpc-peer');
}, 120_000);

describe('TypeScript client → Go net/rpc server', () => {
  let child: ReturnType<typeof spawn>;
  let client: RpcClient;
  beforeAll(async () => {
    child = spawn(peer, ['server'], { stdio: ['ignore', 'pipe', 'inherit'] });
    const addr = await new Promise<string>((r) => createInterface({ input: child.stdout! }).once('line', r));
    const [host, port] = addr.split(':') as [string, string];
    const socket = net.connect(Number(port), host);
    await new Promise((r) => socket.once('connect', r));
    client = new RpcClient(socket);
  });
  afterAll(() => {
    client.close();
    child.kill();
  });

  it('runs 100 concurrent calls with replies matched by sequence number', async () => {
    const calls = Array.from({ length: 100 }, (_, i) =>
      client.call('Arith.Multiply', ARGS, { A: BigInt(i), B: 3n }),
    );
    const replies = await Promise.all(calls);
    expect(replies.map((r) => r.value)).toEqual(Array.from({ length: 100 }, (_, i) => BigInt(i * 3)));
  });

  it('round-trips a struct with interface values and a uint64 above 2^53', async () => {
    const props = new Map<string, GobInterface | null>([
      ['n', new GobInterface('float64', T.float, 1.5)],
      ['ok', new GobInterface('bool', T.bool, true)],
      [
        'list',
        new GobInterface('[]interface {}', { kind: 'slice', elem: T.interface }, [
          new GobInterface('string', T.string, 'a'),
        ]),
      ],
    ]);
    const reply = await client.call('Arith.Upper', POST, {
      Id: 'p',
      Message: 'abc',
      Props: props,
      Big: 2n ** 64n - 1n,
    });
    const v = reply.value as GobStruct;
    expect(v.Message).toBe('ABC');
    expect(v.Big).toBe(2n ** 64n - 1n);
    const got = v.Props as Map<string, GobInterface>;
    expect(got.get('n')?.value).toBe(1.5);
    expect(got.get('ok')?.name).toBe('bool');
    expect(((got.get('list')?.value as GobInterface[])[0] as GobInterface).value).toBe('a');
  });

  it("surfaces Go's error strings and keeps the connection usable", async () => {
    await expect(client.call('Arith.Fail', ARGS, { A: 3n })).rejects.toThrow(new RpcServerError('boom: 3'));
    await expect(client.call('Arith.Nope', ARGS, {})).rejects.toThrow("rpc: can't find method Arith.Nope");
    await expect(client.call('Nope.Nope', ARGS, {})).rejects.toThrow("rpc: can't find service Nope.Nope");
    expect((await client.call('Arith.Multiply', ARGS, { A: 6n, B: 7n })).value).toBe(42n);
  });
});

describe('Go net/rpc client → TypeScript server', () => {
  it('serves concurrent calls, structs and errors exactly as Go net/rpc does', async () => {
    const server = new RpcServer().register('Echo', {
      Add: ({ value }) => {
        const a = value as GobStruct;
        return {
          type: T.int,
          value: ((a.A as bigint | undefined) ?? 0n) + ((a.B as bigint | undefined) ?? 0n),
        }; // zero fields are absent
      },
      Upper: ({ type, value }) => {
        const p = value as GobStruct;
        return { type, value: { ...p, Message: String(p.Message).toUpperCase() } };
      },
      Fail: ({ value }) => {
        throw new Error(`failed: ${String((value as GobStruct).A)}`);
      },
    });
    const listener = net.createServer((s) => void server.serveConn(s));
    await new Promise<void>((r) => listener.listen(0, '127.0.0.1', r));
    const { port } = listener.address() as net.AddressInfo;
    try {
      const stdout = await promisify(execFile)(peer, ['client', `127.0.0.1:${port}`]).then(
        (r) => r.stdout,
        (e: { stdout?: string; message: string }) => e.stdout || e.message,
      );
      expect(stdout.trim()).toBe('ok');
    } finally {
      listener.close();
    }
  });
});
