/**
 * The fake server's data, as gob structs with the Go field names of the model types (what the
 * server would send): users, teams, channels and their members, posts, reactions, bots, the
 * plugin's KV store, registered commands, configuration, and what the plugin published or logged.
 * The fake-api-*.ts modules implement the API methods on it.
 */
import { randomBytes } from 'node:crypto';
import type { GobStruct, GobValue } from '../bridge/gob/types.ts';

export interface LogEntry {
  level: string;
  msg: string;
  fields: Record<string, unknown>;
}

export interface PluginSetting {
  key: string;
  default: unknown;
}

/** Mattermost's id alphabet (model.NewId: 26 characters of base32 with this encoding). */
const ID_ALPHABET = 'ybndrfg8ejkmcpqxot1uwisza345h769';

export class FakeStore {
  readonly users = new Map<string, GobStruct>();
  readonly teams = new Map<string, GobStruct>();
  /** Keyed `${TeamId}/${UserId}`. */
  readonly teamMembers = new Map<string, GobStruct>();
  readonly channels = new Map<string, GobStruct>();
  /** Keyed `${ChannelId}/${UserId}`. */
  readonly channelMembers = new Map<string, GobStruct>();
  /** Every post in creation order (deleted ones keep their DeleteAt). */
  readonly posts: GobStruct[] = [];
  readonly ephemeralPosts: { userId: string; post: GobStruct }[] = [];
  readonly reactions: GobStruct[] = [];
  readonly bots = new Map<string, GobStruct>();
  readonly profileImages = new Map<string, Uint8Array>();
  /** The plugin's KV store; expiry (epoch ms) of keys set with one in kvExpiry. */
  readonly kv = new Map<string, Uint8Array>();
  readonly kvExpiry = new Map<string, number>();
  readonly commands: GobStruct[] = [];
  readonly logs: LogEntry[] = [];
  readonly websocketEvents: { event: string; payload: GobValue; broadcast: GobValue }[] = [];
  readonly userTyping: { userId: string; channelId: string; parentId: string }[] = [];
  /** PluginSettings.Plugins[<plugin id>] as JSON (what the System Console saves). */
  pluginConfig: Record<string, unknown> = {};
  /** model.Config without PluginSettings.Plugins[<plugin id>] (kept in pluginConfig). */
  config: GobStruct = defaultConfig();
  serverVersion = '11.0.0';
  pluginId = 'com.example.plugin';
  bundlePath = '';
  /** settings_schema.settings of plugin.json: LoadPluginConfiguration fills their defaults in. */
  settingsSchema: PluginSetting[] = [];
  /** The clock (epoch ms); tests may replace it. */
  now: () => number = Date.now;

  nowMillis(): bigint {
    return BigInt(this.now());
  }

  newId(): string {
    const bytes = randomBytes(26);
    let id = '';
    for (const b of bytes) id += ID_ALPHABET[b & 31];
    return id;
  }

  post(id: string): GobStruct | undefined {
    return this.posts.find((p) => p.Id === id);
  }

  /** A KV value unless it is missing or expired (expired keys are dropped on the way). */
  kvGet(key: string): Uint8Array | undefined {
    const expires = this.kvExpiry.get(key);
    if (expires !== undefined && expires <= this.now()) {
      this.kv.delete(key);
      this.kvExpiry.delete(key);
    }
    return this.kv.get(key);
  }

  kvPut(key: string, value: Uint8Array, expireInSeconds = 0n): void {
    this.kv.set(key, value);
    if (expireInSeconds > 0n) this.kvExpiry.set(key, this.now() + Number(expireInSeconds) * 1000);
    else this.kvExpiry.delete(key);
  }

  kvDelete(key: string): void {
    this.kv.delete(key);
    this.kvExpiry.delete(key);
  }

  /** Live keys, sorted as the server lists them. */
  kvKeys(): string[] {
    return [...this.kv.keys()].filter((k) => this.kvGet(k) !== undefined).sort();
  }

  userByUsername(username: string): GobStruct | undefined {
    const u = username.toLowerCase();
    for (const user of this.users.values()) if (String(user.Username ?? '').toLowerCase() === u) return user;
    return undefined;
  }

  teamMember(teamId: string, userId: string): GobStruct | undefined {
    return this.teamMembers.get(`${teamId}/${userId}`);
  }

  channelMember(channelId: string, userId: string): GobStruct | undefined {
    return this.channelMembers.get(`${channelId}/${userId}`);
  }

  addChannelMember(channelId: string, userId: string): GobStruct {
    const existing = this.channelMember(channelId, userId);
    if (existing) return existing;
    const member: GobStruct = {
      ChannelId: channelId,
      UserId: userId,
      Roles: 'channel_user',
      SchemeUser: true,
      NotifyProps: new Map<GobValue, GobValue>([
        ['desktop', 'default'],
        ['email', 'default'],
        ['mark_unread', 'all'],
        ['push', 'default'],
      ]),
      LastUpdateAt: this.nowMillis(),
    };
    this.channelMembers.set(`${channelId}/${userId}`, member);
    return member;
  }

  addTeamMember(teamId: string, userId: string): GobStruct {
    const existing = this.teamMember(teamId, userId);
    if (existing) return existing;
    const member: GobStruct = {
      TeamId: teamId,
      UserId: userId,
      Roles: 'team_user',
      SchemeUser: true,
      CreateAt: this.nowMillis(),
    };
    this.teamMembers.set(`${teamId}/${userId}`, member);
    return member;
  }
}

/** A little of model.Config, as a fresh server has it (pointer fields are plain values in gob). */
function defaultConfig(): GobStruct {
  return {
    ServiceSettings: { SiteURL: 'http://localhost:8065', ListenAddress: ':8065', EnableCommands: true },
    TeamSettings: { SiteName: 'Mattermost', MaxUsersPerTeam: 50n },
    PluginSettings: { Enable: true, EnableUploads: false, Directory: './plugins' },
  };
}
