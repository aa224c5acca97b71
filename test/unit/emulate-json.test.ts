/**
 * The emulator's JSON: requests in proto shape (strict, with errors that say where and what),
 * hook args from them, and the fake server's state both ways.
 */
import { describe, expect, it } from 'vitest';
import type { GobStruct } from '../../src/bridge/gob/types.ts';
import { GobTypes, loadSchema } from '../../src/bridge/mattermost/schema.ts';
import { closeMatches } from '../../src/emulator/close-matches.ts';
import { EmulatorCodecs } from '../../src/emulator/codecs.ts';
import { FakeStore } from '../../src/emulator/fake-store.ts';
import { EmulateError, hookArgs, hookCodec } from '../../src/emulator/hook-fire.ts';
import { messageFromJson, messageToJson } from '../../src/emulator/proto-json.ts';
import { dumpState, seedState } from '../../src/emulator/state.ts';
import { SCHEMA_FILE } from '../../src/paths.ts';

const schema = loadSchema(SCHEMA_FILE);
const codecs = new EmulatorCodecs(schema, new GobTypes(schema));
const postType = codecs.tr.messageType('mattermost.bridge.v1.Post');

function fails(f: () => unknown): string {
  try {
    f();
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('did not fail');
}

describe('JSON in proto shape', () => {
  it('reads proto or lowerCamelCase names, int64 as numbers or strings, bytes as base64, any JSON for Struct', () => {
    const plain = messageFromJson(
      postType,
      {
        channelId: 'c1',
        create_at: 2 ** 53 + 2,
        update_at: '9007199254740993',
        props: { a: [1, 'x', null] },
      },
      'Post',
    );
    expect(plain).toMatchObject({
      channel_id: 'c1',
      create_at: '9007199254740994',
      update_at: '9007199254740993',
    });
    expect(messageToJson(postType, plain)).toEqual({
      channel_id: 'c1',
      create_at: '9007199254740994',
      update_at: '9007199254740993',
      props: { a: [1, 'x', null] },
    });
  });

  it('says which field is wrong and what it should be', () => {
    expect(fails(() => messageFromJson(postType, { mesage: 'x' }, 'Post'))).toBe(
      'Post: mattermost.bridge.v1.Post has no field "mesage" (did you mean "message"?)',
    );
    expect(fails(() => messageFromJson(postType, { message: 3 }, 'Post'))).toBe(
      'Post.message: expected a string, got number 3',
    );
    expect(fails(() => messageFromJson(postType, { is_pinned: 'yes' }, 'Post'))).toMatch(
      /expected true or false/,
    );
    expect(fails(() => messageFromJson(postType, { create_at: 1.5 }, 'Post'))).toMatch(
      /create_at: expected an integer \(a number or a decimal string\), got number 1.5/,
    );
    expect(fails(() => messageFromJson(postType, { file_ids: 'f1' }, 'Post'))).toBe(
      'Post.file_ids: expected a list, got string "f1"',
    );
    expect(fails(() => messageFromJson(postType, [], 'Post'))).toMatch(
      /expected an object \(mattermost.bridge.v1.Post\)/,
    );
  });

  it('Timestamps as RFC 3339, bytes as base64', () => {
    const type = codecs.tr.messageType('google.protobuf.Timestamp');
    const t = messageFromJson(type, '2026-01-02T15:04:05.123+01:00', 'ts');
    expect(t).toEqual({ seconds: String(Date.UTC(2026, 0, 2, 14, 4, 5) / 1000), nanos: 123_000_000 });
    expect(messageToJson(type, t)).toBe('2026-01-02T14:04:05.123Z');
    expect(fails(() => messageFromJson(type, 'yesterday', 'ts'))).toMatch(/expected an RFC 3339 time/);
    const kv = codecs.tr.messageType('mattermost.bridge.v1.KVSetRequest');
    expect(messageFromJson(kv, { key: 'k', value: 'aGk=' }, 'KVSetRequest').value).toEqual(Buffer.from('hi'));
    expect(fails(() => messageFromJson(kv, { value: 'not base64!' }, 'KVSetRequest'))).toMatch(/base64/);
  });

  it('close matches', () => {
    expect(
      closeMatches('messagewillbeposted', ['MessageWillBePosted', 'MessageHasBeenPosted', 'OnActivate']),
    ).toEqual(['MessageWillBePosted']);
    expect(closeMatches('zzz', ['OnActivate'])).toEqual([]);
  });
});

describe('hooks from JSON', () => {
  it('unknown and unfireable hooks', () => {
    const unknown = (() => {
      try {
        hookCodec(codecs, 'MessageWillBePostd');
      } catch (e) {
        return e as EmulateError;
      }
    })()!;
    expect(unknown.status).toBe(404);
    expect(unknown.message).toMatch(/unknown hook "MessageWillBePostd" \(did you mean "MessageWillBePosted"/);
    expect(fails(() => hookCodec(codecs, 'OnActivate'))).toMatch(/cannot be fired/);
  });

  it('fills the plugin Context with defaults, keeping what the request sets', () => {
    const codec = hookCodec(codecs, 'MessageWillBePosted');
    const args = hookArgs(codecs, codec, {
      context: { user_agent: 'test' },
      post: { message: 'hi', channel_id: 'c1' },
    }) as GobStruct;
    expect(args.B).toEqual({ Message: 'hi', ChannelId: 'c1' });
    expect(args.A).toMatchObject({ UserAgent: 'test', IPAddress: '127.0.0.1', AcceptLanguage: 'en' });
    expect((args.A as GobStruct).RequestId).toMatch(/^[0-9a-f]{26}$/);
    expect(fails(() => hookArgs(codecs, codec, { post: { message: 1 } }))).toBe(
      'MessageWillBePostedRequest.post.message: expected a string, got number 1',
    );
  });
});

describe('state', () => {
  const state = {
    users: [{ id: 'u1', username: 'alice', email: 'alice@example.com' }, { username: 'noid' }],
    teams: [{ id: 't1', name: 'eng', display_name: 'Eng' }],
    channels: [{ id: 'c1', team_id: 't1', name: 'town-square', type: 'O' }],
    channel_members: [{ channel_id: 'c1', user_id: 'u1' }],
    posts: [{ id: 'p1', channel_id: 'c1', message: 'hi', create_at: '5' }],
    bots: [{ user_id: 'b1', username: 'helper' }],
    kv: { k: Buffer.from('v').toString('base64') },
    plugin_config: { Greeting: 'hi' },
    server_version: '10.5.0',
  };

  it('seeds the store (ids made up where missing) and dumps it back in the same shape', () => {
    const s = new FakeStore();
    seedState(s, codecs, state);
    expect(s.users.get('u1')).toEqual({ Id: 'u1', Username: 'alice', Email: 'alice@example.com' });
    expect([...s.users.values()].find((u) => u.Username === 'noid')!.Id).toMatch(/^[a-z0-9]{26}$/);
    expect(s.users.get('b1')).toMatchObject({ IsBot: true });
    expect(s.channelMember('c1', 'u1')).toBeDefined();
    expect(Buffer.from(s.kv.get('k')!).toString()).toBe('v');
    const dump = dumpState(s, codecs);
    expect(dump).toMatchObject({
      server_version: '10.5.0',
      teams: state.teams,
      channels: state.channels,
      posts: state.posts,
      kv: state.kv,
      plugin_config: state.plugin_config,
    });
    const again = new FakeStore();
    seedState(again, codecs, dump);
    expect(dumpState(again, codecs)).toEqual(dump);
  });

  it('refuses unknown keys and wrong shapes, saying where', () => {
    const s = new FakeStore();
    expect(fails(() => seedState(s, codecs, { user: [] }, 'state.json'))).toMatch(
      /^state.json: unknown key "user" \(did you mean "users"\?\)/,
    );
    expect(fails(() => seedState(s, codecs, { users: [{ id: 1 }] }, 'state.json'))).toBe(
      'state.json.users[0].id: expected a string, got number 1',
    );
    expect(fails(() => seedState(s, codecs, { kv: { k: 42 } }))).toMatch(/base64/);
  });
});
