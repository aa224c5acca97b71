/**
 * netip.ParseAddr of Go (1.26), reduced to what url.ParseRequestURI asks of a bracketed host:
 * does it parse, and is it IPv4. Ported check for check (no address value is built).
 */
export type AddrKind = 'ipv4' | 'ipv6';

/** The kind of address s is, or undefined when netip.ParseAddr rejects it. */
export function parseAddrKind(s: string): AddrKind | undefined {
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '.') return ipv4FieldsOk(s) ? 'ipv4' : undefined;
    if (c === ':') return ipv6Ok(s) ? 'ipv6' : undefined;
    if (c === '%') return undefined; // "missing IPv6 address"
  }
  return undefined;
}

function ipv4FieldsOk(s: string): boolean {
  let val = 0;
  let pos = 0;
  let digits = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      if (digits === 1 && val === 0) return false; // leading zero
      val = val * 10 + (c - 0x30);
      digits++;
      if (val > 255) return false;
    } else if (c === 0x2e) {
      if (i === 0 || i === s.length - 1 || s[i - 1] === '.') return false;
      if (pos === 3) return false;
      pos++;
      val = 0;
      digits = 0;
    } else {
      return false;
    }
  }
  return pos >= 3;
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return -1;
}

function ipv6Ok(input: string): boolean {
  let s = input;
  const pct = s.indexOf('%');
  if (pct !== -1) {
    if (pct === s.length - 1) return false; // empty zone
    s = s.slice(0, pct);
  }
  let ellipsis = -1;
  if (s.length >= 2 && s[0] === ':' && s[1] === ':') {
    ellipsis = 0;
    s = s.slice(2);
    if (s.length === 0) return true;
  }
  let i = 0;
  while (i < 16) {
    let off = 0;
    let acc = 0;
    for (; off < s.length; off++) {
      const h = hexValue(s.charCodeAt(off));
      if (h < 0) break;
      acc = acc * 16 + h;
      if (off > 3) return false; // more than 4 digits
      if (acc > 0xffff) return false;
    }
    if (off === 0) return false;
    if (off < s.length && s[off] === '.') {
      if (ellipsis < 0 && i !== 12) return false;
      if (i + 4 > 16) return false;
      if (!ipv4FieldsOk(s)) return false;
      s = '';
      i += 4;
      break;
    }
    i += 2;
    s = s.slice(off);
    if (s.length === 0) break;
    if (s[0] !== ':' || s.length === 1) return false;
    s = s.slice(1);
    if (s[0] === ':') {
      if (ellipsis >= 0) return false;
      ellipsis = i;
      s = s.slice(1);
      if (s.length === 0) break;
    }
  }
  if (s.length !== 0) return false;
  if (i < 16) return ellipsis >= 0;
  return ellipsis < 0;
}
