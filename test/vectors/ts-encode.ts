/**
 * TS -> Go direction of the gob golden vectors:
 *
 *   npx tsx test/vectors/ts-encode.ts <dir>     then (in test/vectors)   go run . verify <dir>
 *
 * Decodes every golden/gob/<case>.gob with our GobDecoder and re-encodes its values, in order,
 * with ONE fresh GobEncoder per file (each golden file is one stream), into <dir>/gob/<case>.gob.
 * The Go verifier decodes those files into the real Go types and compares with the values the
 * generator used.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GobDecoder, GobEncoder } from '../../src/bridge/gob/index.ts';

export function encodeGoldenInto(outDir: string): string[] {
  const golden = fileURLToPath(new URL('./golden/gob/', import.meta.url));
  const target = join(outDir, 'gob');
  mkdirSync(target, { recursive: true });
  const names: string[] = [];
  for (const file of readdirSync(golden)
    .filter((f) => f.endsWith('.gob'))
    .sort()) {
    const dec = new GobDecoder();
    dec.push(readFileSync(join(golden, file)));
    const enc = new GobEncoder();
    const parts: Uint8Array[] = [];
    for (let v = dec.next(); v; v = dec.next()) parts.push(enc.encode(v.type, v.value));
    if (dec.buffered !== 0) throw new Error(`${file}: ${dec.buffered} bytes left undecoded`);
    writeFileSync(join(target, file), Buffer.concat(parts));
    names.push(file.slice(0, -4));
  }
  return names;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: npx tsx test/vectors/ts-encode.ts <dir>');
    process.exit(2);
  }
  const names = encodeGoldenInto(dir);
  console.log(`wrote ${names.length} gob streams to ${join(dir, 'gob')}`);
}
