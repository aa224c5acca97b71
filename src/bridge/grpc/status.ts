/**
 * Errors across the gRPC boundary. A Mattermost *model.AppError travels as a gRPC status whose code
 * is derived from its HTTP StatusCode and whose `grpc-status-details-bin` trailer (google.rpc.Status)
 * carries the full AppError message, so SDKs can raise typed errors and the bridge can rebuild the
 * exact AppError for the server. Plain failures use the gRPC status vocabulary as is.
 */
import { Metadata, status as Code, type ServiceError, type StatusObject } from '@grpc/grpc-js';
import protobuf from 'protobufjs';
import { PACKAGE } from './contract.ts';

export const STATUS_DETAILS_KEY = 'grpc-status-details-bin';
export const APP_ERROR_TYPE_URL = `type.googleapis.com/${PACKAGE}.AppError`;

const rpcRoot = protobuf.Root.fromJSON({
  nested: {
    google: {
      nested: {
        protobuf: {
          nested: {
            Any: { fields: { type_url: { type: 'string', id: 1 }, value: { type: 'bytes', id: 2 } } },
          },
        },
        rpc: {
          nested: {
            Status: {
              fields: {
                code: { type: 'int32', id: 1 },
                message: { type: 'string', id: 2 },
                details: { rule: 'repeated', type: 'google.protobuf.Any', id: 3 },
              },
            },
          },
        },
      },
    },
  },
});
const RpcStatus = rpcRoot.lookupType('google.rpc.Status');

/** The AppError fields as proto-loader objects see them (snake_case). */
export interface AppErrorObject {
  id?: string;
  message?: string;
  detailed_error?: string;
  request_id?: string;
  status_code?: string | number;
  where?: string;
  skip_translation?: boolean;
}

const HTTP_TO_GRPC: Record<number, Code> = {
  400: Code.INVALID_ARGUMENT,
  401: Code.UNAUTHENTICATED,
  403: Code.PERMISSION_DENIED,
  404: Code.NOT_FOUND,
  409: Code.ALREADY_EXISTS,
  413: Code.RESOURCE_EXHAUSTED,
  429: Code.RESOURCE_EXHAUSTED,
  501: Code.UNIMPLEMENTED,
  503: Code.UNAVAILABLE,
  504: Code.DEADLINE_EXCEEDED,
};

const GRPC_TO_HTTP: Partial<Record<Code, number>> = {
  [Code.INVALID_ARGUMENT]: 400,
  [Code.UNAUTHENTICATED]: 401,
  [Code.PERMISSION_DENIED]: 403,
  [Code.NOT_FOUND]: 404,
  [Code.ALREADY_EXISTS]: 409,
  [Code.RESOURCE_EXHAUSTED]: 429,
  [Code.UNIMPLEMENTED]: 501,
  [Code.UNAVAILABLE]: 503,
  [Code.DEADLINE_EXCEEDED]: 504,
};

export function grpcCodeForHttp(httpStatus: number): Code {
  if (HTTP_TO_GRPC[httpStatus] !== undefined) return HTTP_TO_GRPC[httpStatus];
  if (httpStatus >= 400 && httpStatus < 500) return Code.FAILED_PRECONDITION;
  return httpStatus === 0 ? Code.UNKNOWN : Code.INTERNAL;
}

export function httpForGrpcCode(code: Code): number {
  return GRPC_TO_HTTP[code] ?? 500;
}

/** Builds the status a PluginAPI handler returns for an AppError (encoded with the contract's AppError type). */
export function appErrorStatus(appError: AppErrorObject, appErrorType: protobuf.Type): Partial<StatusObject> {
  const code = grpcCodeForHttp(Number(appError.status_code ?? 0));
  const details = `${appError.id ?? ''}: ${appError.message ?? ''}${appError.detailed_error ? `, ${appError.detailed_error}` : ''}`;
  const value = appErrorType.encode(appErrorType.fromObject(appError)).finish();
  const status = RpcStatus.encode(
    RpcStatus.fromObject({ code, message: details, details: [{ type_url: APP_ERROR_TYPE_URL, value }] }),
  ).finish();
  const metadata = new Metadata();
  metadata.set(STATUS_DETAILS_KEY, Buffer.from(status));
  return { code, details, metadata };
}

/** Reads the AppError out of a status (if the peer attached one). */
export function appErrorFromStatus(
  err: Partial<ServiceError>,
  appErrorType: protobuf.Type,
): AppErrorObject | undefined {
  const raw = err.metadata?.get(STATUS_DETAILS_KEY)[0];
  if (!raw || typeof raw === 'string') return undefined;
  try {
    const st = RpcStatus.toObject(RpcStatus.decode(raw), { defaults: false }) as {
      details?: { type_url: string; value: Uint8Array }[];
    };
    const any = st.details?.find((d) => d.type_url === APP_ERROR_TYPE_URL);
    if (!any) return undefined;
    return appErrorType.toObject(appErrorType.decode(any.value), {
      longs: String,
      defaults: false,
    }) as AppErrorObject;
  } catch {
    return undefined; // a malformed trailer is treated as no details
  }
}

export { Code };
