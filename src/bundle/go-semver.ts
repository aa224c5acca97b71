/**
 * semver.StrictNewVersion of github.com/Masterminds/semver/v3 (v3.5.0, what model.Manifest.IsValid
 * uses for "version" and "min_server_version"), ported check for check so that the error text is the
 * one the server would report. Returns undefined for a valid version, else Go's error message.
 */
const MAX_VERSION_LEN = 256;
const NUM = /^[0-9]*$/;
const ALLOWED = /^[0-9A-Za-z-]*$/;

export function strictSemverError(v: string): string | undefined {
  if (v.length === 0) return 'version string empty';
  if (Buffer.byteLength(v) > MAX_VERSION_LEN)
    return `version string is too long (max ${MAX_VERSION_LEN} bytes)`;
  const parts = splitN(v, '.', 3);
  if (parts.length !== 3) return 'invalid semantic version';
  let last = parts[2]!;
  const plus = last.indexOf('+');
  if (plus >= 0) {
    const err = identifiersError(last.slice(plus + 1), 'metadata');
    if (err) return err;
    last = last.slice(0, plus);
  }
  const dash = last.indexOf('-');
  if (dash >= 0) {
    const err = identifiersError(last.slice(dash + 1), 'prerelease');
    if (err) return err;
    last = last.slice(0, dash);
  }
  const numbers = [parts[0]!, parts[1]!, last];
  for (const p of numbers) {
    if (!NUM.test(p)) return 'invalid characters in version';
    if (p.length > 1 && p[0] === '0') return 'version segment starts with 0';
  }
  for (const p of numbers) {
    if (p === '') return 'strconv.ParseUint: parsing "": invalid syntax';
    if (BigInt(p) > 0xffff_ffff_ffff_ffffn) return `strconv.ParseUint: parsing "${p}": value out of range`;
  }
  return undefined;
}

/** Prerelease and build metadata: dot-separated non-empty [0-9A-Za-z-] identifiers. */
function identifiersError(s: string, kind: 'metadata' | 'prerelease'): string | undefined {
  for (const id of s.split('.')) {
    if (id === '') return `invalid ${kind} string`;
    if (kind === 'prerelease' && NUM.test(id)) {
      if (id.length > 1 && id[0] === '0') return 'version segment starts with 0';
    } else if (!ALLOWED.test(id)) {
      return `invalid ${kind} string`;
    }
  }
  return undefined;
}

/** strings.SplitN(s, sep, n). */
function splitN(s: string, sep: string, n: number): string[] {
  const out: string[] = [];
  let rest = s;
  while (out.length < n - 1) {
    const i = rest.indexOf(sep);
    if (i < 0) break;
    out.push(rest.slice(0, i));
    rest = rest.slice(i + sep.length);
  }
  out.push(rest);
  return out;
}
