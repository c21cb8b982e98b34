/**
 * The browser's storage refusing a write for lack of room: IndexedDB's QuotaExceededError, as the DOMException
 * itself or as Dexie's wrapper of it (a DexieError whose `inner` is the DOMException, at any depth). The write's
 * transaction is aborted, so what it would have stored is not in the library.
 */
export function isStorageFull(error: unknown): boolean {
  for (let at: unknown = error, depth = 0; at && typeof at === 'object' && depth < 5; depth += 1) {
    if ((at as { name?: unknown }).name === 'QuotaExceededError') return true;
    at = (at as { inner?: unknown }).inner;
  }
  return false;
}
