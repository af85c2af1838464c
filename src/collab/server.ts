import { Database } from '@hocuspocus/extension-database';
import { Server, type onAuthenticatePayload } from '@hocuspocus/server';
import { timingSafeEqual } from 'node:crypto';
import { CollabCredentials, SHARE_CODE, type Refusal } from '../core/collab/session-code';
import { documentStore, MAX_DOCUMENT_BYTES } from './doc-store';
import { isValidToken, teamToken } from './team-token';

export interface CollabServerOptions {
  /** 0 picks a free port (tests). */
  port: number;
  /** 127.0.0.1 unless the team puts the server behind a proxy on another interface. */
  host?: string;
  dataDir: string;
  /** The team's token; without it the one kept in `<dataDir>/team-token` (made on the first start). */
  token?: string;
  /** Where log lines go; `null` for none (tests). Lines never hold the token. */
  log?: ((line: string) => void) | null;
}

export interface CollabServer {
  url: string;
  token: string;
  port: number;
  /** Closes every connection, stores every open training, then stops listening. */
  stop(): Promise<void>;
}

/** Credentials are a small JSON object; anything much longer is not worth parsing. */
const MAX_CREDENTIALS_CHARS = 1000;

/**
 * A refusal as Hocuspocus 3 passes it on: whatever an onAuthenticate hook throws, the server sends its
 * `reason` to the client in a permission-denied message, and the provider hands that to
 * `onAuthenticationFailed({ reason })` (ClientConnection.ts, MessageReceiver.ts). The message is empty on
 * purpose: Hocuspocus prints the message of every error a hook throws, and we log refusals ourselves.
 */
class Refused extends Error {
  constructor(readonly reason: Refusal) {
    super('');
  }
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  // timingSafeEqual needs equal lengths; the length alone says nothing about the token's letters.
  return a.length === b.length && timingSafeEqual(a, b);
}

function parseCredentials(raw: string): CollabCredentials | null {
  if (raw.length > MAX_CREDENTIALS_CHARS) return null;
  try {
    const parsed = CollabCredentials.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** A name or code as it goes into a log line: quoted, so a name with line breaks cannot fake a log line. */
const quoted = (text: string) => JSON.stringify(text.slice(0, 80));

const hostInUrl = (host: string) => (host.includes(':') ? `[${host}]` : host);

/**
 * Starts the collaboration server a team runs itself: Hocuspocus (Yjs) over websockets, one document per
 * share code, kept in `<dataDir>/docs`. Only clients with the team's token get in; a client that joins
 * must name a training that exists, one that shares must name a new one.
 */
export async function startCollabServer(options: CollabServerOptions): Promise<CollabServer> {
  const host = options.host ?? '127.0.0.1';
  const log = options.log === undefined ? (line: string) => console.log(line) : options.log;
  const say = (line: string) => log?.(`${new Date().toISOString()} ${line}`);
  if (options.token !== undefined && !isValidToken(options.token)) throw new Error('the token must be 1 to 200 visible characters, without spaces');
  const token = options.token ?? (await teamToken(options.dataDir));
  const store = documentStore(options.dataDir);

  const refuse = (reason: Refusal, code: string, from: string): never => {
    say(`refused ${reason}: code ${quoted(code)} from ${from}`);
    throw new Refused(reason);
  };

  const server = new Server(
    {
      port: options.port,
      address: host,
      quiet: true,
      // main.ts stops the server itself, after it has said so.
      stopOnSignals: false,
      async onAuthenticate({ token: raw, documentName, instance, request }: onAuthenticatePayload) {
        const from = request.socket.remoteAddress ?? '?';
        const credentials = parseCredentials(raw);
        if (!credentials) return refuse('bad-request', documentName, from);
        if (!sameToken(credentials.token, token)) return refuse('wrong-token', documentName, from);
        if (!SHARE_CODE.test(documentName)) return refuse('bad-request', documentName, from);
        const exists = instance.documents.has(documentName) || instance.loadingDocuments.has(documentName) || (await store.exists(documentName));
        if (credentials.intent === 'join' && !exists) return refuse('unknown-code', documentName, from);
        if (credentials.intent === 'share' && exists) return refuse('code-taken', documentName, from);
        // What later hooks see as `context`.
        return { name: credentials.name, from };
      },
      async connected({ documentName, context }) {
        say(`connect ${documentName} ${quoted(String(context.name ?? ''))} from ${context.from}`);
      },
      async onDisconnect({ documentName, context, clientsCount }) {
        say(`disconnect ${documentName} ${quoted(String(context.name ?? ''))} (${clientsCount} still connected)`);
      },
      extensions: [
        new Database({
          fetch: async ({ documentName }) => store.read(documentName),
          store: async ({ documentName, state }) => {
            // A training grown over the bound is not stored: the last copy that fitted stays on disk.
            if (state.byteLength > MAX_DOCUMENT_BYTES) {
              say(`refused too-large: ${documentName} is ${state.byteLength} bytes, over ${MAX_DOCUMENT_BYTES}; not stored`);
              return;
            }
            await store.write(documentName, state);
          },
        }),
      ],
    },
    // One message larger than this closes its connection (ws answers 1009) before it is read into memory.
    { maxPayload: MAX_DOCUMENT_BYTES },
  );

  // Hocuspocus prints every socket error with its stack; one line in our log says enough (a message over
  // the bound, a peer that went away mid-frame), and the test log stays quiet.
  server.webSocketServer.on('connection', (incoming: { removeAllListeners(event: string): void; on(event: string, listener: (error: Error) => void): void }) => {
    incoming.removeAllListeners('error');
    incoming.on('error', (error) => say(`connection error: ${error.message}`));
  });

  await new Promise<void>((resolve, reject) => {
    // Hocuspocus does not pass a failed listen (a port in use) on to its promise.
    server.httpServer.once('error', reject);
    server.listen().then(() => {
      server.httpServer.off('error', reject);
      resolve();
    }, reject);
  });
  const port = server.address.port;
  say(`listening on ws://${hostInUrl(host)}:${port} (data: ${options.dataDir})`);

  let stopping: Promise<void> | null = null;
  return {
    url: `ws://${hostInUrl(host)}:${port}`,
    token,
    port,
    stop() {
      // destroy() closes the connections; the last one to leave a training stores it at once (unloadImmediately).
      // Then the sockets themselves go: Hocuspocus only says goodbye per training and leaves them open,
      // so a client would learn the server is gone only when its 30-second ping check runs out.
      stopping ??= server.destroy().then(() => {
        for (const client of server.webSocketServer.clients) client.terminate();
        say('stopped');
      });
      return stopping;
    },
  };
}
