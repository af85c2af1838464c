import type { LiveRunSession } from '../../app';

/**
 * Keeps a live session exactly while someone watches it, for useSyncExternalStore: the first subscriber
 * makes it, the last one leaving disposes it. A disposed session stays dead, so StrictMode's
 * mount-unmount-mount gets a fresh one instead of a stopped clock.
 */
export class LiveSessionHolder {
  private session: LiveRunSession | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly make: () => LiveRunSession) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    this.session ??= this.make();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size > 0) return;
      this.session?.dispose();
      this.session = null;
    };
  };

  readonly get = (): LiveRunSession | null => this.session;
}
