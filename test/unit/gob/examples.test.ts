/**
 * Worked byte examples, decode AND encode byte for byte: doc.go's Point and wire-goplugin.md §7.8
 * (output of real Go encoding/gob + net/rpc types).
 */
import { describe, expect, it } from 'vitest';
import {
  GobDecoder,
  GobEncoder,
  GobInterface,
  structType,
  T,
  type GobStruct,
  type GobType,
} from '../../../src/bridge/gob/index.ts';
import { concat, decodeAll, hex, msg, toHex } from './helpers.ts';

const Request = structType('Request', [
  { name: 'ServiceMethod', type: T.string },
  { name: 'Seq', type: T.uint },
]);
const Response = structType('Response', [
  { name: 'ServiceMethod', type: T.string },
  { name: 'Seq', type: T.uint },
  { name: 'Error', type: T.string },
]);
const Empty = structType('', []);

function expectBytes(got: Uint8Array, want: string): void {
  expect(toHex(got)).toBe(toHex(hex(want)));
}

describe('doc.go Point example', () => {
  const Point = structType('Point', [
    { name: 'X', type: T.int },
    { name: 'Y', type: T.int },
  ]);
  const def =
    '1f ff 81 03 01 01 05 50 6f 69 6e 74 01 ff 82 00 01 02 01 01 58 01 04 00 01 01 59 01 04 00 00 00';
  it('encodes the definition once, then values', () => {
    const enc = new GobEncoder();
    expectBytes(enc.encode(Point, { X: 22n, Y: 33 }), `${def} 07 ff 82 01 2c 01 42 00`);
    expectBytes(enc.encode(Point, { X: 22, Y: 33n }), '07 ff 82 01 2c 01 42 00');
    expectBytes(enc.encode(T.int, 3), '03 04 00 06');
  });
  it('decodes', () => {
    const got = decodeAll(hex(`${def} 07 ff 82 01 2c 01 42 00 03 04 00 06`));
    expect(got[0]!.type).toEqual(Point);
    expect(got.map((g) => g.value)).toEqual([{ X: 22n, Y: 33n }, 3n]);
  });
});

describe('§7.8 A: client->plugin control stream (rpc.Request)', () => {
  const stream =
    '2f ff 81 03 01 01 07 "Request" 01 ff 82 00 01 02 01 0d "ServiceMethod" 01 0c 00 01 03 "Seq" 01 06 00 00 00' +
    ' 17 ff 82 01 12 "Dispenser.Dispense" 00' +
    ' 08 0c 00 05 "hooks"' +
    ' 13 ff 82 01 0c "Control.Ping" 01 01 00' +
    ' 03 02 00 01' +
    ' 15 ff 82 01 0c "Control.Ping" 01 fe 01 2c 00';
  it('encodes byte for byte', () => {
    const enc = new GobEncoder();
    const out = concat([
      enc.encode(Request, { ServiceMethod: 'Dispenser.Dispense', Seq: 0n }),
      enc.encode(T.string, 'hooks'),
      enc.encode(Request, { ServiceMethod: 'Control.Ping', Seq: 1n }),
      enc.encode(T.bool, true),
      enc.encode(Request, { ServiceMethod: 'Control.Ping', Seq: 300 }),
    ]);
    expectBytes(out, stream);
  });
  it('decodes', () => {
    const got = decodeAll(hex(stream));
    expect(got[0]!.type).toEqual(Request);
    expect(got.map((g) => g.value)).toEqual([
      { ServiceMethod: 'Dispenser.Dispense' }, // Seq 0 omitted on the wire => absent
      'hooks',
      { ServiceMethod: 'Control.Ping', Seq: 1n },
      true,
      { ServiceMethod: 'Control.Ping', Seq: 300n },
    ]);
  });
});

