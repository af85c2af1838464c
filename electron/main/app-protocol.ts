import type { Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../src/contract';
import { cacheControlFor, readStaticFile } from '../../src/services/static-files';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://draaiboek`;

/** Checklist item 18: the renderer is served from app://draaiboek, never file://, and only from its own folder. */
export function serveRenderer(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === 'draaiboek' ? await readStaticFile(rendererDir, url.pathname) : null;
    if (!file) return new Response('not found', { status: 404 });
    return new Response(new Uint8Array(file.body), {
      headers: { 'Content-Type': file.type, 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'Cache-Control': cacheControlFor(url.pathname) },
    });
  });
}
