#!/usr/bin/env node
// `npx duizhao ...`. Installed from the package it runs the compiled CLI in `dist/`; in the
// repository (where `src/` is) it runs the TypeScript sources, compiled in this same process by
// tsx's loader. Either way there is one process: a second one (a worker started by this script)
// used to outlive a killed parent and write its output seconds later.
import { existsSync } from 'node:fs';

const source = new URL('../src/cli/main.ts', import.meta.url);
let main;
if (existsSync(source)) {
  const { register } = await import('tsx/esm/api');
  register();
  main = await import(source.href);
} else {
  main = await import(new URL('../dist/cli/main.js', import.meta.url).href);
}
await main.runAndExit(process.argv.slice(2));
