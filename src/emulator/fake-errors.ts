/**
 * Errors of the fake server, shaped as the Mattermost server's: a *model.AppError (id, message,
 * HTTP status, where) for API methods that return one, or a plain Go error (errors.New) for the few
 * that return `error`. Fake API functions throw FakeError; FakeApi puts it into the method's error
 * result the way the server's RPC layer does (see fake-api.ts).
 */
import type { GobStruct } from '../bridge/gob/types.ts';

export class FakeError extends Error {
  override readonly name = 'FakeError';

  /** appError is the model.AppError gob struct; undefined for a plain Go error (errors.New). */
  constructor(
    message: string,
    readonly appError?: GobStruct,
  ) {
    super(message);
  }
}

export function appError(where: string, id: string, message: string, status: number, detail = ''): FakeError {
  return new FakeError(message, {
    Id: id,
    Message: message,
    DetailedError: detail,
    StatusCode: BigInt(status),
    Where: where,
  });
}

export const notFound = (where: string, id: string, message: string, detail = ''): FakeError =>
  appError(where, id, message, 404, detail);

export const badRequest = (where: string, id: string, message: string, detail = ''): FakeError =>
  appError(where, id, message, 400, detail);

/** A Go `errors.New(message)` (crosses the wire as *plugin.ErrorString). */
export const plainError = (message: string): FakeError => new FakeError(message);

// The server's not-found errors for the objects the fake server keeps.

export const userNotFound = (where: string, detail: string): FakeError =>
  notFound(where, 'app.user.missing_account.const', 'Unable to find the user.', detail);

export const teamNotFound = (where: string, detail: string): FakeError =>
  notFound(where, 'app.team.get.find.app_error', 'Unable to find the existing team.', detail);

export const channelNotFound = (where: string, detail: string): FakeError =>
  notFound(where, 'app.channel.get.existing.app_error', 'Unable to find the existing channel.', detail);

export const postNotFound = (where: string, detail: string): FakeError =>
  notFound(where, 'app.post.get.app_error', 'Unable to get the post.', detail);

export const botNotFound = (where: string, detail: string): FakeError =>
  notFound(where, 'store.sql_bot.get.missing.app_error', 'Unable to find the bot.', detail);

export const usernameTaken = (where: string, username: string): FakeError =>
  badRequest(
    where,
    'app.user.save.username_exists.app_error',
    'An account with that username already exists.',
    `username=${username}`,
  );
