#!/usr/bin/env node
// Runs the pinned Redocly CLI with telemetry, update checks and the Node 20 notice switched off, so that
// CI logs show only lint results. Usage: node scripts/redocly.mjs <redocly args...>
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const cli = path.join(path.dirname(require.resolve('@redocly/cli/package.json')), 'bin', 'cli.js');
const result = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: {
    ...process.env,
    REDOCLY_TELEMETRY: 'off',
    REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
    REDOCLY_SUPPRESS_NOTIFICATIONS: 'true',
    NO_UPDATE_NOTIFIER: '1',
  },
});
process.exit(result.status ?? 1);
