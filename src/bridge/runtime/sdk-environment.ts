/**
 * The SDKs of this bridge, offered to the language plugins it starts, so that a bundle needs to
 * vendor neither and the SDK always matches the bridge's contract (a bundle's own copy still wins):
 *  - Node: NODE_OPTIONS gets `--import=<sdk/node/loader/register.mjs>`, whose resolve hooks map
 *    `@mattermost-plugin-bridge/sdk` to this bridge's SDK and `tsx` to this bridge's tsx;
 *  - Python: this bridge's sdk/python/src goes last on PYTHONPATH (after the bundle's server/vendor
 *    and the environment's own path), for `import mattermost_plugin_bridge`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PACKAGE_ROOT } from '../../paths.ts';

/** A module of the Node SDK: compiled when the bridge was built, else the TypeScript source (needs tsx). */
export function nodeSdkModule(name: 'index' | 'in-process'): string {
  const built = path.join(PACKAGE_ROOT, 'dist', 'sdk', 'node', 'src', `${name}.js`);
  return pathToFileURL(
    existsSync(built) ? built : path.join(PACKAGE_ROOT, 'sdk', 'node', 'src', `${name}.ts`),
  ).href;
}

export function withBridgeSdks(env: NodeJS.ProcessEnv, bundleDir: string): NodeJS.ProcessEnv {
  const out = { ...env };
  const vendor = path.resolve(bundleDir, 'server', 'vendor');
  const pythonSdk = path.join(PACKAGE_ROOT, 'sdk', 'python', 'src');
  out.PYTHONPATH = [
    existsSync(vendor) ? vendor : '',
    env.PYTHONPATH ?? '',
    existsSync(pythonSdk) ? pythonSdk : '',
  ]
    .filter(Boolean)
    .join(path.delimiter);
  const register = pathToFileURL(path.join(PACKAGE_ROOT, 'sdk', 'node', 'loader', 'register.mjs')).href;
  out.NODE_OPTIONS = [env.NODE_OPTIONS ?? '', `--import=${register}`].filter(Boolean).join(' ');
  out.MM_BRIDGE_NODE_SDK = nodeSdkModule('index');
  out.MM_BRIDGE_PACKAGE_ROOT = PACKAGE_ROOT;
  return out;
}
