/**
 * Findings reported to the owners of src/ and not fixed yet. The short vitest runs tolerate these
 * (and print them) so the default test run stays green while a fix is pending; scripts/fuzz.ts
 * still reports them and exits non-zero unless --allow-known. Each entry carries a minimal
 * reproducer that known-findings.test.ts replays: once a fix lands that test fails, asking for the
 * entry to be removed, and the fuzz runs then guard against the regression.
 */
import type { Finding } from './lib/harness.ts';

export interface KnownFinding {
  target: string;
  /** Matched against Finding.signature. */
  signature: RegExp;
  summary: string;
  /** A minimal input that reproduces it; the variant by number or by its description. */
  repro: { hex: string; variant: number | string; chunks?: number[] };
}

export const KNOWN_FINDINGS: readonly KnownFinding[] = [];

export function knownFinding(f: Pick<Finding, 'target' | 'signature'>): KnownFinding | undefined {
  return KNOWN_FINDINGS.find((k) => k.target === f.target && k.signature.test(f.signature));
}
