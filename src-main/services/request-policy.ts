/**
 * Which URLs the app's window may load and which page may call the bridge. Only the renderer's own origin
 * (offprint://app), in-memory URLs (blob:, data:) and DevTools; while developing (`npm run dev`), exactly the dev
 * server's origin instead, over http and ws (Vite's hot reload socket). Plain Node, so it is tested in Node.
 */
import { APP_ORIGIN } from './renderer-files';

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** scheme://host[:port], also for our own scheme (Node's URL calls a non-special scheme's origin "null"). */
function originOf(url: URL): string {
  return `${url.protocol}//${url.host}`;
}

/** Same host and port as the dev server, over http or ws (its hot reload socket). */
function isDevServer(url: URL, devServerUrl: string): boolean {
  const dev = parse(devServerUrl);
  if (!dev) return false;
  const wsProtocol = dev.protocol === 'https:' ? 'wss:' : 'ws:';
  return (url.protocol === dev.protocol || url.protocol === wsProtocol) && url.host === dev.host;
}

/** Our own page: the renderer's origin, or the dev server (and only it) while developing. */
export function isAppPage(url: string, devServerUrl: string | null): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (devServerUrl !== null) return !parsed.protocol.startsWith('ws') && isDevServer(parsed, devServerUrl);
  return originOf(parsed) === APP_ORIGIN;
}

/** What the request filter lets through: nothing remote, ever. */
export function isAllowedRequest(url: string, devServerUrl: string | null): boolean {
  if (url.startsWith('blob:') || url.startsWith('data:') || url.startsWith('devtools:')) return true;
  const parsed = parse(url);
  if (!parsed) return false;
  if (originOf(parsed) === APP_ORIGIN) return true;
  return devServerUrl !== null && isDevServer(parsed, devServerUrl);
}

/** The sender of an IPC call must be our own window's top frame, showing our own page. */
export function isTrustedSender(frameUrl: string | undefined, isTopFrame: boolean, devServerUrl: string | null): boolean {
  if (!frameUrl || !isTopFrame) return false;
  return isAppPage(frameUrl, devServerUrl);
}
