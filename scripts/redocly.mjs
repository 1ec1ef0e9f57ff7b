#!/usr/bin/env node
// Runs the pinned Redocly CLI with telemetry and update checks off. Redocly 2.x prints a boxed Node 20
// end-of-life notice on every run; it is dropped here so that CI logs show only results.
// Usage: node scripts/redocly.mjs <redocly args...>
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const cli = path.join(path.dirname(require.resolve('@redocly/cli/package.json')), 'bin', 'cli.js');
const child = spawn(process.execPath, [cli, ...process.argv.slice(2)], {
  stdio: ['inherit', 'pipe', 'pipe'],
  env: {
    ...process.env,
    REDOCLY_TELEMETRY: 'off',
    REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
    NO_UPDATE_NOTIFIER: '1',
  },
});

function dropNotice(source, sink) {
  let insideBox = false;
  let pending = '';
  source.setEncoding('utf8');
  source.on('data', (chunk) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      if (line.includes('╔')) insideBox = true;
      if (!insideBox) sink.write(`${line}\n`);
      if (line.includes('╚')) insideBox = false;
    }
  });
  source.on('end', () => {
    if (pending && !insideBox) sink.write(pending);
  });
}
dropNotice(child.stdout, process.stdout);
dropNotice(child.stderr, process.stderr);
child.on('close', (code) => process.exit(code ?? 1));
