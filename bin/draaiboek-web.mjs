#!/usr/bin/env node
// `npm run web`: installs and builds when needed, then starts the browser edition.
import { join } from 'node:path';
import { prepare, root } from '../scripts/prepare.mjs';

prepare();
await import(join(root, 'out', 'main', 'web.js'));
