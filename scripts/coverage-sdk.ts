/**
 * SDK coverage: does each SDK offer every rpc of the contract (src/generated/contract.json)?
 *
 * - Node (sdk/node): a `PluginApi` method per PluginAPI rpc and a `PluginDriver` method per
 *   PluginDriver rpc (read from the generated interfaces with the TypeScript compiler, and the
 *   run-time method tables next to them); per PluginHooks rpc a `Hooks` member, or for a streaming
 *   hook the PluginDefinition option PLUGIN_HOOKS names (sdk/node/src/definition.ts); Implemented
 *   answered by the hooks service (hooks-service.ts).
 * - Python (sdk/python): per PluginAPI rpc an entry of API_METHODS and that method on both APIClient
 *   and AsyncAPIClient (client_gen.py); per PluginHooks rpc an entry of HOOKS, and a typed @hook
 *   overload or, for ServeHTTP / ServeMetrics, the Plugin.http / Plugin.metrics adapter
 *   (hooks_gen.py, plugin.py); Implemented answered by the server.
 *
 *   npx tsx scripts/coverage-sdk.ts
 *
 * Prints X/Y per SDK and part, lists what is missing, and exits 1 unless everything is Y/Y.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { PACKAGE } from '../src/bridge/grpc/contract.ts';
import { PACKAGE_ROOT } from '../src/paths.ts';
import { PLUGIN_API_METHODS } from '../sdk/node/src/generated/plugin-api.ts';
import { PLUGIN_DRIVER_METHODS } from '../sdk/node/src/generated/plugin-driver.ts';
import { PLUGIN_HOOKS } from '../sdk/node/src/generated/plugin-hooks.ts';

const read = (...p: string[]): string => readFileSync(path.join(PACKAGE_ROOT, ...p), 'utf8');

// ---- the contract -------------------------------------------------------------------------------

type Ns = { nested?: Record<string, Ns>; methods?: Record<string, unknown> };
let ns = JSON.parse(read('src', 'generated', 'contract.json')) as Ns;
for (const part of PACKAGE.split('.')) ns = ns.nested![part]!;
const rpcs = (service: string): string[] => Object.keys(ns.nested![service]!.methods!);
const contract = { api: rpcs('PluginAPI'), hooks: rpcs('PluginHooks'), driver: rpcs('PluginDriver') };

// ---- Node: members of the generated interfaces, by the TypeScript compiler -----------------------

function interfaceMembers(file: string, name: string): Set<string> {
  const source = ts.createSourceFile(file, read(file), ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const members = new Set<string>();
  let found = false;
  source.forEachChild((node) => {
    if (!ts.isInterfaceDeclaration(node) || node.name.text !== name) return;
    found = true;
    for (const m of node.members) if (m.name && ts.isIdentifier(m.name)) members.add(m.name.text);
  });
  if (!found) throw new Error(`${file}: no interface ${name}`);
  return members;
}

const nodeApi = interfaceMembers('sdk/node/src/generated/plugin-api.ts', 'PluginApi');
const nodeDriver = interfaceMembers('sdk/node/src/generated/plugin-driver.ts', 'PluginDriver');
const nodeHooks = interfaceMembers('sdk/node/src/generated/plugin-hooks.ts', 'Hooks');
const nodeOptions = interfaceMembers('sdk/node/src/definition.ts', 'PluginDefinition');
const nodeRuntime = read('sdk', 'node', 'src', 'hooks-service.ts');
const hookTable = PLUGIN_HOOKS as Record<string, { kind: string; option?: string }>;

const node = {
  api: (m: string): string | null =>
    !nodeApi.has(m)
      ? 'no PluginApi method'
      : !(m in PLUGIN_API_METHODS)
        ? 'not in PLUGIN_API_METHODS (the client would not have it at run time)'
        : null,
  driver: (m: string): string | null =>
    !nodeDriver.has(m)
      ? 'no PluginDriver method'
      : !(m in PLUGIN_DRIVER_METHODS)
        ? 'not in PLUGIN_DRIVER_METHODS'
        : null,
  hooks: (h: string): string | null => {
    if (h === 'Implemented')
      return nodeRuntime.includes("name === 'Implemented'")
        ? null
        : 'Implemented not answered by hooks-service.ts';
    const option = hookTable[h]?.option;
    if (option) return nodeOptions.has(option) ? null : `no PluginDefinition option ${option}`;
    return nodeHooks.has(h) ? null : 'no Hooks member';
  },
};

// ---- Python: the generated clients and hook table -----------------------------------------------

const py = (file: string): string => read('sdk', 'python', 'src', 'mattermost_plugin_bridge', file);
const clientGen = py('client_gen.py');
const hooksGen = py('hooks_gen.py');
const pluginPy = py('plugin.py');
const serverPy = py('server.py');

function classBody(src: string, name: string): string {
  const start = src.indexOf(`\nclass ${name}(`);
  if (start < 0) throw new Error(`client_gen.py: no class ${name}`);
  const next = src.indexOf('\nclass ', start + 1);
  return src.slice(start, next < 0 ? undefined : next);
}

const apiMethods = new Map<string, string>();
const table = /API_METHODS: Mapping\[str, str\] = \{([\s\S]*?)\n\}/.exec(clientGen)?.[1] ?? '';
for (const m of table.matchAll(/"(\w+)": "(\w+)"/g)) apiMethods.set(m[1]!, m[2]!);
const syncClient = classBody(clientGen, 'APIClient');
const asyncClient = classBody(clientGen, 'AsyncAPIClient');
const pyHooks = new Set([...hooksGen.matchAll(/^ {4}"(\w+)": HookSpec\(/gm)].map((m) => m[1]!));
const pyOverloads = new Set([...hooksGen.matchAll(/def hook\(name: Literal\["(\w+)"\]/g)].map((m) => m[1]!));
const pyAdapters: Record<string, string> = { ServeHTTP: 'http', ServeMetrics: 'metrics' };

const python = {
  api: (m: string): string | null => {
    const fn = apiMethods.get(m);
    if (!fn) return 'not in API_METHODS';
    if (!new RegExp(`\\n    def ${fn}\\(`).test(syncClient)) return `APIClient has no ${fn}()`;
    if (!new RegExp(`\\n    async def ${fn}\\(`).test(asyncClient)) return `AsyncAPIClient has no ${fn}()`;
    return null;
  },
  hooks: (h: string): string | null => {
    if (h === 'Implemented')
      return serverPy.includes('"Implemented"') ? null : 'Implemented not answered by server.py';
    if (!pyHooks.has(h)) return 'not in HOOKS';
    const adapter = pyAdapters[h];
    if (adapter)
      return new RegExp(`\\n    ${adapter}: Optional\\[HTTPAdapter\\]`).test(pluginPy)
        ? null
        : `no Plugin.${adapter}`;
    return pyOverloads.has(h) ? null : 'no @hook overload';
  },
};

// ---- report ---------------------------------------------------------------------------------------

let failed = false;
function report(sdk: string, part: string, names: string[], check: (n: string) => string | null): void {
  const missing = names.map((n) => [n, check(n)] as const).filter(([, why]) => why !== null);
  console.log(`${sdk} ${part}: ${names.length - missing.length}/${names.length}`);
  for (const [n, why] of missing) console.log(`  missing ${n}: ${why}`);
  if (missing.length) failed = true;
}

report('node', 'API methods', contract.api, node.api);
report('node', 'hooks', contract.hooks, node.hooks);
report('node', 'driver methods', contract.driver, node.driver);
report('python', 'API methods', contract.api, python.api);
report('python', 'hooks', contract.hooks, python.hooks);

// Anything an SDK offers that the contract does not have is stale generated code.
const extra = [
  ...[...nodeApi].filter((m) => !contract.api.includes(m)).map((m) => `node PluginApi.${m}`),
  ...[...nodeHooks].filter((h) => !contract.hooks.includes(h)).map((h) => `node Hooks.${h}`),
  ...[...apiMethods.keys()].filter((m) => !contract.api.includes(m)).map((m) => `python API_METHODS ${m}`),
  ...[...pyHooks].filter((h) => !contract.hooks.includes(h)).map((h) => `python HOOKS ${h}`),
];
for (const e of extra) console.log(`not in the contract (stale generated code?): ${e}`);
if (extra.length) failed = true;

process.exit(failed ? 1 : 0);
