import type { APIRequestContext } from '@playwright/test';
import type { WebEdition } from './in-process';

/** @deprecated transitional: call `web.call` instead. */
export async function callHost<T>(_request: APIRequestContext, web: WebEdition, method: string, input: unknown): Promise<T> {
  return (await web.call(method as never, input as never)) as T;
}
