/** Go `any` values ⇄ google.protobuf.Value: natural JSON-like mapping, exact tagged round trips for the rest. */
import { describe, expect, it } from 'vitest';
import { GobInterface, T, type GobValue } from '../../../src/bridge/gob/types.ts';
import { InterfaceValues, TYPE_TAG } from '../../../src/bridge/mattermost/interface-values.ts';
import { GobTypes, loadSchema } from '../../../src/bridge/mattermost/schema.ts';
import { SCHEMA_FILE } from '../../../src/paths.ts';

const schema = loadSchema(SCHEMA_FILE);
const types = new GobTypes(schema);
const iv = new InterfaceValues(schema, types);
const reg = (name: string): GobInterface => {
  const ref = schema.registered.find((r) => r.name === name)!.type;
  return new GobInterface(name, types.of(ref), null);
};
const roundTrip = (v: GobInterface | null): GobValue => iv.fromValue(iv.toValue(v));

describe('interface values', () => {
  it('maps JSON-like Go values to plain Values', () => {
    const map = new Map<GobValue, GobValue>([
      ['s', new GobInterface('string', T.string, 'x')],
      ['n', new GobInterface('float64', T.float, 1.5)],
      ['b', new GobInterface('bool', T.bool, false)],
      ['nil', null],
    ]);
    const v = new GobInterface(
      'map[string]interface {}',
      { kind: 'map', key: T.string, elem: T.interface },
      map,
    );
    expect(iv.toValue(v)).toEqual({
      struct_value: {
        fields: {
          s: { string_value: 'x' },
          n: { number_value: 1.5 },
          b: { bool_value: false },
          nil: { null_value: 'NULL_VALUE' },
        },
      },
    });
    expect(roundTrip(v)).toEqual(v);
  });

  it('tags other registered types and restores them exactly, int64 above 2^53 included', () => {
    const big = new GobInterface('int64', T.int, 2n ** 62n + 1n);
    expect(iv.toValue(big)).toEqual({
      struct_value: {
        fields: { [TYPE_TAG]: { string_value: 'int64' }, value: { string_value: '4611686018427387905' } },
      },
    });
    expect(roundTrip(big)).toEqual(big);

    const appErr = reg('*model.AppError');
    const withValue = new GobInterface(appErr.name, appErr.type, {
      Id: 'x.y',
      StatusCode: 404n,
      Message: 'nope',
    });
    expect(roundTrip(withValue)).toEqual(withValue);

    const att = reg('[]*model.SlackAttachment');
    const attachments = new GobInterface(att.name, att.type, [{ Fallback: 'f', Text: 'hello' }]);
    expect(roundTrip(attachments)).toEqual(attachments);
  });

  it('takes an "@type" that names no registered type for plain data', () => {
    const v = iv.fromValue({
      struct_value: { fields: { [TYPE_TAG]: { string_value: 'invoice' }, total: { number_value: 12.5 } } },
    });
    expect(v?.name).toBe('map[string]interface {}');
    expect((v?.value as Map<string, GobInterface>).get('total')?.value).toBe(12.5);
  });

  it('tags a Go map that has an "@type" key, so it never passes for a tag', () => {
    const mapType = { kind: 'map', key: T.string, elem: T.interface } as const;
    const looksTagged = new GobInterface(
      'map[string]interface {}',
      mapType,
      new Map<GobValue, GobValue>([
        [TYPE_TAG, new GobInterface('string', T.string, 'int64')],
        ['value', new GobInterface('string', T.string, '5')],
      ]),
    );
    expect(roundTrip(looksTagged)).toEqual(looksTagged);
  });
});
