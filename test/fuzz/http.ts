/**
 * Fuzz target: HTTP requests at the admin endpoints (src/http/app.ts buildAdminApp, a fastify app
 * driven with inject()). The case bytes are a raw HTTP/1.1 request (request line, headers, body),
 * parsed leniently here; requests Node's HTTP parser would refuse before the app sees them
 * (methods outside http.METHODS, invalid header names/values, control characters in the target)
 * are counted as `rejected:*` and not injected.
 *
 * Oracle: inject() settles within the time budget with a status below 500, except 503 from
 * /readyz (its documented "not ready"); every 4xx/5xx answer to a non-HEAD request is the app's
 * JSON error shape {statusCode, code, error, message} with statusCode equal to the HTTP status and
 * a non-empty message. When src/http/app.ts (or its buildAdminApp) is not there the target
 * reports itself unavailable.
 */
import http from 'node:http';
import fc from 'fast-check';
import {
  caseArb,
  invariant,
  OracleViolation,
  randomBytesArb,
  type FuzzCase,
  type FuzzTarget,
} from './lib/harness.ts';
import { applyMutations, describeMutations, mutationArb } from './lib/mutate.ts';
import { Rng } from './lib/prng.ts';

interface InjectResponse {
  statusCode: number;
  headers: Record<string, unknown>;
  body: string;
}
interface App {
  inject(o: {
    method: string;
    url: string;
    headers: Record<string, string>;
    payload?: Buffer;
  }): Promise<InjectResponse>;
  ready(): PromiseLike<unknown>;
  close(): PromiseLike<unknown>;
}

let app: App | undefined;
let unavailable: string | undefined;

const PLUGINS = [
  {
    bundle: { id: 'com.example.ok', version: '1.0.0' },
    mode: 'process',
    lifecycle: 'active',
    pid: 4242,
    startedAt: Date.now() - 65_000,
    restarts: 0,
    implemented: ['OnActivate', 'MessageHasBeenPosted'],
    lastError: undefined,
    apiAddress: '127.0.0.1:40001',
    hooksAddress: '127.0.0.1:40002',
  },
  {
    bundle: { id: 'weird id/<script>?%', version: '' },
    mode: 'process',
    lifecycle: 'failed',
    pid: undefined,
    startedAt: undefined,
    restarts: 3,
    implemented: [],
    lastError: 'exited (code 1) "quoted" <b>html</b> \u0000',
    apiAddress: undefined,
    hooksAddress: undefined,
  },
];

async function setup(): Promise<void> {
  if (app || unavailable) return;
  try {
    // Resolved at run time, so this target still loads (and reports itself unavailable) without src/http.
    const appModule = new URL('../../src/http/app.ts', import.meta.url).href;
    const mod = (await import(appModule)) as { buildAdminApp?: (o: unknown) => App };
    if (typeof mod.buildAdminApp !== 'function')
      throw new Error('src/http/app.ts has no buildAdminApp export');
    let exposition: unknown;
    try {
      const expositionModule = new URL('../../src/metrics/exposition.ts', import.meta.url).href;
      const { Exposition } = (await import(expositionModule)) as {
        Exposition: new (r: unknown) => unknown;
      };
      const { Registry, Counter, Histogram } = await import('prom-client');
      const registry = new Registry();
      new Counter({
        name: 'fuzz_requests_total',
        help: 'h',
        labelNames: ['plugin_id'],
        registers: [registry],
      }).inc({
        plugin_id: 'com.example.ok',
      });
      new Histogram({ name: 'fuzz_seconds', help: 'h', registers: [registry] }).observe(0.2);
      exposition = new Exposition(registry);
    } catch {
      exposition = undefined; // /metrics then answers 404, which the oracle accepts
    }
    app = mod.buildAdminApp({ plugins: () => PLUGINS, exposition, version: '0.0.0-fuzz' });
    await app.ready();
  } catch (e) {
    unavailable = `admin HTTP app not available: ${e instanceof Error ? e.message : String(e)}`;
  }
}

async function teardown(): Promise<void> {
  await app?.close();
  app = undefined;
}

export function httpUnavailable(): string | undefined {
  return unavailable;
}

// ---- request generation ----------------------------------------------------------------------------

