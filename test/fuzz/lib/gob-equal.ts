/**
 * Equality of decoded gob values and types, for the differential property "decode → re-encode →
 * decode gives an equal value". Struct fields compare modulo gob's zero omission (a zero field the
 * peer sent explicitly is not re-sent by the encoder, exactly like Go); floats compare with
 * Object.is (NaN equals NaN, -0 differs from 0 outside structs).
 */
import { GobInterface, type GobType, type GobValue } from '../../../src/bridge/gob/index.ts';

export function typeEqual(a: GobType, b: GobType, seen = new Map<GobType, Set<GobType>>()): boolean {
  if (a === b) return true;
  let s = seen.get(a);
  if (s?.has(b)) return true;
  if (!s) seen.set(a, (s = new Set()));
  s.add(b);
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'struct': {
      const bb = b as typeof a;
      return (
        a.name === bb.name &&
        a.fields.length === bb.fields.length &&
        a.fields.every((f, i) => f.name === bb.fields[i]!.name && typeEqual(f.type, bb.fields[i]!.type, seen))
      );
    }
    case 'slice': {
      const bb = b as typeof a;
      return (a.name ?? '') === (bb.name ?? '') && typeEqual(a.elem, bb.elem, seen);
    }
    case 'array': {
      const bb = b as typeof a;
      return (a.name ?? '') === (bb.name ?? '') && a.len === bb.len && typeEqual(a.elem, bb.elem, seen);
    }
    case 'map': {
      const bb = b as typeof a;
      return (
        (a.name ?? '') === (bb.name ?? '') &&
        typeEqual(a.key, bb.key, seen) &&
        typeEqual(a.elem, bb.elem, seen)
      );
    }
    case 'gobencoder': {
      const bb = b as typeof a;
      return a.name === bb.name && a.encoding === bb.encoding;
    }
    default:
      return true;
  }
}

/** Whether a struct field value is one the encoder omits (absent, nil, or Go's zero value). */
function omitted(t: GobType, v: GobValue | undefined): boolean {
  if (v === undefined || v === null) return true;
  switch (t.kind) {
    case 'bool':
      return v === false;
    case 'int':
    case 'uint':
      return v === 0n || v === 0;
    case 'float':
      return v === 0;
    case 'complex': {
      const c = v as { re: number; im: number };
      return c.re === 0 && c.im === 0;
    }
    case 'string':
      return v === '';
    case 'bytes':
    case 'gobencoder':
      return v instanceof Uint8Array && v.length === 0;
    case 'slice':
      return Array.isArray(v) && v.length === 0;
    default:
      return false;
  }
}

function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Returns '' when equal, else a path and reason for the first difference. */
export function valueDiff(t: GobType, a: GobValue | undefined, b: GobValue | undefined, path = '$'): string {
  switch (t.kind) {
    case 'bool':
    case 'string':
    case 'int':
    case 'uint':
      return a === b ? '' : `${path}: ${show(a)} != ${show(b)}`;
    case 'float':
      return Object.is(a, b) ? '' : `${path}: ${show(a)} != ${show(b)}`;
    case 'complex': {
      const x = a as { re: number; im: number };
      const y = b as { re: number; im: number };
      return Object.is(x?.re, y?.re) && Object.is(x?.im, y?.im) ? '' : `${path}: complex differs`;
    }
    case 'bytes':
    case 'gobencoder':
      return a instanceof Uint8Array && b instanceof Uint8Array && bytesEqual(a, b)
        ? ''
        : `${path}: bytes differ`;
    case 'slice':
    case 'array': {
      if (!Array.isArray(a) || !Array.isArray(b)) return `${path}: not both arrays`;
      if (a.length !== b.length) return `${path}: length ${a.length} != ${b.length}`;
      for (let i = 0; i < a.length; i++) {
        const d = valueDiff(t.elem, a[i], b[i], `${path}[${i}]`);
        if (d) return d;
      }
      return '';
    }
    case 'map': {
      if (!(a instanceof Map) || !(b instanceof Map)) return `${path}: not both Maps`;
      if (a.size !== b.size) return `${path}: map size ${a.size} != ${b.size}`;
      const ea = [...a];
      const eb = [...b];
      for (let i = 0; i < ea.length; i++) {
        const dk = valueDiff(t.key, ea[i]![0], eb[i]![0], `${path}{key ${i}}`);
        if (dk) return dk;
        const dv = valueDiff(t.elem, ea[i]![1], eb[i]![1], `${path}{value ${i}}`);
        if (dv) return dv;
      }
      return '';
    }
    case 'interface': {
      if (a === null || b === null) return a === b ? '' : `${path}: nil vs non-nil interface`;
      if (!(a instanceof GobInterface) || !(b instanceof GobInterface))
        return `${path}: not interface values`;
      if (a.name !== b.name) return `${path}: interface name ${show(a.name)} != ${show(b.name)}`;
      if (!typeEqual(a.type, b.type)) return `${path}(${a.name}): concrete types differ`;
      return valueDiff(a.type, a.value, b.value, `${path}(${a.name})`);
    }
    case 'struct': {
      if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null)
        return `${path}: not both objects`;
      const x = a as Record<string, GobValue>;
      const y = b as Record<string, GobValue>;
      const names = new Set(t.fields.map((f) => f.name));
      for (const k of [...Object.keys(x), ...Object.keys(y)])
        if (!names.has(k)) return `${path}: own property ${show(k)} is not a field of ${t.name || 'struct'}`;
      const done = new Set<string>();
      for (const f of t.fields) {
        if (done.has(f.name)) continue; // a repeated field name: the last one wins on both sides
        done.add(f.name);
        const va = Object.hasOwn(x, f.name) ? x[f.name] : undefined;
        const vb = Object.hasOwn(y, f.name) ? y[f.name] : undefined;
        const oa = omitted(f.type, va);
        const ob = omitted(f.type, vb);
        if (oa && ob) continue;
        if (oa !== ob)
          return `${path}.${f.name}: ${oa ? 'zero/absent' : show(va)} vs ${ob ? 'zero/absent' : show(vb)}`;
        const d = valueDiff(f.type, va, vb, `${path}.${f.name}`);
        if (d) return d;
      }
      return '';
    }
  }
}

function show(v: unknown): string {
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v);
  if (v instanceof Uint8Array) return `bytes(${v.length})`;
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  return typeof v === 'object' ? Object.prototype.toString.call(v) : String(v);
}
