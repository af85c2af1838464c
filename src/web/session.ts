import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** The header the page sends its session secret in; a custom header also forces a CORS preflight cross-site. */
export const SESSION_HEADER = 'x-draaiboek-session';
/** Where the page finds its session secret in the HTML that answered the one-time address. */
export const SESSION_META = 'draaiboek-session';

const secret = () => randomBytes(24).toString('hex');

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

const holds = (list: Iterable<string>, given: string | null | undefined) => {
  if (!given) return false;
  let found = false;
  // Every entry is compared, so the time taken tells nothing about which one came close.
  for (const entry of list) found = sameSecret(given, entry) || found;
  return found;
};

/**
 * The credentials of one server instance. Browsers send every 127.0.0.1 cookie to every port, so no
 * cookie may open the API:
 * - the printed address carries a one-time token, burned by its first use (history holds nothing of value);
 * - that first load sets a page-key cookie, named after this port and a random instance id so two
 *   instances never overwrite each other; it only lets the public app bundle load, so another local
 *   server receiving it gains nothing;
 * - the same answer hands the page a session secret (in the HTML, never a cookie); the page keeps it in
 *   its own origin's storage, which another port cannot read, and sends it as a header on API calls.
 */
export class WebSessions {
  readonly cookieName: string;
  private readonly unused = new Set<string>();
  private readonly used = new Set<string>();
  private readonly pageKeys: string[] = [];
  private readonly secrets: string[] = [];

  constructor(port: number) {
    this.cookieName = `draaiboek-${port}-${randomBytes(6).toString('hex')}`;
  }

  /** A fresh one-time token for a printed (or test) address. */
  issueToken(): string {
    const token = secret();
    this.unused.add(token);
    return token;
  }

  /** Burns an unused token and opens a session for it; null for an unknown or already used token. */
  exchange(token: string): { pageKey: string; secret: string; cookie: string } | null {
    let match: string | null = null;
    for (const candidate of this.unused) if (sameSecret(token, candidate)) match = candidate;
    if (match === null) return null;
    this.unused.delete(match);
    this.used.add(match);
    const session = { pageKey: secret(), secret: secret() };
    this.pageKeys.push(session.pageKey);
    this.secrets.push(session.secret);
    return { ...session, cookie: `${this.cookieName}=${session.pageKey}; HttpOnly; SameSite=Strict; Path=/` };
  }

  wasUsed(token: string): boolean {
    return holds(this.used, token);
  }

  /** The page-key cookie: enough for the page and its assets, never for the API. */
  hasPageKey(request: IncomingMessage): boolean {
    for (const part of (request.headers.cookie ?? '').split(';')) {
      const [name, ...value] = part.trim().split('=');
      if (name === this.cookieName && holds(this.pageKeys, value.join('='))) return true;
    }
    return false;
  }

  /** The session secret in its header: the only thing that opens the API. */
  hasSecret(request: IncomingMessage): boolean {
    const given = request.headers[SESSION_HEADER];
    return typeof given === 'string' && holds(this.secrets, given);
  }
}
