import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

/** A file of the built renderer, or null; paths that try to climb out of the folder are refused. */
export async function readStaticFile(root: string, urlPath: string): Promise<{ body: Buffer; type: string } | null> {
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath === '/' ? '/index.html' : urlPath);
  } catch {
    return null;
  }
  if (relative.includes('\0')) return null;
  const file = normalize(join(root, relative));
  if (!file.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  try {
    if (!(await stat(file)).isFile()) return null;
    return { body: await readFile(file), type: TYPES[extname(file)] ?? 'application/octet-stream' };
  } catch {
    return null;
  }
}

/**
 * How long a browser may keep a file of the built renderer. Vite names everything under /assets/ by a hash
 * of its content, so such a file never changes: kept a year without asking again. Everything else (the
 * page itself, the icon) is asked again each time, so a new build is picked up on the next load.
 */
export function cacheControlFor(urlPath: string): string {
  return /^\/assets\/[^/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/.test(urlPath) ? 'public, max-age=31536000, immutable' : 'no-cache';
}
