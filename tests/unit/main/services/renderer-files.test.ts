import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_ORIGIN,
  resolveRendererFile,
  serveRendererRequest,
} from '../../../../src-main/services/renderer-files';

const POSIX_ROOT = '/opt/Off~print [x]/resources/app.asar/out/renderer';
const at = (p: string) => `${APP_ORIGIN}${p}`;

function fileOf(url: string, root = POSIX_ROOT, api: typeof path.posix = path.posix): string | null {
  const resolved = resolveRendererFile(url, root, api);
  return resolved.ok ? resolved.filePath : null;
}

describe('resolving a renderer request to a file', () => {
  it('maps the origin and folders to index.html, and paths to files under the renderer folder', () => {
    expect(fileOf(at('/'))).toBe(`${POSIX_ROOT}/index.html`);
    expect(fileOf(at(''))).toBe(`${POSIX_ROOT}/index.html`);
    expect(fileOf(at('/assets/index-abc.js?v=1#top'))).toBe(`${POSIX_ROOT}/assets/index-abc.js`);
    expect(fileOf(at('/assets/'))).toBe(`${POSIX_ROOT}/assets/index.html`);
  });

  it('works wherever the app is installed: ~, brackets and spaces in the folder are no problem', () => {
    // The old file:// check compared Node's spelling (%7E, %5B) with Chromium's (~, [): the app's own files failed.
    expect(fileOf(at('/index.html'))).toBe(`${POSIX_ROOT}/index.html`);
    expect(fileOf(at('/index.html'), '/home/ann/My Apps/Off~print [x]')).toBe('/home/ann/My Apps/Off~print [x]/index.html');
  });

  it('decodes each segment once: ~, [x], spaces, %20 and non-ASCII names', () => {
    expect(fileOf(at('/~notes/[x] a%20b.css'))).toBe(`${POSIX_ROOT}/~notes/[x] a b.css`);
    expect(fileOf(at('/%7Enotes/%5Bx%5D.css'))).toBe(`${POSIX_ROOT}/~notes/[x].css`);
    expect(fileOf(at('/fonts/caf%C3%A9 %E6%97%A5%E6%9C%AC.woff2'))).toBe(`${POSIX_ROOT}/fonts/café 日本.woff2`);
    expect(fileOf(at('/été.svg'))).toBe(`${POSIX_ROOT}/été.svg`);
    // Once, not twice: %2520 is a file whose name contains "%20".
    expect(fileOf(at('/a%2520b.js'))).toBe(`${POSIX_ROOT}/a%20b.js`);
    expect(fileOf(at('/%252e%252e/x.js'))).toBe(`${POSIX_ROOT}/%2e%2e/x.js`);
  });

  it('never leaves the renderer folder: .., %2e%2e, encoded separators, absolute paths', () => {
    // The URL parser folds dot segments, also percent-encoded ones, before the path is read: still inside.
    expect(fileOf(at('/assets/%2e%2e/%2e%2e/%2e%2e/etc/passwd'))).toBe(`${POSIX_ROOT}/etc/passwd`);
    expect(fileOf(at('/../../../etc/passwd'))).toBe(`${POSIX_ROOT}/etc/passwd`);
    expect(fileOf(at('/.%2E/x.js'))).toBe(`${POSIX_ROOT}/x.js`);
    // What survives the parser as a segment is refused after decoding.
    expect(fileOf(at('/assets%2F..%2F..%2Fsecret'))).toBeNull();
    expect(fileOf(at('/a%5C..%5C..%5Csecret'))).toBeNull();
    expect(fileOf(at('//etc/passwd'))).toBeNull();
    expect(fileOf(at('/%2Fetc%2Fpasswd'))).toBeNull();
    expect(fileOf(at('/a%00.js'))).toBeNull();
    expect(resolveRendererFile(at('/%E0%A4%A.js'), POSIX_ROOT, path.posix)).toMatchObject({ ok: false, status: 400 });
    expect(resolveRendererFile('not a url', POSIX_ROOT, path.posix)).toMatchObject({ ok: false, status: 400 });
  });

  it('refuses drive letters and UNC paths in a request, on Windows paths too', () => {
    const root = 'C:\\Program Files\\Off~print [x]\\resources\\app.asar\\out\\renderer';
    const win = path.win32 as unknown as typeof path.posix;
    expect(fileOf(at('/C:/Windows/win.ini'), root, win)).toBeNull();
    expect(fileOf(at('/c%3A%5CWindows%5Cwin.ini'), root, win)).toBeNull();
    expect(fileOf(at('/%5C%5Cserver%5Cshare%5Cx.js'), root, win)).toBeNull();
    expect(fileOf(at('//server/share/x.js'), root, win)).toBeNull();
    expect(fileOf(at('/index.html:stream'), root, win)).toBeNull();
  });

  it('serves from a folder on a lower-case drive or a UNC share', () => {
    const win = path.win32 as unknown as typeof path.posix;
    expect(fileOf(at('/assets/a.js'), 'c:\\users\\ann\\off~print [x]\\renderer', win)).toBe(
      'c:\\users\\ann\\off~print [x]\\renderer\\assets\\a.js',
    );
    expect(fileOf(at('/index.html'), '\\\\server\\share\\Offprint\\renderer', win)).toBe(
      '\\\\server\\share\\Offprint\\renderer\\index.html',
    );
  });

  it('answers with the right MIME type', () => {
    const type = (p: string) => {
      const r = resolveRendererFile(at(p), POSIX_ROOT, path.posix);
      return r.ok ? r.mimeType : null;
    };
    expect(type('/')).toBe('text/html; charset=utf-8');
    expect(type('/assets/index.js')).toBe('text/javascript; charset=utf-8');
    expect(type('/assets/search-index.worker.mjs')).toBe('text/javascript; charset=utf-8');
    expect(type('/assets/index.css')).toBe('text/css; charset=utf-8');
    expect(type('/icon.svg')).toBe('image/svg+xml; charset=utf-8');
    expect(type('/fonts/a.woff2')).toBe('font/woff2');
    expect(type('/a.png')).toBe('image/png');
    expect(type('/a.wasm')).toBe('application/wasm');
    expect(type('/LICENSE')).toBe('application/octet-stream');
  });
});

