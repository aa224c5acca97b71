/**
 * The admin HTTP app (fastify), built without listening so tests drive it with inject():
 *   GET /            status page (HTML table)
 *   GET /metrics     Prometheus text 0.0.4, or OpenMetrics 1.0 when the Accept header prefers it
 *   GET /healthz     the process is up
 *   GET /readyz      200 when every configured plugin is active, else 503
 *   GET /v1/plugins  JSON status of every plugin (?state=<state> filters), /v1/plugins/:id one plugin
 * Every error is a JSON body from the catalogue in errors.ts; known paths answer other methods 405.
 */
import Fastify, {
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import type { Logger } from '../log.ts';
import { negotiateFormat, type Exposition } from '../metrics/exposition.ts';
import { adminError, AdminError, errorBody } from './errors.ts';
import { PLUGIN_STATES, pluginStatus, type PluginState, type StatusSource } from './plugin-status.ts';
import { renderStatusPage } from './status-page.ts';

export interface AdminAppOptions {
  /** The bridged plugins, read at each request. */
  plugins: () => Iterable<StatusSource>;
  /** /metrics renders from this; without it /metrics answers 404. */
  exposition?: Exposition;
  log?: Logger;
  /** mm-bridge version, shown on the status page. */
  version?: string;
}

const ROUTES = ['/', '/metrics', '/healthz', '/readyz', '/v1/plugins', '/v1/plugins/:id'];

export function buildAdminApp(o: AdminAppOptions): FastifyInstance {
  const app = Fastify({
    logger: false,
    // Malformed URLs and the like: same JSON shape as every other error.
    frameworkErrors: (err, _req, reply) => {
      void (reply as FastifyReply).code(400).send(adminError('BAD_REQUEST', err.message).body());
    },
  });
  const statuses = (): ReturnType<typeof pluginStatus>[] => {
    const now = Date.now();
    return [...o.plugins()].map((p) => pluginStatus(p, now));
  };

  app.addHook('onSend', async (_req, reply, payload) => {
    void reply.header('cache-control', 'no-store');
    return payload;
  });

  app.get('/', async (req, reply) => {
    onlyQuery(req, []);
    return reply.type('text/html; charset=utf-8').send(renderStatusPage(statuses(), { version: o.version }));
  });

  app.get('/metrics', async (req, reply) => {
    onlyQuery(req, []);
    if (!o.exposition) throw adminError('NOT_FOUND', req.method, req.url);
    const accept = req.headers.accept;
    const format = negotiateFormat(accept);
    if (!format) throw adminError('NOT_ACCEPTABLE', accept ?? '');
    const { contentType, body } = await o.exposition.render(format);
    return reply.type(contentType).send(body);
  });

  app.get('/healthz', async (req) => {
    onlyQuery(req, []);
    return { status: 'ok' };
  });

  app.get('/readyz', async (req, reply) => {
    onlyQuery(req, []);
    const plugins = statuses().map((p) => ({ id: p.id, state: p.state }));
    const ready = plugins.length > 0 && plugins.every((p) => p.state === 'active');
    return reply.code(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not_ready', plugins });
  });

  app.get('/v1/plugins', async (req) => {
    const { state } = onlyQuery(req, ['state']);
    if (state !== undefined && !PLUGIN_STATES.includes(state as PluginState))
      throw adminError('BAD_QUERY_VALUE', 'state', state, PLUGIN_STATES);
    const all = statuses();
    return { plugins: state === undefined ? all : all.filter((p) => p.state === state) };
  });

  app.get<{ Params: { id: string } }>('/v1/plugins/:id', async (req) => {
    onlyQuery(req, []);
    const p = statuses().find((s) => s.id === req.params.id);
    if (!p) throw adminError('PLUGIN_NOT_FOUND', req.params.id);
    return p;
  });

  app.setNotFoundHandler(async (req, reply) => {
    const path = req.url.split('?')[0] ?? '';
    if (ROUTES.some((r) => routeMatches(r, path))) {
      const e = adminError('METHOD_NOT_ALLOWED', req.method, path);
      return reply.code(e.statusCode).header('allow', 'GET, HEAD').send(e.body());
    }
    const e = adminError('NOT_FOUND', req.method, path);
    return reply.code(e.statusCode).send(e.body());
  });

  app.setErrorHandler(async (err: FastifyError, req, reply) => {
    if (err instanceof AdminError) return reply.code(err.statusCode).send(err.body());
    const status = err.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return reply.code(status).send(errorBody(status, 'ADMIN_ERR_BAD_REQUEST', err.message));
    }
    o.log?.error({ error: err.stack ?? err.message, url: req.url }, 'admin HTTP request failed');
    const e = adminError('INTERNAL');
    return reply.code(e.statusCode).send(e.body());
  });

  return app;
}

/** The query parameters of a request, rejecting any not in `allowed` (and repeated ones). */
function onlyQuery(req: FastifyRequest, allowed: string[]): Record<string, string | undefined> {
  const q = (req.query ?? {}) as Record<string, unknown>;
  const unknown = Object.keys(q).filter((k) => !allowed.includes(k));
  if (unknown.length) throw adminError('UNKNOWN_QUERY', unknown, allowed);
  const out: Record<string, string | undefined> = {};
  for (const k of allowed) {
    const v = q[k];
    if (Array.isArray(v)) throw adminError('BAD_REQUEST', `query parameter ${k} given more than once`);
    out[k] = typeof v === 'string' ? v : undefined;
  }
  return out;
}

function routeMatches(route: string, path: string): boolean {
  const r = route.split('/');
  const p = path.split('/');
  return r.length === p.length && r.every((seg, i) => (seg.startsWith(':') ? p[i] !== '' : seg === p[i]));
}