const METHODS = [
  'GET',
  'GET',
  'GET',
  'HEAD',
  'POST',
  'PUT',
  'DELETE',
  'OPTIONS',
  'PATCH',
  'TRACE',
  'get',
  'FOO',
  'M-SEARCH',
  '',
];
const PATHS = [
  '/',
  '/metrics',
  '/healthz',
  '/readyz',
  '/v1/plugins',
  '/v1/plugins/com.example.ok',
  '/v1/plugins/weird%20id%2F%3Cscript%3E%3F%25',
  '/v1/plugins/',
  '/v1/plugins/x/y',
  '//',
  '/v1//plugins',
  '/metrics/',
  '/%',
  '/%ZZ',
  '/%00',
  '/%ff%fe',
  '/\u00e9\u4e2d',
  '/..%2f..%2fetc%2fpasswd',
  '*',
  'http://example.com/healthz',
  '/v1/plugins/' + 'a'.repeat(5000),
];
const QUERIES = [
  '',
  '',
  '',
  '',
  '',
  '',
  '?state=active',
  '?state=failed',
  '?state=bogus',
  '?state=a&state=b',
  '?x=1',
  '?=',
  '?%',
  '?state[]=1',
  '?state=%ZZ',
  '?__proto__=1',
  '?constructor=x',
  '?state=__proto__',
  '?state=toString',
  '?' + 'k='.repeat(2000),
];
const ACCEPTS = [
  'application/openmetrics-text; version=1.0.0; charset=utf-8',
  'application/openmetrics-text;version=1.0.0,text/plain;version=0.0.4;q=0.5,*/*;q=0.1',
  'text/plain;q=0.5',
  '*/*',
  'application/json',
  'text/*;q=0',
  ';;;,,,',
  'text/plain;q=abc',
  'text/plain;q=-1, application/openmetrics-text;q=NaN',
  '',
];
const CONTENT_TYPES = [
  'application/json',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'a/b;c',
  '',
];
const BODIES = ['', '', '{"a":1}', '{', 'null', '[]', 'a=b&c', '\u0000\u00ff'];

/** A raw HTTP/1.1 request from the pools above with random extras. */
export function structuredRequest(seed: number): Uint8Array {
  const r = new Rng(seed);
  const method = r.chance(0.95) ? r.pick(METHODS) : r.text(6);
  const target =
    (r.chance(0.9) ? r.pick(PATHS) : '/' + r.text(12)) + (r.chance(0.8) ? r.pick(QUERIES) : '?' + r.text(10));
  const headers: [string, string][] = [['Host', 'localhost']];
  if (r.chance(0.5)) headers.push(['Accept', r.chance(0.9) ? r.pick(ACCEPTS) : r.text(20)]);
  const body = r.chance(0.8) ? r.pick(BODIES) : r.text(200);
  if (body || r.chance(0.2)) headers.push(['Content-Type', r.pick(CONTENT_TYPES)]);
  if (r.chance(0.2))
    headers.push([
      r.pick(['X-Forwarded-For', 'Cookie', 'Authorization', 'Accept-Encoding', r.text(8)]),
      r.text(30),
    ]);
  const head = `${method} ${target} HTTP/1.1\r\n${headers.map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n`;
  return Buffer.concat([Buffer.from(head, 'utf8'), Buffer.from(body, 'utf8')]);
}

function bytesArb(): fc.Arbitrary<{ bytes: Uint8Array; origin: string }> {
  const structured = fc.integer().map((s) => ({ bytes: structuredRequest(s), origin: `structured:${s}` }));
  const mutated = fc
    .tuple(structured, fc.array(mutationArb(1), { minLength: 1, maxLength: 3 }))
    .map(([g, muts]) => ({
      bytes: applyMutations(g.bytes, muts, [g.bytes]),
      origin: `${g.origin}+${describeMutations(muts)}`,
    }));
  return fc.oneof(
    { weight: 1, arbitrary: randomBytesArb(64).map((b) => ({ bytes: b, origin: 'random' })) },
    { weight: 5, arbitrary: structured },
    { weight: 3, arbitrary: mutated },
  );
}

// ---- parsing and the oracle ------------------------------------------------------------------------

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

type Parsed =
  { method: string; url: string; headers: Record<string, string>; body: Buffer } | { rejected: string };

