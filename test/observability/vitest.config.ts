/**
 * The observability tests: they need real grpcurl, Prometheus/promtool and Chromium, so they are
 * not in the default run (`*.obs.ts`, not `*.test.ts`). Run them with scripts/test-observability.sh,
 * which installs the tools and passes their paths.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/observability/**/*.obs.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
