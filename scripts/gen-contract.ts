/**
 * Compiles the .proto contract into the two artefacts the bridge loads at run time (fast start:
 * no .proto parsing): src/generated/contract.json (protobufjs reflection, keepCase) and
 * src/generated/contract.binpb (a FileDescriptorSet from buf, served by gRPC reflection).
 *   npx tsx scripts/gen-contract.ts          write them
 *   npx tsx scripts/gen-contract.ts --check  fail if the committed ones differ
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import protobuf from 'protobufjs';
import { contractFiles } from '../src/bridge/grpc/contract-files.ts';
import { PACKAGE_ROOT, PROTO_DIR } from '../src/paths.ts';

const outDir = path.join(PACKAGE_ROOT, 'src', 'generated');
const check = process.argv.includes('--check');

const tmp = mkdtempSync(path.join(tmpdir(), 'contract-'));
const binTmp = path.join(tmp, 'contract.binpb');
execFileSync(
  path.join(PACKAGE_ROOT, 'node_modules', '.bin', 'buf'),
  ['build', PROTO_DIR, '--exclude-source-info', '-o', binTmp],
  {
    stdio: 'inherit',
  },
);
const bin = readFileSync(binTmp);

// protobufjs bundles google/protobuf/struct.proto as JSON with camelCase field names (nullValue, …);
// register it with the proto names every other language sees (null_value, …) before parsing.
protobuf.common('struct', {
  Struct: { fields: { fields: { keyType: 'string', type: 'Value', id: 1 } } },
  Value: {
    oneofs: {
      kind: {
        oneof: ['null_value', 'number_value', 'string_value', 'bool_value', 'struct_value', 'list_value'],
      },
    },
    fields: {
      null_value: { type: 'NullValue', id: 1 },
      number_value: { type: 'double', id: 2 },
      string_value: { type: 'string', id: 3 },
      bool_value: { type: 'bool', id: 4 },
      struct_value: { type: 'Struct', id: 5 },
      list_value: { type: 'ListValue', id: 6 },
    },
  },
  NullValue: { values: { NULL_VALUE: 0 } },
  ListValue: { fields: { values: { rule: 'repeated', type: 'Value', id: 1 } } },
});
const root = new protobuf.Root();
root.resolvePath = (_origin, target) =>
  target.startsWith('google/protobuf/') ? target : path.join(PROTO_DIR, target);
root.loadSync(contractFiles(), { keepCase: true });
root.resolveAll();
const json =
  JSON.stringify({ generated: 'by scripts/gen-contract.ts from proto/; DO NOT EDIT', ...root.toJSON() }) +
  '\n';

const targets: [string, Buffer][] = [
  [path.join(outDir, 'contract.json'), Buffer.from(json)],
  [path.join(outDir, 'contract.binpb'), bin],
];
let stale = false;
for (const [file, bytes] of targets) {
  if (check) {
    if (!existsSync(file) || !readFileSync(file).equals(bytes)) {
      console.error(`${path.relative(PACKAGE_ROOT, file)} is stale: run npx tsx scripts/gen-contract.ts`);
      stale = true;
    }
  } else {
    writeFileSync(file, bytes);
  }
}
process.exit(stale ? 1 : 0);
