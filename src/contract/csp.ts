/** The policy both hosts send with the renderer (and its meta tag repeats): only our own scripts, styles and fonts; nothing remote. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // CodeMirror injects its theme as <style> elements; scripts stay strictly 'self'.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  // Handout previews embed their font as a data: URL, like the exported files.
  "font-src 'self' data:",
  // Live co-editing talks to the team's own server over a websocket (issue 16); http(s) stays 'self'.
  "connect-src 'self' ws: wss:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
