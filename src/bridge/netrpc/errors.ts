/** net/rpc error vocabulary, with the exact strings Go's net/rpc produces (src/net/rpc/{client,server}.go). */

/** An error string sent by the remote server in Response.Error (Go: rpc.ServerError). */
export class RpcServerError extends Error {
  override readonly name = 'RpcServerError';
}

/** The connection ended or was closed while calls were pending. */
export class RpcConnectionError extends Error {
  override readonly name = 'RpcConnectionError';
}

export const ERR_SHUTDOWN = 'connection is shut down';
export const ERR_UNEXPECTED_EOF = 'unexpected EOF';

export const serverErrors = {
  illFormed: (sm: string) => `rpc: service/method request ill-formed: ${sm}`,
  noService: (sm: string) => `rpc: can't find service ${sm}`,
  noMethod: (sm: string) => `rpc: can't find method ${sm}`,
};
