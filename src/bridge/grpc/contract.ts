/**
 * The gRPC contract at run time, loaded from the precompiled artefacts in src/generated
 * (scripts/gen-contract.ts): a protobufjs Root from contract.json (types resolve lazily, so start-up
 * does not pay for all 800+ messages) and the FileDescriptorSet contract.binpb for gRPC reflection.
 * grpc-js service definitions are built here from the Root; no .proto parsing at start.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ServiceDefinition, MethodDefinition } from '@grpc/grpc-js';
import protobuf from 'protobufjs';
import { PACKAGE_ROOT } from '../../paths.ts';

export const PACKAGE = 'mattermost.bridge.v1';

/** How proto messages look in JS everywhere in the bridge and the Node SDK. */
export const CONVERSION: protobuf.IConversionOptions = {
  longs: String,
  enums: String,
  defaults: false,
  oneofs: true,
};

/** What @grpc/reflection reads: serialized FileDescriptorProtos per package entry. */
export type ReflectionDefinition = Record<string, { fileDescriptorProtos: Buffer[] }>;

export interface Contract {
  root: protobuf.Root;
  hooks: ServiceDefinition;
  api: ServiceDefinition;
  driver: ServiceDefinition;
  reflection: ReflectionDefinition;
}

const GENERATED = path.join(PACKAGE_ROOT, 'src', 'generated');
let cached: Contract | undefined;

export function loadContract(): Contract {
  if (cached) return cached;
  const json = JSON.parse(
    readFileSync(path.join(GENERATED, 'contract.json'), 'utf8'),
  ) as protobuf.INamespace & {
    generated?: string;
  };
  delete json.generated;
  const root = protobuf.Root.fromJSON(json);
  cached = {
    root,
    hooks: serviceDefinition(root, 'PluginHooks'),
    api: serviceDefinition(root, 'PluginAPI'),
    driver: serviceDefinition(root, 'PluginDriver'),
    reflection: {
      [PACKAGE]: {
        fileDescriptorProtos: splitDescriptorSet(readFileSync(path.join(GENERATED, 'contract.binpb'))),
      },
    },
  };
  return cached;
}

/**
 * A contract method: a grpc-js method definition plus copies of its messages as encode + decode
 * would leave them, without the bytes in between (what in-process calls use, in-process.ts).
 */
export interface ContractMethod extends MethodDefinition<object, object> {
  requestCopy: (o: object) => object;
  responseCopy: (o: object) => object;
}

/** A grpc-js service definition whose codecs use the Root's types (resolved on first use). */
export function serviceDefinition(root: protobuf.Root, name: string): ServiceDefinition {
  const service = root.lookupService(`${PACKAGE}.${name}`);
  const def: Record<string, ContractMethod> = {};
  for (const m of service.methodsArray) {
    let req: protobuf.Type | undefined;
    let res: protobuf.Type | undefined;
    const reqType = (): protobuf.Type => (req ??= root.lookupType(qualify(m.requestType)));
    const resType = (): protobuf.Type => (res ??= root.lookupType(qualify(m.responseType)));
    def[m.name] = {
      path: `/${PACKAGE}.${name}/${m.name}`,
      originalName: m.name,
      requestStream: Boolean(m.requestStream),
      responseStream: Boolean(m.responseStream),
      requestSerialize: (o) => encode(reqType(), o),
      requestDeserialize: (b) => decode(reqType(), b),
      responseSerialize: (o) => encode(resType(), o),
      responseDeserialize: (b) => decode(resType(), b),
      requestCopy: (o) => copy(reqType(), o),
      responseCopy: (o) => copy(resType(), o),
    };
  }
  return def as ServiceDefinition;
}

function qualify(type: string): string {
  return type.includes('.') ? type : `${PACKAGE}.${type}`;
}

