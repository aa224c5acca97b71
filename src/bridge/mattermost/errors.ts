/**
 * Mattermost's error values on the gob wire (server/public/plugin/client_rpc.go `encodableError`):
 * an `error` result is an interface holding *model.AppError or *plugin.ErrorString{Code, Err};
 * a *model.AppError result is the struct itself. This module converts them to and from gRPC status.
 */
import type { ServiceError, StatusObject } from '@grpc/grpc-js';
import type protobuf from 'protobufjs';
import { GobInterface, T, structType, type GobStruct, type GobType, type GobValue } from '../gob/types.ts';
import {
  appErrorFromStatus,
  appErrorStatus,
  Code,
  httpForGrpcCode,
  type AppErrorObject,
} from '../grpc/status.ts';
import type { GobTypes, Param } from './schema.ts';
import type { Translator } from './translate.ts';

export const APP_ERROR_NAME = '*model.AppError';
export const ERROR_STRING_NAME = '*plugin.ErrorString';
export const ERROR_STRING_TYPE = structType('ErrorString', [
  { name: 'Code', type: T.int },
  { name: 'Err', type: T.string },
]);

/** ErrorString codes (client_rpc.go encodableError): which sentinel error the string stands for. */
const ERROR_STRING_CODES: Record<number, string> = {
  1: 'io.EOF',
  2: 'sql.ErrNoRows',
  3: 'sql.ErrConnDone',
  4: 'sql.ErrTxDone',
  5: 'driver.ErrSkip',
  6: 'driver.ErrBadConn',
  7: 'driver.ErrRemoveArgument',
};

export class MattermostErrors {
  readonly appErrorType: GobType;
  readonly appErrorProto: protobuf.Type;
  private readonly fields;

  constructor(
    private readonly types: GobTypes,
    private readonly tr: Translator,
    pkg: string,
  ) {
    this.appErrorType = types.of({ ref: 'model.AppError' });
    this.appErrorProto = tr.messageType(`${pkg}.AppError`);
    const def = types.typeDef('model.AppError');
    if (def.kind !== 'struct') throw new Error('schema: model.AppError is not a struct');
    this.fields = def.fields;
  }

  /** A gob error result (AppError struct or error interface) → gRPC status for the API caller. */
  toStatus(err: GobValue, method: string): Partial<StatusObject> {
    if (err instanceof GobInterface) {
      if (err.name === ERROR_STRING_NAME) {
        const s = (err.value ?? {}) as GobStruct;
        const code = Number(s.Code ?? 0n);
        const sentinel = ERROR_STRING_CODES[code];
        return {
          code: code === 2 ? Code.NOT_FOUND : Code.UNKNOWN,
          details: sentinel ? `${String(s.Err ?? '')} (${sentinel})` : String(s.Err ?? ''),
        };
      }
      if (err.name === APP_ERROR_NAME) return this.toStatus(err.value, method);
      return { code: Code.UNKNOWN, details: `${method}: error of type ${err.name}` };
    }
    const obj = this.tr.structToProto(this.fields, (err ?? {}) as GobStruct, this.appErrorProto, 'AppError');
    return appErrorStatus(obj as AppErrorObject, this.appErrorProto);
  }

  /**
   * A failed hook call (gRPC error from the language plugin) → the gob value for the hook's error
   * result, shaped as its Go type demands; the plugin's AppError is kept when it sent one.
   */
  fromStatus(e: Partial<ServiceError>, param: Param, where: string): GobValue {
    const sent = appErrorFromStatus(e, this.appErrorProto);
    const appError: AppErrorObject = sent ?? {
      id: 'mattermost_bridge.plugin_error',
      message: e.details || e.message || 'plugin call failed',
      status_code: httpForGrpcCode((e.code ?? Code.UNKNOWN) as Code),
      where,
    };
    const struct = this.tr.structFromProto(
      this.fields,
      appError as Record<string, unknown>,
      this.appErrorProto,
      'AppError',
    );
    if (param.type === 'error') {
      if (!sent)
        return new GobInterface(ERROR_STRING_NAME, ERROR_STRING_TYPE, { Err: appError.message ?? '' });
      return new GobInterface(APP_ERROR_NAME, this.appErrorType, struct);
    }
    return struct;
  }

  /** An AppError built by the bridge itself (e.g. the language plugin failed to start). */
  bridgeAppError(id: string, message: string, detailed: string, param: Param): GobValue {
    const struct: GobStruct = {
      Id: id,
      Message: message,
      DetailedError: detailed,
      StatusCode: 500n,
      Where: 'mm-bridge',
    };
    return param.type === 'error' ? new GobInterface(APP_ERROR_NAME, this.appErrorType, struct) : struct;
  }

  describe(err: GobValue): string {
    const v = err instanceof GobInterface ? err.value : err;
    const s = (v ?? {}) as GobStruct;
    return [s.Where, s.Message ?? s.Err, s.DetailedError]
      .filter((x) => x !== undefined && x !== '')
      .join(': ');
  }
}
