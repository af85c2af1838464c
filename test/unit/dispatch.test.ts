import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError, contract, dispatch, METHOD_NAMES, unwrap, type HostApi } from '../../src/contract';
import { makeCard, makeServices, makeTempDir, removeDir } from './fixtures';

let dataDir: string;
let services: HostApi;
beforeEach(async () => {
  dataDir = await makeTempDir();
  services = await makeServices(dataDir);
});
afterEach(() => removeDir(dataDir));

describe('dispatch', () => {
  it.each(['nope', 'library.listcards', '__proto__', 'toString', 42, null, undefined])('refuses the unknown method %j', async (method) => {
    const envelope = await dispatch(services, method, {});
    expect(envelope).toEqual({ ok: false, error: { code: 'unknown-method', params: { method: expect.any(String) }, message: expect.stringContaining('unknown method') } });
  });

  it('refuses a bad payload with a pointer to the bad field, before the service is called', async () => {
    const saveCard = vi.fn(services['library.saveCard']);
    const spied: HostApi = { ...services, 'library.saveCard': saveCard };
    const card = { ...makeCard('my-card'), defaultDurationMinutes: 0 };
    const envelope = await dispatch(spied, 'library.saveCard', { card });
    expect(envelope.ok).toBe(false);
    if (!envelope.ok) {
      expect(envelope.error.code).toBe('bad-input');
      expect(envelope.error.message).toMatch(/^library\.saveCard: \/card\/defaultDurationMinutes: /);
      expect(envelope.error.params).toMatchObject({ method: 'library.saveCard', pointer: '/card/defaultDurationMinutes', detail: expect.any(String) });
    }
    expect(saveCard).not.toHaveBeenCalled();
  });

  it.each([null, 'x', [], { extra: true }])('refuses %j as the payload of a call that takes none', async (payload) => {
    const envelope = await dispatch(services, 'library.listCards', payload);
    expect(envelope).toMatchObject({ ok: false, error: { code: 'bad-input' } });
  });

  it('turns a service that throws into an envelope with its code, params and message', async () => {
    const [builtin] = await services['library.listCards']({});
    const envelope = await dispatch(services, 'library.saveCard', { card: builtin });
    expect(envelope).toEqual({ ok: false, error: { code: 'built-in-card-read-only', params: { id: builtin!.id }, message: expect.stringContaining('read-only') } });
    const thrower: HostApi = { ...services, 'app.info': () => Promise.reject('plain string') };
    expect(await dispatch(thrower, 'app.info', {})).toEqual({ ok: false, error: { code: 'unexpected', params: { detail: 'plain string' }, message: 'plain string' } });
  });

  it('passes the checked payload to the service and returns its value', async () => {
    const envelope = await dispatch(services, 'library.saveCard', { card: makeCard('my-card') });
    expect(envelope).toMatchObject({ ok: true, value: { id: 'my-card' } });
    expect(unwrap('library.listCards', await dispatch(services, 'library.listCards', {})).map((card) => card.id)).toContain('my-card');
  });

  it('unwrap throws the AppError of a failed envelope', () => {
    const envelope = { ok: false, error: { code: 'disk-full', params: { file: '/x.pdf' }, message: 'ENOSPC: no space left on device' } } as const;
    expect(() => unwrap('app.info', envelope)).toThrow('ENOSPC');
    const thrown = (() => {
      try {
        unwrap('app.info', envelope);
      } catch (error) {
        return error;
      }
    })();
    expect(thrown).toBeInstanceOf(AppError);
    expect(thrown).toMatchObject({ code: 'disk-full', params: { file: '/x.pdf' } });
  });
});

describe('the contract is complete', () => {
  it('has no schema or service beyond the method list', async () => {
    expect(Object.keys(contract).sort()).toEqual([...METHOD_NAMES].sort());
    // `dispose` is for the host that owns the services, never reachable through dispatch.
    expect(Object.keys(services).filter((key) => key !== 'dispose').sort()).toEqual([...METHOD_NAMES].sort());
    expect((await dispatch(services, 'dispose', {})).ok).toBe(false);
    expect(new Set(METHOD_NAMES).size).toBe(METHOD_NAMES.length);
  });

  it('the services return values that match the output schemas', async () => {
    for (const method of ['app.info', 'library.listCards', 'library.listModules', 'settings.get', 'documents.recent'] as const) {
      const value = await services[method]({});
      expect(contract[method].output.safeParse(value).success, method).toBe(true);
    }
  });
});
