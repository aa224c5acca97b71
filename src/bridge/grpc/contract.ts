/**
 * The gRPC contract at run time: the generated .proto files under proto/, loaded once into
 * (a) a proto-loader PackageDefinition (grpc-js service definitions, codecs, reflection) and
 * (b) a protobufjs Root (field-level reflection for the gob ⇄ proto translator).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import * as protoLoader from '@grpc/proto-loader';
import type { ServiceDefinition } from '@grpc/grpc-js';
import protobuf from 'protobufjs';
import { PROTO_DIR } from '../../paths.ts';

export const PACKAGE = 'mattermost.bridge.v1';

/** How proto values look in JS everywhere in the bridge and the Node SDK. */
export const LOADER_OPTIONS: protoLoader.Options = {
  keepCase: true,
  longs: String,
  enums: String,
  defaults: false,
  oneofs: true,
};

export interface Contract {
  packageDefinition: protoLoader.PackageDefinition;
  root: protobuf.Root;
  hooks: ServiceDefinition;
  api: ServiceDefinition;
  files: string[];
}

export function contractFiles(dir = path.join(PROTO_DIR, 'mattermost', 'bridge', 'v1')): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.proto'))
    .sort()
    .map((f) => path.join('mattermost', 'bridge', 'v1', f));
}

let cached: Contract | undefined;

export function loadContract(): Contract {
  if (cached) return cached;
  const files = contractFiles();
  const packageDefinition = protoLoader.loadSync(files, { ...LOADER_OPTIONS, includeDirs: [PROTO_DIR] });
  const root = new protobuf.Root();
  root.resolvePath = (_origin, target) => (target.startsWith('google/protobuf/') ? target : path.join(PROTO_DIR, target));
  root.loadSync(files, { keepCase: true });
  root.resolveAll();
  const service = (name: string): ServiceDefinition => {
    const def = packageDefinition[`${PACKAGE}.${name}`];
    if (!def || 'format' in def) throw new Error(`contract: service ${PACKAGE}.${name} not found in proto/`);
    return def as unknown as ServiceDefinition;
  };
  cached = { packageDefinition, root, hooks: service('PluginHooks'), api: service('PluginAPI'), files };
  return cached;
}
