/**
 * fake-indexeddb copies values with Node's structuredClone, which does not know jsdom's Blob class and turns a
 * stored Blob into `{}`. Browsers store Blobs in IndexedDB as they are; Blobs are immutable, so in tests a stored
 * Blob may be shared instead of copied. This wraps structuredClone to do exactly that and copy everything else.
 */
const nativeClone = globalThis.structuredClone;

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function cloneKeepingBlobs(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return nativeClone(value);
  if (value instanceof Blob) return value;
  if (Array.isArray(value)) return value.map(cloneKeepingBlobs);
  if (isPlainObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, cloneKeepingBlobs(inner)]));
  }
  return nativeClone(value);
}

export function installBlobKeepingClone(): void {
  globalThis.structuredClone = ((value: unknown) => cloneKeepingBlobs(value)) as typeof structuredClone;
}
