#!/usr/bin/env node
// Compiled entry point (npm run build writes dist/). In a checkout without a build, use `npx tsx src/cli/main.ts`.
import '../dist/src/cli/main.js';
