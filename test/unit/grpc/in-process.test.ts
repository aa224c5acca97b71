/**
 * The in-process client against the same implementation served by a real grpc-js server: every
 * outcome a caller can see (response, status code, details, metadata, stream messages, backpressure)
 * must be the same either way.
 */
import * as grpc from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContract } from '../../../src/bridge/grpc/contract.ts';
import { inProcessClient } from '../../../src/bridge/grpc/in-process.ts';
import { startGrpcServer, type RunningGrpcServer } from '../../../src/bridge/grpc/server.ts';

type Msg = Record<string, unknown>;
const contract = loadContract();

const impl: grpc.UntypedServiceImplementation = {
  MessageWillBePosted: (call: grpc.ServerUnaryCall<Msg, Msg>, cb: grpc.sendUnaryData<Msg>) => {
    const post = call.request.post as Msg;
    const msg = String(post.message);
    if (msg === 'slow') return void setTimeout(() => cb(null, {}), 400);
    if (msg === 'fail') {
      const md = new grpc.Metadata();
      md.set('x-why', 'because');
      return cb({ code: grpc.status.FAILED_PRECONDITION, details: 'no spam', metadata: md });
    }
    if (msg === 'throw-plain') return cb(new Error('plain failure'));
    cb(null, { post: { ...post, message: msg.toUpperCase(), create_at: 1700000000000 } });
  },
  ServeHTTP: (call: grpc.ServerDuplexStream<Msg, Msg>) => {
    let n = 0;
    let first = true;
    let failed = false;
    call.on('data', (m: Msg) => {
      const url = String((m.request as Msg | undefined)?.request_uri ?? '');
      const status = { code: grpc.status.PERMISSION_DENIED, details: 'nope' };
      failed = url === '/refuse' || url === '/destroy';
      if (url === '/refuse') return void call.emit('error', Object.assign(new Error('nope'), status));
      if (url === '/destroy') return call.destroy(Object.assign(new Error('nope'), status));
      const body = m.body as Buffer | undefined;
      n += body?.length ?? 0;
      if (first) call.write({ status_code: 201 });
      first = false;
    });
    call.on('end', () => {
      if (failed) return;
      call.write({ body: Buffer.from(`got ${n}`), flush: true });
      call.end();
    });
  },
};

let server: RunningGrpcServer;
let remote: grpc.Client;
const local = inProcessClient(contract.hooks, impl);

beforeAll(async () => {
  server = await startGrpcServer({
    address: '127.0.0.1:0',
    reflection: contract.reflection,
    services: [
      { name: 'mattermost.bridge.v1.PluginHooks', definition: contract.hooks, implementation: impl },
    ],
  });
  const Client = grpc.makeGenericClientConstructor(contract.hooks, 'PluginHooks');
  remote = new Client(server.address, grpc.credentials.createInsecure());
});
afterAll(async () => {
  remote.close();
  await server.shutdown();
});

type Outcome = { res?: Msg; code?: number; details?: string; message?: string; why?: unknown };
function unary(client: grpc.Client, method: string, req: Msg, deadlineMs = 5000): Promise<Outcome> {
  const fn = (client as unknown as Record<string, (...a: unknown[]) => void>)[method]!;
  return new Promise((resolve) =>
    fn.call(
      client,
      req,
      new grpc.Metadata(),
      { deadline: Date.now() + deadlineMs },
      (err: grpc.ServiceError | null, res?: Msg) =>
        resolve(
          err
            ? {
                code: err.code,
                details: err.details,
                message: err.message,
                why: err.metadata?.get('x-why')[0],
              }
            : { res },
        ),
    ),
  );
}

async function http(
  client: grpc.Client,
  url: string,
  chunks: number,
): Promise<{ msgs: Msg[]; code?: number; details?: string }> {
  const call = (
    client as unknown as Record<string, (md: grpc.Metadata) => grpc.ClientDuplexStream<Msg, Msg>>
  ).ServeHTTP!.call(client, new grpc.Metadata());
  call.write({ request: { request_uri: url, method: 'POST' } });
  for (let i = 0; i < chunks; i++) call.write({ body: Buffer.alloc(1000, i) });
  call.end();
  const msgs: Msg[] = [];
  try {
    for await (const m of call as AsyncIterable<Msg>) msgs.push(m);
  } catch (err) {
    const e = err as grpc.ServiceError;
    return { msgs, code: e.code, details: e.details };
  }
  return { msgs };
}

