import { serveIndex, type FromIndex, type ToIndex } from '../../app/library-search';

/** The card library's search index, off the page's thread (see remoteSearch). */
const scope = self as unknown as { postMessage(message: FromIndex): void; onmessage: ((event: MessageEvent<ToIndex>) => void) | null };

// A message to ourselves comes after the page's messages already waiting: a search is not kept waiting
// behind a large library's indexing, and unlike setTimeout it is not slowed to 4 ms a turn.
const turns = new MessageChannel();
const tasks: Array<() => void> = [];
turns.port1.onmessage = () => tasks.shift()?.();
const later = (task: () => void) => {
  tasks.push(task);
  turns.port2.postMessage(null);
};

const handle = serveIndex((message) => scope.postMessage(message), later);
scope.onmessage = (event) => handle(event.data);
