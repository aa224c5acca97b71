/**
 * A gRPC service called in this process: an object shaped like a grpc-js generic client whose
 * methods run a service implementation (the handlers a grpc.Server would run) directly. Every
 * message still goes through its message type (converted and checked as the serializers would),
 * so handlers see what they see over the wire; there are no sockets, no HTTP/2, no bytes and no
 * second process. Errors come back as the
 * client would get them from grpc-js (`code`, `details`, `metadata`, "<code> <NAME>: <details>").
 *
 * Supported: unary methods (with deadlines and cancel), client streams and bidirectional streams
 * (with backpressure, cancel, and the server ending or destroying the call) — what the PluginHooks,
 * PluginAPI and PluginDriver services use.
 */
import { EventEmitter } from 'node:events';
import { Duplex } from 'node:stream';
import * as grpc from '@grpc/grpc-js';
import type { ContractMethod } from './contract.ts';

type Msg = unknown;
type AnyDefinition = grpc.MethodDefinition<Msg, Msg>;
type UnaryCallback = (err: grpc.ServiceError | null, res?: Msg) => void;

export const IN_PROCESS_PEER = 'in-process';

export function serviceError(
  code: grpc.status,
  details: string,
  metadata = new grpc.Metadata(),
): grpc.ServiceError {
  return Object.assign(new Error(`${code} ${grpc.status[code]}: ${details}`), { code, details, metadata });
}

/** What a server handler's callback or destroy() error becomes for the client, as in grpc-js. */
function toServiceError(err: unknown): grpc.ServiceError {
  const e = (err ?? {}) as Partial<grpc.ServiceError>;
  const code = typeof e.code === 'number' && e.code in grpc.status ? e.code : grpc.status.UNKNOWN;
  const details = e.details ?? e.message ?? 'Unknown Error';
  return serviceError(code, details, e.metadata instanceof grpc.Metadata ? e.metadata : undefined);
}

export function inProcessClient(
  definition: grpc.ServiceDefinition,
  implementation: grpc.UntypedServiceImplementation,
): grpc.Client {
  const client: Record<string, unknown> = { close: () => {} };
  for (const [name, def] of Object.entries(definition) as [string, AnyDefinition][]) {
    const m: Method = {
      path: def.path,
      handler: implementation[name] as Method['handler'],
      request: crossing(def, 'request'),
      response: crossing(def, 'response'),
    };
    if (!def.requestStream && !def.responseStream)
      client[name] = (req: Msg, md: grpc.Metadata, opts: grpc.CallOptions, cb: UnaryCallback) =>
        unary(m, req, md, opts, cb);
    else if (def.requestStream && def.responseStream) client[name] = (md: grpc.Metadata) => bidi(m, md);
    else if (def.requestStream)
      client[name] = (md: grpc.Metadata, opts: grpc.CallOptions, cb: UnaryCallback) =>
        clientStream(m, md, opts, cb);
  }
  return client as unknown as grpc.Client;
}

/** One method as the calls below need it, worked out once per client. */
interface Method {
  path: string;
  handler: ((...a: unknown[]) => void) | undefined;
  request: (m: Msg) => Msg;
  response: (m: Msg) => Msg;
}

function unimplemented(m: Method): grpc.ServiceError {
  return serviceError(grpc.status.UNIMPLEMENTED, `The server does not implement the method ${m.path}`);
}

/** The timer that cancels a call at its deadline (none without one). */
function deadlineTimer(
  opts: grpc.CallOptions,
  cancel: (err: grpc.ServiceError) => void,
): NodeJS.Timeout | undefined {
  const deadline = opts.deadline instanceof Date ? opts.deadline.getTime() : opts.deadline;
  if (typeof deadline !== 'number' || !Number.isFinite(deadline)) return undefined;
  return setTimeout(
    () => cancel(serviceError(grpc.status.DEADLINE_EXCEEDED, 'Deadline exceeded')),
    Math.max(0, deadline - Date.now()),
  );
}

/** The callback a unary or client-stream handler answers through. */
function answer(
  m: Method,
  finish: (err: grpc.ServiceError | null, res?: Msg) => void,
): (err: unknown, value?: Msg) => void {
  return (err, value) => {
    if (err) return finish(toServiceError(err));
    try {
      finish(null, m.response(value ?? {}));
    } catch (e) {
      finish(serviceError(grpc.status.INTERNAL, `cannot serialize the response: ${(e as Error).message}`));
    }
  };
}

/**
 * How a message crosses: the contract's copy (what encode + decode would leave, without the bytes:
 * contract.ts) or, for other services, the serializers themselves.
 */
function crossing(def: AnyDefinition, side: 'request' | 'response'): (m: Msg) => Msg {
  const copy = (def as Partial<ContractMethod>)[`${side}Copy`];
  if (copy) return copy as (m: Msg) => Msg;
  const [serialize, deserialize] =
    side === 'request'
      ? [def.requestSerialize, def.requestDeserialize]
      : [def.responseSerialize, def.responseDeserialize];
  return (m) => deserialize(serialize(m));
}

function serverCallBase(md: grpc.Metadata, path: string): Record<string, unknown> {
  return {
    metadata: md.clone(),
    cancelled: false,
    getPeer: () => IN_PROCESS_PEER,
    getPath: () => path,
    getDeadline: () => Infinity,
    sendMetadata: () => {},
  };
}

