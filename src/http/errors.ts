/**
 * The admin HTTP server's error catalogue (fastify lib/errors.js style): every error a client can
 * get has a stable code, an HTTP status and a message template, and goes out as one JSON shape:
 *   { "statusCode": 404, "code": "ADMIN_ERR_NOT_FOUND", "error": "Not Found", "message": "…" }
 */
import { STATUS_CODES } from 'node:http';

interface ErrorDef<A extends unknown[]> {
  code: string;
  statusCode: number;
  message: (...args: A) => string;
}

function def<A extends unknown[]>(code: string, statusCode: number, message: (...args: A) => string) {
  return { code, statusCode, message } satisfies ErrorDef<A>;
}

export const AdminErrors = {
  NOT_FOUND: def('ADMIN_ERR_NOT_FOUND', 404, (method: string, url: string) => `no route ${method} ${url}`),
  METHOD_NOT_ALLOWED: def(
    'ADMIN_ERR_METHOD_NOT_ALLOWED',
    405,
    (method: string, url: string) => `${method} is not allowed on ${url}; use GET`,
  ),
  UNKNOWN_QUERY: def(
    'ADMIN_ERR_UNKNOWN_QUERY',
    400,
    (names: string[], allowed: string[]) =>
      `unknown query parameter${names.length > 1 ? 's' : ''} ${names.join(', ')}` +
      (allowed.length ? ` (allowed: ${allowed.join(', ')})` : ' (this endpoint takes none)'),
  ),
  BAD_QUERY_VALUE: def(
    'ADMIN_ERR_BAD_QUERY_VALUE',
    400,
    (name: string, value: string, allowed: readonly string[]) =>
      `query parameter ${name}=${JSON.stringify(value)} is not one of ${allowed.join(', ')}`,
  ),
  PLUGIN_NOT_FOUND: def(
    'ADMIN_ERR_PLUGIN_NOT_FOUND',
    404,
    (id: string) => `no plugin ${JSON.stringify(id)} is configured in this bridge`,
  ),
  NOT_ACCEPTABLE: def(
    'ADMIN_ERR_NOT_ACCEPTABLE',
    406,
    (accept: string) =>
      `cannot produce ${accept}; /metrics serves text/plain (Prometheus 0.0.4) or application/openmetrics-text`,
  ),
  BAD_REQUEST: def('ADMIN_ERR_BAD_REQUEST', 400, (detail: string) => `bad request: ${detail}`),
  INTERNAL: def('ADMIN_ERR_INTERNAL', 500, () => 'internal error (see the bridge log)'),
} as const;

export type AdminErrorName = keyof typeof AdminErrors;

export interface AdminErrorBody {
  statusCode: number;
  code: string;
  error: string;
  message: string;
}

export class AdminError extends Error {
  override readonly name = 'AdminError';
  readonly code: string;
  readonly statusCode: number;

  constructor(code: string, statusCode: number, message: string) {
    super(message);
    this.code = code;
    this.statusCode = statusCode;
  }

  body(): AdminErrorBody {
    return errorBody(this.statusCode, this.code, this.message);
  }
}

/** `adminError('NOT_FOUND', 'GET', '/x')` — arguments typed by the catalogue entry. */
export function adminError<N extends AdminErrorName>(
  name: N,
  ...args: Parameters<(typeof AdminErrors)[N]['message']>
): AdminError {
  const d = AdminErrors[name] as ErrorDef<unknown[]>;
  return new AdminError(d.code, d.statusCode, d.message(...args));
}

export function errorBody(statusCode: number, code: string, message: string): AdminErrorBody {
  return { statusCode, code, error: STATUS_CODES[statusCode] ?? 'Error', message };
}
