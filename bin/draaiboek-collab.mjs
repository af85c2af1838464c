#!/usr/bin/env node
// `npm run collab`: installs and builds when needed, then starts the collaboration server a team runs itself.
import { join } from 'node:path';
import { prepare, root } from '../scripts/prepare.mjs';

prepare();
await import(join(root, 'out', 'main', 'collab.js'));
