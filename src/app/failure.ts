import { errorMessage } from '../contract';
import type { Message } from './message';

/** A failed host call as the trainer reads it (in their language) and as the Output panel keeps it (technical). */
export function describeFailure(error: unknown): { message: Message; detail: string } {
  const { key, params, detail } = errorMessage(error);
  return { message: { key, params }, detail };
}
