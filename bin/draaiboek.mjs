#!/usr/bin/env node
// The `draaiboek` command: builds when needed (quietly, on stderr), then runs the CLI.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { prepare, root } from '../scripts/prepare.mjs';

if (existsSync(join(root, 'electron'))) prepare(); // a source checkout, not an installed package
await import(join(root, 'out', 'main', 'cli.js'));
