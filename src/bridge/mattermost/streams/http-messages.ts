/** The proto side of HTTP heads: `map<string, StringList> header` ⇄ http.Header. */
import type { Header } from './response-writer.ts';

type ProtoHeader = Record<string, { values?: string[] }>;

export function headerFromProto(h: unknown): Header {
  const out: Header = new Map();
  for (const [k, v] of Object.entries((h ?? {}) as ProtoHeader)) out.set(canonicalKey(k), v.values ?? []);
  return out;
}

export function headerToProto(h: Header): ProtoHeader {
  const out: ProtoHeader = {};
  for (const [k, v] of h) out[k] = { values: v };
  return out;
}

/** net/textproto CanonicalMIMEHeaderKey for the common case: "content-type" → "Content-Type". */
export function canonicalKey(k: string): string {
  if (!/^[A-Za-z0-9-]+$/.test(k)) return k;
  return k
    .toLowerCase()
    .split('-')
    .map((p) => (p ? p[0]!.toUpperCase() + p.slice(1) : p))
    .join('-');
}
