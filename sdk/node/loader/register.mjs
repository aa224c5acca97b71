// Loaded by mm-bridge into every language plugin it starts (NODE_OPTIONS=--import=<this file>):
// registers resolve hooks so that a plugin bundle can import the SDK of the bridge that runs it,
// and run TypeScript with `node --import tsx`, without vendoring either (see resolve-hooks.mjs).
import { register } from 'node:module';

register('./resolve-hooks.mjs', import.meta.url, {
  data: { sdk: process.env.MM_BRIDGE_NODE_SDK, root: process.env.MM_BRIDGE_PACKAGE_ROOT },
});
