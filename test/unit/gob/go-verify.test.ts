/**
 * TS -> Go: our decoder + encoder rewrite every golden stream (test/vectors/ts-encode.ts), then real
 * Go (`go run . verify <dir>` in test/vectors) decodes them into the Mattermost/net-rpc Go types and
 * compares with the generator's values. Go is on every machine of this project: never skipped.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeGoldenInto } from '../../vectors/ts-encode.ts';

const run = promisify(execFile);
const vectors = fileURLToPath(new URL('../../vectors/', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'gob-verify-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('Go decodes what our encoder writes', () => {
  it('go run . verify accepts every re-encoded golden stream', async () => {
    const names = encodeGoldenInto(out);
    expect(names.length).toBeGreaterThanOrEqual(15);
    // `verify` runs every area's verifier (gob, netrpc, yamux, ...) on the directory; only the gob
    // line is ours, the others may legitimately fail on a directory that holds only gob files.
    let stdout = '';
    let stderr = '';
    try {
      ({ stdout, stderr } = await run('go', ['run', '.', 'verify', out], { cwd: vectors, timeout: 170_000 }));
    } catch (e) {
      ({ stdout = '', stderr = '' } = e as { stdout?: string; stderr?: string });
    }
    const gobErrors = stderr.split('\n').filter((l) => l.startsWith('verify gob'));
    expect(gobErrors, stderr).toEqual([]);
    expect(stdout).toContain('verify gob: ok');
  }, 180_000);
});
