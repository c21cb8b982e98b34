import { pathToFileURL } from 'node:url';
import { dirname } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// security.ts imports electron, which cannot load in plain Node: it needs none of it for the sender check.
vi.mock('electron', () => ({ app: {}, session: {}, shell: {} }));
const { isTrustedSender } = await import('../../../../src-main/app/security');
const { rendererIndexFile } = await import('../../../../src-main/app/paths');

describe('IPC sender check', () => {
  const index = pathToFileURL(rendererIndexFile()).href;

  it('trusts only the top frame of our own page', () => {
    expect(isTrustedSender(index, true, null)).toBe(true);
    expect(isTrustedSender(`${index}#/article/1`, true, null)).toBe(true);
    expect(isTrustedSender(index, false, null)).toBe(false);
  });

  it('refuses other files, remote pages and missing frames', () => {
    expect(isTrustedSender(pathToFileURL('/home/ann/Downloads/evil.html').href, true, null)).toBe(false);
    expect(isTrustedSender(pathToFileURL(`${dirname(rendererIndexFile())}-evil/index.html`).href, true, null)).toBe(false);
    expect(isTrustedSender('https://example.org/', true, null)).toBe(false);
    expect(isTrustedSender(undefined, true, null)).toBe(false);
  });

  it('trusts the dev server only while developing', () => {
    expect(isTrustedSender('http://localhost:5173/', true, 'http://localhost:5173/')).toBe(true);
    expect(isTrustedSender('http://localhost:5174/', true, 'http://localhost:5173/')).toBe(false);
    expect(isTrustedSender(index, true, 'http://localhost:5173/')).toBe(false);
  });
});
