/** Short fuzz run of the admin HTTP endpoints (the long one: npx tsx scripts/fuzz.ts --only admin-http). */
import { describe, expect, it } from 'vitest';
import { httpTarget, httpUnavailable } from './http.ts';
import { labels, shortRun } from './lib/short-run.ts';

describe('fuzz: admin HTTP', () => {
  it('arbitrary methods, paths, queries, headers and bodies get a 2xx-4xx answer with the JSON error shape', async () => {
    const seen = labels(await shortRun(httpTarget, 2000));
    if (httpUnavailable()) return; // src/http not there (yet): nothing to fuzz
    expect(seen).toEqual(expect.arrayContaining(['200', '404']));
  });
});
