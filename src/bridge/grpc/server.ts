/**
 * A gRPC server as every gRPC server of the bridge and the SDKs runs it: the given services plus
 * grpc.health.v1 and server reflection (v1 and v1alpha) over the same descriptors, so grpcurl can
 * list, describe and call without local .proto files.
 */
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { ReflectionService } from '@grpc/reflection';
import { HealthImplementation, protoPath as healthProtoPath } from 'grpc-health-check';
import type { ReflectionDefinition } from './contract.ts';

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
  health: HealthImplementation;
  shutdown(): Promise<void>;
}

let healthDefinition: protoLoader.PackageDefinition | undefined;

export async function startGrpcServer(o: GrpcServerOptions): Promise<RunningGrpcServer> {
  const server = new grpc.Server({
    interceptors: o.interceptors ?? [],
    'grpc.max_receive_message_length': o.maxMessageBytes ?? 64 * 1024 * 1024,
    'grpc.max_send_message_length': o.maxMessageBytes ?? 64 * 1024 * 1024,
  });
  for (const s of o.services) server.addService(s.definition, s.implementation);
  const health = new HealthImplementation({
    '': 'SERVING',
    ...Object.fromEntries(o.services.map((s) => [s.name, 'SERVING' as const])),
  });
  health.addToServer(server);
  healthDefinition ??= protoLoader.loadSync(healthProtoPath);
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
