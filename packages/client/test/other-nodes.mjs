// Runs the client tests (all but the browser test, which does not depend on the Node version) on Node 22 and
// 24 as well as on the Node that runs `pnpm test`: the transport, timers and sockets behave per Node release.
// `npx -y node@N` installs that Node from the npm registry (cached after the first run).
// MARGINKIT_NODE_VERSIONS="22" narrows the list; an empty value skips this step.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const versions = (process.env.MARGINKIT_NODE_VERSIONS ?? '22 24').split(/[\s,]+/).filter(Boolean);
const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
const cwd = fileURLToPath(new URL('..', import.meta.url));
let failed = 0;
for (const version of versions) {
  console.log(`\n=== client tests on Node ${version} ===`);
  const run = spawnSync('npx', ['-y', `node@${version}`, vitest, 'run', '--exclude', 'test/browser.test.ts'], { cwd, stdio: 'inherit' });
  if (run.status !== 0) {
    console.error(`client tests failed on Node ${version} (exit ${run.status ?? run.signal})`);
    failed++;
  }
}
process.exit(failed ? 1 : 0);
