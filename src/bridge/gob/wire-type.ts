/**
 * Type definitions on the wire: the payload of a `-id` message is a gob-encoded wireType struct
 * (golang/go src/encoding/gob/type.go):
 *
 *   wireType        { ArrayT *arrayType; SliceT *sliceType; StructT *structType; MapT *mapType;
 *                     GobEncoderT, BinaryMarshalerT, TextMarshalerT *gobEncoderType }   one set
 *   CommonType      { Name string; Id typeId }            embedded => field 0 of every *Type
 *   arrayType       { CommonType; Elem typeId; Len int }
 *   sliceType       { CommonType; Elem typeId }
 *   structType      { CommonType; Field []fieldType }     fieldType { Name string; Id typeId }
 *   mapType         { CommonType; Key typeId; Elem typeId }
 *   gobEncoderType  { CommonType }
 *
 * CommonType.Id is informational (it may even differ from the message id, seen for *url.URL):
 * the message header id is authoritative.
 */
import { GobError } from './errors.ts';
import type { GobType } from './types.ts';
import type { Cursor, Writer } from './wire.ts';

export type WireDef =
  | { kind: 'array'; name: string; elem: number; len: number }
  | { kind: 'slice'; name: string; elem: number }
  | { kind: 'struct'; name: string; fields: { name: string; id: number }[] }
  | { kind: 'map'; name: string; key: number; elem: number }
  | { kind: 'gobencoder'; name: string; encoding: 'gob' | 'binary' | 'text' };

const ENCODINGS = ['gob', 'binary', 'text'] as const;
const MAX_TYPE_ID = 0x7fff_ffff;

/** StructValue: (uint fieldDelta, value)* 00 — calls onField with each absolute field number. */
function readStruct(r: Cursor, what: string, nFields: number, onField: (field: number) => void): void {
  let field = -1;
  for (;;) {
    const delta = r.uint();
    if (delta === 0) return;
    field += delta;
    if (field >= nFields) throw r.fail('BAD_TYPE_DEFINITION', `${what} has no field number ${field}`);
    onField(field);
  }
}

function readTypeId(r: Cursor, what: string): number {
  const id = r.int();
  if (id < 0 || id > MAX_TYPE_ID)
    throw r.fail('BAD_TYPE_DEFINITION', `${what} type id ${id} is out of range`);
  return id;
}

function readCommon(r: Cursor): string {
  let name = '';
  readStruct(r, 'CommonType', 2, (f) => {
    if (f === 0) name = r.string();
    else r.int(); // Id: informational only
  });
  return name;
}

