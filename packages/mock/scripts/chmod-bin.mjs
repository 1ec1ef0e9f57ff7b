// Makes the CLI executable after `tsc -b` (tsc keeps the shebang but not the mode).
import { chmodSync, existsSync } from 'node:fs';

const bin = new URL('../dist/cli.js', import.meta.url);
if (existsSync(bin)) chmodSync(bin, 0o755);
