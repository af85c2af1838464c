import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';

/**
 * Chromium's DevTools protocol, spoken directly over the pipe a browser started with
 * `--remote-debugging-pipe` opens on its file descriptors 3 (commands in) and 4 (answers and events out).
 * Printing needs a dozen commands; a driver library would cost a cold command line half a second to load.
 */

/** An event from the browser, or from one tab when `sessionId` is set. */
export interface CdpEvent {
  method: string;
  params: Record<string, unknown>;
  sessionId?: string;
}

type Pending = { resolve(result: never): void; reject(error: Error): void; sessionId?: string };

/** JSON messages, each ended by a NUL byte; answers are matched to commands by their id. */
export class CdpPipe {
  private next = 0;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Set<(event: CdpEvent) => void>();
  private ended: Error | null = null;

  constructor(
    private readonly input: Writable,
    output: Readable,
  ) {
    // A message may arrive in many chunks (a printed PDF is megabytes), and a chunk may end inside a
    // UTF-8 character: bytes are kept until the NUL, and only a whole message is decoded.
    let parts: Buffer[] = [];
    output.on('data', (chunk: Buffer) => {
      let start = 0;
      for (let end = chunk.indexOf(0); end !== -1; end = chunk.indexOf(0, start)) {
        parts.push(chunk.subarray(start, end));
        this.receive(Buffer.concat(parts).toString('utf8'));
        parts = [];
        start = end + 1;
      }
      if (start < chunk.length) parts.push(chunk.subarray(start));
    });
    // A pipe breaks when the browser is gone; the process's exit reports that (see launchChromium), with more to say.
    input.on('error', () => undefined);
    output.on('error', () => undefined);
  }

  /** Sends a command to the browser, or to a tab's session; rejects when the browser answers with an error or is gone. */
  send<T = Record<string, unknown>>(method: string, params: object = {}, sessionId?: string): Promise<T> {
    if (this.ended) return Promise.reject(this.ended);
    const id = ++this.next;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as Pending['resolve'], reject, sessionId });
      this.input.write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
    });
  }

  /** Calls `listener` for every event until the returned function is called. */
  on(listener: (event: CdpEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Rejects what waits for a tab that closed or crashed: Chromium never answers those commands. */
  abandonSession(sessionId: string, error: Error): void {
    for (const [id, waiting] of this.pending) {
      if (waiting.sessionId === sessionId) {
        this.pending.delete(id);
        waiting.reject(error);
      }
    }
  }

  /** The browser is gone: every command waiting and every later one rejects with `error`. */
  end(error: Error): void {
    this.ended ??= error;
    for (const waiting of this.pending.values()) waiting.reject(this.ended);
    this.pending.clear();
    this.listeners.clear();
  }

  private receive(text: string): void {
    const message = JSON.parse(text) as { id?: number; result?: never; error?: { message: string }; method?: string; params?: Record<string, unknown>; sessionId?: string };
    if (message.id === undefined) {
      for (const listener of this.listeners) listener({ method: message.method ?? '', params: message.params ?? {}, sessionId: message.sessionId });
      return;
    }
    const waiting = this.pending.get(message.id);
    this.pending.delete(message.id);
    if (message.error) waiting?.reject(new Error(message.error.message));
    else waiting?.resolve(message.result ?? ({} as never));
  }
}

/** A running headless Chromium, with a profile folder of its own that goes when it ends. */
export interface ChromiumProcess {
  cdp: CdpPipe;
  /** True once the process has ended (crashed, or closed). */
  readonly ended: boolean;
  /** Resolves as soon as the process has ended; never rejects. */
  exited: Promise<void>;
  /**
   * Ends the browser and its processes at once, and resolves when they are gone and the profile folder is
   * removed; never rejects. Nothing of a printing browser needs a graceful end: its profile is thrown away.
   */
  close(): Promise<void>;
}

/** Chromium processes of this Node process: a host that exits without closing them does not leave them running. */
const running = new Set<{ kill(): void; profile: string }>();
let exitHookInstalled = false;
function endAllOnExit(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const browser of running) {
      browser.kill();
      rmSync(browser.profile, { recursive: true, force: true, maxRetries: 2 });
    }
  });
}

const STDERR_KEPT = 2000;

/** Ends a browser and every process it started, at once. */
function killTree(child: ChildProcess): void {
  try {
    if (process.platform !== 'win32' && child.pid) process.kill(-child.pid, 'SIGKILL');
    else child.kill('SIGKILL');
  } catch {
    // Already gone.
  }
}

/**
 * Starts `executable` headless with the DevTools pipe, and resolves once it answers over it. A program
 * that cannot start, ends early or does not answer within `timeoutMs` rejects with what it wrote on stderr.
 */
export async function launchChromium(executable: string, args: readonly string[], timeoutMs: number): Promise<ChromiumProcess> {
  const profile = await mkdtemp(join(tmpdir(), 'draaiboek-chromium-'));
  const child = spawn(executable, [...args, `--user-data-dir=${profile}`, '--remote-debugging-pipe', '--no-startup-window'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
    shell: false,
    windowsHide: true,
    // Chromium's own temporary files go into the profile, so they go with it even when it is ended at once.
    env: { ...process.env, TMPDIR: profile },
    // Its own process group, so that ending it ends its renderers too (they outlive a killed browser
    // process otherwise). Windows ends them with the browser by itself.
    detached: process.platform !== 'win32',
  });
  const cdp = new CdpPipe(child.stdio[3] as Writable, child.stdio[4] as Readable);
  // What a browser that fails to start says (a missing library, a bad flag) becomes the error's detail.
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString('utf8')).slice(-STDERR_KEPT)));
  const entry = { kill: () => killTree(child), profile };
  running.add(entry);
  endAllOnExit();
  let ended = false;
  let removed: Promise<void> = Promise.resolve();
  const exited = new Promise<void>((resolve) => {
    const gone = (why: string) => {
      if (ended) return;
      ended = true;
      running.delete(entry);
      cdp.end(new Error(`Chromium ${why}${stderr.trim() ? `: ${stderr.trim().split('\n').slice(-3).join(' ')}` : ''}`));
      removed = rm(profile, { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined);
      resolve();
    };
    child.once('error', (error) => gone(`did not start (${error.message})`));
    child.once('exit', (code, signal) => {
      // A browser that crashed leaves its renderers behind; they go with it.
      killTree(child);
      gone(signal ? `ended by ${signal}` : `ended with code ${code}`);
    });
  });
  let timer: NodeJS.Timeout | undefined;
  const tooSlow = new Promise<never>((_, reject) => {
    // Named as a timeout, so the trainer reads 'export-timeout' (see asExportError).
    timer = setTimeout(() => reject(Object.assign(new Error(`Chromium did not start within ${timeoutMs / 1000} s`), { name: 'TimeoutError' })), timeoutMs);
  });
  try {
    await Promise.race([cdp.send('Browser.getVersion'), tooSlow]);
  } catch (error) {
    entry.kill();
    await exited;
    await removed;
    throw error;
  } finally {
    clearTimeout(timer);
  }
  const close = async () => {
    entry.kill();
    await exited;
    await removed;
  };
  return {
    cdp,
    get ended() {
      return ended;
    },
    exited,
    close,
  };
}

/** Resolves when `promise` settles (true) or after `ms` (false), whichever is first; never rejects. */
export const settledWithin = (promise: Promise<unknown>, ms: number) =>
  new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    promise.then(
      () => (clearTimeout(timer), resolve(true)),
      () => (clearTimeout(timer), resolve(true)),
    );
  });
