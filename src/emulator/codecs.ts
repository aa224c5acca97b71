/**
 * The emulator's view of the contract: the hook and API method codecs (gob ⇄ proto, the bridge's own
 * MethodCodec) plus JSON in proto shape (proto-json.ts) on top, so the emulator can take requests
 * and seed state as JSON, and show hook responses, API calls and its state as JSON.
 */
import { GobInterface, type GobStruct, type GobValue } from '../bridge/gob/types.ts';
import { loadContract, PACKAGE } from '../bridge/grpc/contract.ts';
import { ERROR_STRING_NAME } from '../bridge/mattermost/errors.ts';
import { InterfaceValues } from '../bridge/mattermost/interface-values.ts';
import { MethodCodec } from '../bridge/mattermost/method-codec.ts';
import type { GobTypes, MethodDef, Schema } from '../bridge/mattermost/schema.ts';
import { Translator } from '../bridge/mattermost/translate.ts';
import { messageFromJson, messageToJson, valueFromJson, valueToJson, type Json } from './proto-json.ts';

type Obj = Record<string, unknown>;

export class EmulatorCodecs {
  readonly tr: Translator;
  private readonly iface: InterfaceValues;
  private readonly cache = new Map<string, MethodCodec | null>();

  constructor(
    readonly schema: Schema,
    readonly types: GobTypes,
  ) {
    this.tr = new Translator(types, loadContract().root, schema);
    this.iface = new InterfaceValues(schema, types);
  }

  /** Names of the hooks in the contract. */
  get hookNames(): string[] {
    return this.schema.hooks.map((h) => h.name);
  }

  hook(name: string): MethodCodec | undefined {
    return this.codec(
      'hook',
      this.schema.hooks.find((h) => h.name === name),
    );
  }

  api(name: string): MethodCodec | undefined {
    return this.codec(
      'api',
      this.schema.api.find((m) => m.name === name),
    );
  }

  /** A request message as JSON → the plain proto object (strict: TranslateError says what is wrong where). */
  requestFromJson(codec: MethodCodec, json: unknown): Obj {
    return messageFromJson(codec.request, json ?? {}, codec.def.grpc!.request);
  }

  argsToJson(codec: MethodCodec, args: GobValue): Json {
    return messageToJson(codec.request, codec.argsToRequest(args));
  }

  returnsToJson(codec: MethodCodec, returns: GobValue): Json {
    return messageToJson(codec.response, codec.returnsToResponse(returns));
  }

  /** An error result (a *model.AppError struct or an `error` interface) in AppError's proto shape. */
  errorToJson(err: GobValue): Json {
    if (err instanceof GobInterface) {
      if (err.name === ERROR_STRING_NAME)
        return { message: String((err.value as GobStruct | null)?.Err ?? '') };
      return this.errorToJson(err.value);
    }
    return this.modelToJson('model.AppError', (err ?? {}) as GobStruct);
  }

  /** A model struct (e.g. "model.User") in proto shape, and back. */
  modelToJson(typeName: string, v: GobStruct): Json {
    const { fields, type } = this.model(typeName);
    return messageToJson(type, this.tr.structToProto(fields, v, type, typeName));
  }

  modelFromJson(typeName: string, json: unknown, path: string): GobStruct {
    const { fields, type } = this.model(typeName);
    return this.tr.structFromProto(fields, messageFromJson(type, json, path), type, path);
  }

  /** Any JSON → a Go interface value (string, float64, bool, map[string]interface {}, …). */
  anyFromJson(json: unknown, path: string): GobValue {
    return this.iface.fromValue(valueFromJson(json, path));
  }

  anyToJson(v: GobValue): Json {
    return valueToJson(this.iface.toValue(v));
  }

  /** A JSON object → Go map[string]any, and back. */
  mapFromJson(json: Record<string, unknown>, path: string): Map<GobValue, GobValue> {
    return this.iface.fromStruct(messageFromJson(this.tr.messageType('google.protobuf.Struct'), json, path));
  }

  mapToJson(m: GobValue | undefined): Record<string, Json> {
    if (!(m instanceof Map)) return {};
    return valueToJson({ struct_value: this.iface.toStruct(m) }) as Record<string, Json>;
  }

  private model(typeName: string) {
    const def = this.types.typeDef(typeName);
    if (def.kind !== 'struct' || !def.proto) throw new Error(`schema: ${typeName} is not a message`);
    return { fields: def.fields, type: this.tr.messageType(`${PACKAGE}.${def.proto}`) };
  }

  private codec(kind: string, def: MethodDef | undefined): MethodCodec | undefined {
    if (!def) return undefined;
    const key = `${kind}/${def.name}`;
    if (!this.cache.has(key))
      this.cache.set(key, def.grpc ? new MethodCodec(def, this.types, this.tr, PACKAGE) : null);
    return this.cache.get(key) ?? undefined;
  }
}
