/**
 * The fake server's state as JSON in proto shape, both ways: seedState loads a state file
 * (mm-bridge emulate --state FILE, POST /state), dumpState shows what the plugin did (GET /state).
 *
 *   {"users": [{"id": "u1", "username": "alice", "email": "alice@example.com"}],
 *    "teams": [...], "channels": [...], "channel_members": [...], "team_members": [...],
 *    "posts": [...], "reactions": [...], "bots": [...], "commands": [...],
 *    "kv": {"key": "<base64>"}, "plugin_config": {"Setting": "value"}, "config": {...},
 *    "server_version": "11.0.0"}
 *
 * A dump can be loaded again: the keys only a dump has (logs, ephemeral_posts, …) are ignored.
 */
import { GobInterface, type GobStruct, type GobValue } from '../bridge/gob/types.ts';
import { TranslateError } from '../bridge/mattermost/translate.ts';
import { didYouMean } from './close-matches.ts';
import type { EmulatorCodecs } from './codecs.ts';
import type { FakeStore } from './fake-store.ts';
import { str } from './fake-values.ts';
import type { Json } from './proto-json.ts';

type Obj = Record<string, unknown>;

/** State lists of model objects: JSON key → Go type, and where they go in the store. */
const LISTS: Record<string, { type: string; add: (s: FakeStore, v: GobStruct) => void }> = {
  users: { type: 'model.User', add: (s, u) => void s.users.set(idOf(s, u, 'Id'), u) },
  teams: { type: 'model.Team', add: (s, t) => void s.teams.set(idOf(s, t, 'Id'), t) },
  channels: { type: 'model.Channel', add: (s, c) => void s.channels.set(idOf(s, c, 'Id'), c) },
  team_members: {
    type: 'model.TeamMember',
    add: (s, m) => void s.teamMembers.set(`${str(m.TeamId)}/${str(m.UserId)}`, m),
  },
  channel_members: {
    type: 'model.ChannelMember',
    add: (s, m) => void s.channelMembers.set(`${str(m.ChannelId)}/${str(m.UserId)}`, m),
  },
  posts: {
    type: 'model.Post',
    add: (s, p) => {
      const id = idOf(s, p, 'Id');
      const i = s.posts.findIndex((q) => q.Id === id);
      if (i >= 0) s.posts.splice(i, 1, p);
      else s.posts.push(p);
    },
  },
  reactions: { type: 'model.Reaction', add: (s, r) => void s.reactions.push(r) },
  bots: {
    type: 'model.Bot',
    add: (s, b) => {
      const id = idOf(s, b, 'UserId');
      s.bots.set(id, b);
      if (!s.users.has(id))
        s.users.set(id, { Id: id, Username: b.Username ?? '', FirstName: b.DisplayName ?? '', IsBot: true });
    },
  },
  commands: { type: 'model.Command', add: (s, c) => void s.commands.push(c) },
};

/** Keys a dump has that make no sense to load. */
const OUTPUT_ONLY = new Set(['ephemeral_posts', 'logs', 'websocket_events', 'user_typing', 'kv_expiry']);
const SCALARS = ['kv', 'plugin_config', 'config', 'server_version'];

