/**
 * Fields a schema does not know (written by a newer Draaiboek, or by hand) are dropped by zod when a
 * file is parsed. To keep them on save, the store remembers what parsing dropped — per object, and in
 * lists per item id — and puts it back when it writes. Only dropped keys are remembered, so a known
 * field the user cleared stays cleared.
 */

type JsonObject = Record<string, unknown>;

export type Extras =
  | { kind: 'object'; own: JsonObject; children: Record<string, NonNullable<Extras>> }
  | { kind: 'array'; byId: Record<string, NonNullable<Extras>>; byIndex: Extras[] }
  | undefined;

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);
const idOf = (value: unknown): string | undefined => (isObject(value) && typeof value.id === 'string' ? value.id : undefined);

/** What parsing `raw` into `parsed` dropped, or undefined when nothing was. */
export function collectExtras(raw: unknown, parsed: unknown): Extras {
  if (isObject(raw) && isObject(parsed)) {
    const own: JsonObject = {};
    const children: Record<string, NonNullable<Extras>> = {};
    for (const [key, value] of Object.entries(raw)) {
      if (!(key in parsed)) own[key] = value;
      else {
        const child = collectExtras(value, parsed[key]);
        if (child) children[key] = child;
      }
    }
    return Object.keys(own).length + Object.keys(children).length > 0 ? { kind: 'object', own, children } : undefined;
  }
  if (Array.isArray(raw) && Array.isArray(parsed)) {
    const byId: Record<string, NonNullable<Extras>> = {};
    const byIndex: Extras[] = [];
    let found = false;
    parsed.forEach((item, index) => {
      const id = idOf(item);
      if (id !== undefined) {
        if (id in byId) return;
        const child = collectExtras(raw.find((candidate) => idOf(candidate) === id), item);
        if (child) {
          byId[id] = child;
          found = true;
        }
      } else {
        byIndex[index] = collectExtras(raw[index], item);
        if (byIndex[index]) found = true;
      }
    });
    return found ? { kind: 'array', byId, byIndex } : undefined;
  }
  return undefined;
}

/** `data` with the remembered fields put back where they are missing (a new object; `data` is not changed). */
export function restoreExtras(data: unknown, extras: Extras): unknown {
  if (!extras) return data;
  if (extras.kind === 'object') {
    if (!isObject(data)) return data;
    const out: JsonObject = { ...data };
    for (const [key, child] of Object.entries(extras.children)) if (key in out) out[key] = restoreExtras(out[key], child);
    for (const [key, value] of Object.entries(extras.own)) if (!(key in out)) out[key] = value;
    return out;
  }
  if (!Array.isArray(data)) return data;
  return data.map((item: unknown, index) => {
    const id = idOf(item);
    return restoreExtras(item, id !== undefined ? extras.byId[id] : extras.byIndex[index]);
  });
}
