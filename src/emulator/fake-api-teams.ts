/** Teams and team members. */
import type { GobStruct } from '../bridge/gob/types.ts';
import { badRequest, notFound, teamNotFound, userNotFound } from './fake-errors.ts';
import type { FakeStore } from './fake-store.ts';
import { page, str, struct, type FakeMethods } from './fake-values.ts';

export function teamsApi(s: FakeStore): FakeMethods {
  const team = (where: string, id: string): GobStruct => {
    const t = s.teams.get(id);
    if (!t) throw teamNotFound(where, `team_id=${id}`);
    return t;
  };
  const user = (where: string, id: string): GobStruct => {
    const u = s.users.get(id);
    if (!u) throw userNotFound(where, `user_id=${id}`);
    return u;
  };
  const byName = (name: string): GobStruct | undefined =>
    [...s.teams.values()].find((t) => str(t.Name) === name.toLowerCase());
  const sorted = (teams: Iterable<GobStruct>): GobStruct[] =>
    [...teams].sort((a, b) => str(a.Name).localeCompare(str(b.Name))).map((t) => ({ ...t }));
  const members = (pred: (m: GobStruct) => boolean): GobStruct[] =>
    [...s.teamMembers.values()].filter(pred).map((m) => ({ ...m }));

  return {
    GetTeam: (a) => ({ A: { ...team('GetTeam', str(a.A)) } }),

    GetTeamByName: (a) => {
      const t = byName(str(a.A));
      if (!t)
        throw notFound(
          'GetTeamByName',
          'app.team.get_by_name.missing.app_error',
          'Unable to find the existing team.',
          `name=${str(a.A)}`,
        );
      return { A: { ...t } };
    },

    GetTeams: () => ({ A: sorted(s.teams.values()) }),

    GetTeamsForUser: (a) => ({
      A: sorted([...s.teams.values()].filter((t) => s.teamMember(str(t.Id), str(a.A)))),
    }),

    CreateTeam: (a) => {
      const t = struct(a.A);
      const name = str(t.Name).toLowerCase();
      if (!/^[a-z0-9][a-z0-9-]{1,63}$/.test(name))
        throw badRequest(
          'CreateTeam',
          'model.team.is_valid.url.app_error',
          'Invalid URL identifier.',
          `name=${name}`,
        );
      if (!str(t.DisplayName))
        throw badRequest(
          'CreateTeam',
          'model.team.is_valid.name.app_error',
          'Invalid name.',
          'display_name is empty',
        );
      if (byName(name))
        throw badRequest(
          'CreateTeam',
          'store.sql_team.save_team.existing.app_error',
          'A team with that name already exists.',
          `name=${name}`,
        );
      const now = s.nowMillis();
      const created: GobStruct = { Type: 'O', ...t, Id: s.newId(), Name: name, CreateAt: now, UpdateAt: now };
      s.teams.set(str(created.Id), created);
      return { A: { ...created } };
    },

    CreateTeamMember: (a) => {
      team('CreateTeamMember', str(a.A));
      user('CreateTeamMember', str(a.B));
      return { A: { ...s.addTeamMember(str(a.A), str(a.B)) } };
    },

    GetTeamMember: (a) => {
      const m = s.teamMember(str(a.A), str(a.B));
      if (!m)
        throw notFound(
          'GetTeamMember',
          'app.team.get_member.missing.app_error',
          'No team member found for that user ID and team ID.',
          `team_id=${str(a.A)}, user_id=${str(a.B)}`,
        );
      return { A: { ...m } };
    },

    GetTeamMembers: (a) => ({
      A: page(
        members((m) => m.TeamId === str(a.A)),
        a.B,
        a.C,
      ),
    }),

    GetTeamMembersForUser: (a) => ({
      A: page(
        members((m) => m.UserId === str(a.A)),
        a.B,
        a.C,
      ),
    }),

    DeleteTeamMember: (a) => {
      s.teamMembers.delete(`${str(a.A)}/${str(a.B)}`);
      return {};
    },
  };
}
