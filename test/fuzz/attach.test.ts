/** Short fuzz run of the sidecar attach request (the long one: npx tsx scripts/fuzz.ts --only attach-request). */
import { describe, expect, it } from 'vitest';
import { attachRequestTarget } from './attach.ts';
import { labels, shortRun } from './lib/short-run.ts';

describe('fuzz: sidecar attach request', () => {
  it('a coherent AttachRequest, incomplete, or an AttachProtocolError, in any chunking', async () => {
    const seen = labels(await shortRun(attachRequestTarget, 5000));
    expect(seen).toEqual(expect.arrayContaining(['request', 'incomplete', 'AttachProtocolError']));
  });
});
