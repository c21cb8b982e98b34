/**
 * Electron's security checklist, applied to every web contents: no navigation, no new windows (http/https links
 * go to the system browser after a check), no webviews, no permissions, and no request to a remote origin. What
 * is allowed is decided in services/request-policy.ts (plain Node, tested there).
 */
import { app, session, shell } from 'electron';
import { checkExternalUrl } from '../services/external-url';
import { isAllowedRequest } from '../services/request-policy';

export { isTrustedSender } from '../services/request-policy';

export function openExternalChecked(url: string): void {
  const checked = checkExternalUrl(url);
  if (checked.ok) void shell.openExternal(checked.url);
  else console.warn(`[offprint] refused to open ${url}: ${checked.reason}`);
}

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
    contents.setWindowOpenHandler(({ url }) => {
      openExternalChecked(url);
      return { action: 'deny' };
    });
  });
}
