/**
 * A language plugin's socket can close before its exit is seen: a hook call that could not connect
 * goes to the restarted process, while a call that reached the plugin is never repeated; a
 * streaming hook checks the connection before it opens its call (reachable).
 */
import { afterAll, describe, expect, it } from 'vitest';
import * as grpc from '@grpc/grpc-js';
import type { GobStruct } from '../../../src/bridge/gob/types.ts';
import type { MuxBroker } from '../../../src/bridge/goplugin/index.ts';
import { loadContract, PACKAGE } from '../../../src/bridge/grpc/contract.ts';
import { MattermostErrors } from '../../../src/bridge/mattermost/errors.ts';
import { hooksHandlers, type HooksTarget } from '../../../src/bridge/mattermost/hooks-rpc.ts';
import { reachable } from '../../../src/bridge/mattermost/hooks-target.ts';
import { MethodCodec } from '../../../src/bridge/mattermost/method-codec.ts';
import { GobTypes, loadSchema } from '../../../src/bridge/mattermost/schema.ts';
import { Translator } from '../../../src/bridge/mattermost/translate.ts';
import { createLogger } from '../../../src/log.ts';
import { SCHEMA_FILE } from '../../../src/paths.ts';
import { freePort } from '../../helpers/net-pair.ts';

const contract = loadContract();
const schema = loadSchema(SCHEMA_FILE);
const types = new GobTypes(schema);
const tr = new Translator(types, contract.root, schema);
const codecs = new Map(
  schema.hooks.filter((d) => d.grpc).map((d) => [d.name, new MethodCodec(d, types, tr, PACKAGE)]),
);
const Client = grpc.makeGenericClientConstructor(contract.hooks, 'PluginHooks');
const servers: grpc.Server[] = [];
afterAll(() => servers.forEach((s) => s.forceShutdown()));

/** A PluginHooks server whose MessageWillBePosted counts calls and tags the message. */
async function liveTarget(tag: string, calls: string[], crash = false): Promise<HooksTarget> {
  const server = new grpc.Server();
  servers.push(server);
  server.addService(contract.hooks, {
    MessageWillBePosted: (
      call: grpc.ServerUnaryCall<{ post: { message: string } }, unknown>,
      cb: grpc.sendUnaryData<unknown>,
    ) => {
      calls.push(tag);
      if (crash) return cb({ code: grpc.status.UNAVAILABLE, details: 'Connection dropped' });
      cb(null, { post: { ...call.request.post, message: `${call.request.post.message} (${tag})` } });
    },
  });
  const port = await new Promise<number>((r, j) =>
    server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (e, p) => (e ? j(e) : r(p))),
  );
  return target(`127.0.0.1:${port}`);
}

function target(address: string, replaced?: HooksTarget['replaced']): HooksTarget {
  return {
    client: new Client(address, grpc.credentials.createInsecure()),
    implemented: new Set(['MessageWillBePosted']),
    metadata: () => new grpc.Metadata(),
    replaced,
  };
}

/** A port nothing listens on: connections are refused, as to a plugin that just died. */
async function deadAddress(): Promise<string> {
  return `127.0.0.1:${await freePort()}`;
}

function call(t: HooksTarget) {
  const handlers = hooksHandlers({
    codecs,
    errors: new MattermostErrors(types, tr, PACKAGE),
    target: Promise.resolve(t),
    hookTimeoutMs: 5_000,
    connectApi: async () => {},
    broker: {} as MuxBroker,
    log: createLogger({ level: 'silent' }),
  });
  const post = { Id: 'p', ChannelId: 'c', UserId: 'u', Message: 'hi' };
  return handlers.MessageWillBePosted!({ value: { A: { RequestId: 'r' }, B: post } } as never);
}

describe('a hook call to a language plugin that just died', () => {
  it('goes to the replacement process when the old one refused the connection', async () => {
    const calls: string[] = [];
    const next = await liveTarget('new', calls);
    let asked = 0;
    const old = target(await deadAddress(), async () => (asked++, next));
    const reply = await call(old);
    expect(((reply.value as GobStruct).A as GobStruct).Message).toBe('hi (new)');
    expect({ asked, calls }).toEqual({ asked: 1, calls: ['new'] });
  });

  it('fails when the refusing process is not replaced', async () => {
    const old = target(await deadAddress(), async () => undefined);
    await expect(call(old)).rejects.toThrow(/MessageWillBePosted failed.*No connection established/);
  });

  it('is not repeated when the call reached the plugin', async () => {
    const calls: string[] = [];
    const next = await liveTarget('new', calls);
    const reached = await liveTarget('old', calls, true);
    reached.replaced = async () => next;
    await expect(call(reached)).rejects.toThrow(/MessageWillBePosted failed.*Connection dropped/);
    expect(calls).toEqual(['old']);
  });
});

describe('the target a streaming hook opens its call on', () => {
  it('is the current one when its plugin accepts connections', async () => {
    let asked = 0;
    const live = await liveTarget('live', []);
    live.replaced = async () => (asked++, undefined);
    expect(await reachable(live, 2_000)).toBe(live);
    expect(asked).toBe(0);
  });

  it('is the replacement when the plugin refuses connections and was replaced', async () => {
    const next = await liveTarget('new', []);
    const old = target(await deadAddress(), async () => next);
    expect(await reachable(old, 300)).toBe(next);
  });

  it('stays the current one when nothing replaced it', async () => {
    const old = target(await deadAddress(), async () => undefined);
    expect(await reachable(old, 300)).toBe(old);
  });
});
