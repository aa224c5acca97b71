/**
 * Fault: the reader of the sidecar's stderr goes away (the process that started it died, or the
 * container runtime closed the pipe). Log writes then fail with EPIPE; the sidecar must keep serving
 * and stay idle. It used to log the uncaught EPIPE, which failed again: a loop at full CPU, forever.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.ts';
import { freePort } from '../helpers/net-pair.ts';

const CLOCK_TICKS = 100; // USER_HZ on Linux

/** User + system CPU seconds of a process (/proc/<pid>/stat fields 14 and 15). */
function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

/** One attach with a wrong secret: the answer line (the sidecar logs the refusal). */
function refusedAttach(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const c = net.connect(port, '127.0.0.1', () =>
      c.write('MM-BRIDGE-ATTACH 1\nsecret: wrong\nplugin-id: p\nprotocol-versions: 1\n\n'),
    );
    let got = '';
    c.on('data', (d) => (got += d.toString()));
    c.on('close', () => resolve(got.split('\n')[0] ?? ''));
    c.on('error', reject);
  });
}

describe.skipIf(process.platform !== 'linux')('sidecar with a closed stderr', () => {
  it('keeps answering attaches and does not spin', async () => {
    const port = await freePort();
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        path.join(PACKAGE_ROOT, 'src', 'cli', 'main.ts'),
        'serve',
        '--listen',
        `127.0.0.1:${port}`,
        '--admin',
        'off',
      ],
      {
        env: { ...process.env, MM_BRIDGE_ATTACH_SECRET: 'the-right-secret-0123456789' },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    try {
      await new Promise<void>((resolve, reject) => {
        let text = '';
        child.stderr!.on('data', (d: Buffer) => {
          text += d.toString();
          if (text.includes('listening')) resolve();
        });
        child.once('exit', (code) => reject(new Error(`serve exited (${code}): ${text}`)));
      });
      child.stderr!.destroy(); // the reader goes away: the next log write gets EPIPE

      for (let i = 0; i < 3; i++) expect(await refusedAttach(port)).toMatch(/^ERR /);
      await new Promise((r) => setTimeout(r, 300));
      const before = cpuSeconds(child.pid!);
      await new Promise((r) => setTimeout(r, 2_000));
      // Idle: a few ticks at most (the spin used ~90% of a core, 1.8 s here).
      expect(cpuSeconds(child.pid!) - before).toBeLessThan(0.5);
      expect(child.exitCode).toBeNull();
      expect(await refusedAttach(port)).toMatch(/^ERR /);
    } finally {
      child.kill('SIGKILL');
    }
  }, 60_000);
});
