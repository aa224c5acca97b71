/**
 * A gRPC server as every gRPC server of the bridge and the SDKs runs it: the given services plus
 * grpc.health.v1 and server reflection (v1 and v1alpha) over the same descriptors, so grpcurl can
 * list, describe and call without local .proto files.
 */
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { ReflectionService } from '@grpc/reflection';
import { HealthImplementation, protoPath as healthProtoPath } from 'grpc-health-check';
import descriptor, {
  type IDescriptorProto,
  type IFileDescriptorProto,
} from 'protobufjs/ext/descriptor/index.js';
import type { ReflectionDefinition } from './contract.ts';
import { FLOW_CONTROL_WINDOW, MAX_MESSAGE_BYTES } from './limits.ts';

export interface ServiceBinding {
  /** Full service name, e.g. mattermost.bridge.v1.PluginAPI (used for health status). */
  name: string;
  definition: grpc.ServiceDefinition;
  implementation: grpc.UntypedServiceImplementation;
}

export interface GrpcServerOptions {
  address: string;
  services: ServiceBinding[];
  /** Descriptors served by reflection (the contract's; health is added here). */
  reflection: ReflectionDefinition;
  interceptors?: grpc.ServerInterceptor[];
  maxMessageBytes?: number;
}

export interface RunningGrpcServer {
  server: grpc.Server;
  /** host:port actually bound (port 0 resolved). */
  address: string;
  /** The port actually bound. */
  port: number;
  health: HealthImplementation;
  shutdown(): Promise<void>;
}

let healthDefinition: protoLoader.PackageDefinition | undefined;

export async function startGrpcServer(o: GrpcServerOptions): Promise<RunningGrpcServer> {
  const server = new grpc.Server({
    interceptors: o.interceptors ?? [],
    'grpc.max_receive_message_length': o.maxMessageBytes ?? MAX_MESSAGE_BYTES,
    'grpc.max_send_message_length': o.maxMessageBytes ?? MAX_MESSAGE_BYTES,
  });
  widenFlowControlWindows(server);
  for (const s of o.services) server.addService(s.definition, s.implementation);
  const health = new HealthImplementation({
    '': 'SERVING',
    ...Object.fromEntries(o.services.map((s) => [s.name, 'SERVING' as const])),
  });
  health.addToServer(server);
  healthDefinition ??= fixMapEntryNames(protoLoader.loadSync(healthProtoPath));
  new ReflectionService({
    ...o.reflection,
    ...healthDefinition,
  } as unknown as protoLoader.PackageDefinition).addToServer(server);
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync(o.address, grpc.ServerCredentials.createInsecure(), (err, p) =>
      err ? reject(err) : resolve(p),
    ),
  );
  const host = o.address.slice(0, o.address.lastIndexOf(':'));
  return {
    server,
    address: `${host}:${port}`,
    port,
    health,
    shutdown: () =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(() => server.forceShutdown(), 2_000).unref();
        server.tryShutdown(() => {
          clearTimeout(timer);
          resolve();
        });
      }),
  };
}

/**
 * HTTP/2 flow-control windows of 1 MiB instead of Node's 64 KiB. A peer may send only a window's
 * worth before waiting for a WINDOW_UPDATE, so with 64 KiB a streamed body moves one chunk per
 * round trip between two event loops (about 130 MB/s here, a fifth of a Go plugin's ServeHTTP).
 * grpc-js sets the client side through 'grpc-node.flow_control_window' but has no server option:
 * the per-stream window goes into the settings it creates its http2 servers with, the connection
 * window is raised on each session.
 */
function widenFlowControlWindows(server: grpc.Server): void {
  const internals = server as unknown as {
    commonServerOptions?: { settings?: Record<string, unknown> };
    http2Servers?: Map<import('node:events').EventEmitter, unknown>;
  };
  const common = internals.commonServerOptions;
  if (common) common.settings = { ...common.settings, initialWindowSize: FLOW_CONTROL_WINDOW };
  const servers = internals.http2Servers;
  if (!servers) return;
  const set = servers.set.bind(servers);
  servers.set = (http2Server, info) => {
    if (!servers.has(http2Server))
      http2Server.on('session', (session: import('node:http2').Http2Session) => {
        try {
          session.setLocalWindowSize(FLOW_CONTROL_WINDOW);
        } catch {
          /* a session already closing */
        }
      });
    return set(http2Server, info);
  };
}

/**
 * protobufjs names a map field's entry type after the field (`Statuses`) where protobuf requires
 * `<Field>Entry` (`StatusesEntry`); Go reflection clients then reject the whole file (grpcurl:
 * "HealthListResponse.statuses is an invalid map: incorrect implicit map entry name"). health.proto
 * has such a map, so its descriptors are corrected before reflection serves them.
 */
function fixMapEntryNames(def: protoLoader.PackageDefinition): protoLoader.PackageDefinition {
  const done = new Map<Buffer, Buffer>();
  for (const entry of Object.values(def)) {
    const files = (entry as { fileDescriptorProtos?: Buffer[] }).fileDescriptorProtos;
    if (!files) continue;
    for (let i = 0; i < files.length; i++) {
      const original = files[i]!;
      let fixed = done.get(original);
      if (!fixed) {
        const fd = descriptor.FileDescriptorProto.decode(original) as IFileDescriptorProto;
        for (const m of fd.messageType ?? []) fixMessage(m, fd.package ? `.${fd.package}` : '');
        fixed = Buffer.from(descriptor.FileDescriptorProto.encode(fd).finish());
        done.set(original, fixed);
        done.set(fixed, fixed);
      }
      files[i] = fixed;
    }
  }
  return def;
}

function fixMessage(m: IDescriptorProto, scope: string): void {
  const name = `${scope}.${m.name ?? ''}`;
  for (const nested of m.nestedType ?? []) {
    if (nested.options?.mapEntry) {
      const field = m.field?.find(
        (f) => f.typeName === nested.name || f.typeName === `${name}.${nested.name}`,
      );
      if (field?.name) {
        nested.name = mapEntryName(field.name);
        field.typeName = `${name}.${nested.name}`;
      }
    }
    fixMessage(nested, name);
  }
}

/** google.golang.org/protobuf internal/strs.MapEntryName: `statuses` → `StatusesEntry`. */
function mapEntryName(field: string): string {
  return field.replace(/(?:^|_)(.)/g, (_, c: string) => c.toUpperCase()) + 'Entry';
}
