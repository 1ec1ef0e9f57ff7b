#!/usr/bin/env node
// The `marginkit-mock` command. A committed file, so that package managers can link it before the package is
// built (the CLI itself is dist/cli.js).
import '../dist/cli.js';