function encode(t: protobuf.Type, o: object): Buffer {
  const bytes = t.encode(t.fromObject(o as Record<string, unknown>)).finish();
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function decode(t: protobuf.Type, b: Buffer): object {
  const m = t.decode(b);
  fillMapMessages(t, m);
  return t.toObject(m, CONVERSION);
}

/**
 * The object decode(encode(o)) gives, at a third of the cost: fromObject checks and converts as
 * encode does, toObject builds the same plain object decode does. One difference: a proto3 field
 * without presence that `o` sets to its default comes back set (the wire would drop it); the
 * bridge's translator never emits such fields and reads them back as the default either way.
 */
function copy(t: protobuf.Type, o: object): object {
  return t.toObject(t.fromObject(o as Record<string, unknown>), CONVERSION);
}

/** Per type: whether its messages can hold, at any depth, a map whose values are messages. */
const holdsMessageMaps = new WeakMap<protobuf.Type, boolean>();

function hasMessageMaps(t: protobuf.Type): boolean {
  let found = holdsMessageMaps.get(t);
  if (found !== undefined) return found;
  found = false;
  const seen = new Set([t]);
  const todo = [t];
  while (!found && todo.length > 0) {
    for (const f of todo.pop()!.fieldsArray) {
      const rt = f.resolve().resolvedType;
      if (!(rt instanceof protobuf.Type)) continue;
      if (f.map) {
        found = true;
        break;
      }
      if (!seen.has(rt)) {
        seen.add(rt);
        todo.push(rt);
      }
    }
  }
  holdsMessageMaps.set(t, found);
  return found;
}

/** Per type: its fields that are maps of messages or messages holding such maps (decode runs for every message). */
const toFill = new WeakMap<protobuf.Type, protobuf.Field[]>();

function fieldsToFill(t: protobuf.Type): protobuf.Field[] {
  let fields = toFill.get(t);
  if (!fields) {
    fields = t.fieldsArray.filter((f) => {
      const rt = f.resolve().resolvedType;
      return rt instanceof protobuf.Type && (f.map || hasMessageMaps(rt));
    });
    toFill.set(t, fields);
  }
  return fields;
}

/**
 * A map entry may omit its value (valid proto: the field has its default). protobufjs decodes a
 * missing message value as null, on which toObject() throws; Go's proto.Unmarshal stores the default
 * message (an empty message: for google.protobuf.Value, kind unset). Do the same before converting.
 */
function fillMapMessages(t: protobuf.Type, m: protobuf.Message): void {
  const msg = m as unknown as Record<string, unknown>;
  for (const f of fieldsToFill(t)) {
    const rt = f.resolvedType as protobuf.Type;
    const v = msg[f.name];
    if (v === null || v === undefined) continue;
    if (f.map) {
      const entries = v as Record<string, protobuf.Message | null>;
      for (const [k, e] of Object.entries(entries)) {
        if (e === null) entries[k] = rt.create();
        else fillMapMessages(rt, e);
      }
    } else if (f.repeated) {
      for (const e of v as protobuf.Message[]) fillMapMessages(rt, e);
    } else {
      fillMapMessages(rt, v as protobuf.Message);
    }
  }
}

/** FileDescriptorSet { repeated FileDescriptorProto file = 1; } → each file's bytes, without decoding them. */
export function splitDescriptorSet(set: Buffer): Buffer[] {
  const files: Buffer[] = [];
  let pos = 0;
  const varint = (): number => {
    let result = 0;
    let shift = 0;
    for (;;) {
      if (pos >= set.length) throw new Error('contract.binpb: truncated varint');
      const b = set[pos++]!;
      result += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return result;
      shift += 7;
    }
  };
  while (pos < set.length) {
    const tag = varint();
    if (tag !== 0x0a) throw new Error(`contract.binpb: unexpected tag ${tag} at ${pos}`);
    const len = varint();
    files.push(set.subarray(pos, pos + len));
    pos += len;
  }
  return files;
}
