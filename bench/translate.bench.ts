/**
 * Translation cost per call: gob value ⇄ proto object for a MessageWillBePosted carrying the golden
 * "typical Post" (test/vectors/golden/gob/post.gob), both directions, plus proto encode/decode.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Bench } from 'tinybench';
import { GobDecoder } from '../src/bridge/gob/index.ts';
import { loadContract, PACKAGE } from '../src/bridge/grpc/contract.ts';
import { MethodCodec } from '../src/bridge/mattermost/method-codec.ts';
import { GobTypes, loadSchema } from '../src/bridge/mattermost/schema.ts';
import { Translator } from '../src/bridge/mattermost/translate.ts';
import { SCHEMA_FILE } from '../src/paths.ts';

export interface TranslateBenchResult {
  name: string;
  opsPerSec: number;
  usPerOp: number;
}

export async function runTranslateBench(opts: { time?: number } = {}): Promise<TranslateBenchResult[]> {
  const schema = loadSchema(SCHEMA_FILE);
  const types = new GobTypes(schema);
  const contract = loadContract();
  const codec = new MethodCodec(
    schema.hooks.find((h) => h.name === 'MessageWillBePosted')!,
    types,
    new Translator(types, contract.root, schema),
    PACKAGE,
  );
  const dec = new GobDecoder();
  dec.push(readFileSync(fileURLToPath(new URL('../test/vectors/golden/gob/post.gob', import.meta.url))));
  const post = dec.next()!.value;
  const args = { A: { RequestId: 'r', SessionId: 's' }, B: post };
  const request = codec.argsToRequest(args);
  const response = { post: request.post, rejection_reason: '' };
  const def = contract.hooks.MessageWillBePosted!;
  const wire = def.requestSerialize(request);
  let sink: unknown;
  const bench = new Bench({ time: opts.time ?? 1000, warmup: true });
  bench
    .add('gob args → proto request (MessageWillBePosted, typical Post)', () => {
      sink = codec.argsToRequest(args);
    })
    .add('proto response → gob returns (MessageWillBePosted, typical Post)', () => {
      sink = codec.responseToReturns(response);
    })
    .add('proto request encode (protobufjs)', () => {
      sink = def.requestSerialize(request);
    })
    .add('proto request decode (protobufjs)', () => {
      sink = def.requestDeserialize(wire);
    });
  await bench.run();
  if (sink === undefined) throw new Error('unreachable');
  return bench.tasks.map((t) => {
    const r = t.result as { throughput?: { mean: number }; hz?: number } | undefined;
    const opsPerSec = r?.throughput?.mean ?? r?.hz ?? 0;
    return { name: t.name, opsPerSec, usPerOp: 1e6 / opsPerSec };
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.table(await runTranslateBench());
}
