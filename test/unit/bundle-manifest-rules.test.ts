/**
 * The manifest rules of `mm-bridge validate`/`pack` against the real thing: every case below (a
 * table of good and bad manifests, plus a few thousand generated ids, names, URLs, versions and
 * settings) is read by our decoder and rules AND by model.FindManifest + model.Manifest.IsValid of
 * server/public v0.4.4 (`go run ./cmd/manifestcheck` in test/conformance); the verdicts must agree,
 * and our first problem must carry IsValid's exact error text. Go is on every machine of this
 * project: never skipped.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeManifest } from '../../src/bundle/manifest-decode.ts';
import { manifestRules } from '../../src/bundle/manifest-rules.ts';

const conformance = fileURLToPath(new URL('../conformance/', import.meta.url));

interface GoVerdict {
  readError?: string;
  id?: string;
  error?: string;
  panic?: string;
}

interface Verdict {
  read: boolean;
  id?: string;
  /** IsValid's error text ('' when valid); 'panic' when the server would panic. */
  server?: string;
}

function ours(text: string): Verdict {
  const d = decodeManifest(text);
  if (!d.manifest) return { read: false };
  const first = manifestRules(d.manifest)[0];
  const server = first?.server ?? '';
  return { read: true, id: d.manifest.id, server: server.includes('(the server panics)') ? 'panic' : server };
}

function theirs(g: GoVerdict): Verdict {
  if (g.readError !== undefined) return { read: false };
  return { read: true, id: g.id, server: g.panic !== undefined ? 'panic' : g.error };
}

function goCheck(texts: string[]): Promise<GoVerdict[]> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'go',
      ['run', './cmd/manifestcheck'],
      { cwd: conformance, timeout: 170_000, maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) =>
        err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(JSON.parse(stdout)),
    );
    child.stdin!.end(JSON.stringify(texts));
  });
}

const base = { id: 'com.example.plugin', name: 'Example', version: '1.0.0' };
const m = (over: Record<string, unknown>): string => JSON.stringify({ ...base, ...over });

