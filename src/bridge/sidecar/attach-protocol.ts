/**
 * The attach protocol between a bundle's stub executable (stub/mm-bridge-stub.sh, bash with
 * /dev/tcp, in the stock Mattermost image) and the sidecar. Line based so that bash can speak it:
 *
 *   stub → sidecar   MM-BRIDGE-ATTACH 1\n  secret: S\n  plugin-id: ID\n  bundle: DIR\n
 *                    protocol-versions: V\n  \n
 *   sidecar → stub   OK <go-plugin handshake line>\n   or   ERR <reason>\n
 *                    then LOG <line>\n for this plugin's log, BYE\n before a requested close.
 *
 * The decoder is I/O-free: feed it bytes, it returns the request once the blank line arrives, and
 * refuses anything that is not the protocol within MAX_REQUEST_BYTES.
 */
export const ATTACH_MAGIC = 'MM-BRIDGE-ATTACH';
export const ATTACH_VERSION = '1';
export const MAX_REQUEST_BYTES = 8192;

export interface AttachRequest {
  secret: string;
  pluginId: string;
  bundle: string;
  protocolVersions: string;
}

export class AttachProtocolError extends Error {
  override readonly name = 'AttachProtocolError';
}

const FIELDS: Record<string, keyof AttachRequest> = {
  secret: 'secret',
  'plugin-id': 'pluginId',
  bundle: 'bundle',
  'protocol-versions': 'protocolVersions',
};

/**
 * Reads one line-based request (a magic line, `name: value` lines, a blank line) and hands its text
 * to `parse`. `magics` are the first words accepted: anything else is refused as soon as its first
 * bytes show it, so a port scanner or an HTTP probe costs nothing.
 */
export class RequestDecoder<T> {
  private buffered = '';
  /** No blank line starts before this index (a peer dripping bytes must not cost O(n²)). */
  private scanned = 0;

  constructor(
    private readonly parse: (text: string) => T,
    private readonly magics: readonly string[],
  ) {}

  /** Returns the request when complete, undefined when more bytes are needed; throws on bad input. */
  push(chunk: Buffer): T | undefined {
    this.buffered += chunk.toString('latin1');
    const end = this.buffered.indexOf('\n\n', this.scanned);
    if (end < 0) {
      this.scanned = Math.max(0, this.buffered.length - 1);
      // The blank line may still start at a trailing "\n": the request is at least that long. (Not
      // just the length: byte by byte, a request of exactly MAX_REQUEST_BYTES was refused.)
      const least = this.buffered.length - (this.buffered.endsWith('\n') ? 1 : 0);
      if (least > MAX_REQUEST_BYTES)
        throw new AttachProtocolError(`attach request longer than ${MAX_REQUEST_BYTES} bytes`);
      this.checkFirstLine();
      return undefined;
    }
    if (end > MAX_REQUEST_BYTES)
      throw new AttachProtocolError(`attach request longer than ${MAX_REQUEST_BYTES} bytes`);
    return this.parse(Buffer.from(this.buffered.slice(0, end), 'latin1').toString('utf8'));
  }

  /** Fail fast on a peer that is not a stub (an HTTP probe, a port scanner, TLS). */
  private checkFirstLine(): void {
    const head = this.buffered.slice(0, 24); // all that is checked and quoted of the first line
    const nl = head.indexOf('\n');
    const first = nl < 0 ? head : head.slice(0, nl);
    if (!this.magics.some((m) => `${m} `.startsWith(first.slice(0, m.length + 1))))
      throw new AttachProtocolError(
        `not an mm-bridge attach request (starts with ${JSON.stringify(first.slice(0, 24))})`,
      );
  }
}

/** The stub's attach request only. */
export class AttachRequestDecoder extends RequestDecoder<AttachRequest> {
  constructor() {
    super(parseAttachRequest, [ATTACH_MAGIC]);
  }
}

export function parseAttachRequest(text: string): AttachRequest {
  return parseRequest(text, {
    magic: ATTACH_MAGIC,
    version: ATTACH_VERSION,
    noun: 'attach',
    fields: FIELDS,
    upgrade: 'use the stub of this mm-bridge version (mm-bridge pack)',
  });
}

export interface RequestFormat<T> {
  magic: string;
  version: string;
  /** What the request is called in errors ("attach"). */
  noun: string;
  /** Wire name → key; every field is required, once. */
  fields: Record<string, keyof T>;
  /** What to do about a version mismatch. */
  upgrade: string;
}

/** The `name: value` lines of a request whose first line is `<magic> <version>`. */
export function parseRequest<T extends object>(text: string, f: RequestFormat<T>): T {
  const { magic, version, noun, fields } = f;
  const [first = '', ...lines] = text.split('\n');
  const [gotMagic, gotVersion] = first.split(' ');
  if (gotMagic !== magic)
    throw new AttachProtocolError(
      `not an mm-bridge attach request (starts with ${JSON.stringify(first.slice(0, 24))})`,
    );
  if (gotVersion !== version)
    throw new AttachProtocolError(
      `${noun} protocol version ${JSON.stringify(gotVersion)} is not supported (this sidecar speaks ${version}); ${f.upgrade}`,
    );
  const out: Partial<Record<keyof T, string>> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    const name = colon < 0 ? '' : line.slice(0, colon);
    const key = Object.hasOwn(fields, name) ? fields[name] : undefined; // not "constructor", "__proto__"…
    if (key === undefined)
      throw new AttachProtocolError(`bad ${noun} request line ${JSON.stringify(line.slice(0, 40))}`);
    if (out[key] !== undefined) throw new AttachProtocolError(`duplicate field ${name}`);
    out[key] = line.slice(colon + 1).trim();
  }
  for (const [wire, key] of Object.entries(fields))
    if (!out[key]) throw new AttachProtocolError(`${noun} request without ${wire}`);
  return out as T;
}

/** One line to a stub or a remote plugin; newlines in `text` are flattened so a reason can never forge a protocol line. */
export function attachLine(kind: 'OK' | 'ERR' | 'LOG' | 'BYE' | 'ATTACH' | 'DETACH', text = ''): string {
  return `${kind}${text ? ` ${text.replace(/[\r\n]+/g, ' ')}` : ''}\n`;
}
