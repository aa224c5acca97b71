/**
 * `mm-bridge emulate --fire`: examples/hello-node under the fake server, one hook per run; and the
 * mistakes it reports before it starts anything.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.ts';

const HELLO = path.join(PACKAGE_ROOT, 'examples', 'hello-node');
const CLI = path.join(PACKAGE_ROOT, 'src', 'cli', 'main.ts');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function emulate(args: string[], stdin?: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', CLI, 'emulate', ...args],
      { cwd: PACKAGE_ROOT, timeout: 110_000 },
      (err, stdout, stderr) => resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin!.end(stdin ?? '');
  });
}

const lines = (s: string): unknown[] =>
  s
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as unknown);

describe('mm-bridge emulate --fire', () => {
  it('MessageWillBePosted: prints the response (a post of only the filtered word rejected) and no API calls', async () => {
    const r = await emulate(
      ['--fire', 'MessageWillBePosted', '--json', '-', HELLO],
      JSON.stringify({ post: { message: ' darn ', channel_id: 'c1', user_id: 'u1' } }),
    );
    expect(r.code, r.stderr).toBe(0);
    expect(lines(r.stdout)).toEqual([
      { rejection_reason: 'Posts that contain only the word "darn" are not allowed.' },
    ]);
  }, 120_000);

  it('ExecuteCommand with seeded state: the response, the API calls, exit 1 when the hook fails', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'emulate-test-'));
    const state = path.join(dir, 'state.json');
    const request = path.join(dir, 'request.json');
    writeFileSync(state, JSON.stringify({ users: [{ id: 'u1', username: 'alice' }] }));
    writeFileSync(request, JSON.stringify({ args: { user_id: 'u9', command: '/hello' } }));
    const r = await emulate(['--state', state, '--fire', 'ExecuteCommand', '--json', request, HELLO]);
    expect(r.code).toBe(1);
    expect(lines(r.stdout)).toEqual([
      {},
      {
        method: 'GetUser',
        request: { user_id: 'u9' },
        error: expect.objectContaining({
          id: 'app.user.missing_account.const',
          status_code: '404',
        }) as unknown,
      },
    ]);
    expect(r.stderr).toMatch(/ExecuteCommand returned an error: .*Unable to find the user/);
  }, 120_000);

  it.each([
    [
      ['--fire', 'MessageWillBePostd', HELLO],
      /unknown hook "MessageWillBePostd" \(did you mean "MessageWillBePosted"/,
    ],
    [
      ['--fire', 'MessageWillBePosted', '--json', '-', HELLO],
      /--json -: MessageWillBePostedRequest.post.message: expected a string, got number 1/,
      '{"post": {"message": 1}}',
    ],
    [['--fire', 'MessageWillBePosted', '--json', '-', HELLO], /--json -: not valid JSON/, '{post'],
    [['--fire', 'OnActivate', HELLO], /OnActivate cannot be fired/],
    [['--fire', 'MessageWillBePosted', '--http', ':0', HELLO], /cannot be used together/],
    [[path.join(PACKAGE_ROOT, 'src')], /has no plugin.json/],
  ] as [string[], RegExp, string?][])(
    'refuses before starting anything: %s',
    async (args, message, stdin) => {
      const r = await emulate(args, stdin);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
    },
    60_000,
  );

  it('--help shows the options and examples', async () => {
    const r = await emulate(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/usage: mm-bridge emulate \[options\] \[DIR\]/);
    expect(r.stdout).toMatch(/--fire HOOK/);
    expect(r.stdout).toMatch(/--http HOST:PORT/);
    expect(r.stdout).toMatch(/examples:\n {2}mm-bridge emulate examples\/hello-node/);
  }, 60_000);
});
