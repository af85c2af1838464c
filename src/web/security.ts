import type { IncomingMessage } from 'node:http';
import type { WebSessions } from './session';

export type Verdict =
  | { allowed: true; action: 'serve' }
  /** The first use of the printed address: serve the page with a fresh session. */
  | { allowed: true; action: 'start-session'; session: { secret: string; cookie: string } }
  /** A used address opened again in a browser that already has its page key: just drop the token. */
  | { allowed: true; action: 'drop-token' }
  | { allowed: false; status: 401 | 403; reason: string };

/**
 * Every request must come to the loopback name we listen on (a foreign Host header means DNS
 * rebinding), from our own origin if the browser says where it comes from (CSRF), and carry this
 * instance's credential: the session header for the API, the page key for the page and its assets.
 */
export function judgeRequest(request: IncomingMessage, url: URL, port: number, sessions: WebSessions): Verdict {
  const allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const host = request.headers.host ?? '';
  if (!allowedHosts.has(host)) return { allowed: false, status: 403, reason: 'foreign host' };
  const origin = request.headers.origin;
  if (origin !== undefined && !allowedHosts.has(origin.replace(/^http:\/\//, ''))) {
    return { allowed: false, status: 403, reason: 'foreign origin' };
  }
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    return { allowed: false, status: 403, reason: 'cross-site request' };
  }
  if (url.pathname.startsWith('/api/')) {
    return sessions.hasSecret(request) ? { allowed: true, action: 'serve' } : { allowed: false, status: 401, reason: 'missing or wrong session' };
  }
  const token = url.searchParams.get('token');
  if (token !== null) {
    const session = sessions.exchange(token);
    if (session) return { allowed: true, action: 'start-session', session };
    if (sessions.wasUsed(token) && sessions.hasPageKey(request)) return { allowed: true, action: 'drop-token' };
    return { allowed: false, status: 401, reason: 'unknown or already used token' };
  }
  return sessions.hasPageKey(request) ? { allowed: true, action: 'serve' } : { allowed: false, status: 401, reason: 'missing or wrong token' };
}

/** The exact JSON media type, optionally with charset=utf-8; a prefix match would let `application/jsonp` in. */
export function isJsonContentType(header: string | undefined): boolean {
  return /^application\/json\s*(;\s*charset="?utf-8"?\s*)?$/i.test(header ?? '');
}
