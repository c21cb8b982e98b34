import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { APP_INDEX_URL } from '../../../../src-main/services/renderer-files';
import { isAllowedRequest, isTrustedSender } from '../../../../src-main/services/request-policy';

const DEV = 'http://localhost:5173/';

describe('IPC sender check', () => {
  it('trusts only the top frame of our own page, wherever the app is installed', () => {
    // The page's origin no longer depends on the install folder (~, [x], a lower-case drive letter).
    expect(isTrustedSender(APP_INDEX_URL, true, null)).toBe(true);
    expect(isTrustedSender(`${APP_INDEX_URL}#/article/1`, true, null)).toBe(true);
    expect(isTrustedSender('offprint://app/', true, null)).toBe(true);
    expect(isTrustedSender(APP_INDEX_URL, false, null)).toBe(false);
  });

  it('refuses files, other hosts of our scheme, remote pages and missing frames', () => {
    expect(isTrustedSender(pathToFileURL('/opt/Off~print [x]/resources/app.asar/out/renderer/index.html').href, true, null)).toBe(false);
    expect(isTrustedSender('file:///home/ann/Downloads/evil.html', true, null)).toBe(false);
    expect(isTrustedSender('offprint://evil/index.html', true, null)).toBe(false);
    expect(isTrustedSender('offprint://app.evil/index.html', true, null)).toBe(false);
    expect(isTrustedSender('https://example.org/', true, null)).toBe(false);
    expect(isTrustedSender('not a url', true, null)).toBe(false);
    expect(isTrustedSender(undefined, true, null)).toBe(false);
  });

  it('trusts the dev server only while developing', () => {
    expect(isTrustedSender('http://localhost:5173/', true, DEV)).toBe(true);
    expect(isTrustedSender('http://localhost:5174/', true, DEV)).toBe(false);
    expect(isTrustedSender('ws://localhost:5173/', true, DEV)).toBe(false);
    expect(isTrustedSender(APP_INDEX_URL, true, DEV)).toBe(false);
  });
});

describe('the request filter', () => {
  it('lets the app load its own files and in-memory URLs, nothing remote', () => {
    expect(isAllowedRequest('offprint://app/assets/index-abc.js', null)).toBe(true);
    expect(isAllowedRequest('blob:offprint://app/1b4e28ba-2fa1-11d2-883f-0016d3cca427', null)).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA', null)).toBe(true);
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html', null)).toBe(true);
    expect(isAllowedRequest('https://example.org/tracker.png', null)).toBe(false);
    expect(isAllowedRequest('file:///etc/hosts', null)).toBe(false);
    expect(isAllowedRequest('offprint://other/x.js', null)).toBe(false);
    expect(isAllowedRequest('http://localhost:5173/', null)).toBe(false);
    expect(isAllowedRequest('ws://localhost:5173/', null)).toBe(false);
  });

  it('keeps hot reload while developing: exactly the dev server origin, over http and ws', () => {
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', DEV)).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/?token=abc', DEV)).toBe(true);
    expect(isAllowedRequest('ws://localhost:5174/', DEV)).toBe(false);
    expect(isAllowedRequest('http://127.0.0.1:5173/', DEV)).toBe(false);
    expect(isAllowedRequest('wss://localhost:5173/', DEV)).toBe(false);
    expect(isAllowedRequest('https://example.org/', DEV)).toBe(false);
  });
});
