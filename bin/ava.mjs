#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's ESM API, so `npx ava` works straight after `npm ci` with no build step.
import { tsImport } from 'tsx/esm/api';

const { main } = await tsImport('../src/cli/main.ts', import.meta.url);
process.exitCode = await main(process.argv.slice(2));
