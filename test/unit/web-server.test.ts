import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/contract';
import { startWebServer, type RunningWebServer } from '../../src/web/server';
import { BUILTIN_CARD_IDS, makeCurriculumDocument, makeServices, makeTempDir, removeDir } from './fixtures';

const INDEX_HTML = '<!doctype html><title>Draaiboek test</title>';
let dir: string;
let server: RunningWebServer;
/** The page-key cookie and session secret one browser got from its one-time address. */
let cookie: string;
let secret: string;

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** node:http rather than fetch, so the test controls the Host and Origin headers. */
function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: server.port,
        path,
        method: options.method ?? 'GET',
        headers: { Host: `127.0.0.1:${server.port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}
const api = (method: string, payload: unknown, headers: Record<string, string> = {}) =>
  send(`/api/${method}`, {
    method: 'POST',
    headers: { Cookie: cookie, 'X-Draaiboek-Session': secret, 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(payload),
  });

beforeAll(async () => {
  dir = await makeTempDir();
  const rendererDir = join(dir, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), INDEX_HTML);
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(rendererDir, 'assets', 'index-5IUG6xnO.js'), 'console.log(2)');
  await writeFile(join(dir, 'secret.txt'), 'outside the renderer folder');
  server = await startWebServer({ services: await makeServices(join(dir, 'data')), rendererDir, port: 0 });
  ({ cookie, secret } = await startSession(server.url));
});

/** What a browser does with a printed address: its first load sets the page key and hands over the secret. */
async function startSession(address: string): Promise<{ cookie: string; secret: string; setCookie: string }> {
  const url = new URL(address);
  const reply = await send(url.pathname + url.search);
  expect(reply.status).toBe(200);
  const setCookie = reply.headers['set-cookie']?.[0] ?? '';
  const handedOver = /<meta name="draaiboek-session" content="([0-9a-f]+)">/.exec(reply.body)?.[1];
  expect(handedOver).toBeDefined();
  return { cookie: setCookie.split(';')[0] ?? '', secret: handedOver!, setCookie };
}
afterAll(async () => {
  await server.close();
  await removeDir(dir);
});

describe('one-time address and session', () => {
  it('listens on loopback with a long random one-time token in the URL', () => {
    expect(server.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/\\?token=[0-9a-f]{48}$`));
    expect(server.issueUrl()).not.toBe(server.url);
  });

  it('refuses a request without a token or with a wrong one', async () => {
    expect((await send('/')).status).toBe(401);
    expect((await send('/?token=wrong')).status).toBe(401);
    expect((await send('/', { headers: { Cookie: 'draaiboek_token=wrong' } })).status).toBe(401);
    expect((await send('/api/library.listCards', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).status).toBe(401);
  });

  it('honours the address once: a second use, or a near miss, is refused', async () => {
    const address = new URL(server.issueUrl());
    const token = address.searchParams.get('token')!;
    expect((await send(`/?token=${token.slice(0, -1)}`)).status).toBe(401);
    await startSession(address.href);
    expect((await send(address.pathname + address.search)).status).toBe(401);
  });

  it('sets a strict HttpOnly cookie named after this port and instance, whose value is not the session secret', async () => {
    const session = await startSession(server.issueUrl());
    expect(session.setCookie).toMatch(new RegExp(`^draaiboek-${server.port}-[0-9a-f]{12}=[0-9a-f]{48};`));
    expect(session.setCookie).toMatch(/;\s*HttpOnly/);
    expect(session.setCookie).toMatch(/;\s*SameSite=Strict/);
    expect(session.setCookie).toMatch(/;\s*Path=\//);
    expect(session.setCookie).not.toContain(session.secret);
    expect(session.setCookie).not.toContain(new URL(server.url).searchParams.get('token'));
  });

  it('opens the API only with the session secret in its header; the cookie alone, as any local server receives it, is refused', async () => {
    const call = (headers: Record<string, string>) =>
      send('/api/library.listCards', { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: '{}' });
    expect((await call({ Cookie: cookie })).status).toBe(401);
    expect((await call({ Cookie: cookie, 'X-Draaiboek-Session': cookie.split('=')[1] ?? '' })).status).toBe(401);
    expect((await call({ 'X-Draaiboek-Session': secret })).status).toBe(200);
  });

  it('sends a browser that opens its used address again to the clean address', async () => {
    const address = new URL(server.issueUrl());
    const session = await startSession(address.href);
    const again = await send(`${address.pathname}${address.search}&tab=x`, { headers: { Cookie: session.cookie } });
    expect(again.status).toBe(303);
    expect(again.headers.location).toBe('/?tab=x');
  });

  it('serves the page with its security headers to a request with the page key', async () => {
    const reply = await send('/', { headers: { Cookie: cookie } });
    expect(reply.status).toBe(200);
    expect(reply.body).toBe(INDEX_HTML);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(reply.headers['x-frame-options']).toBe('DENY');
    // Asked again on every load, so a new build shows on the next reload.
    expect(reply.headers['cache-control']).toBe('no-cache');
    expect((await send('/assets/app.js', { headers: { Cookie: cookie } })).body).toBe('console.log(1)');
  });

  it('lets the browser keep the hashed files of a build, which never change, without asking again', async () => {
    const hashed = await send('/assets/index-5IUG6xnO.js', { headers: { Cookie: cookie } });
    expect(hashed.body).toBe('console.log(2)');
    expect(hashed.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    // A file without a content hash in its name may change with the next build.
    expect((await send('/assets/app.js', { headers: { Cookie: cookie } })).headers['cache-control']).toBe('no-cache');
  });

  it('never lets the answer that carries a session secret be stored', async () => {
    const first = await send(new URL(server.issueUrl()).pathname + new URL(server.issueUrl()).search);
    expect(first.headers['cache-control']).toBe('no-store');
  });
});

describe('cross-site protection', () => {
  it('refuses a foreign Host header even with the right cookie (DNS rebinding)', async () => {
    for (const host of [`evil.example:${server.port}`, 'evil.example', `127.0.0.1:${server.port + 1}`]) {
      expect((await send('/', { headers: { Host: host, Cookie: cookie } })).status).toBe(403);
    }
    expect((await send('/', { headers: { Host: `localhost:${server.port}`, Cookie: cookie } })).status).toBe(200);
  });

  it('refuses an API call from a foreign origin or another site', async () => {
    expect((await api('library.listCards', {}, { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await api('library.listCards', {}, { Origin: 'null' })).status).toBe(403);
    expect((await api('library.listCards', {}, { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    expect((await api('library.listCards', {}, { Origin: `http://127.0.0.1:${server.port}`, 'Sec-Fetch-Site': 'same-origin' })).status).toBe(200);
  });

  it('refuses an API call that is not exactly application/json or not a POST', async () => {
    for (const type of ['text/plain', 'application/jsonp', 'application/json-patch+json', 'application/json; charset=latin1', 'application/json, text/plain']) {
      expect((await api('library.listCards', {}, { 'Content-Type': type })).status, type).toBe(415);
    }
    for (const type of ['application/json', 'application/json; charset=utf-8', 'Application/JSON;charset=UTF-8']) {
      expect((await api('library.listCards', {}, { 'Content-Type': type })).status, type).toBe(200);
    }
    expect((await send('/api/library.listCards', { headers: { 'X-Draaiboek-Session': secret } })).status).toBe(405);
  });
});

describe('API', () => {
  it('answers a contract call with an envelope', async () => {
    const reply = await api('library.listCards', {});
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
    const envelope = JSON.parse(reply.body) as { ok: boolean; value: { id: string }[] };
    expect(envelope.ok).toBe(true);
    expect(envelope.value.map((card) => card.id)).toEqual([...BUILTIN_CARD_IDS]);
  });

  it('maps envelope errors to HTTP statuses', async () => {
    const unknown = await api('nope', {});
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    const bad = await api('settings.update', { changes: { theme: 'purple' } });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    const notJson = await send('/api/app.info', { method: 'POST', headers: { 'X-Draaiboek-Session': secret, 'Content-Type': 'application/json' }, body: '{' });
    expect(notJson.status).toBe(400);
    const failed = await api('documents.save', { path: join(dir, 'x.txt'), document: makeCurriculumDocument(1, 1), expectedRevision: null });
    expect(failed.status).toBe(500);
    expect(JSON.parse(failed.body)).toMatchObject({ ok: false, error: { code: 'wrong-extension', params: { file: join(dir, 'x.txt') }, message: expect.stringContaining('.draaiboek') } });
  });
});

describe('static files', () => {
  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/%2e%2e%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt', '/%00', '/nope.html', '/assets'])(
    'answers 404 for %s',
    async (path) => {
      const reply = await send(path, { headers: { Cookie: cookie } });
      expect(reply.status).toBe(404);
      expect(reply.body).not.toContain('outside the renderer folder');
    },
  );
});
