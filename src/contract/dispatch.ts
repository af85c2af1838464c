import { contract, type HostApi } from './contract';
import { AppError, appErrorFromHost, toAppError, type HostError } from './errors';
import { isMethodName, type MethodName } from './methods';
import { pointerOf } from '../core';

/** The envelope both transports (IPC and HTTP) carry, so errors survive serialisation intact. */
export type Envelope<T = unknown> = { ok: true; value: T } | { ok: false; error: HostError };

/**
 * The single boundary check shared by every host: the method must be known and the payload must
 * match its schema before a service sees it. Services may throw; the caller gets an envelope.
 */
export async function dispatch(services: HostApi, method: unknown, payload: unknown): Promise<Envelope> {
  if (!isMethodName(method)) {
    const name = String(method).slice(0, 80);
    return { ok: false, error: new AppError('unknown-method', { method: name }, `unknown method ${JSON.stringify(name)}`).toHostError() };
  }
  const parsed = contract[method].input.safeParse(payload);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? pointerOf(first.path) || '/' : '/';
    const detail = first?.message ?? 'invalid input';
    return { ok: false, error: new AppError('bad-input', { method, pointer: where, detail }, `${method}: ${where}: ${detail}`).toHostError() };
  }
  try {
    const handler = services[method] as (input: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    return { ok: false, error: toAppError(error).toHostError() };
  }
}

export function unwrap<M extends MethodName>(method: M, envelope: Envelope): Awaited<ReturnType<HostApi[M]>> {
  if (envelope.ok) return envelope.value as Awaited<ReturnType<HostApi[M]>>;
  throw appErrorFromHost(envelope.error);
}
