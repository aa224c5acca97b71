/**
 * In-process calls copy messages through their types (fromObject + toObject) instead of encoding
 * and decoding them (contract.ts). What either side can observe must not change:
 *  - a message the bridge builds (the translator's output) copies to exactly what the wire gives;
 *  - a message a plugin builds reads back into the same gob value either way.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadContract, PACKAGE, type ContractMethod } from '../../../src/bridge/grpc/contract.ts';
import { MethodCodec } from '../../../src/bridge/mattermost/method-codec.ts';
import { GobTypes, loadSchema, type MethodDef } from '../../../src/bridge/mattermost/schema.ts';
import { Translator } from '../../../src/bridge/mattermost/translate.ts';
import { SCHEMA_FILE } from '../../../src/paths.ts';

type Obj = Record<string, unknown>;
const contract = loadContract();
const schema = loadSchema(SCHEMA_FILE);
const types = new GobTypes(schema);
const tr = new Translator(types, contract.root, schema);

interface Side {
  label: string;
  method: ContractMethod;
  codec: MethodCodec;
  /** Which side of the method the bridge builds, and which the plugin builds. */
  bridgeBuilds: 'request' | 'response';
}

const sides: Side[] = [];
const add = (defs: MethodDef[], service: Record<string, unknown>, bridgeBuilds: Side['bridgeBuilds']) => {
  for (const def of defs) {
    const method = service[def.name] as ContractMethod | undefined;
    if (!def.grpc || def.streaming || !method) continue;
    sides.push({ label: def.name, method, codec: new MethodCodec(def, types, tr, PACKAGE), bridgeBuilds });
  }
};
add(schema.hooks, contract.hooks, 'request');
add(schema.api, contract.api, 'response');

const wire = (m: ContractMethod, side: 'request' | 'response', o: object): object =>
  side === 'request'
    ? m.requestDeserialize(m.requestSerialize(o))
    : m.responseDeserialize(m.responseSerialize(o));
const copyOf = (m: ContractMethod, side: 'request' | 'response', o: object): object =>
  side === 'request' ? m.requestCopy(o) : m.responseCopy(o);
const other = (s: 'request' | 'response') => (s === 'request' ? 'response' : 'request');

/** An arbitrary message of the side's type: random wire bytes that decode (explicit defaults included). */
function messageArb(s: Side, side: 'request' | 'response'): fc.Arbitrary<Obj> {
  const decode = side === 'request' ? s.method.requestDeserialize : s.method.responseDeserialize;
  return fc
    .uint8Array({ maxLength: 300 })
    .map((b) => {
      try {
        return decode(Buffer.from(b)) as Obj;
      } catch {
        return undefined;
      }
    })
    .filter((o): o is Obj => o !== undefined);
}

const attempt = <T>(f: () => T): T | undefined => {
  try {
    return f();
  } catch {
    return undefined;
  }
};

describe('in-process message copies', () => {
  it(`bridge-built messages (${sides.length} methods) copy to exactly what the wire gives`, () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...sides).chain((s) => fc.tuple(fc.constant(s), messageArb(s, s.bridgeBuilds))),
        ([s, o]) => {
          // Into gob and back out through the translator: a message as the bridge builds it.
          const gob =
            s.bridgeBuilds === 'request'
              ? attempt(() => s.codec.requestToArgs(o))
              : attempt(() => s.codec.responseToReturns(o));
          if (gob === undefined) return;
          const built =
            s.bridgeBuilds === 'request' ? s.codec.argsToRequest(gob) : s.codec.returnsToResponse(gob);
          expect(copyOf(s.method, s.bridgeBuilds, built)).toStrictEqual(
            wire(s.method, s.bridgeBuilds, built),
          );
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('plugin-built messages read back into the same gob value either way', () => {
    fc.assert(
      fc.property(
        fc
          .constantFrom(...sides)
          .chain((s) => fc.tuple(fc.constant(s), messageArb(s, other(s.bridgeBuilds)))),
        ([s, o]) => {
          const side = other(s.bridgeBuilds);
          const toGob = (m: object) =>
            attempt(() =>
              side === 'request' ? s.codec.requestToArgs(m as Obj) : s.codec.responseToReturns(m as Obj),
            ) ?? 'TranslateError';
          expect(toGob(copyOf(s.method, side, o))).toStrictEqual(toGob(wire(s.method, side, o)));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('bytes reach a plugin as Buffers, as from the wire', () => {
    const s = sides.find((x) => x.label === 'KVGet')!;
    const built = s.codec.returnsToResponse({ A: new Uint8Array([1, 2, 3]) });
    const copied = copyOf(s.method, 'response', built) as Obj;
    expect(Buffer.isBuffer(Object.values(copied)[0])).toBe(true);
    expect(copied).toStrictEqual(wire(s.method, 'response', built));
  });
});
