/**
 * The packages as a user gets them: `scripts/pack.mjs` packs every publishable package (`workspace:` and
 * `catalog:` versions replaced; the build its prepack script would run is turbo's, which this task depends on), npm installs the tarballs into a fresh project (registry
 * dependencies from the npm registry), and that project imports them (ESM), makes signed calls against the packed
 * mock, runs the mock's bin through npx and compiles a TypeScript consumer at the stated floor (5.4) and at the
 * repository's TypeScript with `skipLibCheck: false`. Each step has its own time limit; sizes and times go to
 * test-results/release-check.json.
 */
import { type SpawnSyncReturns, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = path.resolve(packageDir, '..', '..');
const fixtures = path.join(packageDir, 'fixtures');

/** The lowest TypeScript the packages support (stated in the READMEs), and the @types/node it is used with. */
const TYPESCRIPT_FLOOR = '5.4.5';
const TYPES_NODE = '^20.19.0';

interface Packed {
  readonly name: string;
  readonly version: string;
  readonly file: string;
  readonly bytes: number;
}

/** The environment for npm and node in the consumer project: none of pnpm's npm_* variables, which npm would read as its own configuration. */
function consumerEnv(): NodeJS.ProcessEnv {
  const keep = /^npm_config_(registry|cache|proxy|https_proxy|noproxy|strict_ssl|cafile)$/i;
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name) || keep.test(name)));
}

function run(command: string, args: readonly string[], cwd: string, timeoutMs: number): SpawnSyncReturns<string> & { ms: number } {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: timeoutMs, env: consumerEnv() });
  const ms = Math.round(performance.now() - started);
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal ?? result.error?.message}) after ${ms} ms:\n${result.stdout}${result.stderr}`);
  }
  return { ...result, ms };
}

function tarEntries(file: string): string[] {
  return run('tar', ['tzf', file], path.dirname(file), 300_000).stdout.trim().split('\n');
}

function tarFile(file: string, entry: string): string {
  return run('tar', ['xzf', file, '-O', entry], path.dirname(file), 300_000).stdout;
}

function sizeOf(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((n, e) => {
    const full = path.join(dir, e.name);
    return n + (e.isDirectory() ? sizeOf(full) : e.isFile() ? statSync(full).size : 0);
  }, 0);
}

/**
 * The other packages the JavaScript under `dir` imports: bare specifiers outside comments, without builtins,
 * relative or `#` imports, or the package's own name (`self`).
 */
function importedPackages(dir: string, self: string): Set<string> {
  const found = new Set<string>();
  const visit = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (entry.name.endsWith('.js')) {
        const code = readFileSync(full, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
        for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s*)['"]((?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(?:\/[\w.@-]+)*)['"]/gim)) {
          const spec = m[1] ?? '';
          if (spec.startsWith('.') || spec.startsWith('#') || spec.startsWith('node:') || builtinModules.includes(spec.split('/')[0] ?? '')) continue;
          const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] ?? spec);
          if (name !== self) found.add(name);
        }
      }
    }
  };
  visit(dir);
  return found;
}

/** Where the README's install lines expect the packed tarballs. */
const README_PACKS = '/path/to/marginkit/packs/';

/** The `npm install` lines of the README's "Install" section (its first sh block). */
function readmeInstallLines(): string[] {
  const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('\n## Install\n'));
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  return block
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line.startsWith('npm install '));
}

const publishable = readdirSync(path.join(repoRoot, 'packages'))
  .map((name) => path.join(repoRoot, 'packages', name, 'package.json'))
  .filter((file) => existsSync(file))
  .map((file) => JSON.parse(readFileSync(file, 'utf8')) as { name: string; version: string; private?: boolean })
  .filter((manifest) => manifest.private !== true);

