/** Small pure helpers over GobType shared by the encoder, the decoder and error messages. */
import { WIRE_ID, type GobType } from './types.ts';

/** The predefined wire id of a builtin kind, or 0 for kinds that need a definition message. */
export function builtinId(t: GobType): number {
  switch (t.kind) {
    case 'bool':
      return WIRE_ID.bool;
    case 'int':
      return WIRE_ID.int;
    case 'uint':
      return WIRE_ID.uint;
    case 'float':
      return WIRE_ID.float;
    case 'bytes':
      return WIRE_ID.bytes;
    case 'string':
      return WIRE_ID.string;
    case 'complex':
      return WIRE_ID.complex;
    case 'interface':
      return WIRE_ID.interface;
    default:
      return 0;
  }
}

/** Go-like spelling of a type for messages: `Post`, `[]string`, `map[string]interface {}`. */
export function typeString(t: GobType, depth = 0): string {
  if (depth > 8) return '…';
  switch (t.kind) {
    case 'bytes':
      return '[]byte';
    case 'interface':
      return 'interface {}';
    case 'struct':
      return t.name !== '' ? t.name : 'struct {…}';
    case 'slice':
      return t.name || `[]${typeString(t.elem, depth + 1)}`;
    case 'array':
      return t.name || `[${t.len}]${typeString(t.elem, depth + 1)}`;
    case 'map':
      return t.name || `map[${typeString(t.key, depth + 1)}]${typeString(t.elem, depth + 1)}`;
    case 'gobencoder':
      return t.name !== '' ? t.name : `${t.encoding}-marshaler`;
    default:
      return t.kind;
  }
}

function children(t: GobType): readonly GobType[] {
  switch (t.kind) {
    case 'struct':
      return t.fields.map((f) => f.type);
    case 'slice':
    case 'array':
      return [t.elem];
    case 'map':
      return [t.key, t.elem];
    default:
      return [];
  }
}

const ifaceMemo = new WeakMap<GobType, boolean>();

/**
 * Whether an interface type is reachable from t (so a value of t may carry interface values).
 * Computed by plain reachability per root (memoised per root only: a memo taken while a cycle is
 * still open could be wrong for the other members of the cycle).
 */
export function hasInterface(t: GobType): boolean {
  const memo = ifaceMemo.get(t);
  if (memo !== undefined) return memo;
  const seen = new Set<GobType>([t]);
  const stack: GobType[] = [t];
  let found = false;
  while (stack.length > 0 && !found) {
    const cur = stack.pop()!;
    if (cur.kind === 'interface') found = true;
    else
      for (const c of children(cur)) {
        const m = ifaceMemo.get(c);
        if (m === true) found = true;
        else if (m === undefined && !seen.has(c)) {
          seen.add(c);
          stack.push(c);
        }
      }
  }
  ifaceMemo.set(t, found);
  return found;
}

/** Formats a map key for an error path: `["k"]`, `[3]`. */
export function keySegment(k: unknown): string {
  if (typeof k === 'string') return `[${JSON.stringify(k.length > 40 ? k.slice(0, 40) + '…' : k)}]`;
  if (typeof k === 'bigint' || typeof k === 'number' || typeof k === 'boolean') return `[${String(k)}]`;
  return '[key]';
}
