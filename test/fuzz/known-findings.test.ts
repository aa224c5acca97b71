/**
 * Every known (reported, unfixed) fuzz finding still reproduces from its minimal input. When one
 * stops reproducing, its fix has landed: remove the entry from known-findings.ts so the fuzz runs
 * treat a recurrence as a new finding.
 */
import { describe, expect, it } from 'vitest';
import { installAllocTracker, uninstallAllocTracker } from './lib/alloc-tracker.ts';
import { fromHex, runCaseAsync, runCaseSync, type FuzzCase } from './lib/harness.ts';
import { KNOWN_FINDINGS } from './known-findings.ts';
import { targetByName } from './targets.ts';

// Skipped while the list is empty (every finding so far is fixed).
describe.runIf(KNOWN_FINDINGS.length > 0)('known fuzz findings', () => {
  for (const k of KNOWN_FINDINGS) {
    it(`${k.target}: ${k.summary.slice(0, 90)}…`, async () => {
      const t = targetByName(k.target);
      expect(t, `no fuzz target ${k.target}`).toBeDefined();
      await t!.setup?.();
      let variant = typeof k.repro.variant === 'number' ? k.repro.variant : -1;
      if (typeof k.repro.variant === 'string')
        for (let i = 0; i < 5000 && variant < 0; i++)
          if (t!.describeVariant?.(i) === k.repro.variant) variant = i;
      expect(variant, `variant ${String(k.repro.variant)} of ${k.target}`).toBeGreaterThanOrEqual(0);
      const c: FuzzCase = {
        bytes: fromHex(k.repro.hex),
        chunks: k.repro.chunks ?? [],
        variant,
        origin: 'known',
      };
      installAllocTracker();
      try {
        const r = t!.async ? await runCaseAsync(t!, c) : runCaseSync(t!, c);
        expect(
          r.finding?.signature ?? `no finding (outcome ${r.label})`,
          'this known finding no longer reproduces: if src/ was fixed, remove it from test/fuzz/known-findings.ts',
        ).toMatch(k.signature);
      } finally {
        uninstallAllocTracker();
        await t!.teardown?.();
      }
    });
  }
});
