import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { dispatch, unwrap, type HostApi, type MethodName } from '../../src/contract';
import { createNodeServices, type NodeServices } from '../../src/services';
import { startWebServer, type RunningWebServer } from '../../src/web/server';
import { webShell } from '../../src/web/shell';

const ROOT = join(import.meta.dirname, '..', '..');
/** The version the app reports, as in a real install. */
const APP_VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** The browser edition one test talks to: its address, its own folders, and its host contract. */
export interface WebEdition {
  url: string;
  origin: string;
  dataDir: string;
  /** A folder for the trainer's own files (trainings, exports), outside the data folder; removed after the test. */
  filesDir: string;
  /** Calls the host contract through the same boundary check the page passes, to seed or inspect state. */
  call<M extends MethodName>(method: M, input: Parameters<HostApi[M]>[0]): Promise<Awaited<ReturnType<HostApi[M]>>>;
  /** Starts the services again over the same data folder, as quitting and starting the app would. */
  restart(): Promise<void>;
}

/** The current test's services, and the calls to them not yet answered. */
interface Holder {
  services: NodeServices | null;
  inFlight: Set<Promise<unknown>>;
}

/**
 * One server per Playwright worker, in the worker's own process; each test gets fresh services over a
 * fresh data folder behind it. Starting services costs milliseconds, a server process about a second.
 */
export class WorkerServer {
  private constructor(
    private readonly server: RunningWebServer,
    private readonly holder: Holder,
  ) {}

  static async start(): Promise<WorkerServer> {
    const holder: Holder = { services: null, inFlight: new Set() };
    // The server looks a method up on every request, so it always reaches the current test's services.
    // Each call is tracked until it settles, so a test's data folder is removed only after the last write
    // its page asked for (a layout save sent while the page closed) has finished.
    const services = new Proxy({} as HostApi, {
      get: (_target, method) => {
        const call = WorkerServer.current(holder)[method as MethodName] as (input: unknown) => Promise<unknown>;
        return (input: unknown) => {
          const running = call(input);
          holder.inFlight.add(running);
          void running.then(
            () => holder.inFlight.delete(running),
            () => holder.inFlight.delete(running),
          );
          return running;
        };
      },
    });
    const server = await startWebServer({ services, rendererDir: join(ROOT, 'out', 'renderer'), port: 0 });
    return new WorkerServer(server, holder);
  }

  private static current(holder: Holder): NodeServices {
    if (!holder.services) throw new Error('no test is running');
    return holder.services;
  }

  /** Fresh services over a new, empty data folder; the returned edition is valid until `end`. */
  async begin(): Promise<WebEdition> {
    const workDir = await mkdtemp(join(tmpdir(), 'draaiboek-e2e-'));
    const dataDir = join(workDir, 'data');
    const filesDir = join(workDir, 'files');
    await mkdir(filesDir);
    await this.open(dataDir);
    return {
      // A one-time address of its own: the previous test's browser already used its address.
      url: this.server.issueUrl(),
      origin: `http://127.0.0.1:${this.server.port}`,
      dataDir,
      filesDir,
      call: async (method, input) => unwrap(method, await dispatch(WorkerServer.current(this.holder), method, input)) as never,
      restart: async () => {
        await this.holder.services?.dispose();
        await this.open(dataDir);
      },
    };
  }

  async end(edition: WebEdition): Promise<void> {
    const services = this.holder.services;
    // No new calls reach these services; those under way finish before their folder goes.
    this.holder.services = null;
    await Promise.allSettled([...this.holder.inFlight]);
    await services?.dispose();
    await rm(dirname(edition.dataDir), { recursive: true, force: true });
  }

  close(): Promise<void> {
    return this.server.close();
  }

  private async open(dataDir: string): Promise<void> {
    this.holder.services = await createNodeServices({
      dataDir,
      resourcesDir: join(ROOT, 'resources'),
      appVersion: APP_VERSION,
      edition: 'web',
      systemLocale: 'nl-NL',
      // Links and folders open nowhere: a test run must not start programs on the desktop.
      shell: webShell({ openInSystemBrowser: () => false, openFolder: () => false }),
    });
  }
}
