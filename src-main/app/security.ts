/**
 * Electron's security checklist, applied to every web contents: no navigation, no new windows (http/https links
 * go to the system browser after a check), no webviews, no permissions, and no request to a remote origin.
 */
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, session, shell } from 'electron';
import { checkExternalUrl } from '../services/external-url';
import { rendererIndexFile } from './paths';

/** Our own page: the built renderer's files, or the dev server while developing. */
function isAppUrl(url: string, devUrl: string | null): boolean {
  if (devUrl !== null) return url.startsWith(devUrl);
  const rendererDir = pathToFileURL(dirname(rendererIndexFile())).href + '/';
  return url.startsWith(rendererDir);
}

export function openExternalChecked(url: string): void {
  const checked = checkExternalUrl(url);
  if (checked.ok) void shell.openExternal(checked.url);
  else console.warn(`[offprint] refused to open ${url}: ${checked.reason}`);
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
    contents.setWindowOpenHandler(({ url }) => {
      openExternalChecked(url);
      return { action: 'deny' };
    });
  });
}

/** The sender of an IPC call must be our own window's top frame, showing our own page. */
export function isTrustedSender(frameUrl: string | undefined, isTopFrame: boolean, devUrl: string | null): boolean {
  if (!frameUrl || !isTopFrame) return false;
  return isAppUrl(frameUrl, devUrl);
}
