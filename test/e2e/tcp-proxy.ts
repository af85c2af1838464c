import { createServer, connect, type Server, type Socket } from 'node:net';

/**
 * A TCP relay between one browser edition and the collaboration server, so a test can take that trainer
 * offline (every connection cut, new ones refused) and bring them back on the same address, as a laptop
 * that loses and finds its network does. The server and the other trainer notice nothing but a peer gone.
 */
export async function startRelay(targetPort: number): Promise<{ port: number; offline(): Promise<void>; online(): Promise<void>; stop(): Promise<void> }> {
  const sockets = new Set<Socket>();
  let server: Server | null = null;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const relay = createServer((incoming) => {
        const outgoing = connect(targetPort, '127.0.0.1');
        for (const socket of [incoming, outgoing]) {
          sockets.add(socket);
          socket.on('close', () => sockets.delete(socket));
          socket.on('error', () => socket.destroy());
        }
        incoming.pipe(outgoing).pipe(incoming);
      });
      relay.once('error', reject);
      relay.listen(port, '127.0.0.1', () => {
        port = (relay.address() as { port: number }).port;
        server = relay;
        resolve();
      });
    });
  const close = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      if (!server) return resolve();
      server.close(() => resolve());
      server = null;
    });
  await listen();
  return { port, offline: close, online: listen, stop: close };
}
