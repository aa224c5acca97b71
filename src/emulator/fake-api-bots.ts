/**
 * Bots. A bot is a user (IsBot) plus a model.Bot owned by the plugin. EnsureBotUser follows the
 * server's app.EnsureBot: the bot id remembered under the plugin's KV key "mmi_botid" (patched to
 * the requested names), else an existing bot user of that username, else a new bot.
 */
import type { GobStruct } from '../bridge/gob/types.ts';
import { badRequest, botNotFound, plainError, usernameTaken } from './fake-errors.ts';
import type { FakeStore } from './fake-store.ts';
import { page, str, struct, type FakeMethods } from './fake-values.ts';

/** app/bot.go botUserKey (internalKeyPrefix + "botid"). */
export const BOT_USER_KEY = 'mmi_botid';

export function botsApi(s: FakeStore): FakeMethods {
  const get = (where: string, id: string, includeDeleted = true): GobStruct => {
    const b = s.bots.get(id);
    if (!b || (!includeDeleted && b.DeleteAt)) throw botNotFound(where, `bot_user_id=${id}`);
    return b;
  };

  const create = (where: string, bot: GobStruct): GobStruct => {
    const username = str(bot.Username).toLowerCase();
    if (!/^[a-z0-9.\-_]{1,64}$/.test(username))
      throw badRequest(
        where,
        'model.bot.is_valid.username.app_error',
        'Invalid username.',
        `username=${username}`,
      );
    if (s.userByUsername(username)) throw usernameTaken(where, username);
    const now = s.nowMillis();
    const created: GobStruct = {
      UserId: s.newId(),
      Username: username,
      DisplayName: str(bot.DisplayName),
      Description: str(bot.Description),
      OwnerId: str(bot.OwnerId) || s.pluginId,
      CreateAt: now,
      UpdateAt: now,
    };
    s.bots.set(str(created.UserId), created);
    s.users.set(str(created.UserId), {
      Id: created.UserId!,
      Username: username,
      Email: `${username}@localhost`,
      FirstName: created.DisplayName!,
      BotDescription: created.Description!,
      IsBot: true,
      Roles: 'system_user',
      Locale: 'en',
      CreateAt: now,
      UpdateAt: now,
    });
    return created;
  };

  const patch = (where: string, id: string, p: GobStruct): GobStruct => {
    const bot = get(where, id);
    const user = s.users.get(id);
    if (p.Username !== undefined) {
      const username = str(p.Username).toLowerCase();
      const other = s.userByUsername(username);
      if (other && other.Id !== id) throw usernameTaken(where, username);
      bot.Username = username;
      if (user) user.Username = username;
    }
    if (p.DisplayName !== undefined) {
      bot.DisplayName = str(p.DisplayName);
      if (user) user.FirstName = bot.DisplayName;
    }
    if (p.Description !== undefined) {
      bot.Description = str(p.Description);
      if (user) user.BotDescription = bot.Description;
    }
    bot.UpdateAt = s.nowMillis();
    return bot;
  };

  const setActive = (id: string, active: boolean): GobStruct => {
    const bot = get('UpdateBotActive', id);
    bot.DeleteAt = active ? 0n : s.nowMillis();
    const user = s.users.get(id);
    if (user) user.DeleteAt = bot.DeleteAt;
    return bot;
  };

  return {
    CreateBot: (a) => ({ A: { ...create('CreateBot', struct(a.A)) } }),

    GetBot: (a) => ({ A: { ...get('GetBot', str(a.A), a.B === true) } }),

    PatchBot: (a) => ({ A: { ...patch('PatchBot', str(a.A), struct(a.B)) } }),

    GetBots: (a) => {
      const o = struct(a.A);
      const bots = [...s.bots.values()]
        .filter(
          (b) => (!str(o.OwnerId) || b.OwnerId === o.OwnerId) && (o.IncludeDeleted === true || !b.DeleteAt),
        )
        .filter((b) => o.OnlyOrphaned !== true || !s.users.has(str(b.OwnerId)))
        .sort((x, y) => str(x.Username).localeCompare(str(y.Username)));
      return { A: page(bots, o.Page, o.PerPage).map((b) => ({ ...b })) };
    },

    UpdateBotActive: (a) => ({ A: { ...setActive(str(a.A), a.B === true) } }),

    PermanentDeleteBot: (a) => {
      get('PermanentDeleteBot', str(a.A));
      s.bots.delete(str(a.A));
      s.users.delete(str(a.A));
      return {};
    },

    EnsureBotUser: (a) => {
      const bot = struct(a.A);
      if (!str(bot.Username)) throw plainError('passed a bot with no username');
      const known = s.kvGet(BOT_USER_KEY);
      if (known) {
        const id = Buffer.from(known).toString();
        patch('EnsureBotUser', id, {
          Username: bot.Username ?? '',
          DisplayName: bot.DisplayName ?? '',
          Description: bot.Description ?? '',
        });
        return { A: id };
      }
      const user = s.userByUsername(str(bot.Username));
      if (user) {
        if (!user.IsBot)
          throw plainError(
            `a user named ${str(user.Username)} exists and is not a bot; cannot use it as the bot`,
          );
        s.kvPut(BOT_USER_KEY, Buffer.from(str(user.Id)));
        return { A: str(user.Id) };
      }
      const created = create('EnsureBotUser', { ...bot, OwnerId: s.pluginId });
      s.kvPut(BOT_USER_KEY, Buffer.from(str(created.UserId)));
      return { A: str(created.UserId) };
    },
  };
}
