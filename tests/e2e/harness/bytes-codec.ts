/**
 * Playwright bindings carry JSON only. Bytes (Uint8Array) cross as `{ __offprintBytes: base64 }`; the page side
 * of the same codec lives in page-bridge.ts. Only the transport changes: the values handlers see are the real ones.
 */
type Encoded = { __offprintBytes: string };

function isEncodedBytes(value: unknown): value is Encoded {
  return typeof value === 'object' && value !== null && typeof (value as Encoded).__offprintBytes === 'string';
}

export function encodeBytes(value: unknown): unknown {
  if (value instanceof Uint8Array) return { __offprintBytes: Buffer.from(value).toString('base64') };
  if (Array.isArray(value)) return value.map(encodeBytes);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encodeBytes(v)]));
  }
  return value;
}

export function decodeBytes(value: unknown): unknown {
  if (isEncodedBytes(value)) return new Uint8Array(Buffer.from(value.__offprintBytes, 'base64'));
  if (Array.isArray(value)) return value.map(decodeBytes);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decodeBytes(v)]));
  }
  return value;
}
