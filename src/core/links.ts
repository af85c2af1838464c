/** Schemes a link may have to leave the app; everything else (javascript:, file:, data: ...) is refused. */
const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

interface ParsedUrl {
  protocol: string;
  href: string;
}
// URL exists in every runtime we target; declared here because the core compiles without DOM or Node types.
const UrlParser = (globalThis as unknown as { URL: new (input: string) => ParsedUrl }).URL;

/** The normalised URL when it may be opened outside the app, otherwise null. */
export function safeExternalUrl(candidate: unknown): string | null {
  if (typeof candidate !== 'string' || candidate.length > 2048) return null;
  try {
    const url = new UrlParser(candidate.trim());
    return EXTERNAL_PROTOCOLS.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}
