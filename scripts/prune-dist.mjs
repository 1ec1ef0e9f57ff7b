#!/usr/bin/env node
// Run in a package before `tsc -b`: deletes the compiled files in dist/ whose source in src/ no longer exists.
// tsc -b never removes the outputs of a deleted source, so a working tree that pulled such a deletion would keep
// (and pack, and let tests import) code that is gone. Outputs of existing sources are left alone, so the
// incremental build stays incremental. Usage: node ../../scripts/prune-dist.mjs [--dry-run]
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

const dist = path.resolve('dist');
const src = path.resolve('src');
const dryRun = process.argv.includes('--dry-run');
const OUTPUT = /(\.d\.ts\.map|\.d\.ts|\.js\.map|\.js)$/;

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else yield full;
  }
}

if (existsSync(dist)) {
  for (const file of files(dist)) {
    if (!OUTPUT.test(file)) continue;
    const source = path.join(src, path.relative(dist, file)).replace(OUTPUT, '.ts');
    if (existsSync(source)) continue;
    process.stdout.write(`${dryRun ? 'would remove' : 'removed'} ${path.relative(process.cwd(), file)} (no ${path.relative(process.cwd(), source)})\n`);
    if (!dryRun) rmSync(file);
  }
}
