/**
 * Electron's security checklist, applied to every web contents: no navigation, no new windows (links go to the
 * system browser only through shell:openExternal, after the person confirms), no webviews, no permissions, and no
 * request to a remote origin. What is allowed is decided in services/request-policy.ts (plain Node, tested there).
 */
import { app, session } from 'electron';
import { isAllowedRequest } from '../services/request-policy';

export { isTrustedSender } from '../services/request-policy';

export function applySecurityPolicy(devUrl: string | null): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  // No remote content, ever: only the app's own origin (and the dev server while developing) loads.
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, devUrl) });
  });

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (url !== contents.getURL()) event.preventDefault();
    });
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    // The app opens no windows. Links reach the system browser only through shell:openExternal, which asks the
    // person first; a page's window.open (a script, not a click) opens nothing. This covers middle-click too.
    contents.setWindowOpenHandler(({ url }) => {
      console.warn(`[offprint] refused window.open(${url.slice(0, 200)})`);
      return { action: 'deny' };
    });
  });
}
