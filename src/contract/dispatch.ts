import { contract, type HostApi } from './contract';
import { isMethodName, type MethodName } from './methods';
import { pointerOf } from '../core';

/** The envelope both transports (IPC and HTTP) carry, so errors survive serialisation intact. */
export type Envelope<T = unknown> = { ok: true; value: T } | { ok: false; error: HostError };
export interface HostError {
  code: 'unknown-method' | 'bad-input' | 'failed';
  message: string;
}

/**
 * The single boundary check shared by every host: the method must be known and the payload must
 * match its schema before a service sees it. Services may throw; the caller gets an envelope.
 */
export async function dispatch(services: HostApi, method: unknown, payload: unknown): Promise<Envelope> {
  if (!isMethodName(method)) {
    return { ok: false, error: { code: 'unknown-method', message: `unknown method ${JSON.stringify(String(method)).slice(0, 80)}` } };
  }
  const parsed = contract[method].input.safeParse(payload);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? pointerOf(first.path) || '/' : '/';
    return { ok: false, error: { code: 'bad-input', message: `${method}: ${where}: ${first?.message ?? 'invalid input'}` } };
  }
  try {
    const handler = services[method] as (input: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    return { ok: false, error: { code: 'failed', message: error instanceof Error ? error.message : String(error) } };
  }
}

export function unwrap<M extends MethodName>(method: M, envelope: Envelope): Awaited<ReturnType<HostApi[M]>> {
  if (envelope.ok) return envelope.value as Awaited<ReturnType<HostApi[M]>>;
  throw new Error(envelope.error.message);
}
