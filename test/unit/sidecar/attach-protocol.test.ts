import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ATTACH_MAGIC,
  AttachProtocolError,
  AttachRequestDecoder,
  attachLine,
  MAX_REQUEST_BYTES,
  parseAttachRequest,
  type AttachRequest,
} from '../../../src/bridge/sidecar/attach-protocol.ts';

const REQUEST: AttachRequest = {
  secret: 's3cr3t',
  pluginId: 'com.example.hello',
  bundle: '/mattermost/plugins/com.example.hello',
  protocolVersions: '1',
};

/** The request exactly as stub/mm-bridge-stub.sh prints it (its printf format). */
function wire(r: AttachRequest, version = '1'): string {
  return `${ATTACH_MAGIC} ${version}\nsecret: ${r.secret}\nplugin-id: ${r.pluginId}\nbundle: ${r.bundle}\nprotocol-versions: ${r.protocolVersions}\n\n`;
}

/** Feeds `bytes` in the given chunks; the request at the first chunk that completes it. */
function feed(bytes: Buffer, chunks: Buffer[] = [bytes]): AttachRequest | undefined {
  const d = new AttachRequestDecoder();
  for (const c of chunks) {
    const r = d.push(c);
    if (r) return r;
  }
  return undefined;
}

function byteByByte(bytes: Buffer): Buffer[] {
  return [...bytes].map((b) => Buffer.from([b]));
}

