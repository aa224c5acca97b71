/** Short fuzz run of the gob decoder (the long one: npx tsx scripts/fuzz.ts --only gob). */
import { describe, expect, it } from 'vitest';
import { GobDecoder, GobError } from '../../src/bridge/gob/index.ts';
import { gobTarget } from './gob.ts';
import { cat, gobInt, gobMessage, gobUint } from './lib/gob-bytes.ts';
import { labels, largestAllocation, shortRun } from './lib/short-run.ts';

const MiB = 2 ** 20;

describe('fuzz: gob', () => {
  it('GobDecoder yields values or GobError, stays failed, is chunking-invariant, and round-trips through GobEncoder', async () => {
    const seen = labels(await shortRun(gobTarget, 2000));
    expect(seen).toContain('ok:values');
    expect(seen.filter((l) => l.startsWith('GobError:')).length).toBeGreaterThan(5);
  });

  it.each([0xffff_ffffn, 0x4000_0000n, 0x1f_ffff_ffff_ffffn, 0xffff_ffff_ffff_ffffn])(
    'a message length prefix of %s allocates nothing of that size',
    async (len) => {
      const dec = new GobDecoder();
      let outcome = '';
      const max = await largestAllocation(() => {
        dec.push(cat([gobUint(len), Uint8Array.of(0x0c, 0x00, 0x05)]));
        try {
          outcome = dec.next() === undefined ? 'waits' : 'value';
        } catch (e) {
          outcome = e instanceof GobError ? e.code : String(e);
        }
      });
      expect(['waits', 'BAD_MESSAGE_LENGTH']).toContain(outcome);
      expect(max).toBeLessThan(MiB);
    },
  );

  it('string and slice counts of 2^32-1 inside a message allocate nothing of that size', async () => {
    for (const body of [
      cat([gobInt(6), Uint8Array.of(0), gobUint(0xffff_ffff), Uint8Array.of(0x41)]), // string
      cat([gobInt(5), Uint8Array.of(0), gobUint(0xffff_ffff), Uint8Array.of(0x41)]), // []byte
    ]) {
      const dec = new GobDecoder();
      let code = '';
      const max = await largestAllocation(() => {
        dec.push(gobMessage(body));
        try {
          dec.next();
        } catch (e) {
          code = (e as GobError).code;
        }
      });
      expect(code).toBe('BAD_COUNT');
      expect(max).toBeLessThan(MiB);
    }
  });
});
