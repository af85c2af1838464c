/**
 * The browser edition's session secret, held by the page and never in a cookie: browsers send cookies for
 * 127.0.0.1 to every port, but this origin's storage is readable only by this port. The server hands the
 * secret over once, in the page that answered the one-time address; localStorage keeps it for a reload and
 * for a new tab of the same browser. A later instance on the same port hands over a new one.
 */
const STORAGE_KEY = 'draaiboek-session';
export const SESSION_HEADER = 'X-Draaiboek-Session';

let cached: string | null = null;

/** Takes the handed-over secret out of the page and the used token out of the address bar. */
export function claimWebSession(): void {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="draaiboek-session"]');
  if (meta) {
    cached = meta.content;
    localStorage.setItem(STORAGE_KEY, meta.content);
    meta.remove();
  }
  const url = new URL(window.location.href);
  if (url.searchParams.has('token')) {
    url.searchParams.delete('token');
    history.replaceState(history.state, '', url.pathname + url.search + url.hash);
  }
}

export function webSessionSecret(): string {
  cached ??= localStorage.getItem(STORAGE_KEY);
  return cached ?? '';
}
