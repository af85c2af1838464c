import { z } from 'zod';
import { DraaiboekDocument, FORMAT_VERSION } from './document';

/** The JSON Schema of format version FORMAT_VERSION, for editors and for colleagues' tools. */
export function documentJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(DraaiboekDocument, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: `https://draaiboek.app/schema/draaiboek-v${FORMAT_VERSION}.json`,
    title: `Draaiboek file, format version ${FORMAT_VERSION}`,
  };
}
