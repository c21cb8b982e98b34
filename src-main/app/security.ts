/**
 * Electron's security checklist, applied to every web contents: no navigation, no new windows (links go to the
 * system browser only through shell:openExternal, after the person confirms), no webviews, no permissions, and no
 * request to a remote origin.
 */
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, session } from 'electron';
import { rendererIndexFile } from './paths';

/** Our own page: the built renderer's files, or the dev server while developing. */
function isAppUrl(url: string, devUrl: string | null): boolean {
  if (devUrl !== null) return url.startsWith(devUrl);
  const rendererDir = pathToFileURL(dirname(rendererIndexFile())).href + '/';
  return url.startsWith(rendererDir);
}

export function applySecurityPolicy(devUrl: string | null): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  // No remote content, ever: only the app's own files (and the dev server while developing) load.
  ses.webRequest.onBeforeRequest((details, callback) => {
    const local = details.url.startsWith('blob:') || details.url.startsWith('data:') || details.url.startsWith('devtools:');
    callback({ cancel: !local && !isAppUrl(details.url, devUrl) });
  });

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (url !== contents.getURL()) event.preventDefault();
    });
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    // The app opens no windows. Links reach the system browser only through shell:openExternal, which asks the
    // person first; a page's window.open (a script, not a click) opens nothing.
    contents.setWindowOpenHandler(({ url }) => {
      console.warn(`[offprint] refused window.open(${url.slice(0, 200)})`);
      return { action: 'deny' };
    });
  });
}

/** The sender of an IPC call must be our own window's top frame, showing our own page. */
export function isTrustedSender(frameUrl: string | undefined, isTopFrame: boolean, devUrl: string | null): boolean {
  if (!frameUrl || !isTopFrame) return false;
  return isAppUrl(frameUrl, devUrl);
}
