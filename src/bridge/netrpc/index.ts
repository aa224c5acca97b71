export { RpcClient } from './client.ts';
export { RpcServer, type RpcHandler, type Reply } from './server.ts';
export {
  RpcServerError,
  RpcConnectionError,
  ERR_SHUTDOWN,
  ERR_UNEXPECTED_EOF,
  serverErrors,
} from './errors.ts';
export { EMPTY_STRUCT } from './headers.ts';
export type { Decoded } from './gob-stream.ts';
