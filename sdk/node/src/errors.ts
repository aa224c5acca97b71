/** Errors a plugin handler can throw; they reach Mattermost as *model.AppError. */
import type { ServiceError, StatusObject } from '@grpc/grpc-js';
import { appErrorFromStatus, appErrorStatus, type AppErrorObject } from '../../../src/bridge/grpc/status.ts';
import type protobuf from 'protobufjs';

/**
 * A Mattermost *model.AppError. `message` renders like Go's AppError.Error()
 * ("Where: Message, DetailedError"); the Message field itself is `appMessage`.
 */
export class AppError extends Error {
  override readonly name = 'AppError';
  readonly id: string;
  readonly appMessage: string;
  readonly statusCode: number;
  readonly detailedError: string;
  readonly where: string;

  constructor(o: {
    id: string;
    message: string;
    statusCode?: number;
    detailedError?: string;
    where?: string;
  }) {
    super(render(o));
    this.id = o.id;
    this.appMessage = o.message;
    this.statusCode = o.statusCode ?? 500;
    this.detailedError = o.detailedError ?? '';
    this.where = o.where ?? '';
  }

  toObject(): AppErrorObject {
    return {
      id: this.id,
      message: this.appMessage,
      detailed_error: this.detailedError,
      status_code: this.statusCode,
      where: this.where,
    };
  }

  toStatus(appErrorType: protobuf.Type): Partial<StatusObject> {
    return appErrorStatus(this.toObject(), appErrorType);
  }

  static fromServiceError(err: ServiceError, appErrorType: protobuf.Type): AppError | undefined {
    const o = appErrorFromStatus(err, appErrorType);
    if (!o) return undefined;
    return new AppError({
      id: o.id ?? '',
      message: o.message ?? '',
      statusCode: Number(o.status_code ?? 0),
      detailedError: o.detailed_error ?? '',
      where: o.where ?? '',
    });
  }
}

function render(o: { message: string; detailedError?: string; where?: string }): string {
  let s = o.where ? `${o.where}: ` : '';
  s += o.message;
  if (o.detailedError) s += `${o.message ? ', ' : ''}${o.detailedError}`;
  return s;
}
