import { join, resolve } from 'node:path';
import { createNodeServices, defaultDataDir, projectRoot, readAppVersion, systemLocale } from '../services';
import { openInSystemBrowser } from './open-browser';
import { webShell } from './shell';
import { startWebServer } from './server';

const USAGE = 'Usage: npm run web -- [--port N] [--data-dir DIR] [--no-open]';

function parseFlags(args: string[]): { port: number; dataDir: string; open: boolean } {
  let port = 0;
  let dataDir = defaultDataDir();
  let open = true;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--no-open') open = false;
    else if (arg === '--port') {
      port = Number(args[++i]);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port needs a number from 0 to 65535\n${USAGE}`);
    } else if (arg === '--data-dir') {
      const dir = args[++i];
      if (!dir) throw new Error(`--data-dir needs a folder\n${USAGE}`);
      dataDir = resolve(dir);
    } else throw new Error(`unknown option "${arg}"\n${USAGE}`);
  }
  return { port, dataDir, open };
}

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2));
  const root = projectRoot();
  const services = await createNodeServices({
    dataDir: flags.dataDir,
    resourcesDir: join(root, 'resources'),
    appVersion: readAppVersion(root),
    edition: 'web',
    systemLocale: systemLocale(),
    shell: webShell(),
  });
  let server;
  try {
    server = await startWebServer({ services, rendererDir: join(root, 'out', 'renderer'), port: flags.port });
  } catch (error) {
    throw new Error(`cannot listen on 127.0.0.1:${flags.port}: ${(error as Error).message}`);
  }
  // The token works once (see session.ts): the browser that opens it first owns the session.
  process.stdout.write(`Draaiboek browser edition (data: ${flags.dataDir})\n${server.url}\n(this address works once; a reload or new tab in that browser keeps working)\n`);
  if (flags.open) openInSystemBrowser(server.url);
  const stop = () => void server.close().then(services.dispose).then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`draaiboek web: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
