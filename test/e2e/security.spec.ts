import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WorkerServer } from './in-process';
import { expect, test } from './fixtures';
import { Workbench } from './pages/workbench';

const SESSION_HEADER = 'X-Draaiboek-Session';
const sessionSecret = (body: string) => /<meta name="draaiboek-session" content="([0-9a-f]+)">/.exec(body)?.[1] ?? '';

// Requests only, no browser: the page's own exchange is a step of first-visit.spec.ts.
test('the page and the API let in only the holder of this session, and only from the app itself', async ({ web, request }) => {
  let secret = '';

  await test.step('without the token, or with a wrong one, the page and the API refuse', async () => {
    expect((await request.get(web.origin + '/', { maxRedirects: 0 })).status()).toBe(401);
    expect((await request.post(web.origin + '/api/library.listCards', { data: {}, maxRedirects: 0 })).status()).toBe(401);
    expect((await request.get(web.origin + '/?token=0123456789abcdef', { maxRedirects: 0 })).status()).toBe(401);
  });

  await test.step('the printed address works once; used again it is refused', async () => {
    const first = await request.get(web.url, { maxRedirects: 0 });
    expect(first.status()).toBe(200);
    secret = sessionSecret(await first.text());
    expect(secret).toMatch(/^[0-9a-f]{48}$/);
    // Node's fetch: no cookie jar, as an outsider who found the address in the history.
    expect((await fetch(web.url, { redirect: 'manual' })).status).toBe(401);
  });

  await test.step('a foreign origin is refused even with the session secret (CSRF)', async () => {
    const headers = { [SESSION_HEADER]: secret, 'Content-Type': 'application/json' };
    const own = await request.post(web.origin + '/api/library.listCards', { data: {}, headers: { ...headers, Origin: web.origin } });
    expect(own.status()).toBe(200);
    const foreign = await request.post(web.origin + '/api/library.listCards', { data: {}, headers: { ...headers, Origin: 'http://evil.example' } });
    expect(foreign.status()).toBe(403);
  });

  await test.step('an API body that is not exactly application/json is refused', async () => {
    const call = (type: string) =>
      request.post(web.origin + '/api/library.listCards', { data: '{}', headers: { [SESSION_HEADER]: secret, 'Content-Type': type } });
    expect((await call('application/jsonp')).status()).toBe(415);
    expect((await call('application/json; charset=utf-8')).status()).toBe(200);
  });
});

test('two instances in one browser both keep working, each after a reload and in a new tab', async ({ workbench, page, web }) => {
  const other = await WorkerServer.start();
  const otherWeb = await other.begin();
  try {
    const second = new Workbench(await page.context().newPage());

    await test.step('the second instance opens in the same browser', async () => {
      await second.open(otherWeb.url);
      await expect(second.statusBar.root).toContainText(/\d{2,} kaarten/);
    });

    await test.step('the first still works after a reload, and so does the second', async () => {
      await page.reload();
      await expect(workbench.statusBar.root).toContainText(/\d{2,} kaarten/);
      await second.page.reload();
      await expect(second.statusBar.root).toContainText(/\d{2,} kaarten/);
    });

    await test.step('a new tab on either address, without the token, works too', async () => {
      for (const origin of [web.origin, otherWeb.origin]) {
        const tab = new Workbench(await page.context().newPage());
        await tab.open(origin + '/');
        await expect(tab.statusBar.root).toContainText(/\d{2,} kaarten/);
        await tab.page.close();
      }
    });
  } finally {
    await other.end(otherWeb);
    await other.close();
  }
});

test('another local server that the browser visits receives nothing that opens this instance', async ({ workbench, page, web }) => {
  const received: IncomingHttpHeaders[] = [];
  const foreign = createServer((incoming, response) => {
    received.push(incoming.headers);
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end('<!doctype html><title>elsewhere</title>');
  });
  await new Promise<void>((listening) => foreign.listen(0, '127.0.0.1', listening));
  const foreignOrigin = `http://127.0.0.1:${(foreign.address() as AddressInfo).port}`;
  try {
    await expect(workbench.statusBar.root).toContainText(/\d{2,} kaarten/);
    const secret = (await page.evaluate(() => localStorage.getItem('draaiboek-session'))) ?? '';

    await test.step('the trainer goes from the app to the other server', async () => {
      await page.goto(foreignOrigin + '/');
      await expect(page).toHaveTitle('elsewhere');
    });

    const cookie = received[0]?.cookie ?? '';
    await test.step('what it got opens no API call, nor does the used address', async () => {
      const value = cookie.split('=')[1] ?? '';
      for (const headers of [{ Cookie: cookie }, { Cookie: cookie, [SESSION_HEADER]: value }] as Record<string, string>[]) {
        const reply = await fetch(web.origin + '/api/library.listCards', { method: 'POST', body: '{}', headers: { ...headers, 'Content-Type': 'application/json' } });
        expect(reply.status).toBe(401);
      }
      expect((await fetch(web.url, { redirect: 'manual' })).status).toBe(401);
    });

    await test.step('it gets the page-key cookie (browsers ignore the port), but not the session secret or the token', async () => {
      expect(secret).toMatch(/^[0-9a-f]{48}$/);
      expect(cookie).toMatch(/draaiboek-\d+-[0-9a-f]{12}=/);
      expect(cookie).not.toContain(secret);
      expect(cookie).not.toContain(new URL(web.url).searchParams.get('token'));
      expect(received[0]?.referer).toBeUndefined();
    });
  } finally {
    await new Promise((closed) => foreign.close(closed));
  }
});