/** Splits at the given cut points (any order, duplicates and out-of-range ones allowed). */
function cut(bytes: Buffer, at: number[]): Buffer[] {
  const points = [...new Set(at.map((n) => n % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Buffer[] = [];
  let pos = 0;
  for (const p of [...points, bytes.length]) {
    out.push(bytes.subarray(pos, p));
    pos = p;
  }
  return out;
}

/** 'ok' with the request, or 'error'; anything but an AttachProtocolError is rethrown. */
function outcome(f: () => AttachRequest | undefined): { ok: AttachRequest | undefined } | 'error' {
  try {
    return { ok: f() };
  } catch (e) {
    if (e instanceof AttachProtocolError) {
      expect(e.message).not.toBe('');
      return 'error';
    }
    throw e;
  }
}

function refusal(bytes: Buffer | string): string {
  const d = new AttachRequestDecoder();
  try {
    d.push(Buffer.from(bytes));
  } catch (e) {
    expect(e).toBeInstanceOf(AttachProtocolError);
    return (e as Error).message;
  }
  throw new Error('no refusal');
}

describe('AttachRequestDecoder', () => {
  it('decodes the stub request in one chunk and byte by byte', () => {
    const bytes = Buffer.from(wire(REQUEST));
    expect(feed(bytes)).toEqual(REQUEST);
    expect(feed(bytes, byteByByte(bytes))).toEqual(REQUEST);
  });

  it('returns undefined until the blank line arrives', () => {
    const d = new AttachRequestDecoder();
    const text = wire(REQUEST);
    expect(d.push(Buffer.from(text.slice(0, -1)))).toBeUndefined();
    expect(d.push(Buffer.from('\n'))).toEqual(REQUEST);
  });

  it('decodes UTF-8 split across chunks (the bundle path of a non-ASCII plugins dir)', () => {
    const r = { ...REQUEST, bundle: '/srv/plugïns/日本/😀' };
    const bytes = Buffer.from(wire(r));
    expect(feed(bytes, byteByByte(bytes))).toEqual(r);
  });

  it('ignores bytes after the blank line', () => {
    expect(feed(Buffer.from(wire(REQUEST) + 'GET / HTTP/1.1\r\n'))).toEqual(REQUEST);
  });

  it.each([
    ['an HTTP probe', 'GET / HTTP/1.1\r\nHost: x\r\n'],
    ['a TLS ClientHello', Buffer.from([0x16, 0x03, 0x01, 0x02, 0x00, 0x01])],
    ['an SSH banner', 'SSH-2.0-OpenSSH_9.6\r\n'],
    ['lower case magic', 'mm-bridge-attach 1\n'],
    ['a magic without its space', 'MM-BRIDGE-ATTACHED 1\n'],
  ])('refuses %s on its first bytes, before any blank line', (_, input) => {
    const bytes = Buffer.from(input);
    expect(refusal(bytes)).toMatch(/^not an mm-bridge attach request \(starts with /);
    // byte by byte: the first byte that cannot start the magic is enough
    const d = new AttachRequestDecoder();
    let consumed = 0;
    expect(() => {
      for (const c of byteByByte(bytes)) {
        consumed++;
        d.push(c);
      }
    }).toThrow(AttachProtocolError);
    expect(consumed).toBeLessThanOrEqual(ATTACH_MAGIC.length + 1);
  });

  it('names what the peer sent, JSON-quoted and cut short', () => {
    expect(refusal('GET /' + 'x'.repeat(100))).toBe(
      `not an mm-bridge attach request (starts with ${JSON.stringify(('GET /' + 'x'.repeat(100)).slice(0, 24))})`,
    );
    expect(refusal(Buffer.from([0x16, 0x03, 0x01]))).toContain('"\\u0016\\u0003\\u0001"');
  });

  it('accepts every prefix of the magic while waiting for more', () => {
    const d = new AttachRequestDecoder();
    for (const c of byteByByte(Buffer.from(`${ATTACH_MAGIC} 1\nsecret: x\n`)))
      expect(d.push(c)).toBeUndefined();
  });

  it('refuses an unsupported version with the fix-it message', () => {
    expect(() => feed(Buffer.from(wire(REQUEST, '2')))).toThrow(
      'attach protocol version "2" is not supported (this sidecar speaks 1); use the stub of this mm-bridge version (mm-bridge pack)',
    );
    expect(() => parseAttachRequest(ATTACH_MAGIC)).toThrow(/version undefined is not supported/);
    expect(() => parseAttachRequest(`${ATTACH_MAGIC} 01`)).toThrow(/version "01" is not supported/);
  });

  it.each([
    ['secret', 'secret'],
    ['plugin-id', 'pluginId'],
    ['bundle', 'bundle'],
    ['protocol-versions', 'protocolVersions'],
  ] as const)('refuses a request without %s, or with it empty', (wireName, key) => {
    const without = wire(REQUEST)
      .split('\n')
      .filter((l) => !l.startsWith(`${wireName}:`))
      .join('\n');
    expect(() => feed(Buffer.from(without))).toThrow(`attach request without ${wireName}`);
    expect(() => feed(Buffer.from(wire({ ...REQUEST, [key]: '  ' })))).toThrow(
      `attach request without ${wireName}`,
    );
  });

  it('refuses a duplicate field', () => {
    const text = wire(REQUEST).replace('bundle:', 'secret: other\nbundle:');
    expect(() => feed(Buffer.from(text))).toThrow('duplicate field secret');
  });

  it.each([
    'plugin_id: x',
    'Secret: x',
    'secret : x',
    'no colon here',
    ' secret: x',
    // names every object has: an unknown field, not a prototype property (was accepted silently)
    'constructor: x',
    '__proto__: x',
    'toString: x',
    'hasOwnProperty: x',
  ])('refuses the unknown line %j', (line) => {
    const text = wire(REQUEST).replace('bundle:', `${line}\nbundle:`);
    expect(() => feed(Buffer.from(text))).toThrow(`bad attach request line ${JSON.stringify(line)}`);
  });

  it('refuses an empty line inside the request as the end of it (then fields are missing)', () => {
    expect(() => feed(Buffer.from(wire(REQUEST).replace('\nbundle:', '\n\nbundle:')))).toThrow(
      'attach request without bundle',
    );
  });

  it('trims field values and keeps colons inside them', () => {
    const text = wire(REQUEST).replace('secret: s3cr3t', 'secret:   a:b:c \t');
    expect(feed(Buffer.from(text))?.secret).toBe('a:b:c');
  });

  it('refuses an oversize request that never sends a blank line, at the first byte too many', () => {
    const d = new AttachRequestDecoder();
    const head = `${ATTACH_MAGIC} 1\nsecret: `;
    expect(d.push(Buffer.from(head + 'x'.repeat(MAX_REQUEST_BYTES - head.length)))).toBeUndefined();
    expect(() => d.push(Buffer.from('x'))).toThrow(`attach request longer than ${MAX_REQUEST_BYTES} bytes`);
  });

  it('refuses an oversize request that does send a blank line', () => {
    const r = { ...REQUEST, bundle: '/b' + 'x'.repeat(MAX_REQUEST_BYTES) };
    expect(() => feed(Buffer.from(wire(r)))).toThrow(`attach request longer than ${MAX_REQUEST_BYTES} bytes`);
  });

  it('accepts a request of exactly MAX_REQUEST_BYTES (before its blank line) in any chunking', () => {
    const short = wire(REQUEST).length - 2;
    const r = { ...REQUEST, bundle: REQUEST.bundle + 'x'.repeat(MAX_REQUEST_BYTES - short) };
    const bytes = Buffer.from(wire(r));
    expect(bytes.length).toBe(MAX_REQUEST_BYTES + 2);
    expect(feed(bytes)).toEqual(r);
    // byte by byte this was refused: the trailing "\n" of the last field counted as too many
    expect(feed(bytes, byteByByte(bytes))).toEqual(r);
    const over = Buffer.from(wire({ ...r, bundle: r.bundle + 'x' }));
    expect(() => feed(over)).toThrow(AttachProtocolError);
    expect(() => feed(over, byteByByte(over))).toThrow(AttachProtocolError);
  });
});

describe('attachLine', () => {
  it('formats the reply lines the stub reads', () => {
    expect(attachLine('OK', '1|1|tcp|127.0.0.1:8100|netrpc')).toBe('OK 1|1|tcp|127.0.0.1:8100|netrpc\n');
    expect(attachLine('ERR', 'wrong attach secret')).toBe('ERR wrong attach secret\n');
    expect(attachLine('LOG', '{"@level":"info"}')).toBe('LOG {"@level":"info"}\n');
    expect(attachLine('BYE')).toBe('BYE\n');
  });

  it('flattens newlines so that a reason cannot forge an OK, LOG or BYE line', () => {
    const forged = attachLine('ERR', 'bad\nOK 1|1|tcp|evil:1|netrpc\r\nBYE\r');
    expect(forged).toBe('ERR bad OK 1|1|tcp|evil:1|netrpc BYE \n');
    expect(forged.split('\n')).toEqual([expect.stringMatching(/^ERR /), '']);
  });

  const kinds = fc.constantFrom<'OK' | 'ERR' | 'LOG' | 'BYE'>('OK', 'ERR', 'LOG', 'BYE');

  it('property: any text gives exactly one line of its kind', () => {
    fc.assert(
      fc.property(
        kinds,
        fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\r', 'OK ', 'é') }),
        (kind, text) => {
          const line = attachLine(kind, text);
          expect(line.endsWith('\n')).toBe(true);
          expect(line.slice(0, -1)).not.toMatch(/[\r\n]/);
          expect(line.startsWith(kind)).toBe(true);
        },
      ),
    );
  });
});

describe('attach protocol properties', () => {
  /** A field value the stub can send: no newline, and what trim() keeps (it is trimmed on arrival). */
  const value = fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
    .filter((s) => !/[\r\n]/.test(s) && s.trim() === s && s !== '');
  const request = fc.record<AttachRequest>({
    secret: value,
    pluginId: value,
    bundle: value,
    protocolVersions: value,
  });
  const cuts = fc.array(fc.nat({ max: 4096 }), { maxLength: 12 });

  it('any request built from arbitrary field values round-trips', () => {
    fc.assert(
      fc.property(request, (r) => {
        expect(feed(Buffer.from(wire(r)))).toEqual(r);
      }),
    );
  });

  it('any request round-trips in any chunking', () => {
    fc.assert(
      fc.property(request, cuts, (r, at) => {
        const bytes = Buffer.from(wire(r));
        expect(feed(bytes, cut(bytes, at))).toEqual(r);
      }),
    );
  });

  /** Inputs near the protocol: stub requests with lines dropped, duplicated, mangled, padded. */
  const nearly = fc
    .tuple(
      request,
      fc.array(
        fc.oneof(
          fc.constantFrom('', 'secret: x', 'bogus: 1', 'constructor: x', '\r', ATTACH_MAGIC + ' 2', 'GET /'),
          fc.string({ maxLength: 20 }),
        ),
        { maxLength: 3 },
      ),
      fc.nat({ max: 8 }),
      fc.nat({ max: MAX_REQUEST_BYTES + 16 }),
    )
    .map(([r, extra, at, pad]) => {
      const lines = wire(r).split('\n');
      lines.splice(at % lines.length, 0, ...extra);
      if (pad > MAX_REQUEST_BYTES - 64) lines.splice(2, 0, `bundle: ${'p'.repeat(pad)}`);
      return Buffer.from(lines.join('\n'));
    });
  const bytes = fc.oneof(
    fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b)),
    fc.string({ unit: 'binary', maxLength: 200 }).map((s) => Buffer.from(s)),
    nearly,
  );

  it('arbitrary chunking gives the same result as one chunk', () => {
    fc.assert(
      fc.property(bytes, cuts, (b, at) => {
        const whole = outcome(() => feed(b));
        expect(outcome(() => feed(b, cut(b, at)))).toEqual(whole);
      }),
      { numRuns: 300 },
    );
  });

  it('arbitrary bytes give a request, undefined (incomplete) or an AttachProtocolError, nothing else', () => {
    fc.assert(
      fc.property(bytes, (b) => {
        const r = outcome(() => feed(b));
        if (r !== 'error' && r.ok) {
          for (const v of Object.values(r.ok)) expect(typeof v === 'string' && v !== '').toBe(true);
          expect(Object.keys(r.ok).sort()).toEqual(['bundle', 'pluginId', 'protocolVersions', 'secret']);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