function unary(
  m: Method,
  req: Msg,
  md: grpc.Metadata,
  opts: grpc.CallOptions,
  cb: UnaryCallback,
): EventEmitter {
  const call = Object.assign(new EventEmitter(), serverCallBase(md, m.path));
  let done = false;
  const finish = (err: grpc.ServiceError | null, res?: Msg): void => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    cb(err, res);
  };
  const cancel = (err: grpc.ServiceError): void => {
    if (done) return;
    call.cancelled = true;
    call.emit('cancelled', 'cancelled');
    finish(err);
  };
  const timer = deadlineTimer(opts, cancel);
  const clientCall = Object.assign(new EventEmitter(), {
    cancel: () => cancel(serviceError(grpc.status.CANCELLED, 'Cancelled on client')),
    getPeer: () => IN_PROCESS_PEER,
  });
  const { handler } = m;
  if (!handler) {
    queueMicrotask(() => finish(unimplemented(m)));
    return clientCall;
  }
  try {
    call.request = m.request(req);
    handler(call, answer(m, finish));
  } catch (e) {
    queueMicrotask(() => finish(serviceError(grpc.status.INTERNAL, (e as Error).message)));
  }
  return clientCall;
}

/**
 * Two object-mode Duplex ends: what one writes the other reads, each write's callback held until
 * the reader asks for more (pull backpressure, one message in flight per direction).
 */
function duplexPair(
  toServer: (m: Msg) => Msg,
  toClient: (m: Msg) => Msg,
  onBadMessage: (from: 'client' | 'server', err: Error) => void,
): { client: Duplex; server: Duplex } {
  const pending: { client?: () => void; server?: () => void } = {};
  const end = (
    self: 'client' | 'server',
    peer: () => Duplex,
    convert: (m: Msg) => Msg,
    other: 'client' | 'server',
  ): Duplex =>
    new Duplex({
      objectMode: true,
      autoDestroy: false, // a call ends by status, not when both directions are done
      read() {
        const release = pending[other];
        pending[other] = undefined;
        release?.();
      },
      write(chunk: Msg, _enc, cb) {
        let m: Msg;
        try {
          m = convert(chunk);
        } catch (e) {
          cb();
          return onBadMessage(self, e as Error);
        }
        if (peer().push(m)) cb();
        else pending[self] = cb;
      },
      final(cb) {
        peer().push(null);
        cb();
      },
    });
  const pair: { client: Duplex; server: Duplex } = {} as never;
  pair.client = end('client', () => pair.server, toServer, 'server');
  pair.server = end('server', () => pair.client, toClient, 'client');
  return pair;
}

/**
 * How a server handler ends a streaming call, as grpc-js reads it: `call.emit('error', status)` sends
 * that status; `call.destroy(err)` cancels the call (the client sees CANCELLED, whatever err says).
 */
function onServerEnd(server: Duplex, end: (err: grpc.ServiceError) => void): void {
  const emit = server.emit.bind(server);
  server.emit = ((event: string | symbol, ...args: unknown[]) => {
    if (event === 'error' && !server.destroyed) {
      end(toServiceError(args[0]));
      return true;
    }
    return emit(event, ...args);
  }) as typeof server.emit;
  server._destroy = (_err, cb) => {
    end(serviceError(grpc.status.CANCELLED, 'Call cancelled'));
    cb(null);
  };
  server.on('error', () => {});
}

function bidi(m: Method, md: grpc.Metadata): Duplex {
  const { client, server } = duplexPair(m.request, m.response, (from, err) =>
    fail(
      serviceError(
        grpc.status.INTERNAL,
        `${from === 'client' ? 'Request' : 'Response'} message serialization failure: ${err.message}`,
      ),
    ),
  );
  let settled = false;
  const fail = (err: grpc.ServiceError): void => {
    if (settled) return;
    settled = true;
    client.emit('status', { code: err.code, details: err.details, metadata: err.metadata });
    client.destroy(err);
    server.destroy();
  };
  const serverCall = Object.assign(server, serverCallBase(md, m.path));
  // The server ends its side: OK status once the client has read everything.
  client.once('end', () => {
    if (settled) return;
    settled = true;
    client.emit('status', { code: grpc.status.OK, details: 'OK', metadata: new grpc.Metadata() });
  });
  onServerEnd(server, fail);
  Object.assign(client, {
    cancel: () => {
      if (settled) return;
      serverCall.cancelled = true;
      server.emit('cancelled', 'cancelled');
      fail(serviceError(grpc.status.CANCELLED, 'Cancelled on client'));
    },
    getPeer: () => IN_PROCESS_PEER,
  });
  const { handler } = m;
  if (!handler) queueMicrotask(() => fail(unimplemented(m)));
  else queueMicrotask(() => handler(serverCall));
  return client;
}

function clientStream(m: Method, md: grpc.Metadata, opts: grpc.CallOptions, cb: UnaryCallback): Duplex {
  let done = false;
  const finish = (err: grpc.ServiceError | null, res?: Msg): void => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    cb(err, res);
    if (err) {
      client.destroy();
      server.destroy();
    }
  };
  const { client, server } = duplexPair(
    m.request,
    (x) => x,
    (_from, err) =>
      finish(serviceError(grpc.status.INTERNAL, `Request message serialization failure: ${err.message}`)),
  );
  const serverCall = Object.assign(server, serverCallBase(md, m.path));
  onServerEnd(server, (err) => finish(err));
  client.on('error', () => {});
  const cancel = (err: grpc.ServiceError): void => {
    if (done) return;
    serverCall.cancelled = true;
    server.emit('cancelled', 'cancelled');
    finish(err);
  };
  const timer = deadlineTimer(opts, cancel);
  Object.assign(client, {
    cancel: () => cancel(serviceError(grpc.status.CANCELLED, 'Cancelled on client')),
    getPeer: () => IN_PROCESS_PEER,
  });
  const { handler } = m;
  if (!handler) queueMicrotask(() => finish(unimplemented(m)));
  else queueMicrotask(() => handler(serverCall, answer(m, finish)));
  return client;
}
