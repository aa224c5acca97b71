/**
 * The emulator's fake Mattermost server, called as the bridge calls it: a proto-shaped request →
 * gob args → net/rpc over a socket → the fake's gob returns → the proto-shaped response or AppError.
 */
import type net from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GobTypes, loadSchema } from '../../src/bridge/mattermost/schema.ts';
import { RpcClient, RpcServer } from '../../src/bridge/netrpc/index.ts';
import { EmulatorCodecs } from '../../src/emulator/codecs.ts';
import { FakeApi } from '../../src/emulator/fake-api.ts';
import type { Json } from '../../src/emulator/proto-json.ts';
import { SCHEMA_FILE } from '../../src/paths.ts';
import { socketPair } from '../helpers/net-pair.ts';

const schema = loadSchema(SCHEMA_FILE);
const codecs = new EmulatorCodecs(schema, new GobTypes(schema));
const b64 = (s: string): string => Buffer.from(s).toString('base64');

type Result = { response?: Record<string, Json>; error?: Record<string, Json> };

let api: FakeApi;
let client: RpcClient;
let sockets: net.Socket[];
let clock = 1_000_000;

beforeEach(async () => {
  api = new FakeApi(schema, codecs.types, codecs);
  api.store.now = () => clock;
  api.store.pluginId = 'com.example.test';
  sockets = await socketPair();
  void new RpcServer().register('Plugin', api.handlers()).serveConn(sockets[1]!);
  client = new RpcClient(sockets[0]!);
});

afterEach(() => {
  client.close();
  for (const s of sockets) s.destroy();
});

/** One API call the way the bridge makes it. */
async function call(method: string, request: unknown = {}): Promise<Result> {
  const codec = codecs.api(method)!;
  const args = codec.requestToArgs(codecs.requestFromJson(codec, request));
  const reply = await client.call(codec.def.rpc, codec.argsType, args);
  const error = codec.errorOf(reply.value);
  if (error !== null) return { error: codecs.errorToJson(error) as Record<string, Json> };
  return { response: codecs.returnsToJson(codec, reply.value) as Record<string, Json> };
}

async function ok(method: string, request: unknown = {}): Promise<Record<string, Json>> {
  const r = await call(method, request);
  expect(r.error, `${method} failed`).toBeUndefined();
  return r.response!;
}

