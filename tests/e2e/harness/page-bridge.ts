/**
 * The page side of the test bridge: builds `window.offprint` (the contract's OffprintApi) from one Playwright
 * binding, before any page script runs. It is serialised into the page, so it must be self-contained.
 */
export { INVOKE_CHANNELS } from '../../../src-shared/contract/bridge-lists';

export const INVOKE_BINDING = '__offprintInvoke';
export const EMIT_HOOK = '__offprintEmit';

export interface PageBridgeOptions {
  channels: string[];
  binding: string;
  emitHook: string;
}

export function installPageBridge({ channels, binding, emitHook }: PageBridgeOptions): void {
  type Listener = (payload: unknown) => void;
  const w = window as unknown as Record<string, unknown>;
  const toBase64 = (bytes: Uint8Array): string => {
    let s = '';
    for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(s);
  };
  const fromBase64 = (b64: string): Uint8Array => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  const encode = (v: unknown): unknown => {
    if (v instanceof Uint8Array) return { __offprintBytes: toBase64(v) };
    if (Array.isArray(v)) return v.map(encode);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, encode(x)]));
    return v;
  };
  const decode = (v: unknown): unknown => {
    if (v && typeof v === 'object' && typeof (v as { __offprintBytes?: unknown }).__offprintBytes === 'string') {
      return fromBase64((v as { __offprintBytes: string }).__offprintBytes);
    }
    if (Array.isArray(v)) return v.map(decode);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, decode(x)]));
    return v;
  };
  const invoke = w[binding] as (channel: string, args: unknown) => Promise<unknown>;
  const listeners = new Map<string, Set<Listener>>();
  const api: Record<string, Record<string, unknown>> = {
    // A page in a browser has no paths for dropped files (as a File made in script has none in Electron): the
    // renderer sends their bytes.
    files: {
      grantDropped: async (files: readonly unknown[]) => ({ ok: true, value: { grant: null, withoutPath: files.map((_, i) => i) } }),
    },
    events: {
      on: (event: string, listener: Listener) => {
        const set = listeners.get(event) ?? new Set<Listener>();
        set.add(listener);
        listeners.set(event, set);
        return () => set.delete(listener);
      },
    },
  };
  for (const channel of channels) {
    const [ns, fn] = channel.split(':') as [string, string];
    api[ns] ??= {};
    api[ns][fn] = async (...args: unknown[]) => decode(await invoke(channel, encode(args)));
  }
  w[emitHook] = (event: string, payload: unknown) => listeners.get(event)?.forEach((l) => l(payload));
  Object.defineProperty(window, 'offprint', { value: Object.freeze(api), configurable: false, writable: false });
}
