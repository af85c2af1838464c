import { AppError, appErrorFromHost, METHOD_NAMES, type Envelope, type HostApi, type MethodName } from '../../contract';
import { SESSION_HEADER, webSessionSecret } from './web-session';

/** Sends one contract call to whichever host runs the page and returns its envelope. */
export type Transport = (method: MethodName, input: unknown) => Promise<Envelope>;

/** A failed host call, rehydrated from its envelope: an AppError with the service's code and params. */
export class HostCallError extends AppError {
  override name = 'HostCallError';
}

/** Builds the typed host API over a transport; every UI call goes through here. */
export function createHostClient(transport: Transport, overrides: Partial<HostApi> = {}): HostApi {
  const entries = METHOD_NAMES.map((method) => [
    method,
    async (input: unknown) => {
      const envelope: unknown = await transport(method, input);
      if (isObject(envelope) && envelope.ok === true) return envelope.value;
      // The envelope crossed a process or network boundary: its error is checked (zod), never trusted.
      throw appErrorFromHost(isObject(envelope) && 'error' in envelope ? envelope.error : envelope, HostCallError);
    },
  ]);
  return { ...(Object.fromEntries(entries) as HostApi), ...overrides };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

type DesktopBridge = Record<MethodName, (input: unknown) => Promise<Envelope>>;

/** The desktop preload exposes one function per method on window.draaiboekHost. */
export function desktopTransport(): Transport | null {
  const bridge = (window as unknown as { draaiboekHost?: DesktopBridge }).draaiboekHost;
  return bridge ? (method, input) => bridge[method](input) : null;
}

/** The browser edition serves the same contract over HTTP; the session secret travels in a header (see web-session.ts). */
export const webTransport: Transport = async (method, input) => {
  const response = await fetch(`/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [SESSION_HEADER]: webSessionSecret() },
    credentials: 'same-origin',
    body: JSON.stringify(input ?? {}),
  });
  if (response.headers.get('content-type')?.startsWith('application/json')) return (await response.json()) as Envelope;
  const message = `${method}: HTTP ${response.status} ${await response.text()}`;
  return { ok: false, error: new AppError('unexpected', { method, status: response.status, detail: message }, message).toHostError() };
};
