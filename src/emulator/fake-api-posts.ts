/**
 * Posts, threads, ephemeral posts and reactions. Like the server, CreatePost assigns the id and
 * times and counts replies on the thread's root; unlike it, it accepts channels and roots the fake
 * server does not know (a fired hook's post need not have been seeded).
 */
import type { GobStruct, GobValue } from '../bridge/gob/types.ts';
import { badRequest, postNotFound } from './fake-errors.ts';
import type { FakeStore } from './fake-store.ts';
import { int, page, str, struct, type FakeMethods } from './fake-values.ts';

export function postsApi(s: FakeStore): FakeMethods {
  const live = (where: string, id: string): GobStruct => {
    const p = s.post(id);
    if (!p || p.DeleteAt) throw postNotFound(where, `post_id=${id}`);
    return p;
  };
  const newestFirst = (posts: GobStruct[]): GobStruct[] =>
    [...posts].sort((a, b) => Number(int(b.CreateAt) - int(a.CreateAt)));
  const postList = (posts: GobStruct[]): GobStruct => ({
    Order: newestFirst(posts).map((p) => str(p.Id)),
    Posts: new Map<GobValue, GobValue>(posts.map((p) => [str(p.Id), { ...p }])),
  });
  const inChannel = (channelId: string): GobStruct[] =>
    s.posts.filter((p) => p.ChannelId === channelId && !p.DeleteAt);
  const reactionsOf = (postId: string): GobStruct[] => s.reactions.filter((r) => r.PostId === postId);

  return {
    CreatePost: (a) => {
      const p = struct(a.A);
      if (str(p.Id))
        throw badRequest(
          'CreatePost',
          'store.sql_post.save.existing.app_error',
          'You cannot update an existing post.',
          `id=${str(p.Id)}`,
        );
      if (!str(p.ChannelId))
        throw badRequest('CreatePost', 'model.post.is_valid.channel_id.app_error', 'Invalid channel id.');
      const now = s.nowMillis();
      const created: GobStruct = { ...p, Id: s.newId(), CreateAt: int(p.CreateAt) || now, UpdateAt: now };
      s.posts.push(created);
      const root = str(p.RootId) ? s.post(str(p.RootId)) : undefined;
      if (root) {
        root.ReplyCount = int(root.ReplyCount) + 1n;
        root.LastReplyAt = now;
      }
      const channel = s.channels.get(str(p.ChannelId));
      if (channel) {
        channel.LastPostAt = now;
        channel.TotalMsgCount = int(channel.TotalMsgCount) + 1n;
        if (!root) channel.LastRootPostAt = now;
      }
      return { A: { ...created } };
    },

    GetPost: (a) => ({ A: { ...live('GetPost', str(a.A)) } }),

    UpdatePost: (a) => {
      const p = struct(a.A);
      const old = s.post(str(p.Id));
      if (!old || old.DeleteAt)
        throw badRequest(
          'UpdatePost',
          'api.post.update_post.find.app_error',
          "We couldn't find the existing post or comment to update.",
          `id=${str(p.Id)}`,
        );
      const now = s.nowMillis();
      if (p.Message !== undefined && p.Message !== old.Message) old.EditAt = now;
      for (const k of ['Message', 'Props', 'FileIds', 'IsPinned', 'HasReactions', 'Metadata'])
        if (p[k] !== undefined) old[k] = p[k]!;
      old.UpdateAt = now;
      return { A: { ...old } };
    },

    DeletePost: (a) => {
      const p = live('DeletePost', str(a.A));
      const now = s.nowMillis();
      for (const q of s.posts)
        if (q === p || (q.RootId === p.Id && !q.DeleteAt)) {
          q.DeleteAt = now;
          q.UpdateAt = now;
        }
      return {};
    },

    GetPostThread: (a) => {
      const p = live('GetPostThread', str(a.A));
      const rootId = str(p.RootId) || str(p.Id);
      const thread = s.posts.filter((q) => (q.Id === rootId || q.RootId === rootId) && !q.DeleteAt);
      return { A: postList(thread) };
    },

    GetPostsForChannel: (a) => ({ A: postList(page(newestFirst(inChannel(str(a.A))), a.B, a.C)) }),

    GetPostsSince: (a) => ({
      A: postList(s.posts.filter((p) => p.ChannelId === str(a.A) && int(p.UpdateAt) >= int(a.B))),
    }),

    SendEphemeralPost: (a) => {
      const now = s.nowMillis();
      const p = struct(a.B);
      const post: GobStruct = {
        ...p,
        Id: str(p.Id) || s.newId(),
        CreateAt: int(p.CreateAt) || now,
        UpdateAt: now,
        Type: 'system_ephemeral',
      };
      s.ephemeralPosts.push({ userId: str(a.A), post });
      return { A: { ...post } };
    },

    UpdateEphemeralPost: (a) => {
      const post: GobStruct = { ...struct(a.B), Type: 'system_ephemeral', UpdateAt: s.nowMillis() };
      const i = s.ephemeralPosts.findIndex((e) => e.post.Id === post.Id);
      if (i >= 0) s.ephemeralPosts.splice(i, 1);
      s.ephemeralPosts.push({ userId: str(a.A), post });
      return { A: { ...post } };
    },

    DeleteEphemeralPost: (a) => {
      const i = s.ephemeralPosts.findIndex((e) => e.post.Id === str(a.B));
      if (i >= 0) s.ephemeralPosts.splice(i, 1);
      return {};
    },

    AddReaction: (a) => {
      const r = struct(a.A);
      const post = live('AddReaction', str(r.PostId));
      const now = s.nowMillis();
      const existing = s.reactions.findIndex(
        (x) => x.PostId === r.PostId && x.UserId === r.UserId && x.EmojiName === r.EmojiName,
      );
      if (existing >= 0) s.reactions.splice(existing, 1);
      const reaction: GobStruct = { ...r, ChannelId: post.ChannelId ?? '', CreateAt: now, UpdateAt: now };
      s.reactions.push(reaction);
      post.HasReactions = true;
      return { A: { ...reaction } };
    },

    RemoveReaction: (a) => {
      const r = struct(a.A);
      const post = live('RemoveReaction', str(r.PostId));
      const i = s.reactions.findIndex(
        (x) => x.PostId === r.PostId && x.UserId === r.UserId && x.EmojiName === r.EmojiName,
      );
      if (i >= 0) s.reactions.splice(i, 1);
      post.HasReactions = reactionsOf(str(r.PostId)).length > 0;
      return {};
    },

    GetReactions: (a) => ({ A: reactionsOf(str(a.A)).map((r) => ({ ...r })) }),
  };
}
