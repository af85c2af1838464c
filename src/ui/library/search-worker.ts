import { localSearch, remoteSearch, type IndexPort, type SearchBackend } from '../../app';

/**
 * The card library's search index in a worker of its own, so indexing a large library and searching it
 * never hold up the page; in this thread where workers are not available (tests).
 */
export function cardSearchBackend(): SearchBackend {
  if (typeof Worker === 'undefined') return localSearch();
  try {
    return remoteSearch(new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: 'card-search' }) as unknown as IndexPort);
  } catch {
    return localSearch();
  }
}