describe('KV store', () => {
  it('sets, gets, lists and deletes; an empty value deletes', async () => {
    await ok('KVSet', { key: 'b', value: b64('2') });
    await ok('KVSet', { key: 'a', value: b64('1') });
    expect(await ok('KVGet', { key: 'a' })).toEqual({ value: b64('1') });
    expect(await ok('KVGet', { key: 'missing' })).toEqual({});
    expect(await ok('KVList', { page: 0, per_page: 10 })).toEqual({ keys: ['a', 'b'] });
    expect(await ok('KVList', { page: 1, per_page: 1 })).toEqual({ keys: ['b'] });
    expect(await ok('KVList', { page: 0, per_page: 0 })).toEqual({}); // LIMIT 0, as on the server
    await ok('KVSet', { key: 'a' });
    await ok('KVDelete', { key: 'b' });
    expect(await ok('KVList', { page: 0, per_page: 10 })).toEqual({});
  });

  it('atomic set: insert only if absent, compare-and-set, compare-and-delete', async () => {
    const set = (value: string | undefined, old: string | undefined) =>
      ok('KVSetWithOptions', {
        key: 'lock',
        ...(value ? { value: b64(value) } : {}),
        options: { atomic: true, ...(old ? { old_value: b64(old) } : {}) },
      });
    expect(await set('one', undefined)).toEqual({ updated: true });
    expect(await set('two', undefined)).toEqual({}); // exists already: updated=false
    expect(await set('two', 'wrong')).toEqual({});
    expect(await set('two', 'one')).toEqual({ updated: true });
    expect(await ok('KVCompareAndSet', { key: 'lock', old_value: b64('two'), new_value: b64('3') })).toEqual({
      updated: true,
    });
    expect(await ok('KVCompareAndDelete', { key: 'lock', old_value: b64('two') })).toEqual({});
    expect(await set(undefined, '3')).toEqual({ updated: true }); // atomic delete
    expect(await ok('KVGet', { key: 'lock' })).toEqual({});
    expect(await ok('KVCompareAndSet', { key: 'lock', new_value: b64('x') })).toEqual({ updated: true });
    expect(await ok('KVCompareAndDelete', { key: 'lock', old_value: b64('x') })).toEqual({ deleted: true });
  });

  it('expires keys set with an expiry', async () => {
    await ok('KVSetWithOptions', { key: 'tmp', value: b64('v'), options: { expire_in_seconds: 10 } });
    await ok('KVSetWithExpiry', { key: 'tmp2', value: b64('v'), expire_in_seconds: '20' });
    clock += 10_000;
    expect(await ok('KVGet', { key: 'tmp' })).toEqual({});
    expect(await ok('KVList', { page: 0, per_page: 10 })).toEqual({ keys: ['tmp2'] });
    // an expired key no longer blocks an insert-only atomic set
    expect(
      await ok('KVSetWithOptions', { key: 'tmp', value: b64('new'), options: { atomic: true } }),
    ).toEqual({ updated: true });
    clock += 10_000;
    expect(await ok('KVGet', { key: 'tmp2' })).toEqual({});
  });

  it("refuses what the server refuses, with the server's AppError", async () => {
    expect(
      (await call('KVSetWithOptions', { key: 'k', value: b64('v'), options: { old_value: b64('x') } })).error,
    ).toMatchObject({ id: 'model.plugin_kvset_options.is_valid.old_value.app_error', status_code: '400' });
    expect((await call('KVSet', { key: 'k'.repeat(151), value: b64('v') })).error).toMatchObject({
      id: 'model.plugin_key_value.is_valid.key.app_error',
      status_code: '400',
      where: 'KVSet',
    });
  });

  it('KVDeleteAll empties the store', async () => {
    await ok('KVSet', { key: 'a', value: b64('1') });
    await ok('KVDeleteAll');
    expect(api.kv.size).toBe(0);
  });
});

describe('posts and threads', () => {
  it('creates posts and replies, reads the thread newest first, deletes the whole thread', async () => {
    const { post: root } = (await ok('CreatePost', {
      post: { channel_id: 'c1', user_id: 'u1', message: 'root' },
    })) as { post: Record<string, string> };
    expect(root!.id).toMatch(/^[a-z0-9]{26}$/);
    expect(root!.create_at).toBe(String(clock));
    clock += 1;
    const { post: reply } = (await ok('CreatePost', {
      post: { channel_id: 'c1', user_id: 'u2', root_id: root!.id, message: 'reply' },
    })) as { post: Record<string, string> };
    const { post_list } = (await ok('GetPostThread', { post_id: reply!.id })) as {
      post_list: { order: string[]; posts: Record<string, Record<string, string>> };
    };
    expect(post_list.order).toEqual([reply!.id, root!.id]);
    expect(post_list.posts[root!.id!]).toMatchObject({ message: 'root', reply_count: '1' });

    await ok('DeletePost', { post_id: root!.id });
    for (const id of [root!.id, reply!.id])
      expect((await call('GetPost', { post_id: id })).error).toMatchObject({
        id: 'app.post.get.app_error',
        status_code: '404',
      });
  });

  it('updates a post (edit_at), refuses a post that already has an id', async () => {
    const { post } = (await ok('CreatePost', { post: { channel_id: 'c1', message: 'a' } })) as {
      post: Record<string, string>;
    };
    clock += 5;
    const updated = (await ok('UpdatePost', { post: { id: post!.id, message: 'b' } })) as {
      post: Record<string, string>;
    };
    expect(updated.post).toMatchObject({ message: 'b', edit_at: String(clock), channel_id: 'c1' });
    expect((await call('CreatePost', { post: { id: post!.id, channel_id: 'c1' } })).error).toMatchObject({
      status_code: '400',
    });
    expect((await call('UpdatePost', { post: { id: 'nope', message: 'x' } })).error).toMatchObject({
      status_code: '400',
    });
  });

  it('reactions mark the post; ephemeral posts are kept apart', async () => {
    const { post } = (await ok('CreatePost', { post: { channel_id: 'c1', message: 'a' } })) as {
      post: Record<string, string>;
    };
    await ok('AddReaction', { reaction: { post_id: post!.id, user_id: 'u1', emoji_name: 'smile' } });
    expect((await ok('GetPost', { post_id: post!.id })).post).toMatchObject({ has_reactions: true });
    expect(await ok('GetReactions', { post_id: post!.id })).toMatchObject({
      reactions: [{ emoji_name: 'smile', channel_id: 'c1' }],
    });
    expect(
      (await call('AddReaction', { reaction: { post_id: 'gone', emoji_name: 'x' } })).error,
    ).toMatchObject({
      status_code: '404',
    });
    const eph = await ok('SendEphemeralPost', { user_id: 'u1', post: { channel_id: 'c1', message: 'psst' } });
    expect(eph.post).toMatchObject({ type: 'system_ephemeral', message: 'psst' });
    expect(api.store.ephemeralPosts).toHaveLength(1);
    expect(api.posts).toHaveLength(1);
  });
});

