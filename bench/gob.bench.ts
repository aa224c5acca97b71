/**
 * gob codec throughput on the golden "typical Post" (test/vectors/golden/gob/post.gob, a
 * model.Post written by real Go).
 *
 * What is measured (steady state, the hot path of every hook call on an established stream):
 *   encode: GobEncoder.encode(PostType, post) on an encoder that has already sent the Post type
 *           definitions, i.e. one value message per op (returned as a fresh Uint8Array);
 *   decode: GobDecoder.push(valueMessage) + next() on a decoder that has already received the
 *           definitions, i.e. one value message per op into a fresh generic value tree.
 * test/vectors/cmd/gob-bench does the same with Go's encoding/gob (Encoder.Encode into a reused
 * buffer; Decoder.Decode into a fresh model.Post from a reused bytes.Reader), so the ratio compares
 * like with like. Go decodes into a compiled typed struct, we build plain objects and bigints.
 *
 *   npx tsx bench/gob.bench.ts          # TS numbers
 *   npx tsx bench/gob.bench.ts --go     # plus Go's numbers and the ratios
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Bench } from 'tinybench';
import { GobDecoder, GobEncoder } from '../src/bridge/gob/index.ts';

export interface GobBenchResult {
  name: string;
  opsPerSec: number;
  mbPerSec: number;
}

const vectors = fileURLToPath(new URL('../test/vectors/', import.meta.url));

export async function runGobBench(opts: { time?: number } = {}): Promise<GobBenchResult[]> {
  const golden = new GobDecoder();
  golden.push(readFileSync(`${vectors}golden/gob/post.gob`));
  const post = golden.next();
  if (!post) throw new Error('post.gob holds no value');

  const enc = new GobEncoder();
  const first = enc.encode(post.type, post.value); // definitions + value
  const valueMsg = enc.encode(post.type, post.value); // steady state: the value message only
  const dec = new GobDecoder();
  dec.push(first);
  if (!dec.next()) throw new Error('priming decode failed');

  let sink: unknown;
  const bench = new Bench({ time: opts.time ?? 1000, warmup: true });
  bench
    .add('gob encode Post (value message, types already sent)', () => {
      sink = enc.encode(post.type, post.value);
    })
    .add('gob decode Post (value message, types already known)', () => {
      dec.push(valueMsg);
      sink = dec.next();
    });
  await bench.run();
  if (sink === undefined) throw new Error('unreachable');
  return bench.tasks.map((t) => {
    const r = t.result as { throughput?: { mean: number }; hz?: number } | undefined;
    const opsPerSec = r?.throughput?.mean ?? r?.hz ?? 0;
    return { name: t.name, opsPerSec, mbPerSec: (opsPerSec * valueMsg.length) / 1e6 };
  });
}

/** Go's encoding/gob on the same Post, same steady state (test/vectors/cmd/gob-bench). */
export function runGoGobBench(): { encodeOpsPerSec: number; decodeOpsPerSec: number; bytes: number } {
  const out = execFileSync('go', ['run', './cmd/gob-bench', 'golden/gob/post.gob'], {
    cwd: vectors,
    encoding: 'utf8',
  });
  return JSON.parse(out) as { encodeOpsPerSec: number; decodeOpsPerSec: number; bytes: number };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const results = await runGobBench();
  console.table(
    results.map((r) => ({ ...r, opsPerSec: Math.round(r.opsPerSec), mbPerSec: +r.mbPerSec.toFixed(1) })),
  );
  if (process.argv.includes('--go')) {
    const go = runGoGobBench();
    console.log('Go encoding/gob:', go);
    console.log(
      `TS/Go: encode ${(results[0]!.opsPerSec / go.encodeOpsPerSec).toFixed(2)}x, decode ${(results[1]!.opsPerSec / go.decodeOpsPerSec).toFixed(2)}x`,
    );
  }
}
