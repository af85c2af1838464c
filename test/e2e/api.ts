import type { APIRequestContext } from '@playwright/test';
import type { WebEdition } from './web-edition';

/** Calls the browser edition's host contract directly, to set up or check state around a UI test. */
export async function callHost<T>(request: APIRequestContext, web: WebEdition, method: string, input: unknown): Promise<T> {
  const token = new URL(web.url).searchParams.get('token')!;
  const response = await request.post(`${web.origin}/api/${method}`, {
    data: input,
    headers: { Cookie: `draaiboek_token=${token}`, Origin: web.origin },
  });
  const envelope = (await response.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!envelope.ok) throw new Error(envelope.error?.message);
  return envelope.value;
}
