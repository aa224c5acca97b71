/**
 * One hook or API method, translated both ways between its net/rpc gob structs (Z_<M>Args /
 * Z_<M>Returns) and its gRPC request/response messages. Built from the schema only: no per-method code.
 * Error results (Go `error` or *model.AppError) never become response fields; they travel as gRPC
 * status (see errors.ts).
 */
import type protobuf from 'protobufjs';
import type { GobStruct, GobType, GobValue } from '../gob/types.ts';
import type { GobTypes, MethodDef, Param } from './schema.ts';
import { zeroOf, type Translator } from './translate.ts';

type Obj = Record<string, unknown>;

export class MethodCodec {
  readonly argsType: GobType;
  readonly returnsType: GobType;
  readonly request: protobuf.Type;
  readonly response: protobuf.Type;
  readonly errorParam: Param | undefined;

  constructor(
    readonly def: MethodDef,
    private readonly types: GobTypes,
    private readonly tr: Translator,
    pkg: string,
  ) {
    if (!def.grpc) throw new Error(`${def.name}: no gRPC mapping (streaming methods need their own handler)`);
    this.argsType = types.shape(def, 'args');
    this.returnsType = types.shape(def, 'returns');
    this.request = tr.messageType(`${pkg}.${def.grpc.request}`);
    this.response = tr.messageType(`${pkg}.${def.grpc.response}`);
    this.errorParam = def.returns.fields.find((p) => p.error);
  }

  get name(): string {
    return this.def.name;
  }

  // hooks direction: the server calls us with gob args, the language plugin answers in proto.

  argsToRequest(args: GobValue): Obj {
    return this.toProto(this.def.args.bare ?? false, this.def.args.fields, args, this.request);
  }

  responseToReturns(resp: Obj): GobValue {
    return this.fromProto(this.def.returns.bare ?? false, this.def.returns.fields, resp, this.response);
  }

  // API direction: the language plugin calls us in proto, the server answers with gob returns.

  requestToArgs(req: Obj): GobValue {
    return this.fromProto(this.def.args.bare ?? false, this.def.args.fields, req, this.request);
  }

  returnsToResponse(ret: GobValue): Obj {
    return this.toProto(this.def.returns.bare ?? false, this.def.returns.fields, ret, this.response);
  }

  /** The error result of a gob returns value, if the method has one and it is set. */
  errorOf(ret: GobValue): GobValue {
    if (!this.errorParam || this.def.returns.bare) return null;
    return ((ret ?? {}) as GobStruct)[this.errorParam.gob] ?? null;
  }

  private toProto(bare: boolean, params: Param[], v: GobValue, type: protobuf.Type): Obj {
    const path = this.def.name;
    if (bare) {
      const p = params[0];
      if (!p?.proto || v === null || v === undefined) return {};
      const pf = type.fields[p.proto]!;
      return { [p.proto]: this.tr.fieldToProto(p.type, v, pf, path) };
    }
    const fields = params.filter((p) => !p.error).map((p) => ({ name: p.gob, proto: p.proto, type: p.type }));
    return this.tr.structToProto(fields, (v ?? {}) as GobStruct, type, path);
  }

  private fromProto(bare: boolean, params: Param[], o: Obj, type: protobuf.Type): GobValue {
    const path = this.def.name;
    if (bare) {
      const p = params[0];
      // An absent proto field is its default: the Go zero value (false, "", an empty slice, …).
      const zero = zeroOf(this.types.of(p?.type ?? 'any'));
      if (!p?.proto || o[p.proto] === undefined) return zero;
      return this.tr.fieldFromProto(p.type, o[p.proto], type.fields[p.proto]!, path) ?? zero;
    }
    const fields = params.filter((p) => !p.error).map((p) => ({ name: p.gob, proto: p.proto, type: p.type }));
    return this.tr.structFromProto(fields, o, type, path);
  }
}
