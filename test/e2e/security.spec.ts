import { expect, test } from './fixtures';

// Requests only, no browser: the page's own token-for-cookie trade is a step of first-visit.spec.ts.
test('the page and the API let in only the token holder, and only from the app itself', async ({ web, request }) => {
  const token = new URL(web.url).searchParams.get('token')!;

  await test.step('without the token, or with a wrong one, the page and the API refuse', async () => {
    expect((await request.get(web.origin + '/', { maxRedirects: 0 })).status()).toBe(401);
    expect((await request.post(web.origin + '/api/library.listCards', { data: {}, maxRedirects: 0 })).status()).toBe(401);
    expect((await request.get(web.origin + '/?token=0123456789abcdef', { maxRedirects: 0 })).status()).toBe(401);
  });

  await test.step('a foreign origin is refused even with the right token (CSRF)', async () => {
    const headers = { Cookie: `draaiboek_token=${token}`, 'Content-Type': 'application/json' };
    const own = await request.post(web.origin + '/api/library.listCards', { data: {}, headers: { ...headers, Origin: web.origin } });
    expect(own.status()).toBe(200);
    const foreign = await request.post(web.origin + '/api/library.listCards', { data: {}, headers: { ...headers, Origin: 'http://evil.example' } });
    expect(foreign.status()).toBe(403);
  });
});