export function seedState(s: FakeStore, codecs: EmulatorCodecs, state: unknown, where = 'state'): void {
  if (!isObject(state)) throw new TranslateError(`${where}: expected a JSON object`);
  const known = [...Object.keys(LISTS), ...SCALARS];
  for (const key of Object.keys(state))
    if (!known.includes(key) && !OUTPUT_ONLY.has(key))
      throw new TranslateError(
        `${where}: unknown key ${JSON.stringify(key)}${didYouMean(key, known)}; known: ${known.join(', ')}`,
      );
  for (const [key, { type, add }] of Object.entries(LISTS)) {
    const list = state[key];
    if (list === undefined || list === null) continue;
    if (!Array.isArray(list)) throw new TranslateError(`${where}.${key}: expected a list`);
    list.forEach((item, i) => add(s, codecs.modelFromJson(type, item, `${where}.${key}[${i}]`)));
  }
  if (state.kv !== undefined && state.kv !== null) {
    if (!isObject(state.kv))
      throw new TranslateError(`${where}.kv: expected an object {"key": "<base64 value>"}`);
    for (const [k, v] of Object.entries(state.kv)) {
      if (typeof v !== 'string' || !/^[A-Za-z0-9+/_-]*={0,2}$/.test(v))
        throw new TranslateError(`${where}.kv[${JSON.stringify(k)}]: expected the value as a base64 string`);
      s.kvPut(k, Buffer.from(v, 'base64'));
    }
  }
  if (state.config !== undefined && state.config !== null) {
    s.config = codecs.modelFromJson('model.Config', state.config, `${where}.config`);
    const plugins = (s.config.PluginSettings as GobStruct | undefined)?.Plugins;
    if (plugins instanceof Map && plugins.has(s.pluginId))
      s.pluginConfig = codecs.mapToJson(plugins.get(s.pluginId));
  }
  if (state.plugin_config !== undefined && state.plugin_config !== null) {
    if (!isObject(state.plugin_config))
      throw new TranslateError(`${where}.plugin_config: expected an object`);
    codecs.mapFromJson(state.plugin_config, `${where}.plugin_config`); // validates
    s.pluginConfig = { ...state.plugin_config };
  }
  if (state.server_version !== undefined) {
    if (typeof state.server_version !== 'string')
      throw new TranslateError(`${where}.server_version: expected a string`);
    s.serverVersion = state.server_version;
  }
}

export function dumpState(s: FakeStore, codecs: EmulatorCodecs): Record<string, Json> {
  const models = (type: string, items: Iterable<GobStruct>): Json[] =>
    [...items].map((v) => codecs.modelToJson(type, v));
  const kv: Record<string, Json> = {};
  const kvExpiry: Record<string, Json> = {};
  for (const k of s.kvKeys()) {
    kv[k] = Buffer.from(s.kv.get(k)!).toString('base64');
    const at = s.kvExpiry.get(k);
    if (at !== undefined) kvExpiry[k] = new Date(at).toISOString();
  }
  return {
    server_version: s.serverVersion,
    users: models('model.User', s.users.values()),
    teams: models('model.Team', s.teams.values()),
    team_members: models('model.TeamMember', s.teamMembers.values()),
    channels: models('model.Channel', s.channels.values()),
    channel_members: models('model.ChannelMember', s.channelMembers.values()),
    posts: models('model.Post', s.posts),
    ephemeral_posts: s.ephemeralPosts.map((e) => ({
      user_id: e.userId,
      post: codecs.modelToJson('model.Post', e.post),
    })),
    reactions: models('model.Reaction', s.reactions),
    bots: models('model.Bot', s.bots.values()),
    commands: models('model.Command', s.commands),
    kv,
    kv_expiry: kvExpiry,
    plugin_config: s.pluginConfig as Record<string, Json>,
    logs: s.logs.map((l) => ({ level: l.level, msg: l.msg, fields: plain(l.fields) })),
    websocket_events: s.websocketEvents.map((e) => ({
      event: e.event,
      payload: codecs.mapToJson(e.payload),
      broadcast: e.broadcast
        ? codecs.modelToJson('model.WebsocketBroadcast', e.broadcast as GobStruct)
        : null,
    })),
    user_typing: s.userTyping.map((t) => ({
      user_id: t.userId,
      channel_id: t.channelId,
      parent_id: t.parentId,
    })),
  };
}

/** Gob values of log fields as JSON: int64 as decimal strings, bytes as base64. */
function plain(v: unknown): Json {
  if (v instanceof GobInterface) return plain(v.value);
  if (typeof v === 'bigint') return v.toString();
  if (v instanceof Uint8Array) return Buffer.from(v).toString('base64');
  if (v instanceof Map) return Object.fromEntries([...v].map(([k, e]) => [String(k), plain(e)]));
  if (Array.isArray(v)) return v.map(plain);
  if (isObject(v)) return Object.fromEntries(Object.entries(v).map(([k, e]) => [k, plain(e)]));
  return (v ?? null) as Json;
}

function idOf(s: FakeStore, v: GobStruct, field: string): string {
  if (!str(v[field] as GobValue)) v[field] = s.newId();
  return str(v[field]);
}

function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