describe('§7.8 B: plugin->host replies (ids 67/68)', () => {
  const stream =
    '3a ff 85 03 01 01 08 "Response" 01 ff 86 00 01 03 01 0d "ServiceMethod" 01 0c 00 01 03 "Seq" 01 06 00 01 05 "Error" 01 0c 00 00 00' +
    ' 17 ff 86 01 12 "Dispenser.Dispense" 00' +
    ' 03 06 00 01' +
    ' 13 ff 86 01 0c "Control.Ping" 01 01 00' +
    ' 0a ff 87 03 01 02 ff 88 00 00 00' +
    ' 03 ff 88 00' +
    ' 38 ff 86 01 0c "Control.Nope" 01 05 01 23 "rpc: can\'t find method Control.Nope" 00' +
    ' 03 ff 88 00';
  it('encodes byte for byte', () => {
    const enc = new GobEncoder({ firstTypeId: 67 });
    const out = concat([
      enc.encode(Response, { ServiceMethod: 'Dispenser.Dispense', Seq: 0n, Error: '' }),
      enc.encode(T.uint, 1),
      enc.encode(Response, { ServiceMethod: 'Control.Ping', Seq: 1n }),
      enc.encode(Empty, {}),
      enc.encode(Response, {
        ServiceMethod: 'Control.Nope',
        Seq: 5n,
        Error: "rpc: can't find method Control.Nope",
      }),
      enc.encode(Empty, {}),
    ]);
    expectBytes(out, stream);
  });
  it('decodes', () => {
    const got = decodeAll(hex(stream));
    expect(got.map((g) => g.value)).toEqual([
      { ServiceMethod: 'Dispenser.Dispense' },
      1n,
      { ServiceMethod: 'Control.Ping', Seq: 1n },
      {},
      { ServiceMethod: 'Control.Nope', Seq: 5n, Error: "rpc: can't find method Control.Nope" },
      {},
    ]);
    expect(got[3]!.type).toEqual(Empty);
  });
});

describe('§7.8 C: Z_OnActivateArgs (uint32 fields)', () => {
  const Args = structType('Z_OnActivateArgs', [
    { name: 'APIMuxId', type: T.uint },
    { name: 'DriverMuxId', type: T.uint },
  ]);
  const stream =
    '3b ff 83 03 01 01 10 "Z_OnActivateArgs" 01 ff 84 00 01 02 01 08 "APIMuxId" 01 06 00 01 0b "DriverMuxId" 01 06 00 00 00' +
    ' 07 ff 84 01 01 01 02 00';
  it('encodes and decodes', () => {
    expectBytes(new GobEncoder({ firstTypeId: 66 }).encode(Args, { APIMuxId: 1, DriverMuxId: 2n }), stream);
    expect(decodeAll(hex(stream))[0]!.value).toEqual({ APIMuxId: 1n, DriverMuxId: 2n });
  });
});