/** [description, manifest text, expected verdict of both]. */
const TABLE: [string, string, Verdict][] = [
  ['minimal valid', m({}), { read: true, id: 'com.example.plugin', server: '' }],
  [
    'hello-node style',
    m({
      min_server_version: '9.0.0',
      server: { executable: 'server/launch.sh' },
      props: { bridge: { command: ['node', 'x.js'] } },
    }),
    { read: true, id: 'com.example.plugin', server: '' },
  ],
  ['id too short', m({ id: 'ab' }), { read: true, id: 'ab', server: 'invalid plugin ID' }],
  ['id 190 chars', m({ id: 'a'.repeat(190) }), { read: true, id: 'a'.repeat(190), server: '' }],
  [
    'id 191 chars',
    m({ id: 'a'.repeat(191) }),
    { read: true, id: 'a'.repeat(191), server: 'invalid plugin ID' },
  ],
  ['id with slash', m({ id: 'com/example' }), { read: true, id: 'com/example', server: 'invalid plugin ID' }],
  ['id with space', m({ id: 'com example' }), { read: true, id: 'com example', server: 'invalid plugin ID' }],
  ['id upper-case is lowered', m({ id: 'Com.Example' }), { read: true, id: 'com.example', server: '' }],
  ['id with Kelvin sign folds to k', m({ id: '\u212a12' }), { read: true, id: 'k12', server: '' }],
  ['id missing', JSON.stringify({ name: 'x' }), { read: true, id: '', server: 'invalid plugin ID' }],
  ['key ID matches id', JSON.stringify({ ID: 'abc', name: 'x' }), { read: true, id: 'abc', server: '' }],
  [
    'key with long s matches',
    JSON.stringify({ id: 'abc', name: 'x', verſion: 'v1' }),
    { read: true, id: 'abc', server: 'failed to parse Version: invalid semantic version' },
  ],
  [
    'name missing',
    m({ name: undefined }),
    { read: true, id: 'com.example.plugin', server: 'a plugin name is needed' },
  ],
  [
    'name blank',
    m({ name: ' \t\n\u00a0' }),
    { read: true, id: 'com.example.plugin', server: 'a plugin name is needed' },
  ],
  [
    'name NEL only',
    m({ name: '\u0085' }),
    { read: true, id: 'com.example.plugin', server: 'a plugin name is needed' },
  ],
  ['name BOM only is a name', m({ name: '\ufeff' }), { read: true, id: 'com.example.plugin', server: '' }],
  [
    'homepage ok',
    m({ homepage_url: 'https://example.com/x?y#z' }),
    { read: true, id: 'com.example.plugin', server: '' },
  ],
  [
    'homepage not http',
    m({ homepage_url: 'ftp://example.com' }),
    { read: true, id: 'com.example.plugin', server: 'invalid HomepageURL' },
  ],
  [
    'homepage no host',
    m({ homepage_url: 'http:///x' }),
    { read: true, id: 'com.example.plugin', server: 'invalid HomepageURL' },
  ],
  [
    'support bad port',
    m({ support_url: 'http://example.com:8x/' }),
    { read: true, id: 'com.example.plugin', server: 'invalid SupportURL' },
  ],
  [
    'support two colons',
    m({ support_url: 'http://a:1:2/' }),
    { read: true, id: 'com.example.plugin', server: 'invalid SupportURL' },
  ],
  [
    'release notes ipv6',
    m({ release_notes_url: 'http://[::1]:8065/notes' }),
    { read: true, id: 'com.example.plugin', server: '' },
  ],
  [
    'release notes ipv4 in brackets',
    m({ release_notes_url: 'http://[127.0.0.1]/' }),
    { read: true, id: 'com.example.plugin', server: 'invalid ReleaseNotesURL' },
  ],
  [
    'release notes zone',
    m({ release_notes_url: 'http://[fe80::1%25en0]/' }),
    { read: true, id: 'com.example.plugin', server: '' },
  ],
  [
    'homepage space in host',
    m({ homepage_url: 'http://exa mple.com' }),
    { read: true, id: 'com.example.plugin', server: 'invalid HomepageURL' },
  ],
  [
    'homepage bad escape in path',
    m({ homepage_url: 'http://example.com/%zz' }),
    { read: true, id: 'com.example.plugin', server: 'invalid HomepageURL' },
  ],
  [
    'homepage fragment glued to host',
    m({ homepage_url: 'http://example.com#top' }),
    { read: true, id: 'com.example.plugin', server: 'invalid HomepageURL' },
  ],
  [
    'homepage userinfo',
    m({ homepage_url: 'https://user:p@ss@example.com/' }),
    { read: true, id: 'com.example.plugin', server: '' },
  ],
  [
    'homepage port only',
    m({ homepage_url: 'http://:80' }),
    { read: true, id: 'com.example.plugin', server: '' },
  ],
  [
    'version v-prefix',
    m({ version: 'v1.0.0' }),
    {
      read: true,
      id: 'com.example.plugin',
      server: 'failed to parse Version: invalid characters in version',
    },
  ],
  [
    'version two parts',
    m({ version: '1.0' }),
    { read: true, id: 'com.example.plugin', server: 'failed to parse Version: invalid semantic version' },
  ],
  [
    'version leading zero',
    m({ version: '1.02.0' }),
    {
      read: true,
      id: 'com.example.plugin',
      server: 'failed to parse Version: version segment starts with 0',
    },
  ],
  [
    'version prerelease',
    m({ version: '1.0.0-beta.1+build.5' }),
    { read: true, id: 'com.example.plugin', server: '' },
  ],
  [
    'version bad prerelease',
    m({ version: '1.0.0-beta..1' }),
    { read: true, id: 'com.example.plugin', server: 'failed to parse Version: invalid prerelease string' },
  ],
  [
    'version bad metadata',
    m({ version: '1.0.0+a_b' }),
    { read: true, id: 'com.example.plugin', server: 'failed to parse Version: invalid metadata string' },
  ],
  [
    'version empty part',
    m({ version: '1..0' }),
    {
      read: true,
      id: 'com.example.plugin',
      server: 'failed to parse Version: strconv.ParseUint: parsing "": invalid syntax',
    },
  ],
  [
    'version overflow',
    m({ version: '18446744073709551616.0.0' }),
    {
      read: true,
      id: 'com.example.plugin',
      server:
        'failed to parse Version: strconv.ParseUint: parsing "18446744073709551616": value out of range',
    },
  ],
  ['version empty is fine', m({ version: '' }), { read: true, id: 'com.example.plugin', server: '' }],
  [
    'min server version bad',
    m({ min_server_version: '9.0' }),
    {
      read: true,
      id: 'com.example.plugin',
      server: 'failed to parse MinServerVersion: invalid semantic version',
    },
  ],
  ['version is a number', m({ version: 1 }), { read: false }],
  ['server is a string', m({ server: 'x' }), { read: false }],
  ['executables value number', m({ server: { executables: { 'linux-amd64': 1 } } }), { read: false }],
  ['props is an array', m({ props: [1] }), { read: false }],
  ['not an object', '[1]', { read: false }],
  ['not JSON', '{"id": "abc",}', { read: false }],
  ['null manifest', 'null', { read: true, id: '', server: 'invalid plugin ID' }],
  [
    'null name leaves zero',
    m({ name: null }),
    { read: true, id: 'com.example.plugin', server: 'a plugin name is needed' },
  ],
  ['null server', m({ server: null }), { read: true, id: 'com.example.plugin', server: '' }],
  [
    'setting ok',
    m({ settings_schema: { settings: [{ key: 'k', type: 'text', placeholder: 'p' }] } }),
    { read: true, id: 'com.example.plugin', server: '' },
  ],
  [
    'setting bad type',
    m({ settings_schema: { settings: [{ key: 'k', type: 'checkbox' }] } }),
    {
      read: true,
      id: 'com.example.plugin',
      server: 'invalid settings schema: invalid setting type: checkbox',
    },
  ],
  [
    'setting placeholder on bool',
    m({ settings_schema: { settings: [{ type: 'bool', placeholder: 'p' }] } }),
    {
      read: true,
      id: 'com.example.plugin',
      server:
        'invalid settings schema: should not set Placeholder for setting type not in text, generated, number, username, or custom',
    },
  ],
  [
    'setting regenerate on text',
    m({ settings_schema: { settings: [{ type: 'text', regenerate_help_text: 'r' }] } }),
    {
      read: true,
      id: 'com.example.plugin',
      server:
        'invalid settings schema: should not set RegenerateHelpText for setting type that is not generated',
    },
  ],
  [
    'setting empty options on text',
    m({ settings_schema: { settings: [{ type: 'text', options: [] }] } }),
    {
      read: true,
      id: 'com.example.plugin',
      server: 'invalid settings schema: should not set Options for setting type not in radio or dropdown',
    },
  ],
  [
    'setting option empty value',
    m({ settings_schema: { settings: [{ type: 'radio', options: [{ display_name: 'a', value: '' }] }] } }),
    {
      read: true,
      id: 'com.example.plugin',
      server: 'invalid settings schema: should not have empty Displayname or Value for any option',
    },
  ],
  [
    'setting null',
    m({ settings_schema: { settings: [null] } }),
    { read: true, id: 'com.example.plugin', server: 'panic' },
  ],
  [
    'section empty key',
    m({ settings_schema: { sections: [{ settings: [] }] } }),
    { read: true, id: 'com.example.plugin', server: 'invalid settings schema: invalid empty Key' },
  ],
  [
    'section bad setting',
    m({ settings_schema: { sections: [{ key: 's', settings: [{ type: 'x' }] }] } }),
    { read: true, id: 'com.example.plugin', server: 'invalid settings schema: invalid setting type: x' },
  ],
  [
    'secret is a string',
    m({ settings_schema: { settings: [{ type: 'text', secret: 'yes' }] } }),
    { read: false },
  ],
  [
    'order: id before name',
    JSON.stringify({ id: 'x', name: '' }),
    { read: true, id: 'x', server: 'invalid plugin ID' },
  ],
];

