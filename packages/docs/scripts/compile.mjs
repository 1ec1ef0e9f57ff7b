#!/usr/bin/env node
// Compiles src/ to lib/ with esbuild, without type-checking (`pnpm lint` runs tsc --noEmit over src and test):
// the build must stay within its time budget on a busy CI machine, and TypeScript alone takes a second to load.
//   lib/*.js        the build script and the docs server (Node ESM, one file per source file)
//   lib/site/*.js   the browser scripts of the site, each bundled into one classic script
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const srcDir = path.join(packageDir, 'src');
const libDir = path.join(packageDir, 'lib');
const nodeSources = readdirSync(srcDir).filter((name) => name.endsWith('.ts')).map((name) => path.join(srcDir, name));
const browserEntries = ['try.ts', 'exact-ints.ts'].map((name) => path.join(srcDir, 'site', name));

rmSync(libDir, { recursive: true, force: true });
await Promise.all([
  build({ entryPoints: nodeSources, outdir: libDir, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning' }),
  // Classic scripts (IIFE), not modules: a page opened from disk (file://) may not run module scripts.
  build({ entryPoints: browserEntries, outdir: path.join(libDir, 'site'), bundle: true, format: 'iife', platform: 'browser', target: 'es2022', logLevel: 'warning' }),
]);