describe('in-process gRPC client', () => {
  it.each([['hello'], ['fail'], ['throw-plain']])(
    'unary %s: same outcome as over the wire',
    async (message) => {
      const req = { post: { id: 'p1', message, props: { a: 1 } } };
      const [a, b] = await Promise.all([
        unary(remote, 'MessageWillBePosted', req),
        unary(local, 'MessageWillBePosted', req),
      ]);
      expect(b).toEqual(a);
    },
  );

  it('deadline exceeded, as over the wire', async () => {
    const req = { post: { message: 'slow' } };
    const [a, b] = await Promise.all([
      unary(remote, 'MessageWillBePosted', req, 100),
      unary(local, 'MessageWillBePosted', req, 100),
    ]);
    expect(a.code).toBe(grpc.status.DEADLINE_EXCEEDED);
    expect(b.code).toBe(a.code);
  });

  it('a method without a handler is UNIMPLEMENTED', async () => {
    const [a, b] = await Promise.all([
      unary(remote, 'ExecuteCommand', {}),
      unary(local, 'ExecuteCommand', {}),
    ]);
    expect(a.code).toBe(grpc.status.UNIMPLEMENTED);
    expect(b.code).toBe(grpc.status.UNIMPLEMENTED);
  });

  it('bidi stream: messages, half-close and many chunks (backpressure) as over the wire', async () => {
    const [a, b] = await Promise.all([http(remote, '/x', 500), http(local, '/x', 500)]);
    expect(a.msgs.map((m) => [m.status_code ?? 0, String(m.body ?? '')])).toEqual([
      [201, ''],
      [0, 'got 500000'],
    ]);
    expect(b.msgs).toEqual(a.msgs);
    expect(b.code).toBeUndefined();
  });

  it('bidi stream: the handler fails the call with a status', async () => {
    const [a, b] = await Promise.all([http(remote, '/refuse', 0), http(local, '/refuse', 0)]);
    expect(a.code).toBe(grpc.status.PERMISSION_DENIED);
    expect([b.code, b.details]).toEqual([a.code, a.details]);
  });

  // Over the wire, grpc-js leaves the client waiting for a status that never comes when a server
  // handler calls destroy(err); in process the call ends CANCELLED instead of hanging.
  it('bidi stream: destroy(err) by the handler cancels the call', async () => {
    const b = await http(local, '/destroy', 0);
    expect(b.code).toBe(grpc.status.CANCELLED);
  });

  it('bidi stream: a message that does not serialize fails the call as over the wire', async () => {
    const bad = async (client: grpc.Client): Promise<number | undefined> => {
      const call = (
        client as unknown as Record<string, (md: grpc.Metadata) => grpc.ClientDuplexStream<Msg, Msg>>
      ).ServeHTTP!.call(client, new grpc.Metadata());
      call.write({ request: { url: 'not an object' } });
      call.end();
      try {
        for await (const _ of call as AsyncIterable<Msg>);
      } catch (err) {
        return (err as grpc.ServiceError).code;
      }
      return undefined;
    };
    const [a, b] = await Promise.all([bad(remote), bad(local)]);
    expect(a).toBe(grpc.status.INTERNAL);
    expect(b).toBe(a);
  });

  it('bidi stream: cancel from the client reaches the handler', async () => {
    let cancelled = false;
    const c = inProcessClient(contract.hooks, {
      ServeHTTP: (call: grpc.ServerDuplexStream<Msg, Msg>) => call.on('cancelled', () => (cancelled = true)),
    });
    const call = (
      c as unknown as Record<string, (md: grpc.Metadata) => grpc.ClientDuplexStream<Msg, Msg>>
    ).ServeHTTP!.call(c, new grpc.Metadata());
    const ended = new Promise<number>((resolve) =>
      call.on('error', (e: grpc.ServiceError) => resolve(e.code)),
    );
    await new Promise((r) => setTimeout(r, 10));
    call.cancel();
    expect(await ended).toBe(grpc.status.CANCELLED);
    expect(cancelled).toBe(true);
  });
});
