import type { Message } from './message';
import { Store } from './store';

export interface Choice<T extends string = string> {
  id: T;
  label: Message;
  /** Destroys something (overwrites a file, discards changes): never the default. */
  danger?: boolean;
  /** The button that has the focus when the dialog opens, so Enter does the safe thing. */
  default?: boolean;
}

export interface ChoiceRequest<T extends string = string> {
  title: Message;
  message: Message;
  choices: Choice<T>[];
}

export interface PendingChoice extends ChoiceRequest {
  answer(choice: string | null): void;
}

/**
 * Questions the application layer asks the trainer (conflict, unsaved changes). The UI shows the pending
 * one and answers it; requests wait in line, so two questions never overwrite each other.
 */
export class DialogService {
  readonly store = new Store<PendingChoice | null>(null);
  private queue: PendingChoice[] = [];

  ask<T extends string>(request: ChoiceRequest<T>): Promise<T | null> {
    return new Promise((resolve) => {
      const pending: PendingChoice = {
        ...request,
        answer: (choice) => {
          this.queue = this.queue.filter((other) => other !== pending);
          this.store.set(this.queue[0] ?? null);
          resolve(choice as T | null);
        },
      };
      this.queue.push(pending);
      if (this.queue.length === 1) this.store.set(pending);
    });
  }
}