/** The request as an HTTP parser would hand it over, or why such a parser would refuse it. */
export function parseRequest(bytes: Uint8Array): Parsed {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = buf.indexOf('\r\n\r\n');
  let sep = 4;
  if (end < 0) {
    end = buf.indexOf('\n\n');
    sep = 2;
  }
  if (end < 0) return { rejected: 'incomplete head' };
  const lines = buf.subarray(0, end).toString('latin1').split(/\r?\n/);
  const m = /^(\S+) (\S+) HTTP\/1\.[01]$/.exec(lines[0] ?? '');
  if (!m) return { rejected: 'request line' };
  const [, method, url] = m as unknown as [string, string, string];
  if (!http.METHODS.includes(method)) return { rejected: 'method' };
  if (!url.startsWith('/') && url !== '*' && !/^https?:\/\//.test(url)) return { rejected: 'target' };
  for (let i = 0; i < url.length; i++) {
    const code = url.charCodeAt(i);
    if (code <= 0x20 || code === 0x7f) return { rejected: 'target' };
  }
  try {
    new URL(url, 'http://localhost'); // inject() builds a URL object; a real server would pass the raw target on
  } catch {
    return { rejected: 'target (not representable with inject)' };
  }
  const headers: Record<string, string> = {};
  for (const line of lines.slice(1)) {
    const i = line.indexOf(':');
    if (i <= 0) return { rejected: 'header line' };
    const name = line.slice(0, i);
    const value = line.slice(i + 1).trim();
    if (!TOKEN.test(name)) return { rejected: 'header name' };
    try {
      http.validateHeaderValue(name, value);
    } catch {
      return { rejected: 'header value' };
    }
    const k = name.toLowerCase();
    if (k === 'content-length' || k === 'transfer-encoding') continue; // inject() frames the body itself
    headers[k] = k in headers ? `${headers[k]}, ${value}` : value;
  }
  return { method, url, headers, body: buf.subarray(end + sep) };
}

async function run(c: FuzzCase): Promise<string> {
  if (!app) return unavailable ? 'unavailable' : 'not set up';
  const p = parseRequest(c.bytes);
  if ('rejected' in p) return `rejected:${p.rejected}`;
  let res: InjectResponse;
  try {
    res = await app.inject({
      method: p.method,
      url: p.url,
      headers: p.headers,
      ...(p.body.length > 0 ? { payload: p.body } : {}),
    });
  } catch (e) {
    throw new OracleViolation(
      'unexpected-error',
      `inject() rejected: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`,
      {
        cause: e,
      },
    );
  }
  const path = p.url.split('?')[0] ?? '';
  const status = res.statusCode;
  if (status >= 500 && !(status === 503 && path === '/readyz'))
    throw new OracleViolation(
      'unexpected-error',
      `HTTP ${status} for ${p.method} ${p.url.slice(0, 200)}: ${res.body.slice(0, 300)}`,
      {
        key: `HTTP ${status} ${p.method} ${path.replace(/\/v1\/plugins\/.*/, '/v1/plugins/:id').slice(0, 40)}`,
      },
    );
  if (status >= 400 && p.method !== 'HEAD' && !(status === 503 && path === '/readyz')) {
    let body: { statusCode?: unknown; code?: unknown; message?: unknown; error?: unknown };
    try {
      body = JSON.parse(res.body) as typeof body;
    } catch {
      throw new OracleViolation(
        'invariant',
        `HTTP ${status} with a non-JSON body for ${p.method} ${p.url.slice(0, 200)}`,
        {
          key: `non-JSON ${status} body`,
        },
      );
    }
    invariant(
      body.statusCode === status &&
        typeof body.code === 'string' &&
        typeof body.error === 'string' &&
        typeof body.message === 'string' &&
        body.message !== '',
      () =>
        `HTTP ${status} error body without the {statusCode, code, error, message} shape: ${res.body.slice(0, 300)}`,
    );
  }
  return `${p.method === 'HEAD' ? 'HEAD ' : ''}${status}`;
}

export const httpTarget: FuzzTarget = {
  name: 'admin-http',
  about:
    'admin fastify app inject(): status < 500 (503 only /readyz), JSON error bodies; unavailable if src/http/app.ts is missing',
  setup,
  teardown,
  arbitrary: () => caseArb(bytesArb(), fc.constant(0), fc.constant([])),
  run,
  async: true,
};
