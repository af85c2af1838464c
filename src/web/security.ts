import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_COOKIE = 'draaiboek_token';



function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function cookieToken(request: IncomingMessage): string | null {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === TOKEN_COOKIE) return value.join('=');
  }
  return null;
}

export type Verdict = { allowed: true; tokenFromUrl: boolean } | { allowed: false; status: 401 | 403; reason: string };

/**
 * Every request must come to the loopback name we listen on (a foreign Host header means DNS
 * rebinding), from our own origin if the browser says where it comes from (CSRF), and carry the token.
 */
export function judgeRequest(request: IncomingMessage, url: URL, port: number, token: string): Verdict {
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
  const fromUrl = url.searchParams.get('token');
  if (fromUrl !== null && sameSecret(fromUrl, token)) return { allowed: true, tokenFromUrl: true };
  const fromCookie = cookieToken(request);
  if (fromCookie !== null && sameSecret(fromCookie, token)) return { allowed: true, tokenFromUrl: false };
  return { allowed: false, status: 401, reason: 'missing or wrong token' };
}