/** Generated cases: each field of the manifest from a small alphabet that hits the edges. */
function generated(): string[] {
  const chars = (s: string) => fc.constantFrom(...[...s]);
  const str = (alphabet: string, maxLength: number) => fc.string({ unit: chars(alphabet), maxLength });
  const url = fc
    .tuple(
      fc.constantFrom('http://', 'https://', 'HTTP://', 'http:/', 'ftp://', 'http://u:p@', 'http://@'),
      fc.oneof(
        str('ab.-_~:[]%25@!$&()*+,;="<> #^`{|}\\é\u0001', 12),
        fc
          .tuple(str('0123456789abcdefABCDEF:.%25enz', 14), str(':0123456789x', 4))
          .map(([h, p]) => `[${h}]${p}`),
        fc.tuple(str('abc.', 6), str(':0123456789x', 5)).map(([h, p]) => h + p),
      ),
      str('/?#%2fa:@ ', 6),
    )
    .map(([a, b, c]) => a + b + c);
  const version = fc.oneof(
    str('0123456789.-+abvV_ ', 12),
    fc
      .tuple(fc.nat(20), fc.nat(20), fc.nat(20), str('.-0123abc', 6), str('.-+0a_', 5))
      .map(([a, b, c, p, q]) => `${a}.${b}.${c}${p ? `-${p}` : ''}${q ? `+${q}` : ''}`),
  );
  const id = fc.oneof(
    str('aZ09-_./ K\u212a\u0130', 6),
    fc.integer({ min: 186, max: 194 }).map((n) => 'a'.repeat(n)),
  );
  const name = str(' \t\n\u0085\u00a0\ufeff\u2028\u3000a', 3);
  const setting = fc.record({
    type: fc.constantFrom(
      'bool',
      'text',
      'radio',
      'dropdown',
      'generated',
      'custom',
      'longtext',
      'number',
      'username',
      'Bool',
      '',
    ),
    placeholder: fc.constantFrom('', 'p'),
    regenerate_help_text: fc.constantFrom('', 'r'),
    options: fc.constantFrom(
      undefined,
      null,
      [],
      [{ display_name: 'a', value: 'b' }],
      [{ display_name: '', value: 'b' }],
    ),
  });
  const seed = 20260821;
  return [
    ...fc.sample(url, { numRuns: 2500, seed }).map((u) => m({ homepage_url: u })),
    ...fc.sample(version, { numRuns: 800, seed }).map((v) => m({ min_server_version: v })),
    ...fc.sample(id, { numRuns: 400, seed }).map((i) => m({ id: i })),
    ...fc.sample(name, { numRuns: 150, seed }).map((n) => m({ name: n })),
    ...fc.sample(setting, { numRuns: 300, seed }).map((s) => m({ settings_schema: { settings: [s] } })),
  ];
}

