/** Users: GetUser…, CreateUser, UpdateUser, DeleteUser, listing, profile images. */
import type { GobStruct } from '../bridge/gob/types.ts';
import { badRequest, notFound, userNotFound, usernameTaken } from './fake-errors.ts';
import type { FakeStore } from './fake-store.ts';
import { bytes, page, str, struct, type FakeMethods } from './fake-values.ts';

export function usersApi(s: FakeStore): FakeMethods {
  const get = (where: string, id: string): GobStruct => {
    const u = s.users.get(id);
    if (!u) throw userNotFound(where, `user_id=${id}`);
    return u;
  };
  const sorted = (users: Iterable<GobStruct>): GobStruct[] =>
    [...users].sort((a, b) => str(a.Username).localeCompare(str(b.Username)));
  const byEmail = (email: string): GobStruct | undefined => {
    const e = email.toLowerCase();
    for (const u of s.users.values()) if (str(u.Email).toLowerCase() === e) return u;
    return undefined;
  };

  return {
    GetUser: (a) => ({ A: { ...get('GetUser', str(a.A)) } }),

    GetUserByUsername: (a) => {
      const u = s.userByUsername(str(a.A));
      if (!u)
        throw notFound(
          'GetUserByUsername',
          'app.user.get_by_username.app_error',
          'Unable to find an existing account matching your username for this team.',
          `username=${str(a.A)}`,
        );
      return { A: { ...u } };
    },

    GetUserByEmail: (a) => {
      const u = byEmail(str(a.A));
      if (!u) throw userNotFound('GetUserByEmail', `email=${str(a.A)}`);
      return { A: { ...u } };
    },

    GetUsersByUsernames: (a) => {
      const names = ((a.A ?? []) as string[]).map((n) => s.userByUsername(n)).filter((u) => u !== undefined);
      return { A: sorted(names).map((u) => ({ ...u })) };
    },

    GetUsers: (a) => {
      const o = struct(a.A);
      let users = sorted(s.users.values());
      const inChannel = str(o.InChannelId);
      const inTeam = str(o.InTeamId);
      if (inChannel) users = users.filter((u) => s.channelMember(inChannel, str(u.Id)));
      if (str(o.NotInChannelId))
        users = users.filter((u) => !s.channelMember(str(o.NotInChannelId), str(u.Id)));
      if (inTeam) users = users.filter((u) => s.teamMember(inTeam, str(u.Id)));
      if (str(o.NotInTeamId)) users = users.filter((u) => !s.teamMember(str(o.NotInTeamId), str(u.Id)));
      if (o.Active === true) users = users.filter((u) => !u.DeleteAt);
      if (o.Inactive === true) users = users.filter((u) => Boolean(u.DeleteAt));
      if (str(o.Role)) users = users.filter((u) => str(u.Roles).split(' ').includes(str(o.Role)));
      return { A: page(users, o.Page, o.PerPage).map((u) => ({ ...u })) };
    },

    GetUsersInChannel: (a) => {
      const users = sorted([...s.users.values()].filter((u) => s.channelMember(str(a.A), str(u.Id))));
      return { A: page(users, a.C, a.D).map((u) => ({ ...u })) };
    },

    GetUsersInTeam: (a) => {
      const users = sorted([...s.users.values()].filter((u) => s.teamMember(str(a.A), str(u.Id))));
      return { A: page(users, a.B, a.C).map((u) => ({ ...u })) };
    },

    CreateUser: (a) => {
      const u = struct(a.A);
      const username = str(u.Username).toLowerCase();
      if (!/^[a-z0-9.\-_]{1,64}$/.test(username) || !/^[a-z]/.test(username))
        throw badRequest(
          'CreateUser',
          'model.user.is_valid.username.app_error',
          'Username must begin with a letter and contain between 1 and 64 lowercase characters made up of numbers, letters, and the symbols ".", "-", and "_".',
          `username=${username}`,
        );
      if (s.userByUsername(username)) throw usernameTaken('CreateUser', username);
      const email = str(u.Email).toLowerCase();
      if (!u.IsBot && !email.includes('@'))
        throw badRequest(
          'CreateUser',
          'model.user.is_valid.email.app_error',
          'Invalid email.',
          `email=${email}`,
        );
      if (email && byEmail(email))
        throw badRequest(
          'CreateUser',
          'app.user.save.email_exists.app_error',
          'An account with that email already exists.',
          `email=${email}`,
        );
      const now = s.nowMillis();
      const user: GobStruct = {
        Roles: 'system_user',
        Locale: 'en',
        ...u,
        Id: s.newId(),
        Username: username,
        Email: email,
        Password: '',
        CreateAt: now,
        UpdateAt: now,
      };
      s.users.set(str(user.Id), user);
      return { A: { ...user } };
    },

    UpdateUser: (a) => {
      const u = struct(a.A);
      const old = get('UpdateUser', str(u.Id));
      const username = str(u.Username || old.Username).toLowerCase();
      const other = s.userByUsername(username);
      if (other && other.Id !== old.Id) throw usernameTaken('UpdateUser', username);
      const user: GobStruct = {
        ...old,
        ...u,
        Username: username,
        Password: old.Password ?? '',
        CreateAt: old.CreateAt ?? 0n,
        UpdateAt: s.nowMillis(),
      };
      s.users.set(str(user.Id), user);
      return { A: { ...user } };
    },

    DeleteUser: (a) => {
      const u = get('DeleteUser', str(a.A));
      u.DeleteAt = s.nowMillis();
      u.UpdateAt = u.DeleteAt;
      return {};
    },

    GetProfileImage: (a) => {
      get('GetProfileImage', str(a.A));
      return { A: s.profileImages.get(str(a.A)) ?? DEFAULT_IMAGE };
    },

    SetProfileImage: (a) => {
      const u = get('SetProfileImage', str(a.A));
      s.profileImages.set(str(a.A), bytes(a.B) ?? new Uint8Array());
      u.LastPictureUpdate = s.nowMillis();
      return {};
    },
  };
}

/** A 1×1 transparent PNG: what a user without a picture gets here (the server draws initials). */
const DEFAULT_IMAGE = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