describe('serving a renderer request from disk', () => {
  let dir = '';
  let root = '';

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'offprint-renderer-'));
    root = path.join(dir, 'Off~print [x]', 'renderer');
    await mkdir(path.join(root, 'assets'), { recursive: true });
    await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Offprint</title>');
    await writeFile(path.join(root, 'assets', 'caf\u00e9 [1].js'), 'export {};');
    await writeFile(path.join(dir, 'secret.txt'), 'secret');
    await symlink(path.join(dir, 'secret.txt'), path.join(root, 'assets', 'escape.js'));
    await symlink(path.join(root, 'index.html'), path.join(root, 'assets', 'inside.html'));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('answers with the file and its type', async () => {
    const index = await serveRendererRequest(at('/'), root);
    expect(index.status).toBe(200);
    expect(index.headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(new TextDecoder().decode(index.body)).toContain('<title>Offprint</title>');
    const script = await serveRendererRequest(at('/assets/caf%C3%A9%20%5B1%5D.js'), root);
    expect(script.status).toBe(200);
    expect(script.headers['Content-Type']).toBe('text/javascript; charset=utf-8');
    expect(script.headers['Content-Length']).toBe('10');
  });

  it('refuses a symlink that leads out of the renderer folder, keeps one that stays inside', async () => {
    expect((await serveRendererRequest(at('/assets/escape.js'), root)).status).toBe(404);
    expect((await serveRendererRequest(at('/assets/inside.html'), root)).status).toBe(200);
  });

  it('answers 404 for missing files and folders, 400 for malformed requests, with no detail', async () => {
    expect((await serveRendererRequest(at('/missing.js'), root)).status).toBe(404);
    const folder = await serveRendererRequest(at('/assets'), root);
    expect(folder.status).toBe(404);
    expect(new TextDecoder().decode(folder.body)).toBe('Not found');
    expect((await serveRendererRequest(at('/%E0%A4%A'), root)).status).toBe(400);
  });
});
