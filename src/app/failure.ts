import type { Message } from './message';

/** A failed host call as the trainer reads it (in their language) and as the Output panel keeps it (technical). */
export function describeFailure(error: unknown): { message: Message; detail: string } {
  const detail = error instanceof Error ? error.message : String(error);
  return { message: { key: 'error.host', params: { message: detail } }, detail };
}