describe('users, teams, channels', () => {
  beforeEach(() => {
    api.users.set('u1', { Id: 'u1', Username: 'alice', Email: 'alice@example.com' });
    api.users.set('u2', { Id: 'u2', Username: 'bob', Email: 'bob@example.com' });
  });

  it.each([
    ['GetUser', { user_id: 'x' }, 'app.user.missing_account.const'],
    ['GetUserByUsername', { name: 'x' }, 'app.user.get_by_username.app_error'],
    ['GetUserByEmail', { email: 'x@y' }, 'app.user.missing_account.const'],
    ['GetTeam', { team_id: 'x' }, 'app.team.get.find.app_error'],
    ['GetTeamByName', { name: 'x' }, 'app.team.get_by_name.missing.app_error'],
    ['GetChannel', { channel_id: 'x' }, 'app.channel.get.existing.app_error'],
    ['GetChannelByName', { team_id: 't', name: 'x' }, 'app.channel.get_by_name.missing.app_error'],
    ['GetChannelMember', { channel_id: 'c', user_id: 'u1' }, 'app.channel.get_member.missing.app_error'],
    ['GetBot', { bot_user_id: 'x' }, 'store.sql_bot.get.missing.app_error'],
    ['GetPost', { post_id: 'x' }, 'app.post.get.app_error'],
    ['GetPostThread', { post_id: 'x' }, 'app.post.get.app_error'],
  ])('%s of something missing: 404 %s', async (method, request, id) => {
    expect((await call(method, request)).error).toMatchObject({ id, status_code: '404', where: method });
  });

  it('finds users by id, username (any case) and email', async () => {
    expect((await ok('GetUser', { user_id: 'u1' })).user).toMatchObject({ username: 'alice' });
    expect((await ok('GetUserByUsername', { name: 'ALICE' })).user).toMatchObject({ id: 'u1' });
    expect((await ok('GetUserByEmail', { email: 'Bob@Example.com' })).user).toMatchObject({ id: 'u2' });
    expect((await ok('GetUsersByUsernames', { usernames: ['bob', 'nobody'] })).users).toHaveLength(1);
  });

  it('creates users with unique usernames', async () => {
    const { user } = (await ok('CreateUser', {
      user: { username: 'Carol', email: 'carol@example.com', password: 'secret' },
    })) as { user: Record<string, string> };
    expect(user).toMatchObject({ username: 'carol', roles: 'system_user' });
    expect(user!.password).toBeUndefined();
    expect(
      (await call('CreateUser', { user: { username: 'alice', email: 'a2@example.com' } })).error,
    ).toMatchObject({
      id: 'app.user.save.username_exists.app_error',
      status_code: '400',
    });
  });

  it('teams, channels and members', async () => {
    const { team } = (await ok('CreateTeam', { team: { name: 'eng', display_name: 'Eng' } })) as {
      team: Record<string, string>;
    };
    await ok('CreateTeamMember', { team_id: team!.id, user_id: 'u1' });
    expect((await ok('GetTeamsForUser', { user_id: 'u1' })).teams).toHaveLength(1);
    const { channel } = (await ok('CreateChannel', {
      channel: { team_id: team!.id, name: 'town-square', display_name: 'Town Square' },
    })) as { channel: Record<string, string> };
    expect(channel).toMatchObject({ type: 'O' });
    expect(
      (
        await call('CreateChannel', {
          channel: { team_id: team!.id, name: 'town-square', display_name: 'x' },
        })
      ).error,
    ).toMatchObject({ id: 'store.sql_channel.save_channel.exists.app_error' });
    expect(
      (await ok('GetChannelByNameForTeamName', { team_name: 'eng', channel_name: 'town-square' })).channel,
    ).toMatchObject({ id: channel!.id });
    await ok('AddChannelMember', { channel_id: channel!.id, user_id: 'u2' });
    expect(
      (await call('AddChannelMember', { channel_id: channel!.id, user_id: 'ghost' })).error,
    ).toMatchObject({
      status_code: '404',
    });
    expect(
      (await ok('GetUsersInChannel', { channel_id: channel!.id, page: 0, per_page: 10 })).users,
    ).toMatchObject([{ id: 'u2' }]);
    expect(
      (await ok('GetChannelMember', { channel_id: channel!.id, user_id: 'u2' })).channel_member,
    ).toMatchObject({
      roles: 'channel_user',
    });
  });

  it('a direct channel is created once, with both users in it', async () => {
    const first = (await ok('GetDirectChannel', { user_id1: 'u2', user_id2: 'u1' })).channel as Record<
      string,
      string
    >;
    expect(first).toMatchObject({ type: 'D', name: 'u1__u2' });
    const again = (await ok('GetDirectChannel', { user_id1: 'u1', user_id2: 'u2' })).channel as Record<
      string,
      string
    >;
    expect(again.id).toBe(first.id);
    expect(api.store.channelMember(first.id!, 'u1')).toBeDefined();
    expect((await call('GetDirectChannel', { user_id1: 'u1', user_id2: 'ghost' })).error).toMatchObject({
      status_code: '400',
    });
  });
});

