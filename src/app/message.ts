import type { MessageKey } from '../core';

/** Text the UI translates: the application layer speaks in message keys, never in one language. */
export interface Message {
  key: MessageKey;
  params?: Record<string, string | number>;
}
