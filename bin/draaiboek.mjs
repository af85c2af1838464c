#!/usr/bin/env node
// The `draaiboek` command: builds when needed (quietly, on stderr), then runs the CLI.
import { join } from 'node:path';
import { prepare, root } from '../scripts/prepare.mjs';

prepare();
await import(join(root, 'out', 'main', 'cli.js'));
