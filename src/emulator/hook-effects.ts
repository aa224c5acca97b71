/**
 * What the server has already stored when it fires a "has been" hook: firing MessageHasBeenPosted
 * puts its post in the fake server (so the plugin can reply in its thread, react to it, GetPost it),
 * ChannelHasBeenCreated its channel, and so on. Objects without an id are left out.
 */
import type { GobStruct } from '../bridge/gob/types.ts';
import type { FakeStore } from './fake-store.ts';
import { str } from './fake-values.ts';

type Effect = (s: FakeStore, args: GobStruct) => void;

const upsertPost =
  (field: string, deleted = false): Effect =>
  (s, a) => {
    const p = a[field] as GobStruct | undefined;
    if (!p || !str(p.Id)) return;
    const post = deleted && !p.DeleteAt ? { ...p, DeleteAt: s.nowMillis() } : { ...p };
    const i = s.posts.findIndex((q) => q.Id === p.Id);
    if (i >= 0) s.posts.splice(i, 1, post);
    else s.posts.push(post);
  };

const into =
  (field: string, map: (s: FakeStore) => Map<string, GobStruct>, key: (v: GobStruct) => string): Effect =>
  (s, a) => {
    const v = a[field] as GobStruct | undefined;
    if (v && key(v).replace(/\//g, '')) map(s).set(key(v), { ...v });
  };

const EFFECTS: Record<string, Effect> = {
  MessageHasBeenPosted: upsertPost('B'),
  MessageHasBeenUpdated: upsertPost('B'),
  MessageHasBeenDeleted: upsertPost('B', true),
  UserHasBeenCreated: into(
    'B',
    (s) => s.users,
    (u) => str(u.Id),
  ),
  ChannelHasBeenCreated: into(
    'B',
    (s) => s.channels,
    (c) => str(c.Id),
  ),
  UserHasJoinedChannel: into(
    'B',
    (s) => s.channelMembers,
    (m) => `${str(m.ChannelId)}/${str(m.UserId)}`,
  ),
  UserHasJoinedTeam: into(
    'B',
    (s) => s.teamMembers,
    (m) => `${str(m.TeamId)}/${str(m.UserId)}`,
  ),
  ReactionHasBeenAdded: (s, a) => {
    const r = a.B as GobStruct | undefined;
    if (r && str(r.PostId)) s.reactions.push({ ...r });
  },
};

export function applyHookEffects(hook: string, s: FakeStore, args: GobStruct): void {
  EFFECTS[hook]?.(s, args);
}
