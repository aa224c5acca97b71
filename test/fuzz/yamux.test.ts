/** Short fuzz runs of yamux (the long ones: npx tsx scripts/fuzz.ts --only yamux-frames,yamux-session). */
import { describe, expect, it } from 'vitest';
import { FrameReader } from '../../src/bridge/yamux/frame-reader.ts';
import { DEFAULT_CONFIG, YamuxError } from '../../src/bridge/yamux/index.ts';
import { labels, largestAllocation, shortRun } from './lib/short-run.ts';
import { yamuxFramesTarget, yamuxSessionTarget } from './yamux.ts';

describe('fuzz: yamux', () => {
  it('FrameReader yields well-formed frames or a sticky YamuxError, in any chunking', async () => {
    const seen = labels(await shortRun(yamuxFramesTarget, 3000));
    expect(seen).toContain('ok:frames');
    expect(seen).toContain('YamuxError:ERR_YAMUX_FRAME_TOO_LARGE');
  });

  it('a Session fed arbitrary bytes closes with a YamuxError and writes only well-formed frames', async () => {
    const seen = labels(await shortRun(yamuxSessionTarget, 1500));
    expect(seen.filter((l) => l.startsWith('closed:')).length).toBeGreaterThan(4);
  });

  it.each([0xffff_ffff, 0x8000_0000, 0x4000_0000, 256 * 1024 + 1])(
    'a Data header of length %s allocates nothing of that size with the default config',
    async (len) => {
      const header = Buffer.alloc(12);
      header.writeUInt32BE(1, 4);
      header.writeUInt32BE(len, 8);
      let err: unknown;
      const max = await largestAllocation(() => {
        const r = new FrameReader({ maxFrameLength: DEFAULT_CONFIG.maxFrameLength });
        try {
          r.push(Buffer.concat([header, Buffer.from('abcd')]));
        } catch (e) {
          err = e;
        }
      });
      expect((err as YamuxError).code).toBe('ERR_YAMUX_FRAME_TOO_LARGE');
      expect(max).toBeLessThan(2 ** 20);
    },
  );
});
