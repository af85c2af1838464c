import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { MAX_FILE_BYTES } from '../core';
import { CONTENT_SECURITY_POLICY, dispatch, type HostApi } from '../contract';
import { isJsonContentType, judgeRequest } from './security';
import { SESSION_META, WebSessions } from './session';
import { cacheControlFor, readStaticFile } from '../services/static-files';

export interface WebServerOptions {
  services: HostApi;
  rendererDir: string;
  port: number;
}

export interface RunningWebServer {
  /** The printed address; its token works once. */
  url: string;
  port: number;
  /** Another one-time address, for a second browser (each e2e test opens its own). */
  issueUrl(): string;
  close(): Promise<void>;
}

// A saved document travels in the body, and JSON escaping can double its size.
const MAX_BODY_BYTES = 2 * MAX_FILE_BYTES + 64 * 1024;

const BASE_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** The browser edition: the renderer and the host contract over HTTP, on loopback only, behind a token. */
export async function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  const rendererDir = resolve(options.rendererDir);
  let port = options.port;
  // Made once the port is known (it names the cookie); no request arrives before that.
  let sessions: WebSessions | null = null;

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'internal error');
      console.error(error);
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const verdict = judgeRequest(request, url, port, sessions!);
    if (!verdict.allowed) return send(response, verdict.status, 'text/plain; charset=utf-8', `${verdict.status}: ${verdict.reason}`);

    if (verdict.action === 'drop-token') {
      url.searchParams.delete('token');
      response.writeHead(303, { ...BASE_HEADERS, 'Cache-Control': 'no-store', Location: url.pathname + url.search });
      return void response.end();
    }

    if (url.pathname.startsWith('/api/')) return handleApi(request, response, url.pathname.slice('/api/'.length));
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'text/plain; charset=utf-8', 'method not allowed');
    const file = await readStaticFile(rendererDir, url.pathname);
    if (!file) return send(response, 404, 'text/plain; charset=utf-8', 'not found');
    if (verdict.action === 'start-session') {
      // The secret rides in this one no-store answer, not a cookie; the page moves it to its own storage.
      const body = file.type.startsWith('text/html') ? withSessionMeta(file.body.toString('utf8'), verdict.session.secret) : file.body;
      return send(response, 200, file.type, body, { 'Set-Cookie': verdict.session.cookie });
    }
    send(response, 200, file.type, file.body, { 'Cache-Control': cacheControlFor(url.pathname) });
  }

  async function handleApi(request: IncomingMessage, response: ServerResponse, method: string): Promise<void> {
    if (request.method !== 'POST') return send(response, 405, 'text/plain; charset=utf-8', 'method not allowed');
    // A JSON content type cannot be sent cross-site without a preflight, which we never answer.
    if (!isJsonContentType(request.headers['content-type'])) {
      return send(response, 415, 'text/plain; charset=utf-8', 'expected application/json');
    }
    const body = await readBody(request);
    if (body === null) return send(response, 413, 'text/plain; charset=utf-8', 'request too large');
    let payload: unknown;
    try {
      payload = JSON.parse(body);
    } catch {
      return sendJson(response, 400, { ok: false, error: { code: 'bad-input', message: `${method}: the request is not JSON` } });
    }
    const envelope = await dispatch(options.services, method, payload);
    const status = envelope.ok ? 200 : envelope.error.code === 'unknown-method' ? 404 : envelope.error.code === 'bad-input' ? 400 : 500;
    sendJson(response, status, envelope);
  }

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolveListen());
  });
  port = (server.address() as AddressInfo).port;
  const ready = new WebSessions(port);
  sessions = ready;
  const issueUrl = () => `http://127.0.0.1:${port}/?token=${ready.issueToken()}`;
  return {
    url: issueUrl(),
    port,
    issueUrl,
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}): void {
  response.writeHead(status, { ...BASE_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store', ...extra });
  response.end(body);
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

function withSessionMeta(html: string, secret: string): string {
  const meta = `<meta name="${SESSION_META}" content="${secret}">`;
  return html.includes('<head>') ? html.replace('<head>', `<head>${meta}`) : meta + html;
}

function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolveBody(null);
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
