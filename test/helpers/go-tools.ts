/** Builds the Go helper programs of test/vectors once per test run (Go is test tooling here). */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const VECTORS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'vectors');
const BIN = path.join(tmpdir(), `mm-bridge-test-bin-${process.pid}`);

export function buildGoTool(cmd: string): string {
  mkdirSync(BIN, { recursive: true });
  const out = path.join(BIN, cmd);
  execFileSync('go', ['build', '-o', out, `./cmd/${cmd}`], {
    cwd: VECTORS,
    stdio: 'inherit',
    env: { ...process.env, GOFLAGS: '-mod=mod' },
  });
  return out;
}
