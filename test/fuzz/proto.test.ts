/** Short fuzz run of proto messages from plugins (the long one: npx tsx scripts/fuzz.ts --only proto). */
import { describe, expect, it } from 'vitest';
import { labels, shortRun } from './lib/short-run.ts';
import { protoTarget } from './proto.ts';

describe('fuzz: proto messages from plugins', () => {
  it('deserialize + requestToArgs/responseToReturns: a gob-encodable value or TranslateError', async () => {
    const seen = labels(await shortRun(protoTarget, 2000));
    expect(seen).toContain('ok');
  });
});