describe('§7.8 D: interface field, split message on first use', () => {
  const Returns = structType('Z_OnActivateReturns', [{ name: 'A', type: T.interface }]);
  const ErrorString = structType('ErrorString', [
    { name: 'Code', type: T.int },
    { name: 'Err', type: T.string },
  ]);
  const def = '27 ff 89 03 01 01 13 "Z_OnActivateReturns" 01 ff 8a 00 01 01 01 01 41 01 10 00 00 00';
  const esDef =
    '03 01 01 0b "ErrorString" 01 ff 8c 00 01 02 01 04 "Code" 01 04 00 01 03 "Err" 01 0c 00 00 00';
  const nilA = '03 ff 8a 00';
  const split = `41 ff 8a 01 13 "*plugin.ErrorString" ff 8b ${esDef} 0c ff 8c 08 01 02 01 03 45 4f 46 00 00`;
  const again = '1f ff 8a 01 13 "*plugin.ErrorString" ff 8c 04 02 01 78 00 00';

  it("decodes Go's split form and the later unsplit form, in any chunking", () => {
    const bytes = hex(`${def} ${nilA} ${split} ${again}`);
    for (const chunks of [[bytes.length], [1], [3], [5, 60]]) {
      const got = decodeAll(bytes, chunks);
      expect(got.map((g) => g.value)).toEqual([
        {},
        { A: new GobInterface('*plugin.ErrorString', ErrorString, { Code: 1n, Err: 'EOF' }) },
        { A: new GobInterface('*plugin.ErrorString', ErrorString, { Err: 'x' }) },
      ]);
    }
  });

  it('split value arriving message by message: undefined until complete, then the value', () => {
    const dec = new GobDecoder();
    dec.push(hex(def));
    expect(dec.next()).toBeUndefined();
    const first = hex(split.split(' 0c ff 8c')[0]!); // up to the end of the definition message
    dec.push(first);
    expect(dec.next()).toBeUndefined();
    expect(dec.next()).toBeUndefined(); // retried without new bytes: still waiting, no redefinition error
    dec.push(hex('0c ff 8c 08 01 02 01 03 45 4f 46 00 00'));
    expect((dec.next()!.value as GobStruct).A).toBeInstanceOf(GobInterface);
    expect(dec.buffered).toBe(0);
  });

  it("encodes without splitting: definitions first, then Go's unsplit value bytes", () => {
    const enc = new GobEncoder({ firstTypeId: 69 });
    expectBytes(enc.encode(Returns, {}), `${def} ${nilA}`);
    const out = enc.encode(Returns, {
      A: new GobInterface('*plugin.ErrorString', ErrorString, { Code: 1n, Err: 'EOF' }),
    });
    expect(toHex(out)).toBe(
      toHex(
        concat([
          msg(`ff 8b ${esDef}`),
          msg('ff 8a 01 13 "*plugin.ErrorString" ff 8c 08 01 02 01 03 45 4f 46 00 00'),
        ]),
      ),
    );
    expectBytes(
      enc.encode(Returns, { A: new GobInterface('*plugin.ErrorString', ErrorString, { Code: 0, Err: 'x' }) }),
      again,
    );
  });
});

describe('§7.8 E: Misc struct of many kinds', () => {
  const strs: GobType = { kind: 'slice', name: '[]string', elem: T.string };
  const m: GobType = { kind: 'map', name: 'map[string]int', key: T.string, elem: T.int };
  const arr: GobType = { kind: 'array', name: '[2]int8', len: 2, elem: T.int };
  const Misc = structType('Misc', [
    { name: 'F', type: T.float },
    { name: 'I', type: T.int },
    { name: 'U', type: T.uint },
    { name: 'B', type: T.bool },
    { name: 'S', type: strs },
    { name: 'M', type: m },
    { name: 'Bs', type: T.bytes },
    { name: 'A', type: arr },
    { name: 'P', type: T.int },
    { name: 'X', type: T.interface },
  ]);
  const value =
    '2e ff 8e 01 fe 31 40 01 fe 01 01 01 fe 01 00 01 01 01 02 01 61 00 01 01 01 6b 00 01 02 01 02 01 02 00 01 01 0e 01 03 69 6e 74 04 02 00 06 00';
  const misc = {
    F: 17,
    I: -129n,
    U: 256n,
    B: true,
    S: ['a', ''],
    M: new Map([['k', 0n]]),
    Bs: Uint8Array.of(1, 2),
    A: [0n, -1n],
    P: 7n,
    X: new GobInterface('int', T.int, 3n),
  };
  it("encodes Go's nested definitions and value bytes", () => {
    const enc = new GobEncoder({ firstTypeId: 71 });
    const out = enc.encode(Misc, misc);
    const msgs = splitMessages(out);
    expect(msgs.slice(1, 4).map(toHex)).toEqual(
      [
        '16 ff 8f 02 01 01 08 "[]string" 01 ff 90 00 01 0c 00 00',
        '1e ff 91 04 01 01 0e "map[string]int" 01 ff 92 00 01 0c 01 04 00 00',
        '17 ff 93 01 01 01 07 "[2]int8" 01 ff 94 00 01 04 01 04 00 00',
      ].map((s) => toHex(hex(s))),
    );
    expectBytes(msgs[4]!, value);
    expectBytes(enc.encode(Misc, { A: [0, 0] }), '07 ff 8e 08 02 00 00 00'); // only the array is sent
  });
  it("decodes Go's value bytes", () => {
    const defs = splitMessages(new GobEncoder({ firstTypeId: 71 }).encode(Misc, misc)).slice(0, 4);
    const got = decodeAll(concat([...defs, hex(value), hex('07 ff 8e 08 02 00 00 00')]));
    expect(got[0]!.value).toEqual(misc);
    expect(got[1]!.value).toEqual({ A: [0n, 0n] });
  });
});