describe('bots', () => {
  it('EnsureBotUser creates the bot once, remembers it under mmi_botid, and syncs its names', async () => {
    const { bot_user_id: id } = (await ok('EnsureBotUser', {
      bot: { username: 'helper', display_name: 'Helper' },
    })) as { bot_user_id: string };
    expect(Buffer.from(api.kv.get('mmi_botid')!).toString()).toBe(id);
    expect((await ok('GetBot', { bot_user_id: id })).bot).toMatchObject({
      username: 'helper',
      owner_id: 'com.example.test',
    });
    expect((await ok('GetUser', { user_id: id })).user).toMatchObject({ is_bot: true, username: 'helper' });
    const again = await ok('EnsureBotUser', { bot: { username: 'helper', display_name: 'Helper 2' } });
    expect(again).toEqual({ bot_user_id: id });
    expect(api.store.bots.size).toBe(1);
    expect(api.store.bots.get(id)!.DisplayName).toBe('Helper 2');
  });

  it('EnsureBotUser will not take over a human user (a plain Go error)', async () => {
    api.users.set('u1', { Id: 'u1', Username: 'helper' });
    const r = await call('EnsureBotUser', { bot: { username: 'helper' } });
    expect(r.error).toEqual({ message: expect.stringMatching(/not a bot/) as string });
  });

  it('CreateBot, PatchBot, GetBots, UpdateBotActive', async () => {
    const { bot } = (await ok('CreateBot', { bot: { username: 'b1', display_name: 'B1' } })) as {
      bot: Record<string, string>;
    };
    await ok('CreateBot', { bot: { username: 'b2' } });
    expect((await call('CreateBot', { bot: { username: 'b1' } })).error).toMatchObject({
      status_code: '400',
    });
    expect(
      (await ok('PatchBot', { bot_user_id: bot!.user_id, bot_patch: { description: 'd' } })).bot,
    ).toMatchObject({
      description: 'd',
      username: 'b1',
    });
    await ok('UpdateBotActive', { bot_user_id: bot!.user_id, active: false });
    expect((await ok('GetBots', { options: { page: 0, per_page: 10 } })).bots).toMatchObject([
      { username: 'b2' },
    ]);
    expect(
      (await ok('GetBots', { options: { page: 0, per_page: 10, include_deleted: true } })).bots,
    ).toHaveLength(2);
  });
});

