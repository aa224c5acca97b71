/** The contract's deserializers accept every valid proto encoding, as Go's proto.Unmarshal does. */
import { describe, expect, it } from 'vitest';
import type { MethodDefinition } from '@grpc/grpc-js';
import { loadContract, PACKAGE } from '../../../src/bridge/grpc/contract.ts';
import { MethodCodec } from '../../../src/bridge/mattermost/method-codec.ts';
import { GobTypes, loadSchema } from '../../../src/bridge/mattermost/schema.ts';
import { Translator } from '../../../src/bridge/mattermost/translate.ts';
import { SCHEMA_FILE } from '../../../src/paths.ts';

const contract = loadContract();
const publish = contract.api.PublishWebSocketEvent as MethodDefinition<object, object>;
const decode = (hex: string) =>
  publish.requestDeserialize(Buffer.from(hex, 'hex')) as Record<string, unknown>;

describe('contract decode: map<string, Value> entries without a value', () => {
  it('reads a missing Value as the empty Value (kind unset), like Go (fuzz repro)', () => {
    // payload = Struct{fields: {"k": <no value>}}
    const msg = decode('12050a030a016b');
    expect(msg).toEqual({ payload: { fields: { k: {} } } });

    const schema = loadSchema(SCHEMA_FILE);
    const types = new GobTypes(schema);
    const def = schema.api.find((d) => d.name === 'PublishWebSocketEvent')!;
    const codec = new MethodCodec(def, types, new Translator(types, contract.root, schema), PACKAGE);
    const args = codec.requestToArgs(msg) as Record<string, unknown>;
    // structpb: an empty Value's AsInterface() is nil
    expect(Object.values(args)).toContainEqual(new Map([['k', null]]));
  });

  it('fills missing Values nested in lists and structs', () => {
    // payload = {fields: {"a": {list_value: {values: [{struct_value: {fields: {"k": <no value>}}}]}}}}
    expect(decode('12120a100a0161120b32090a072a050a030a016b')).toEqual({
      payload: {
        fields: {
          a: {
            kind: 'list_value',
            list_value: { values: [{ kind: 'struct_value', struct_value: { fields: { k: {} } } }] },
          },
        },
      },
    });
  });
});
