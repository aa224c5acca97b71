/** Plugin requests whose values Go cannot carry are rejected with TranslateError naming the field. */
import { describe, expect, it } from 'vitest';
import type { MethodDefinition } from '@grpc/grpc-js';
import { GobEncoder } from '../../../src/bridge/gob/index.ts';
import { loadContract, PACKAGE } from '../../../src/bridge/grpc/contract.ts';
import { MethodCodec } from '../../../src/bridge/mattermost/method-codec.ts';
import { GobTypes, loadSchema } from '../../../src/bridge/mattermost/schema.ts';
import { TranslateError, Translator } from '../../../src/bridge/mattermost/translate.ts';
import { SCHEMA_FILE } from '../../../src/paths.ts';

const contract = loadContract();
const schema = loadSchema(SCHEMA_FILE);
const types = new GobTypes(schema);
const tr = new Translator(types, contract.root, schema);

/** PluginAPI.<name> request bytes → deserialized message → gob args, as the bridge does. */
function apiRequest(name: string, hex: string) {
  const def = schema.api.find((d) => d.name === name)!;
  const codec = new MethodCodec(def, types, tr, PACKAGE);
  const grpc = contract.api[name] as MethodDefinition<object, object>;
  const msg = grpc.requestDeserialize(Buffer.from(hex, 'hex')) as Record<string, unknown>;
  return { codec, msg, toGob: () => codec.requestToArgs(msg) };
}

describe('google.protobuf.Timestamp → time.Time', () => {
  it('rejects nanos outside 0..999999999 with TranslateError and the field path (fuzz repro)', () => {
    // custom_status.expires_at = {seconds: 1, nanos: 1000000000}
    const { toGob } = apiRequest('UpdateUserCustomStatus', '120a22080801108094ebdc03');
    expect(toGob).toThrow(TranslateError);
    expect(toGob).toThrow(
      /custom_status\.expires_at: google\.protobuf\.Timestamp nanos 1000000000 outside 0\.\.999999999/,
    );
  });

  it('rejects seconds that do not fit time.Time once moved to the year-1 epoch', () => {
    // custom_status.expires_at = {seconds: 2^63-1}
    const { toGob } = apiRequest('UpdateUserCustomStatus', '120c220a08ffffffffffffffff7f');
    expect(toGob).toThrow(TranslateError);
    expect(toGob).toThrow(/seconds 9223372036854775807 out of range for Go time\.Time/);
  });

  it('still translates a valid Timestamp', () => {
    // custom_status.expires_at = {seconds: 1, nanos: 999999999}
    const { codec, toGob } = apiRequest('UpdateUserCustomStatus', '120a2208080110ff93ebdc03');
    expect(() => new GobEncoder().encode(codec.argsType, toGob())).not.toThrow();
  });
});
