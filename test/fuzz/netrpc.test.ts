/** Short fuzz runs of net/rpc (the long ones: npx tsx scripts/fuzz.ts --only netrpc-headers,netrpc-conn). */
import { describe, expect, it } from 'vitest';
import { labels, shortRun } from './lib/short-run.ts';
import { netrpcConnTarget, netrpcHeadersTarget } from './netrpc.ts';

describe('fuzz: net/rpc', () => {
  it('request and response headers decode or fail with the codec/net/rpc errors', async () => {
    const seen = labels(await shortRun(netrpcHeadersTarget, 2000));
    expect(seen).toContain('ok:headers');
  });

  it('RpcServer and RpcClient survive arbitrary streams and settle every call', async () => {
    const seen = labels(await shortRun(netrpcConnTarget, 1000));
    expect(seen).toContain('server:ok');
    expect(seen).toContain('server:onError');
  });
});