describe('§7.8 F: top-level non-structs', () => {
  const anys: GobType = { kind: 'slice', elem: T.interface };
  const sAny: GobType = { kind: 'map', key: T.string, elem: T.interface };
  it('encodes', () => {
    const enc = new GobEncoder({ firstTypeId: 76 });
    expectBytes(enc.encode(T.int, 0), '03 04 00 00');
    expectBytes(enc.encode(T.float, 1.5), '05 08 00 fe f8 3f');
    expectBytes(
      enc.encode(anys, [
        new GobInterface('string', T.string, 's'),
        new GobInterface('float64', T.float, 1),
        null,
      ]),
      '0c ff 97 02 01 02 ff 98 00 01 10 00 00 1f ff 98 00 03 06 "string" 0c 03 00 01 73 07 "float64" 08 04 00 fe f0 3f 00',
    );
    expectBytes(
      enc.encode(sAny, new Map([['a', new GobInterface('bool', T.bool, true)]])),
      '0e ff 99 04 01 02 ff 9a 00 01 0c 01 10 00 00 0f ff 9a 00 01 01 61 04 "bool" 02 02 00 01',
    );
  });
  it('decodes', () => {
    const got = decodeAll(
      hex(
        '03 04 00 00 05 08 00 fe f8 3f 0c ff 97 02 01 02 ff 98 00 01 10 00 00 1f ff 98 00 03 06 "string" 0c 03 00 01 73 07 "float64" 08 04 00 fe f0 3f 00' +
          ' 0e ff 99 04 01 02 ff 9a 00 01 0c 01 10 00 00 0f ff 9a 00 01 01 61 04 "bool" 02 02 00 01',
      ),
    );
    expect(got.map((g) => g.value)).toEqual([
      0n,
      1.5,
      [new GobInterface('string', T.string, 's'), new GobInterface('float64', T.float, 1), null],
      new Map([['a', new GobInterface('bool', T.bool, true)]]),
    ]);
    expect(got[2]!.type).toEqual(anys);
  });
});

describe('§7.8 G: recursive type', () => {
  const Node = structType('Node', []);
  Node.fields = [
    { name: 'V', type: T.int },
    { name: 'Next', type: Node },
  ];
  const stream =
    '22 ff 95 03 01 01 04 "Node" 01 ff 96 00 01 02 01 01 56 01 04 00 01 04 "Next" 01 ff 96 00 00 00 09 ff 96 01 02 01 01 04 00 00';
  it('encodes and decodes', () => {
    expectBytes(
      new GobEncoder({ firstTypeId: 75 }).encode(Node, { V: 1n, Next: { V: 2n, Next: null } }),
      stream,
    );
    const got = decodeAll(hex(stream))[0]!;
    expect(got.value).toEqual({ V: 1n, Next: { V: 2n } });
    const t = got.type;
    if (t.kind !== 'struct') throw new Error('struct expected');
    expect(t.fields[1]!.type).toBe(t); // the cycle is an object cycle
  });
});

/** Splits a stream into its length-prefixed messages (prefix included). */
function splitMessages(b: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let p = 0; p < b.length;) {
    const x = b[p]!;
    let len = x;
    let hdr = 1;
    if (x >= 0x80) {
      hdr = 1 + 256 - x;
      len = 0;
      for (let i = p + 1; i < p + hdr; i++) len = len * 256 + b[i]!;
    }
    out.push(b.subarray(p, p + hdr + len));
    p += hdr + len;
  }
  return out;
}
