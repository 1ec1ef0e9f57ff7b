#!/usr/bin/env node
// `pnpm run pack`: packs every publishable package (every packages/* that is not "private") exactly as it would be
// published: pnpm runs its `prepack` build and replaces `workspace:` and `catalog:` versions with real ones.
//
// Usage: node scripts/pack.mjs [--out DIR] [--json] [--built]
//   --out DIR   where the tarballs go (default: packs/ in the repository)
//   --json      print [{ name, version, file, bytes }] instead of one line per tarball
//   --built     skip the prepack builds: the packages are built already (the release check, after turbo's build)
//
// Until marginkit is on npm, install the tarballs as the README's "Install" section says (spec, core and client together).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { out: { type: 'string' }, json: { type: 'boolean' }, built: { type: 'boolean' } }, strict: true });
const out = path.resolve(values.out ?? path.join(root, 'packs'));
mkdirSync(out, { recursive: true });

/** pnpm itself when this runs under pnpm, else the version the repository pins, through npx. */
function pnpmCommand() {
  const execpath = process.env.npm_execpath;
  if (execpath && /pnpm\.c?js$/.test(execpath)) return [process.execPath, [execpath]];
  const { packageManager } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  return ['npx', ['-y', packageManager]];
}

const packagesDir = path.join(root, 'packages');
const publishable = readdirSync(packagesDir)
  .map((name) => path.join(packagesDir, name))
  .filter((dir) => statSync(path.join(dir, 'package.json'), { throwIfNoEntry: false })?.isFile())
  .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) }))
  .filter(({ manifest }) => manifest.private !== true);

// One pnpm run for all of them (each pnpm start-up costs seconds on a busy machine), one package at a time so
// that two prepack builds never write the same referenced package's dist/ at once.
const [command, prefix] = pnpmCommand();
const args = [
  ...prefix,
  '--recursive',
  '--workspace-concurrency=1',
  ...publishable.flatMap(({ manifest }) => ['--filter', manifest.name]),
  'pack',
  '--pack-destination',
  out,
  ...(values.built ? ['--config.ignore-scripts=true'] : []),
];
const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', timeout: 600_000 });
if (result.status !== 0) {
  process.stderr.write(`packing failed (${result.status ?? result.signal}):\n${result.stdout}${result.stderr}${result.error ?? ''}\n`);
  process.exit(1);
}
const packed = publishable.map(({ manifest }) => {
  const file = path.join(out, `${manifest.name.replace(/^@/, '').replace('/', '-')}-${manifest.version}.tgz`);
  return { name: manifest.name, version: manifest.version, file, bytes: statSync(file).size };
});

if (values.json) {
  process.stdout.write(`${JSON.stringify(packed, null, 2)}\n`);
} else {
  for (const p of packed) process.stdout.write(`${path.relative(process.cwd(), p.file)}  ${(p.bytes / 1024).toFixed(1)} KiB\n`);
}
