/** The golden vectors written by real Go (test/vectors/golden), as fuzz seeds. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../vectors/golden/', import.meta.url));

export interface Seed {
  name: string;
  bytes: Uint8Array;
}

let gob: Seed[] | undefined;
let yamux: Seed[] | undefined;

/** Every test/vectors/golden/gob/*.gob stream. */
export function gobSeeds(): Seed[] {
  gob ??= readdirSync(`${root}gob`)
    .filter((f) => f.endsWith('.gob'))
    .sort()
    .map((f) => ({ name: f.slice(0, -4), bytes: Uint8Array.from(readFileSync(`${root}gob/${f}`)) }));
  return gob;
}

/** Every test/vectors/golden/yamux/*.hex capture (frames written by Go's yamux). */
export function yamuxSeeds(): Seed[] {
  yamux ??= readdirSync(`${root}yamux`)
    .filter((f) => f.endsWith('.hex'))
    .sort()
    .map((f) => ({
      name: f.slice(0, -4),
      bytes: Uint8Array.from(
        Buffer.from(readFileSync(`${root}yamux/${f}`, 'utf8').replace(/[^0-9a-f]/gi, ''), 'hex'),
      ),
    }));
  return yamux;
}
