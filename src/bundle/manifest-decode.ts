/**
 * Decodes plugin.json the way the server does (model.FindManifest: encoding/json into
 * model.Manifest, then the id lower-cased): keys match fields case-insensitively (exact match
 * first), null leaves strings and bools alone and sets pointers, maps and slices to nil, unknown
 * keys are ignored, and a value of the wrong JSON type is an error that makes the whole manifest
 * unreadable. Syntax is checked by JSON.parse (stricter than Go's Decoder in one way: Go ignores
 * text after the first value; the bridge's own reader does not, so neither do we).
 */
import { MANIFEST, type GoStruct, type GoType, type Manifest } from './manifest-model.ts';

export interface DecodedManifest {
  /** undefined when the server could not read the manifest at all (see errors). */
  manifest?: Manifest;
  /** Why the server cannot read it: JSON syntax or a value of the wrong type. */
  errors: string[];
  /** Keys the server matched to a field only case-insensitively, e.g. "ID" for "id". */
  foldedKeys: { path: string; key: string; field: string }[];
  /** The id as written, before the server lower-cases it. */
  rawId: string;
}

export function decodeManifest(text: string): DecodedManifest {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { errors: [`not valid JSON: ${(err as Error).message}`], foldedKeys: [], rawId: '' };
  }
  const d = new Decoder();
  const manifest = d.struct(MANIFEST, value, '') as unknown as Manifest;
  if (d.errors.length > 0) return { errors: d.errors, foldedKeys: d.foldedKeys, rawId: '' };
  const rawId = manifest.id;
  manifest.id = goToLower(manifest.id);
  return { manifest, errors: [], foldedKeys: d.foldedKeys, rawId };
}

/** strings.ToLower: rune by rune (no context), U+0130 to "i" where JavaScript gives "i\u0307". */
function goToLower(s: string): string {
  return [...s].map((c) => (c === '\u0130' ? 'i' : c.toLowerCase())).join('');
}

/** encoding/json's foldName: ASCII upper-cased, other runes to the smallest of their fold orbit. */
function foldName(key: string): string {
  // Only two non-ASCII runes fold into ASCII letters: U+017F (long s) and U+212A (Kelvin sign).
  return key
    .replace(/[a-z]/g, (c) => c.toUpperCase())
    .replace(/\u017f/g, 'S')
    .replace(/\u212a/g, 'K');
}

function jsonKind(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v === 'object' ? 'object' : typeof v;
}

class Decoder {
  errors: string[] = [];
  foldedKeys: DecodedManifest['foldedKeys'] = [];

  private mismatch(path: string, want: string, v: unknown): void {
    this.errors.push(`${path || 'the manifest'}: expected ${want}, got ${jsonKind(v)}`);
  }

  /** A struct value (its zero value when v is null or of the wrong type). */
  struct(s: GoStruct, v: unknown, path: string): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [k, t] of Object.entries(s.fields)) out[k] = zero(t);
    if (v === null) return out;
    if (jsonKind(v) !== 'object') {
      this.mismatch(path, `a JSON object (${s.name})`, v);
      return out;
    }
    const folded = new Map(Object.keys(s.fields).map((k) => [foldName(k), k]));
    for (const [key, item] of Object.entries(v as Record<string, unknown>)) {
      let field: string | undefined = Object.hasOwn(s.fields, key) ? key : undefined;
      if (field === undefined) {
        field = folded.get(foldName(key));
        if (field !== undefined) this.foldedKeys.push({ path, key, field });
      }
      if (field === undefined) continue;
      const at = path ? `${path}.${field}` : field;
      out[field] = this.value(s.fields[field]!, item, at, out[field]);
    }
    return out;
  }

  private value(t: GoType, v: unknown, path: string, current: unknown): unknown {
    switch (t.kind) {
      case 'any':
        return v;
      case 'string':
      case 'bool':
        if (v === null) return current; // Go leaves a string or bool alone on null
        if (typeof v !== (t.kind === 'string' ? 'string' : 'boolean')) {
          this.mismatch(path, `a ${t.kind === 'string' ? 'string' : 'boolean'}`, v);
          return current;
        }
        return v;
      case 'ptr':
        if (v === null) return null;
        return this.struct(t.struct, v, path);
      case 'slice':
        if (v === null) return null;
        if (!Array.isArray(v)) {
          this.mismatch(path, 'a JSON array', v);
          return current;
        }
        return v.map((item, i) => this.value(t.elem, item, `${path}[${i}]`, zero(t.elem)));
      case 'map': {
        if (v === null) return null;
        if (jsonKind(v) !== 'object') {
          this.mismatch(path, 'a JSON object', v);
          return current;
        }
        const out = Object.create(null) as Record<string, unknown>; // keys such as "__proto__" are data
        for (const [k, item] of Object.entries(v as Record<string, unknown>))
          out[k] = this.value(t.elem, item, `${path}[${JSON.stringify(k)}]`, zero(t.elem));
        return out;
      }
    }
  }
}

function zero(t: GoType): unknown {
  if (t.kind === 'string') return '';
  if (t.kind === 'bool') return false;
  return null;
}
