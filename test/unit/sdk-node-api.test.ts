/**
 * The Node SDK's typed PluginAPI client against the bridge's real PluginAPI gRPC server (in
 * process, a fake Mattermost server behind it; see sdk-node-bridge.ts): a sample of methods per
 * area, the JS representation of int64 / bytes / Struct / Value, AppErrors and other failures.
 */
import * as grpc from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GobInterface, type GobStruct } from '../../src/bridge/gob/types.ts';
import {
  AppError,
  createApiClient,
  createPluginApi,
  type PluginApiClient,
} from '../../sdk/node/src/index.ts';
import { appError, startBridgeApi, type BridgeUnderTest } from './sdk-node-bridge.ts';

const BIG = 2n ** 60n + 1n; // an int64 above 2^53: exact only as a string
const kv = new Map<string, Uint8Array>();
const users: Record<string, GobStruct> = {
  u1: { Id: 'u1', Username: 'alice', Email: 'alice@example.com', CreateAt: BIG, IsBot: false },
  u2: { Id: 'u2', Username: 'bob', CreateAt: 5n },
};
const notFound = (where: string): GobStruct =>
  appError('app.user.missing_account.const', 'Unable to find the user.', 404, where);

let bridge: BridgeUnderTest;
let api: PluginApiClient;

beforeAll(async () => {
  bridge = await startBridgeApi({
    // server
    GetServerVersion: () => ({ A: '11.0.0' }),
    GetBundlePath: () => ({ A: '/plugins/com.example' }),
    GetConfig: () => ({ A: { ServiceSettings: { SiteURL: 'https://chat.example.com' } } }),
    // users
    GetUser: (a) => (users[String(a.A)] ? { A: users[String(a.A)]! } : { B: notFound('GetUser') }),
    GetUsersInTeam: (a) => ({ A: Object.values(users).slice(0, Number(a.C)) }),
    GetPreferencesForUser: (a) => ({
      A: [{ UserId: String(a.A), Category: 'display_settings', Name: 'use_military_time', Value: 'true' }],
    }),
    HasPermissionTo: (a) => ({ A: (a.B as GobStruct).Id === 'manage_system' }),
    // teams, channels
    GetTeam: (a) => ({ A: { Id: String(a.A), Name: 'core', DisplayName: 'Core' } }),
    CreateChannel: (a) => ({ A: { ...(a.A as GobStruct), Id: 'c-new', CreateAt: 1700000000000n } }),
    // posts
    CreatePost: (a) => ({ A: { ...(a.A as GobStruct), Id: 'p-new', CreateAt: BIG } }),
    // kv (bytes)
    KVSet: (a) => {
      kv.set(String(a.A), a.B as Uint8Array);
      return {};
    },
    KVGet: (a) => (kv.has(String(a.A)) ? { A: kv.get(String(a.A))! } : {}),
    // bots, files, groups, emoji
    CreateBot: (a) => ({ A: { ...(a.A as GobStruct), UserId: 'bot-user', CreateAt: 7n } }),
    GetFileInfo: (a) => ({ A: { Id: String(a.A), Name: 'report.pdf', Size: 3n * 2n ** 40n } }),
    GetGroup: (a) => ({ A: { Id: String(a.A), Name: 'devs', DisplayName: 'Developers' } }),
    GetEmoji: () => ({ B: appError('app.emoji.get.app_error', 'Emoji not found.', 404, 'GetEmoji') }),
    // logging (interface values)
    LogInfo: () => ({}),
  });
  api = createPluginApi(bridge.contract, bridge.target, bridge.token);
});

afterAll(async () => {
  api?.close();
  await bridge?.close();
});

