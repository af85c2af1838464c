import { expect, test } from './fixtures';

test('the page and the API refuse requests without the token', async ({ web, request }) => {
  const page = await request.get(web.origin + '/', { maxRedirects: 0 });
  expect(page.status()).toBe(401);
  const api = await request.post(web.origin + '/api/library.listCards', { data: {}, maxRedirects: 0 });
  expect(api.status()).toBe(401);
  const wrong = await request.get(web.origin + '/?token=0123456789abcdef', { maxRedirects: 0 });
  expect(wrong.status()).toBe(401);
});

test('the token is traded for a cookie and removed from the address bar', async ({ workbench, page, web }) => {
  expect(page.url()).toBe(web.origin + '/');
  const cookies = await page.context().cookies();
  expect(cookies.find((cookie) => cookie.name === 'draaiboek_token')).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
  await expect(workbench.statusBar.root).toContainText(/\d{2,} kaarten/);
});

test('a foreign origin is refused even with the right token (CSRF)', async ({ web, request }) => {
  const token = new URL(web.url).searchParams.get('token')!;
  const headers = { Cookie: `draaiboek_token=${token}`, 'Content-Type': 'application/json' };
  const own = await request.post(web.origin + '/api/library.listCards', { data: {}, headers: { ...headers, Origin: web.origin } });
  expect(own.status()).toBe(200);
  const foreign = await request.post(web.origin + '/api/library.listCards', { data: {}, headers: { ...headers, Origin: 'http://evil.example' } });
  expect(foreign.status()).toBe(403);
});
