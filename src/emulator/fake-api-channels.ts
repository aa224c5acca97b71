/** Channels (open, private, direct, group) and channel members. */
import { createHash } from 'node:crypto';
import type { GobStruct } from '../bridge/gob/types.ts';
import { badRequest, channelNotFound, notFound, teamNotFound, userNotFound } from './fake-errors.ts';
import type { FakeStore } from './fake-store.ts';
import { page, str, struct, type FakeMethods } from './fake-values.ts';

export function channelsApi(s: FakeStore): FakeMethods {
  const channel = (where: string, id: string): GobStruct => {
    const c = s.channels.get(id);
    if (!c) throw channelNotFound(where, `channel_id=${id}`);
    return c;
  };
  const user = (where: string, id: string): GobStruct => {
    const u = s.users.get(id);
    if (!u) throw userNotFound(where, `user_id=${id}`);
    return u;
  };
  const byName = (teamId: string, name: string, includeDeleted: boolean, where: string): GobStruct => {
    const c = [...s.channels.values()].find(
      (c) => c.TeamId === teamId && c.Name === name && (includeDeleted || !c.DeleteAt),
    );
    if (!c)
      throw notFound(
        where,
        'app.channel.get_by_name.missing.app_error',
        'Channel does not exist.',
        `team_id=${teamId}, name=${name}`,
      );
    return c;
  };
  const save = (c: GobStruct): GobStruct => {
    const now = s.nowMillis();
    const created: GobStruct = { ...c, Id: s.newId(), CreateAt: now, UpdateAt: now };
    s.channels.set(str(created.Id), created);
    return created;
  };
  /** The direct or group channel named `name` with these members, created on first use. */
  const privateChannel = (type: 'D' | 'G', name: string, userIds: string[], where: string): GobStruct => {
    for (const id of userIds)
      if (!s.users.has(id))
        throw badRequest(
          where,
          'api.channel.create_direct_channel.invalid_user.app_error',
          'Invalid user ID for direct channel creation.',
          `user_id=${id}`,
        );
    const existing = [...s.channels.values()].find((c) => c.Type === type && c.Name === name);
    if (existing) return existing;
    const displayName = userIds.map((id) => str(s.users.get(id)?.Username)).join(', ');
    const c = save({ Type: type, Name: name, DisplayName: type === 'G' ? displayName : '', TeamId: '' });
    for (const id of userIds) s.addChannelMember(str(c.Id), id);
    return c;
  };
  const members = (pred: (m: GobStruct) => boolean): GobStruct[] =>
    [...s.channelMembers.values()].filter(pred).map((m) => ({ ...m }));
  const addMember = (where: string, channelId: string, userId: string): GobStruct => {
    channel(where, channelId);
    user(where, userId);
    return { ...s.addChannelMember(channelId, userId) };
  };

  return {
    GetChannel: (a) => ({ A: { ...channel('GetChannel', str(a.A)) } }),

    GetChannelByName: (a) => ({ A: { ...byName(str(a.A), str(a.B), a.C === true, 'GetChannelByName') } }),

    GetChannelByNameForTeamName: (a) => {
      const team = [...s.teams.values()].find((t) => t.Name === str(a.A));
      if (!team) throw teamNotFound('GetChannelByNameForTeamName', `team_name=${str(a.A)}`);
      return { A: { ...byName(str(team.Id), str(a.B), a.C === true, 'GetChannelByNameForTeamName') } };
    },

    CreateChannel: (a) => {
      const c = struct(a.A);
      const type = str(c.Type) || 'O';
      const name = str(c.Name);
      if (!/^[a-z0-9_-]{1,64}$/.test(name))
        throw badRequest(
          'CreateChannel',
          'model.channel.is_valid.name.app_error',
          'Invalid channel name.',
          name,
        );
      if (!str(c.DisplayName))
        throw badRequest(
          'CreateChannel',
          'model.channel.is_valid.display_name.app_error',
          'Invalid display name.',
          'display_name is empty',
        );
      if (type !== 'O' && type !== 'P')
        throw badRequest(
          'CreateChannel',
          'api.channel.create_channel.direct_channel.app_error',
          'Must use createDirectChannel API service for direct message channel creation.',
          `type=${type}`,
        );
      if ([...s.channels.values()].some((x) => x.TeamId === c.TeamId && x.Name === name))
        throw badRequest(
          'CreateChannel',
          'store.sql_channel.save_channel.exists.app_error',
          'A channel with that name already exists on the same team.',
          `team_id=${str(c.TeamId)}, name=${name}`,
        );
      return { A: { ...save({ ...c, Type: type }) } };
    },

    UpdateChannel: (a) => {
      const c = struct(a.A);
      const old = channel('UpdateChannel', str(c.Id));
      const updated: GobStruct = { ...old, ...c, CreateAt: old.CreateAt ?? 0n, UpdateAt: s.nowMillis() };
      s.channels.set(str(updated.Id), updated);
      return { A: { ...updated } };
    },

    DeleteChannel: (a) => {
      const c = channel('DeleteChannel', str(a.A));
      c.DeleteAt = s.nowMillis();
      c.UpdateAt = c.DeleteAt;
      return {};
    },

    GetDirectChannel: (a) => {
      const ids = [str(a.A), str(a.B)].sort();
      return { A: { ...privateChannel('D', ids.join('__'), [...new Set(ids)], 'GetDirectChannel') } };
    },

    GetGroupChannel: (a) => {
      const ids = [...new Set((a.A ?? []) as string[])].sort();
      if (ids.length < 3 || ids.length > 8)
        throw badRequest(
          'GetGroupChannel',
          'api.channel.create_group.bad_size.app_error',
          'Group message channels must contain at least 3 and no more than 8 users.',
          `users=${ids.length}`,
        );
      const name = createHash('sha1').update(ids.join('')).digest('hex');
      return { A: { ...privateChannel('G', name, ids, 'GetGroupChannel') } };
    },

    GetPublicChannelsForTeam: (a) => {
      const open = [...s.channels.values()]
        .filter((c) => c.TeamId === str(a.A) && c.Type === 'O' && !c.DeleteAt)
        .sort((x, y) => str(x.Name).localeCompare(str(y.Name)));
      return { A: page(open, a.B, a.C).map((c) => ({ ...c })) };
    },

    GetChannelsForTeamForUser: (a) => {
      const list = [...s.channels.values()].filter(
        (c) =>
          (c.TeamId === str(a.A) || !c.TeamId) &&
          s.channelMember(str(c.Id), str(a.B)) &&
          (a.C === true || !c.DeleteAt),
      );
      return { A: list.map((c) => ({ ...c })) };
    },

    AddChannelMember: (a) => ({ A: addMember('AddChannelMember', str(a.A), str(a.B)) }),

    AddUserToChannel: (a) => ({ A: addMember('AddUserToChannel', str(a.A), str(a.B)) }),

    GetChannelMember: (a) => {
      const m = s.channelMember(str(a.A), str(a.B));
      if (!m)
        throw notFound(
          'GetChannelMember',
          'app.channel.get_member.missing.app_error',
          'No channel member found for that user ID and channel ID.',
          `channel_id=${str(a.A)}, user_id=${str(a.B)}`,
        );
      return { A: { ...m } };
    },

    GetChannelMembers: (a) => ({
      A: page(
        members((m) => m.ChannelId === str(a.A)),
        a.B,
        a.C,
      ),
    }),

    GetChannelMembersForUser: (a) => ({
      A: page(
        members((m) => m.UserId === str(a.B) && s.channels.get(str(m.ChannelId))?.TeamId === str(a.A)),
        a.C,
        a.D,
      ),
    }),

    DeleteChannelMember: (a) => {
      s.channelMembers.delete(`${str(a.A)}/${str(a.B)}`);
      return {};
    },
  };
}
