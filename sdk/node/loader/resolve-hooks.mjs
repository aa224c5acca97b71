// Module resolve hooks for language plugins run by mm-bridge. A plugin's own copy always wins
// (normal resolution first); only when the bundle has none:
//   @mattermost-plugin-bridge/sdk  → the Node SDK of the running bridge (MM_BRIDGE_NODE_SDK), so the
//                                    SDK always matches the bridge's contract;
//   tsx, tsx/*                     → the bridge's tsx, so `node --import tsx server/plugin.ts` runs.
// Applies to ES modules: a TypeScript plugin needs "type": "module" in its package.json (or .mts).
import { pathToFileURL } from 'node:url';

export const SDK_SPECIFIER = '@mattermost-plugin-bridge/sdk';
let sdk;
let root;

export function initialize(data) {
  sdk = data?.sdk;
  root = data?.root;
}

export async function resolve(specifier, context, next) {
  try {
    return await next(specifier, context);
  } catch (err) {
    if (specifier === SDK_SPECIFIER && sdk) return next(sdk, context);
    if ((specifier === 'tsx' || specifier.startsWith('tsx/')) && root)
      return next(specifier, { ...context, parentURL: pathToFileURL(`${root}/package.json`).href });
    throw err;
  }
}