describe('manifest rules agree with model.FindManifest + model.Manifest.IsValid', () => {
  const gen = generated();
  const texts = [...TABLE.map(([, t]) => t), ...gen];
  let go: GoVerdict[] = [];
  beforeAll(async () => {
    go = await goCheck(texts);
  }, 180_000);

  it.each(TABLE.map(([name, text, want], i) => ({ name, text, want, i })))('$name', ({ text, want, i }) => {
    expect(ours(text)).toEqual(want);
    expect(theirs(go[i]!)).toEqual(want);
  });

  it(`${gen.length} generated manifests: same verdict and same first error`, () => {
    const mismatches = gen
      .map((text, j) => ({ text, ours: ours(text), go: theirs(go[TABLE.length + j]!) }))
      .filter((r) => JSON.stringify(r.ours) !== JSON.stringify(r.go));
    expect(mismatches.slice(0, 10)).toEqual([]);
    // The generators reach both sides of every rule.
    const verdicts = new Set(gen.map((t, j) => theirs(go[TABLE.length + j]!).server));
    for (const s of ['', 'invalid plugin ID', 'a plugin name is needed', 'invalid HomepageURL'])
      expect(verdicts).toContain(s);
  });

  it('the first problem is the server error; later ones are reported too, each with a fix', () => {
    const d = decodeManifest(JSON.stringify({ id: 'x', name: '', version: 'v1' }));
    const problems = manifestRules(d.manifest!);
    expect(problems.map((p) => p.server)).toEqual([
      'invalid plugin ID',
      'a plugin name is needed',
      'failed to parse Version: invalid semantic version',
    ]);
    for (const p of problems) expect(p.fix).toBeTruthy();
  });
});