describe('configuration, commands, server', () => {
  it('plugin settings: defaults from settings_schema, lowercased keys, saves fire the change hook', async () => {
    let changes = 0;
    api.onConfigChange = () => void changes++;
    api.store.settingsSchema = [
      { key: 'Greeting', default: 'hello' },
      { key: 'Limit', default: 3 },
    ];
    api.store.pluginConfig = { Limit: 5 };
    const loaded = await ok('LoadPluginConfiguration');
    expect(JSON.parse(Buffer.from(String(loaded.config), 'base64').toString())).toEqual({
      greeting: 'hello',
      limit: 5,
    });
    await ok('SavePluginConfig', { config: { Greeting: 'hi', Nested: { a: [1, true] } } });
    expect(changes).toBe(1);
    expect(await ok('GetPluginConfig')).toEqual({ config: { Greeting: 'hi', Nested: { a: [1, true] } } });
    const { config } = (await ok('GetConfig')) as { config: Record<string, Record<string, unknown>> };
    expect(config.service_settings).toMatchObject({ site_url: 'http://localhost:8065' });
    expect((config.plugin_settings!.plugins as Record<string, unknown>)['com.example.test']).toMatchObject({
      Greeting: 'hi',
    });
  });

  it('commands register, replace and unregister', async () => {
    await ok('RegisterCommand', { command: { trigger: 'Hello', description: 'one' } });
    await ok('RegisterCommand', { command: { trigger: 'hello', description: 'two' } });
    expect(api.commands).toMatchObject([
      { Trigger: 'hello', Description: 'two', PluginId: 'com.example.test' },
    ]);
    expect((await call('RegisterCommand', { command: { trigger: '' } })).error).toEqual({
      message: 'invalid command',
    });
    await ok('UnregisterCommand', { team_id: '', trigger: 'hello' });
    expect(api.commands).toHaveLength(0);
  });

  it('server facts, logs and published events are recorded', async () => {
    api.store.bundlePath = '/plugins/x';
    expect(await ok('GetServerVersion')).toEqual({ version: '11.0.0' });
    expect(await ok('GetBundlePath')).toEqual({ path: '/plugins/x' });
    expect(await ok('GetLicense')).toEqual({});
    await ok('LogWarn', { msg: 'careful', key_value_pairs: ['n', 1] });
    await ok('PublishWebSocketEvent', { event: 'update', payload: { n: 1 }, broadcast: { user_id: 'u1' } });
    await ok('PublishUserTyping', { user_id: 'u1', channel_id: 'c1' });
    expect(api.logs).toEqual([{ level: 'warn', msg: 'careful', fields: { n: 1 } }]);
    expect(api.store.websocketEvents[0]).toMatchObject({ event: 'update', broadcast: { UserId: 'u1' } });
    expect(api.store.userTyping).toEqual([{ userId: 'u1', channelId: 'c1', parentId: '' }]);
  });
});

describe('recording', () => {
  it('records every call, readable as JSON in proto shape', async () => {
    await ok('KVSet', { key: 'k', value: b64('v') });
    await call('GetUser', { user_id: 'nobody' });
    expect(api.callsJson()).toEqual([
      { method: 'KVSet', request: { key: 'k', value: b64('v') }, response: {} },
      {
        method: 'GetUser',
        request: { user_id: 'nobody' },
        error: expect.objectContaining({ id: 'app.user.missing_account.const', status_code: '404' }) as Json,
      },
    ]);
    const from = api.nextSeq;
    await ok('GetServerVersion');
    expect(api.callsJson(from).map((c) => c.method)).toEqual(['GetServerVersion']);
    api.resetCalls();
    expect(api.callsJson()).toEqual([]);
  });

  it('a method the fake does not implement fails as on a server without it, and is recorded', async () => {
    const codec = codecs.api('GetFileInfo')!;
    await expect(client.call(codec.def.rpc, codec.argsType, { A: 'f1' })).rejects.toThrow(
      "rpc: can't find method Plugin.GetFileInfo",
    );
    expect(api.callsJson()).toEqual([
      {
        method: 'GetFileInfo',
        request: { file_id: 'f1' },
        error: { message: "rpc: can't find method Plugin.GetFileInfo" },
      },
    ]);
    expect(api.implementedMethods).toContain('KVSetWithOptions');
    expect(api.implementedMethods).not.toContain('GetFileInfo');
  });
});