/** WireType: reads one type definition (the message header id has been read already). */
export function readWireType(r: Cursor): WireDef {
  let def: WireDef | undefined;
  readStruct(r, 'wireType', 7, (f) => {
    if (def) throw r.fail('BAD_TYPE_DEFINITION', 'wireType sets more than one kind');
    switch (f) {
      case 0: {
        const d = { kind: 'array' as const, name: '', elem: 0, len: 0 };
        readStruct(r, 'arrayType', 3, (g) => {
          if (g === 0) d.name = readCommon(r);
          else if (g === 1) d.elem = readTypeId(r, 'array element');
          else {
            const len = r.int();
            if (len < 0 || len > MAX_TYPE_ID)
              throw r.fail('BAD_TYPE_DEFINITION', `array length ${len} is out of range`);
            d.len = len;
          }
        });
        def = d;
        break;
      }
      case 1: {
        const d = { kind: 'slice' as const, name: '', elem: 0 };
        readStruct(r, 'sliceType', 2, (g) => {
          if (g === 0) d.name = readCommon(r);
          else d.elem = readTypeId(r, 'slice element');
        });
        def = d;
        break;
      }
      case 2: {
        const d = { kind: 'struct' as const, name: '', fields: [] as { name: string; id: number }[] };
        readStruct(r, 'structType', 2, (g) => {
          if (g === 0) {
            d.name = readCommon(r);
            return;
          }
          const n = r.count('struct field count');
          const names = new Set<string>();
          for (let i = 0; i < n; i++) {
            const fd = { name: '', id: 0 };
            readStruct(r, 'fieldType', 2, (h) => {
              if (h === 0) fd.name = r.string();
              else fd.id = readTypeId(r, `field ${fd.name}`);
            });
            // Values are objects keyed by field name: a repeated name cannot be represented (and Go
            // never sends one, its struct field names being unique).
            if (names.has(fd.name)) {
              throw r.fail(
                'BAD_TYPE_DEFINITION',
                `struct type ${JSON.stringify(d.name)} repeats field name ${JSON.stringify(fd.name)} ` +
                  '(Go never sends a struct type with repeated field names)',
              );
            }
            names.add(fd.name);
            d.fields.push(fd);
          }
        });
        def = d;
        break;
      }
      case 3: {
        const d = { kind: 'map' as const, name: '', key: 0, elem: 0 };
        readStruct(r, 'mapType', 3, (g) => {
          if (g === 0) d.name = readCommon(r);
          else if (g === 1) d.key = readTypeId(r, 'map key');
          else d.elem = readTypeId(r, 'map element');
        });
        def = d;
        break;
      }
      default: {
        const d = { kind: 'gobencoder' as const, name: '', encoding: ENCODINGS[f - 4]! };
        readStruct(r, 'gobEncoderType', 1, () => {
          d.name = readCommon(r);
        });
        def = d;
      }
    }
  });
  if (!def) throw r.fail('BAD_TYPE_DEFINITION', 'wireType sets no kind');
  return def;
}

function writeCommon(w: Writer, name: string | undefined, id: number): void {
  w.byte(1); // field 0 of the *Type: CommonType, a struct field, so always sent
  let last = -1;
  if (name) {
    w.byte(1);
    w.string(name);
    last = 0;
  }
  w.uint(1 - last);
  w.int(id);
  w.byte(0);
}

/**
 * Writes the wireType for t, whose id is `id`; `idOf` gives the ids of the types it refers to.
 * Zero fields are omitted like Go does (an empty struct has no Field slice, a [0]T no Len).
 */
export function writeWireType(w: Writer, t: GobType, id: number, idOf: (t: GobType) => number): void {
  switch (t.kind) {
    case 'array':
      w.byte(1); // ArrayT
      writeCommon(w, t.name, id);
      w.byte(1);
      w.int(idOf(t.elem));
      if (t.len !== 0) {
        w.byte(1);
        w.int(t.len);
      }
      w.byte(0);
      break;
    case 'slice':
      w.byte(2); // SliceT
      writeCommon(w, t.name, id);
      w.byte(1);
      w.int(idOf(t.elem));
      w.byte(0);
      break;
    case 'struct':
      w.byte(3); // StructT
      writeCommon(w, t.name, id);
      if (t.fields.length > 0) {
        w.byte(1);
        w.uint(t.fields.length);
        for (const f of t.fields) {
          let last = -1;
          if (f.name !== '') {
            w.byte(1);
            w.string(f.name);
            last = 0;
          }
          const fid = idOf(f.type);
          if (fid !== 0) {
            w.uint(1 - last);
            w.int(fid);
          }
          w.byte(0);
        }
      }
      w.byte(0);
      break;
    case 'map':
      w.byte(4); // MapT
      writeCommon(w, t.name, id);
      w.byte(1);
      w.int(idOf(t.key));
      w.byte(1);
      w.int(idOf(t.elem));
      w.byte(0);
      break;
    case 'gobencoder':
      w.byte(5 + ENCODINGS.indexOf(t.encoding)); // GobEncoderT / BinaryMarshalerT / TextMarshalerT
      writeCommon(w, t.name, id);
      w.byte(0);
      break;
    default:
      throw new GobError('BAD_TYPE', `type ${t.kind} is predefined and has no wire definition`);
  }
  w.byte(0); // end of wireType
}
