import { describe, expect, it } from 'vitest';
import { AppError, type Envelope } from '../../src/contract';
import { createHostClient, HostCallError } from '../../src/ui/host/client';

/** The rejection of a promise (fails the test when it resolves). */
async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail('expected a rejection'),
    (error: unknown) => error,
  );
}

describe('the UI client rehydrates the error', () => {
  const failing = (envelope: unknown) => createHostClient(async () => envelope as Envelope);

  it('as a HostCallError that is an AppError with code and params', async () => {
    const client = failing({ ok: false, error: { code: 'permission-denied', params: { file: '/x.draaiboek' }, message: 'EACCES: permission denied' } });
    const error = await rejectionOf(client['settings.get']({}));
    expect(error).toBeInstanceOf(HostCallError);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'permission-denied', params: { file: '/x.draaiboek' }, message: 'EACCES: permission denied' });
  });

  it('an envelope error without params gets empty params', async () => {
    const error = await rejectionOf(failing({ ok: false, error: { code: 'bad-input', message: 'x: the request is not JSON' } })['app.info']({}));
    expect(error).toMatchObject({ code: 'bad-input', params: {} });
  });

  it.each([
    ['an unknown code', { ok: false, error: { code: 'failed', params: {}, message: 'old host' } }],
    ['params that are not plain values', { ok: false, error: { code: 'disk-full', params: { file: { nested: true } }, message: 'm' } }],
    ['no error at all', { ok: false }],
    ['not an envelope', 'garbage'],
    ['nothing', undefined],
  ])('an envelope with %s becomes unexpected', async (_name, envelope) => {
    const error = await rejectionOf(failing(envelope)['app.info']({}));
    expect(error).toBeInstanceOf(HostCallError);
    expect((error as AppError).code).toBe('unexpected');
  });

  it('passes values through', async () => {
    expect(await failing({ ok: true, value: { a: 1 } })['app.info']({})).toEqual({ a: 1 });
  });
});
