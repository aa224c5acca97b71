/** `mm-bridge pack` and `mm-bridge validate` as commands: help, streams, exit codes. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const tmp = mkdtempSync(path.join(tmpdir(), 'bundle-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(repo, 'src/cli/main.ts'), ...args], {
    cwd: repo,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, SOURCE_DATE_EPOCH: '' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('mm-bridge pack / validate commands', () => {
  it('are listed, and pack --help shows options, notes and how to upload', () => {
    expect(cli('--help').stdout).toMatch(
      /pack +build the plugin bundle[\s\S]*validate +check a plugin directory/,
    );
    const help = cli('pack', '--help');
    expect(help.code).toBe(0);
    for (const s of [
      '-o, --output FILE',
      '--no-vendor',
      '--source-date-epoch SECONDS',
      'env SOURCE_DATE_EPOCH',
      '.mmbridgeignore',
      'mmctl plugin add FILE',
      'curl -F plugin=@FILE',
      'examples:',
    ])
      expect(help.stdout).toContain(s);
    expect(cli('validate', '--help').stdout).toContain(
      'mm-bridge validate dist/com.example.hello-node-0.1.0.tar.gz',
    );
  });

  it('pack prints only the bundle path on stdout, progress on stderr; validate accepts the result', () => {
    const out = path.join(tmp, 'hello.tar.gz');
    const p = cli('pack', '-o', out, 'examples/hello-node');
    expect(p.code, p.stderr).toBe(0);
    expect(p.stdout).toBe(`${out}\n`);
    expect(p.stderr).toMatch(/^mm-bridge pack: copying /m);
    expect(p.stderr).toMatch(
      /mm-bridge pack: wrote .*com\.example\.hello-node 0\.1\.0, \d+ entries, .* KiB, sha256 [0-9a-f]{64}/,
    );
    const v = cli('validate', out);
    expect(v.code).toBe(0);
    expect(v.stdout).toBe(`bundle ${out} (com.example.hello-node 0.1.0): ok\n`);
  });

  it('bad input: exit 1 with what is wrong and how to fix it; bad options: exit 2', () => {
    const dir = path.join(tmp, 'bad');
    mkdirSync(dir);
    writeFileSync(
      path.join(dir, 'plugin.json'),
      JSON.stringify({ id: 'x', name: 'n', props: { bridge: { command: ['node', 'a.js'] } } }),
    );
    const v = cli('validate', dir);
    expect(v.code).toBe(1);
    expect(v.stdout).toMatch(
      /error: "id" "x" is not a valid plugin id\n {2}server says: invalid plugin ID\n {2}fix: /,
    );
    expect(v.stdout).toMatch(/error: props\.bridge\.command names "a\.js", which is not in the bundle/);
    expect(v.stdout).toMatch(/2 error\(s\), 1 warning\(s\)\n$/);
    const p = cli('pack', dir);
    expect(p.code).toBe(1);
    expect(p.stdout).toBe('');
    expect(p.stderr).toMatch(/error: "id" "x"[\s\S]*mm-bridge: .*cannot be packed/);
    expect(cli('pack', '--source-date-epoch', 'yesterday', dir).code).toBe(2);
    expect(cli('validate', path.join(tmp, 'missing')).code).toBe(2);
  });
});
