/** Finding files: test/fuzz/findings/<target>-<kind>-<hash>.hex (the input) and .txt (everything else). */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { shortHash, toHex, fromHex, type Finding, type FuzzCase, type FuzzTarget } from './harness.ts';

export const FINDINGS_DIR = fileURLToPath(new URL('../findings/', import.meta.url));

export function findingBaseName(f: Finding): string {
  return `${f.target}-${f.kind}-${shortHash(f.signature)}`;
}

/** Writes the (minimized) input as hex and a text file with how to reproduce it; returns the .hex path. */
export function writeFinding(t: FuzzTarget, f: Finding, minimized: FuzzCase | undefined, note = ''): string {
  mkdirSync(FINDINGS_DIR, { recursive: true });
  const base = `${FINDINGS_DIR}${findingBaseName(f)}`;
  const c = minimized ?? f.case;
  writeFileSync(`${base}.hex`, `${toHex(c.bytes)}\n`);
  const lines = [
    `target: ${f.target}`,
    `kind: ${f.kind}`,
    `signature: ${f.signature}`,
    `message: ${f.message}`,
    `variant: ${c.variant}${t.describeVariant ? ` (${t.describeVariant(c.variant)})` : ''}`,
    `chunks: ${c.chunks.join(',')}`,
    `origin: ${f.case.origin}`,
    `seed: ${f.seed ?? ''}`,
    `case: ${f.caseIndex ?? ''}`,
    `bytes: ${c.bytes.length}${minimized ? ` (minimized from ${f.case.bytes.length})` : ''}`,
    `original-hex: ${toHex(f.case.bytes)}`,
    `original-chunks: ${f.case.chunks.join(',')}`,
    `repro: npx tsx scripts/fuzz.ts --repro test/fuzz/findings/${findingBaseName(f)}.hex`,
  ];
  if (note) lines.push(`note: ${note}`);
  if (f.stack) lines.push('stack:', f.stack);
  writeFileSync(`${base}.txt`, `${lines.join('\n')}\n`);
  return `${base}.hex`;
}

/** A case back from a .hex file and its .txt sidecar (target, variant, chunks). */
export function readFinding(hexPath: string): { target?: string; case: FuzzCase } {
  const bytes = fromHex(readFileSync(hexPath, 'utf8'));
  let meta = '';
  try {
    meta = readFileSync(hexPath.replace(/\.hex$/, '.txt'), 'utf8');
  } catch {
    /* no sidecar: the caller passes --target */
  }
  const field = (k: string): string | undefined => new RegExp(`^${k}: ?(.*)$`, 'm').exec(meta)?.[1];
  const chunks = (field('chunks') ?? '')
    .split(',')
    .filter((s) => s.trim() !== '')
    .map(Number);
  return {
    target: field('target'),
    case: {
      bytes,
      chunks,
      variant: Number(field('variant')?.split(' ')[0] ?? 0) || 0,
      origin: `file:${hexPath}`,
    },
  };
}
