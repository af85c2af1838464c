import { METHOD_NAMES, type Envelope, type HostApi, type MethodName } from '../../contract';

/** Sends one contract call to whichever host runs the page and returns its envelope. */
export type Transport = (method: MethodName, input: unknown) => Promise<Envelope>;

export class HostCallError extends Error {}

/** Builds the typed host API over a transport; every UI call goes through here. */
export function createHostClient(transport: Transport, overrides: Partial<HostApi> = {}): HostApi {
  const entries = METHOD_NAMES.map((method) => [
    method,
    async (input: unknown) => {
      const envelope = await transport(method, input);
      if (!envelope.ok) throw new HostCallError(envelope.error.message);
      return envelope.value;
    },
  ]);
  return { ...(Object.fromEntries(entries) as HostApi), ...overrides };
}

type DesktopBridge = Record<MethodName, (input: unknown) => Promise<Envelope>>;

/** The desktop preload exposes one function per method on window.draaiboekHost. */
export function desktopTransport(): Transport | null {
  const bridge = (window as unknown as { draaiboekHost?: DesktopBridge }).draaiboekHost;
  return bridge ? (method, input) => bridge[method](input) : null;
}

/** The browser edition serves the same contract over HTTP; the token travels in an HttpOnly cookie. */
export const webTransport: Transport = async (method, input) => {
  const response = await fetch(`/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    credentials: 'same-origin',
    body: JSON.stringify(input ?? {}),
  });
  if (response.headers.get('content-type')?.startsWith('application/json')) return (await response.json()) as Envelope;
  return { ok: false, error: { code: 'failed', message: `${method}: HTTP ${response.status} ${await response.text()}` } };
};
