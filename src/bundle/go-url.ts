/**
 * model.IsValidHTTPURL of the Mattermost server: an "http://" or "https://" prefix, then Go's
 * url.ParseRequestURI (Go 1.26, strict colons for http(s) hosts) must succeed with a non-empty host.
 * Ported from net/url check for check; only validity is computed, no URL value.
 */
import { parseAddrKind } from './go-netip.ts';

type Mode = 'path' | 'host' | 'zone' | 'userPassword';

export function isValidHTTPURL(raw: string): boolean {
  if (!raw.startsWith('http://') && !raw.startsWith('https://')) return false;
  const host = parseRequestURIHost(raw);
  return host !== undefined && host !== '';
}

/** The unescaped host of url.ParseRequestURI(raw) for an http(s) URL, or undefined on a parse error. */
function parseRequestURIHost(raw: string): string | undefined {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return undefined; // invalid control character in URL
  }
  const colon = raw.indexOf(':'); // the scheme is http or https: checked by the caller
  let rest = raw.slice(colon + 1);
  if (rest.endsWith('?') && rest.indexOf('?') === rest.length - 1) rest = rest.slice(0, -1);
  else if (rest.includes('?')) rest = rest.slice(0, rest.indexOf('?'));
  // rest starts with "//": parse the authority.
  let authority = rest.slice(2);
  let path = '';
  const slash = authority.indexOf('/');
  if (slash >= 0) {
    path = authority.slice(slash);
    authority = authority.slice(0, slash);
  }
  const host = parseAuthority(authority);
  if (host === undefined) return undefined;
  if (unescape(path, 'path') === undefined) return undefined;
  return host;
}

function parseAuthority(authority: string): string | undefined {
  const at = authority.lastIndexOf('@');
  const host = parseHost(at < 0 ? authority : authority.slice(at + 1));
  if (host === undefined || at < 0) return host;
  const userinfo = authority.slice(0, at);
  if (!validUserinfo(userinfo)) return undefined;
  const c = userinfo.indexOf(':');
  const pieces = c < 0 ? [userinfo] : [userinfo.slice(0, c), userinfo.slice(c + 1)];
  for (const p of pieces) if (unescape(p, 'userPassword') === undefined) return undefined;
  return host;
}

function parseHost(host: string): string | undefined {
  const open = host.lastIndexOf('[');
  if (open > 0) return undefined; // invalid IP-literal
  if (open === 0) {
    const close = host.lastIndexOf(']');
    if (close < 0) return undefined; // missing ']' in host
    const colonPort = host.slice(close + 1);
    if (!validOptionalPort(colonPort)) return undefined;
    const port = unescape(colonPort, 'host');
    if (port === undefined) return undefined;
    const hostname = host.slice(1, close);
    const zone = hostname.indexOf('%25');
    let unescaped: string | undefined;
    if (zone >= 0) {
      const h = unescape(hostname.slice(0, zone), 'host');
      const z = unescape(hostname.slice(zone), 'zone');
      unescaped = h === undefined || z === undefined ? undefined : h + z;
    } else {
      unescaped = unescape(hostname, 'host');
    }
    if (unescaped === undefined) return undefined;
    if (parseAddrKind(unescaped) !== 'ipv6') return undefined; // IPv4 or no address: invalid
    return `[${unescaped}]${port}`;
  }
  const colon = host.indexOf(':');
  if (colon !== -1 && !validOptionalPort(host.slice(colon))) return undefined;
  return unescape(host, 'host');
}

function validOptionalPort(port: string): boolean {
  return port === '' || /^:[0-9]*$/.test(port);
}

function validUserinfo(s: string): boolean {
  return /^[A-Za-z0-9\-._:~!$&'()*+,;=%@]*$/.test(s);
}

function isHex(c: string | undefined): boolean {
  return c !== undefined && /^[0-9A-Fa-f]$/.test(c);
}

/** The reg-name characters a host may hold unescaped (shouldEscape(c, encodeHost) is false). */
function hostChar(code: number): boolean {
  if (code >= 0x80) return true; // non-ASCII bytes are let through by unescape
  const c = String.fromCharCode(code);
  return /[A-Za-z0-9\-_.~!$&'()*+,;=:[\]<>"]/.test(c);
}

/** url.unescape: undefined on an error, else the unescaped string (bytes as code units). */
function unescape(s: string, mode: Mode): string | undefined {
  let out = '';
  for (let i = 0; i < s.length;) {
    const c = s[i]!;
    if (c === '%') {
      if (i + 2 >= s.length || !isHex(s[i + 1]) || !isHex(s[i + 2])) return undefined;
      const v = parseInt(s.slice(i + 1, i + 3), 16);
      const isPct25 = s.slice(i, i + 3) === '%25';
      if (mode === 'host' && v < 0x80 && !isPct25) return undefined;
      if (mode === 'zone' && !isPct25 && v !== 0x20 && !(v < 0x80 && hostChar(v))) return undefined;
      out += String.fromCharCode(v);
      i += 3;
      continue;
    }
    if ((mode === 'host' || mode === 'zone') && !hostChar(s.charCodeAt(i))) return undefined;
    out += c;
    i++;
  }
  return out;
}
