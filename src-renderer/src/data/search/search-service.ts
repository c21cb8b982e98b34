/**
 * One index service per database, started the first time the library asks for it. Its state is published on
 * the page for tests and diagnostics: `document.body.dataset.searchIndex` is 'loading', then 'loaded' (the stored
 * index was used as is), 'repaired', 'rebuilt' or 'failed'; `dataset.searchIndexSaved` is 'true' once every
 * change is stored; `dataset.searchIndexBusyMs` the time spent indexing changes and storing the index (benchmarks
 * report it as indexing's share of an import).
 *
 * Getting the service does not start it: opening the index reads every article's version from IndexedDB, which
 * would queue in front of the library's first page (IndexedDB serves one origin's reads in turn). The library
 * starts it once its first rows are shown, or when something is typed; Related Articles at once.
 */
import type { OffprintDatabase } from '../database';
import { SearchIndexService, type IndexStatus } from './index-service';

const services = new WeakMap<OffprintDatabase, SearchIndexService>();

function publish(status: IndexStatus): void {
  if (typeof document === 'undefined') return;
  document.body.dataset.searchIndex = status.origin;
  document.body.dataset.searchIndexSaved = String(status.saved);
  document.body.dataset.searchIndexBusyMs = String(Math.round(status.busyMs));
}

export function getSearchService(db: OffprintDatabase): SearchIndexService {
  let service = services.get(db);
  if (!service) {
    service = new SearchIndexService(db, {
      onStatus: publish,
      onError: (error) => console.error('Search index:', error),
    });
    services.set(db, service);
    publish(service.getStatus());
  }
  return service;
}
