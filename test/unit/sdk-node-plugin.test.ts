/**
 * A definePlugin plugin as a process (test/unit/sdk-node-fixture-plugin.ts), started like mm-bridge
 * starts one (environment, handshake line on stdout, stdin held open), its PluginHooks called over
 * gRPC as the bridge calls them, its PluginAPI calls answered by the bridge's real PluginAPI server
 * (sdk-node-bridge.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import * as grpc from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GobStruct } from '../../src/bridge/gob/types.ts';
import { appErrorFromStatus } from '../../src/bridge/grpc/status.ts';
import { PACKAGE_ROOT } from '../../src/paths.ts';
import { appError, startBridgeApi, type BridgeUnderTest } from './sdk-node-bridge.ts';

type Msg = Record<string, unknown>;
const users: Record<string, GobStruct> = {
  u1: { Id: 'u1', Username: 'alice' },
  u2: { Id: 'u2', Username: 'mallory' },
};

let bridge: BridgeUnderTest;
let child: ChildProcess;
let hooks: grpc.Client & Record<string, (...a: unknown[]) => unknown>;
const kv = new Map<string, Uint8Array>();

function call(method: string, request: Msg): Promise<Msg> {
  const md = new grpc.Metadata();
  md.set('authorization', `Bearer ${bridge.token}`);
  return new Promise((resolve, reject) =>
    hooks[method]!(request, md, (err: grpc.ServiceError | null, res: Msg) =>
      err ? reject(err) : resolve(res),
    ),
  );
}

beforeAll(async () => {
  bridge = await startBridgeApi({
    GetServerVersion: () => ({ A: '11.0.0' }),
    KVSet: (a) => {
      kv.set(String(a.A), a.B as Uint8Array);
      return {};
    },
    GetUser: (a) =>
      users[String(a.A)]
        ? { A: users[String(a.A)]! }
        : { B: appError('app.user.missing_account.const', 'Unable to find the user.', 404, 'GetUser') },
  });
  child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join('test', 'unit', 'sdk-node-fixture-plugin.ts')],
    {
      cwd: PACKAGE_ROOT,
      env: {
        ...process.env,
        MM_BRIDGE_API_TARGET: bridge.target,
        MM_BRIDGE_TOKEN: bridge.token,
        MM_BRIDGE_PLUGIN_ID: 'com.example.fixture',
        MM_BRIDGE_LOG_LEVEL: 'warn',
      },
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`the plugin exited (${code}) before its handshake`)));
  });
  const [, , network, address, protocol] = line.split('|');
  expect([network, protocol]).toEqual(['tcp', 'grpc']);
  const Client = grpc.makeGenericClientConstructor(bridge.contract.hooks, 'PluginHooks');
  hooks = new Client(address!, grpc.credentials.createInsecure()) as typeof hooks;
}, 30_000);

afterAll(async () => {
  hooks?.close();
  if (child && child.exitCode === null) {
    const exited = new Promise((r) => child.once('exit', r));
    child.stdin!.end(); // the bridge is gone: the plugin exits
    await exited;
  }
  await bridge?.close();
});

describe('a definePlugin plugin', () => {
  it('lists its hooks, streaming ones included, in Implemented', async () => {
    const { hooks: names } = await call('Implemented', {});
    expect((names as string[]).sort()).toEqual([
      'ExecuteCommand',
      'MessageWillBePosted',
      'OnActivate',
      'ServeHTTP',
    ]);
  });

  it('calls the typed API from a hook', async () => {
    expect(await call('OnActivate', {})).toEqual({});
    expect(Buffer.from(kv.get('activated-on')!).toString()).toBe('11.0.0');
  });

  it('gets typed requests and returns typed responses', async () => {
    const post = { id: 'p1', message: 'hi', create_at: String(2n ** 60n) };
    expect(await call('MessageWillBePosted', { post })).toEqual({
      post: { ...post, message: `hi (seen at ${2n ** 60n})` },
    });
    expect(await call('MessageWillBePosted', { post: { message: 'spam' } })).toEqual({
      rejection_reason: 'no spam',
    });
  });

  it('returns AppErrors: its own, and one from an API call it did not catch', async () => {
    expect(await call('ExecuteCommand', { args: { user_id: 'u1' } })).toEqual({
      command_response: { text: 'Hello, @alice!' },
    });
    const appErrorType = bridge.contract.root.lookupType('mattermost.bridge.v1.AppError');
    const own = await call('ExecuteCommand', { args: { user_id: 'u2' } }).catch((e: grpc.ServiceError) => e);
    expect(appErrorFromStatus(own as grpc.ServiceError, appErrorType)).toMatchObject({
      id: 'hello.forbidden',
      status_code: '403',
    });
    const api = await call('ExecuteCommand', { args: { user_id: 'nobody' } }).catch(
      (e: grpc.ServiceError) => e,
    );
    expect(appErrorFromStatus(api as grpc.ServiceError, appErrorType)).toMatchObject({
      id: 'app.user.missing_account.const',
      status_code: '404',
      where: 'GetUser',
    });
  });

  it('serves HTTP with req.mattermost: the request context and the typed API', async () => {
    const md = new grpc.Metadata();
    md.set('authorization', `Bearer ${bridge.token}`);
    const stream = hooks.ServeHTTP!(md) as grpc.ClientDuplexStream<Msg, Msg>;
    stream.write({
      request: { method: 'GET', url: { value: '/hello?x=1' }, header: { Accept: { values: ['*/*'] } } },
      context: { request_id: 'req-42' },
    });
    stream.end();
    const messages: Msg[] = [];
    for await (const m of stream) messages.push(m as Msg);
    expect(messages[0]).toMatchObject({ status_code: 200 });
    const body = Buffer.concat(
      messages.slice(1).map((m) => Buffer.from((m.body as Uint8Array) ?? [])),
    ).toString();
    expect(body).toBe('GET /hello?x=1 request=req-42 server=11.0.0');
  });
});