describe('the packages as published, installed with npm into a fresh project', () => {
  let work: string;
  let consumer: string;
  let packed: Packed[];
  const report: Record<string, unknown> = {};

  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), 'marginkit-release-'));
    // --built: turbo built every package before this task (its prepack build would repeat that work).
    const pack = run(process.execPath, [path.join(repoRoot, 'scripts', 'pack.mjs'), '--out', path.join(work, 'packs'), '--json', '--built'], repoRoot, 300_000);
    packed = JSON.parse(pack.stdout) as Packed[];
    report.packMs = pack.ms;
    report.tarballs = Object.fromEntries(packed.map((p) => [p.name, p.bytes]));

    consumer = path.join(work, 'consumer');
    mkdirSync(consumer);
    writeFileSync(path.join(consumer, 'package.json'), JSON.stringify({ name: 'marginkit-consumer', private: true, type: 'module' }, null, 2));
    // The README's install lines, as written (their tarball paths pointed at this pack), then the TypeScript floor.
    const npmFlags = ['--no-audit', '--no-fund', '--loglevel=error', '--prefer-offline'];
    const readmeLines = readmeInstallLines();
    expect(readmeLines.length).toBeGreaterThan(0);
    let installMs = 0;
    for (const line of readmeLines) {
      const args = line.split(/\s+/).slice(1).map((arg) => arg.replace(README_PACKS, `${path.join(work, 'packs')}/`));
      for (const file of args.filter((arg) => arg.endsWith('.tgz'))) expect(packed.map((p) => p.file), `README: ${line}`).toContain(file);
      installMs += run('npm', [...args, ...npmFlags], consumer, 300_000).ms;
    }
    installMs += run('npm', ['install', ...npmFlags, `typescript@${TYPESCRIPT_FLOOR}`, `@types/node@${TYPES_NODE}`], consumer, 300_000).ms;
    report.installMs = installMs;
    // The README's lines installed every package, the client and spec as dependencies and the mock for development.
    const installed = JSON.parse(readFileSync(path.join(consumer, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
    expect(Object.keys(installed.dependencies ?? {}).filter((n) => n.startsWith('@marginkit/')).sort()).toEqual(['@marginkit/client', '@marginkit/core', '@marginkit/spec']);
    expect(Object.keys(installed.devDependencies ?? {}).filter((n) => n.startsWith('@marginkit/'))).toEqual(['@marginkit/mock']);
    report.installedBytes = Object.fromEntries(
      readdirSync(path.join(consumer, 'node_modules', '@marginkit')).map((name) => [`@marginkit/${name}`, sizeOf(path.join(consumer, 'node_modules', '@marginkit', name))]),
    );
  });

  afterAll(() => {
    mkdirSync(path.join(packageDir, 'test-results'), { recursive: true });
    writeFileSync(path.join(packageDir, 'test-results', 'release-check.json'), `${JSON.stringify(report, null, 2)}\n`);
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('packs every publishable package with what a user needs and nothing of the build', () => {
    expect(packed.map((p) => p.name).sort()).toEqual(publishable.map((m) => m.name).sort());
    expect(packed.map((p) => p.name).sort()).toEqual(['@marginkit/client', '@marginkit/core', '@marginkit/mock', '@marginkit/spec']);
    for (const p of packed) {
      const entries = tarEntries(p.file);
      for (const needed of ['package/package.json', 'package/README.md', 'package/LICENSE', 'package/dist/index.js', 'package/dist/index.d.ts']) {
        expect(entries, `${p.name}: ${needed}`).toContain(needed);
      }
      expect(entries.filter((e) => /\.tsbuildinfo$|\/test\/|\.test\.[jt]s$/.test(e)), p.name).toEqual([]);
      // Every compiled file has its source: no output of a source that no longer exists.
      const stale = entries.filter((e) => /^package\/dist\/.+\.js$/.test(e) && !entries.includes(e.replace(/^package\/dist\//, 'package/src/').replace(/\.js$/, '.ts')));
      expect(stale, `${p.name}: dist/ files without a source (rebuild from a clean dist/)`).toEqual([]);
      const text = tarFile(p.file, 'package/package.json');
      expect(text, `${p.name}: versions replaced`).not.toMatch(/"(workspace|catalog):/);
      const manifest = JSON.parse(text) as Record<string, any>;
      expect(manifest.repository?.url, p.name).toMatch(/^git\+https:\/\/github\.com\/.+\.git$/);
      expect(manifest.repository?.directory, p.name).toMatch(/^packages\//);
      expect(manifest.homepage, p.name).toMatch(/^https:\/\//);
      expect(manifest.bugs, p.name).toMatch(/^https:\/\/.+\/issues$/);
      expect(manifest.license, p.name).toBe('MIT');
      expect(manifest.engines?.node, p.name).toBe('>=20.19');
    }
    // A fresh clone has no dist/, a working tree may hold files of sources since deleted: packing builds dist/ anew.
    for (const m of publishable) expect((m as { scripts?: Record<string, string> }).scripts?.prepack, m.name).toMatch(/rmSync\('dist'.*&& pnpm run build$/);
    const mock = packed.find((p) => p.name === '@marginkit/mock')!;
    expect(tarEntries(mock.file)).toContain('package/bin/marginkit-mock.js');
  });

  it('declares exactly the dependencies its code imports; the spec keeps Ajv an optional peer', () => {
    for (const p of packed) {
      const manifest = JSON.parse(tarFile(p.file, 'package/package.json')) as Record<string, Record<string, unknown> | undefined>;
      const declared = [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})].sort();
      const dist = path.join(consumer, 'node_modules', p.name, 'dist');
      expect([...importedPackages(dist, p.name)].sort(), `${p.name}: what dist/ imports vs dependencies + peerDependencies`).toEqual(declared);
    }
    const spec = JSON.parse(tarFile(packed.find((p) => p.name === '@marginkit/spec')!.file, 'package/package.json')) as Record<string, any>;
    expect(spec.dependencies ?? {}).toEqual({});
    expect(spec.peerDependenciesMeta?.ajv?.optional).toBe(true);
    // So nothing in this project pulled Ajv in.
    expect(existsSync(path.join(consumer, 'node_modules', 'ajv'))).toBe(false);
  });

  it('imports every package (ESM) and makes signed calls with the packed client against the packed mock', () => {
    copyFileSync(path.join(fixtures, 'smoke.mjs'), path.join(consumer, 'smoke.mjs'));
    const smoke = run(process.execPath, ['smoke.mjs'], consumer, 60_000);
    report.smokeMs = smoke.ms;
    const checks = JSON.parse(smoke.stdout.trim().split('\n').at(-1) ?? '{}') as Record<string, unknown>;
    expect(checks).toMatchObject({ decimal: true, orderId: true, seededOrder: true, fills: true, oneBalance: true });
    expect(checks.operations).toBeGreaterThanOrEqual(50);
  });

  it("runs the mock's bin through npx", async () => {
    const mockVersion = packed.find((p) => p.name === '@marginkit/mock')!.version;
    expect(run('npx', ['--no-install', 'marginkit-mock', '--version'], consumer, 60_000).stdout).toBe(`${mockVersion}\n`);
    // Its own process group: stopping it stops npx and the mock it runs.
    const child = spawn('npx', ['--no-install', 'marginkit-mock', '--port', '0', '--log-format', 'json'], {
      cwd: consumer,
      env: consumerEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`the mock did not start within 60 s:\n${output}`)), 60_000);
        child.stdout.on('data', () => {
          const line = /^\{"event":"listening".*$/m.exec(output)?.[0];
          if (line) {
            clearTimeout(timer);
            resolve((JSON.parse(line) as { url: string }).url);
          }
        });
        child.on('exit', (code) => reject(new Error(`the mock exited (${code}):\n${output}`)));
      });
      const ping = await fetch(`${url}/papi/v1/ping`, { signal: AbortSignal.timeout(10_000) });
      expect(ping.status).toBe(200);
    } finally {
      process.kill(-child.pid!, 'SIGTERM');
    }
    await exited;
    expect(output).not.toMatch(/Error|ERR!/);
  });

  it(`compiles a TypeScript consumer with skipLibCheck false on TypeScript ${TYPESCRIPT_FLOOR} (the floor) and on the repository's TypeScript`, () => {
    cpSync(path.join(fixtures, 'consumer.ts'), path.join(consumer, 'consumer.ts'));
    cpSync(path.join(fixtures, 'tsconfig.json'), path.join(consumer, 'tsconfig.json'));
    const floor = path.join(consumer, 'node_modules', 'typescript', 'bin', 'tsc');
    expect(run(process.execPath, [floor, '--version'], consumer, 30_000).stdout.trim()).toBe(`Version ${TYPESCRIPT_FLOOR}`);
    // Safety nets, not speed limits: 24 s each on a busy machine, more than 120 s at load 37.
    report.tscFloorMs = run(process.execPath, [floor, '-p', 'tsconfig.json'], consumer, 600_000).ms;
    const current = path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
    report.tscCurrentMs = run(process.execPath, [current, '-p', 'tsconfig.json'], consumer, 600_000).ms;
  }, 1_300_000);

  it('the changesets release flow versions every package 0.1.0 on its first release', () => {
    const copy = path.join(work, 'changesets');
    mkdirSync(copy);
    for (const file of ['package.json', 'pnpm-workspace.yaml']) copyFileSync(path.join(repoRoot, file), path.join(copy, file));
    cpSync(path.join(repoRoot, '.changeset'), path.join(copy, '.changeset'), { recursive: true });
    for (const name of readdirSync(path.join(repoRoot, 'packages'))) {
      const manifest = path.join(repoRoot, 'packages', name, 'package.json');
      if (!existsSync(manifest)) continue;
      mkdirSync(path.join(copy, 'packages', name), { recursive: true });
      copyFileSync(manifest, path.join(copy, 'packages', name, 'package.json'));
    }
    run(process.execPath, [path.join(repoRoot, 'node_modules', '@changesets', 'cli', 'bin.js'), 'version'], copy, 60_000);
    for (const m of publishable) {
      const dir = m.name.replace('@marginkit/', '');
      expect(JSON.parse(readFileSync(path.join(copy, 'packages', dir, 'package.json'), 'utf8')).version, m.name).toBe('0.1.0');
    }
  });
});
