import type { Settings } from '../core';
import type { HostApi } from '../contract';
import { describeFailure } from './failure';
import type { NotificationService } from './notifications';
import { Store } from './store';

/** The trainer's settings: changed at once on screen, written to the host one change after another. */
export class SettingsService {
  readonly store: Store<Settings>;
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    initial: Settings,
    private readonly host: Pick<HostApi, 'settings.update'>,
    private readonly notifications: NotificationService,
  ) {
    this.store = new Store(initial);
  }

  get = (): Settings => this.store.get();

  update(changes: Partial<Settings>): Promise<void> {
    this.store.set((current) => ({ ...current, ...changes }));
    const write = () =>
      this.host['settings.update']({ changes }).then(
        () => undefined,
        (error: unknown) => {
          const { message, detail } = describeFailure(error);
          this.notifications.error(message, detail);
        },
      );
    const next = this.tail.then(write, write);
    this.tail = next;
    return next;
  }
}
