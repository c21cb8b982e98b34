/**
 * The renderer is served on its own privileged scheme, offprint://app/, not file:// (Electron's security
 * checklist): a fixed, standard, secure origin whatever folder the app is installed in. The files are resolved
 * by services/renderer-files.ts, the same module the end-to-end harness serves them with.
 */
import { protocol } from 'electron';
import { APP_HOST, APP_SCHEME, serveRendererRequest } from '../services/renderer-files';

/** Must run before the app is ready (Electron allows it once). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      // standard: relative URLs, IndexedDB and module workers; secure: a secure context; fetch for the renderer.
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

export function serveAppScheme(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const host = new URL(request.url).host;
    if (host !== APP_HOST || (request.method !== 'GET' && request.method !== 'HEAD')) {
      return new Response('Not found', { status: 404 });
    }
    const answer = await serveRendererRequest(request.url, rendererDir);
    return new Response(request.method === 'HEAD' ? null : answer.body, { status: answer.status, headers: answer.headers });
  });
}