describe('typed PluginAPI client against the bridge', () => {
  it('server: unary calls without and with fields, nested config messages', async () => {
    expect(await api.GetServerVersion()).toEqual({ version: '11.0.0' });
    expect(await api.GetBundlePath({})).toEqual({ path: '/plugins/com.example' });
    const { config } = await api.GetConfig();
    expect(config?.service_settings?.site_url).toBe('https://chat.example.com');
  });

  it('users: int64 fields arrive as decimal strings, numbers go out as int64', async () => {
    const { user } = await api.GetUser({ user_id: 'u1' });
    expect(user).toMatchObject({ id: 'u1', username: 'alice', email: 'alice@example.com' });
    expect(user?.create_at).toBe(BIG.toString()); // no precision lost
    expect(user?.is_bot).toBeUndefined(); // proto3 defaults are absent
    const { users: inTeam } = await api.GetUsersInTeam({ team_id: 't1', page: 3, per_page: 1 });
    expect(inTeam?.map((u) => u.username)).toEqual(['alice']);
    expect(bridge.calls.at(-1)).toEqual({ method: 'GetUsersInTeam', args: { A: 't1', B: 3n, C: 1n } });
    await api.GetUsersInTeam({ team_id: 't1', page: '0', per_page: String(2n ** 53n + 1n) });
    expect(bridge.calls.at(-1)?.args.C).toBe(2n ** 53n + 1n); // strings carry all 64 bits out
    const { preferences } = await api.GetPreferencesForUser({ user_id: 'u2' });
    expect(preferences).toEqual([
      { user_id: 'u2', category: 'display_settings', name: 'use_military_time', value: 'true' },
    ]);
    expect(await api.HasPermissionTo({ user_id: 'u1', permission: { id: 'manage_system' } })).toEqual({
      value: true,
    });
    expect(await api.HasPermissionTo({ user_id: 'u1', permission: { id: 'other' } })).toEqual({});
  });

  it('teams and channels', async () => {
    expect((await api.GetTeam({ team_id: 't1' })).team).toEqual({
      id: 't1',
      name: 'core',
      display_name: 'Core',
    });
    const { channel } = await api.CreateChannel({
      channel: { team_id: 't1', name: 'town-square', display_name: 'Town Square', type: 'O' },
    });
    expect(channel).toMatchObject({ id: 'c-new', team_id: 't1', type: 'O', create_at: '1700000000000' });
  });

  it('posts: a Struct (props) goes out and comes back with its Value oneofs named', async () => {
    const { post } = await api.CreatePost({
      post: {
        channel_id: 'c1',
        message: 'hello',
        props: { fields: { from_bot: { bool_value: true }, count: { number_value: 3 } } },
      },
    });
    expect(post).toMatchObject({
      id: 'p-new',
      channel_id: 'c1',
      message: 'hello',
      create_at: BIG.toString(),
    });
    expect(post?.props?.fields?.from_bot).toEqual({ bool_value: true, kind: 'bool_value' });
    expect(post?.props?.fields?.count).toEqual({ number_value: 3, kind: 'number_value' });
  });

  it('kv: bytes go out as any Uint8Array and come back as Buffers', async () => {
    expect(await api.KVSet({ key: 'k1', value: new Uint8Array([0, 1, 2, 255]) })).toEqual({});
    const { value } = await api.KVGet({ key: 'k1' });
    expect(Buffer.isBuffer(value)).toBe(true);
    expect([...value!]).toEqual([0, 1, 2, 255]);
    expect(await api.KVGet({ key: 'missing' })).toEqual({});
  });

  it('bots, files, groups', async () => {
    expect((await api.CreateBot({ bot: { username: 'helper', display_name: 'Helper' } })).bot).toMatchObject({
      user_id: 'bot-user',
      username: 'helper',
      create_at: '7',
    });
    expect((await api.GetFileInfo({ file_id: 'f1' })).file_info).toMatchObject({
      name: 'report.pdf',
      size: String(3n * 2n ** 40n),
    });
    expect((await api.GetGroup({ group_id: 'g1' })).group).toMatchObject({ name: 'devs' });
  });

  it('logging: key/value pairs as google.protobuf.Value reach the server as interface values', async () => {
    await api.LogInfo({
      msg: 'hi',
      key_value_pairs: { values: [{ string_value: 'n' }, { number_value: 2 }] },
    });
    const args = bridge.calls.at(-1)!.args;
    expect(args.A).toBe('hi');
    expect((args.B as GobInterface[]).map((v) => v.value)).toEqual(['n', 2]);
  });

  it('a Mattermost AppError rejects with AppError (id, status code, where)', async () => {
    const err = await api.GetUser({ user_id: 'nobody' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({
      id: 'app.user.missing_account.const',
      appMessage: 'Unable to find the user.',
      statusCode: 404,
      where: 'GetUser',
      message: 'GetUser: Unable to find the user.',
    });
    await expect(api.GetEmoji({ emoji_id: 'e1' })).rejects.toMatchObject({
      name: 'AppError',
      id: 'app.emoji.get.app_error',
      statusCode: 404,
    });
  });

  it('other failures reject with the gRPC ServiceError', async () => {
    // a method this server does not have (an older server): UNIMPLEMENTED naming it
    await expect(api.GetChannel({ channel_id: 'c1' })).rejects.toMatchObject({
      code: grpc.status.UNIMPLEMENTED,
      details: expect.stringContaining('GetChannel'),
    });
    const wrongToken = createPluginApi(bridge.contract, bridge.target, 'wrong');
    await expect(wrongToken.GetServerVersion()).rejects.toMatchObject({ code: grpc.status.UNAUTHENTICATED });
    wrongToken.close();
  });

  it('the untyped ApiClient is the same client, by method name, and refuses unknown names', async () => {
    const untyped = createApiClient(bridge.contract, bridge.target, bridge.token);
    expect(await untyped.GetUser!({ user_id: 'u2' })).toMatchObject({ user: { username: 'bob' } });
    await expect(untyped.NoSuchMethod!({})).rejects.toThrow('PluginAPI has no method NoSuchMethod');
    expect('then' in untyped && (untyped as { then?: unknown }).then).toBeFalsy(); // not a thenable
    untyped.close();
  });
});
